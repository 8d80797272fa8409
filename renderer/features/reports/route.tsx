/**
 * The reports screens: `#/reports` (spend by vendor or category), `#/reports/prices` (price
 * trends per item) and `#/reports/requests` (requests by kind and time to close).
 */
import type { Route } from '../../core/router';
import { PriceReport } from './components/PriceReport';
import { RequestsReport } from './components/RequestsReport';
import { SpendReport } from './components/SpendReport';

export default function ReportsRoute({ route }: { route: Route }) {
  const [first] = route.rest;
  if (first === 'prices') return <PriceReport />;
  if (first === 'requests') return <RequestsReport />;
  return <SpendReport />;
}
