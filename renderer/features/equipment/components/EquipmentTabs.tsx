/**
 * The Equipment module's screen tabs (Register, Overdue returns, Maintenance due, Import), the
 * current one marked with aria-current. Every one of those screens shows them first, above its
 * own heading, so the module's navigation sits in the same place on each.
 */
import { SectionTabs } from '../../../ui/SectionTabs';
import './tabs.css';

const TABS = [
  { id: '', label: 'Register' },
  { id: 'overdue', label: 'Overdue returns' },
  { id: 'maintenance', label: 'Maintenance due' },
  { id: 'import', label: 'Import' },
] as const;

export type EquipmentTabId = (typeof TABS)[number]['id'];

export function EquipmentTabs({ current }: { current: EquipmentTabId }) {
  return <SectionTabs module="equipment" tabs={TABS} current={current} label="Equipment screens" />;
}

/**
 * The tabs above a screen that draws its own `.page` (the import wizard): they take the page's
 * padding, and the screen below starts where a page's header does on the other tabs.
 */
export function EquipmentTabsBar({ current }: { current: EquipmentTabId }) {
  return (
    <div className="eq-tabs-bar">
      <EquipmentTabs current={current} />
    </div>
  );
}
