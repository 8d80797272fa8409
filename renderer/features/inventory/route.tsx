/**
 * The inventory screens as the shell routes to them: `#/inventory` (items), `#/inventory/<id>`
 * (one item), `#/inventory/count`, `#/inventory/dashboard` and `#/inventory/import`.
 */
import type { Route } from '../../core/router';
import { InventoryImport } from './components/InventoryImport';
import { ItemsPage } from './components/ItemsPage';
import { ItemPage } from './components/ItemPage';
import { CountPage } from './components/CountPage';
import { InventoryDashboard } from '../../pages/InventoryDashboard';

export default function InventoryRoute({ route }: { route: Route }) {
  const [first] = route.rest;
  if (first === undefined) return <ItemsPage />;
  if (first === 'count') return <CountPage />;
  if (first === 'dashboard') return <InventoryDashboard />;
  if (first === 'import') return <InventoryImport />;
  return <ItemPage itemId={first} />;
}
