/**
 * `#/requests` (the staff request queue), `#/requests/new` (a new request), `#/requests/<id>`
 * (one request over the queue), `#/requests/purchase` (purchase requests) and
 * `#/requests/purchase/<id>` (one purchase request). Both screens show the Requests tabs first.
 */
import type { Route } from '../../core/router';
import { PurchaseRequestsPage } from './components/purchase/PurchaseRequestsPage';
import { RequestsTabs } from './components/RequestsTabs';
import { StaffRequestsPage } from './components/StaffRequestsPage';

export default function RequestsRoute({ route }: { route: Route }) {
  const [first, second] = route.rest;
  if (first === 'purchase')
    return (
      <>
        <RequestsTabs current="purchase" />
        <PurchaseRequestsPage requestId={second} />
      </>
    );
  return (
    <>
      <RequestsTabs current="" />
      <StaffRequestsPage creating={first === 'new'} requestId={first && first !== 'new' ? first : undefined} />
    </>
  );
}
