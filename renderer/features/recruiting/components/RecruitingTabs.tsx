/** The Recruiting module's screens as tabs. */
import { SectionTabs } from '../../../ui/SectionTabs';

const TABS = [
  { id: '', label: 'Pipeline' },
  { id: 'positions', label: 'Positions' },
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'erasure', label: 'Due for erasure' },
  { id: 'import', label: 'Import' },
] as const;

export function RecruitingTabs({ current }: { current: string }) {
  return <SectionTabs module="recruiting" label="Recruiting sections" tabs={TABS} current={current} />;
}
