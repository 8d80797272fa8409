/** The Expenses module's header: the <h1> and the tabs between expenses, invoices and import. */
import type { ReactNode } from 'react';
import { hrefFor } from '../../../core/router';
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
      <nav className="exp-tabs" aria-label="Expenses screens">
        {TABS.map((t) => (
          <a
            key={t.id}
            href={t.id ? hrefFor('expenses', t.id) : hrefFor('expenses')}
            aria-current={current === t.id ? 'page' : undefined}
          >
            {t.label}
          </a>
        ))}
      </nav>
      <span className="spacer" />
      {actions}
    </header>
  );
}
