/**
 * The expenses screens: `#/expenses` (entry and list), `#/expenses/invoices` (bills to pay)
 * and `#/expenses/import` (bank and card exports); `#/expenses/<id>` is the list with that
 * expense open beside it (how reports and links open one expense).
 */
import type { Route } from '../../core/router';
import { ExpenseImport } from './components/ExpenseImport';
import { ExpensesPage } from './components/ExpensesPage';
import { InvoicesPage } from './components/InvoicesPage';

export default function ExpensesRoute({ route }: { route: Route }) {
  const [first] = route.rest;
  if (first === 'invoices') return <InvoicesPage />;
  if (first === 'import') return <ExpenseImport />;
  return <ExpensesPage openId={first} />;
}
