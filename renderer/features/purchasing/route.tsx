/** `#/purchasing`, `#/purchasing/reorder`, `#/purchasing/new[/<vendorId>]` and `#/purchasing/<id>`. */
import type { Route } from '../../core/router';
import { NewPurchaseOrderPage } from './components/NewPurchaseOrderPage';
import { PurchaseOrderPage } from './components/PurchaseOrderPage';
import { PurchaseOrdersPage } from './components/PurchaseOrdersPage';
import { ReorderPage } from './components/ReorderPage';

export default function PurchasingRoute({ route }: { route: Route }) {
  const [first, second] = route.rest;
  if (first === undefined) return <PurchaseOrdersPage />;
  if (first === 'reorder') return <ReorderPage />;
  if (first === 'new') return <NewPurchaseOrderPage key={second ?? ''} vendorId={second} />;
  return <PurchaseOrderPage key={first} orderId={first} />;
}
