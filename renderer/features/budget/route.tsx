/**
 * The budget screens: `#/budget` (dashboard), `#/budget/plan` (the year's grid) and
 * `#/budget/categories` (the category tree).
 */
import type { Route } from '../../core/router';
import { BudgetDashboard } from '../../pages/BudgetDashboard';
import { BudgetPlan } from './components/BudgetPlan';
import { CategoriesEditor } from './components/CategoriesEditor';

export default function BudgetRoute({ route }: { route: Route }) {
  const [first] = route.rest;
  if (first === 'plan') return <BudgetPlan />;
  if (first === 'categories') return <CategoriesEditor />;
  return <BudgetDashboard />;
}
