/** The Expenses module's header: the <h1> and the tabs between expenses, invoices and import. */
import type { ReactNode } from 'react';
import { SectionTabs } from '../../../ui/SectionTabs';
import './expenses.css';

const TABS = [
  { id: '', label: 'Expenses' },
  { id: 'invoices', label: 'Invoices to pay' },
  { id: 'import', label: 'Import' },
] as const;

export function ExpensesNav({
  current,
  actions,
}: {
  current: '' | 'invoices' | 'import';
  actions?: ReactNode;
}) {
  return (
    <header className="page-header">
      <h1>Expenses</h1>
      <SectionTabs module="expenses" label="Expenses screens" tabs={TABS} current={current} />
      <span className="spacer" />
      {actions}
    </header>
  );
}
