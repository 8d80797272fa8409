/**
 * `#/quotes` (requests for quotation), `#/quotes/new`, `#/quotes/history[/<itemId>]` (price
 * history), `#/quotes/<id>` and `#/quotes/<id>/edit` (a draft).
 */
import type { Route } from '../../core/router';
import { isRfqEditable } from '../../../shared/domain/quotes';
import { useRfq } from './hooks';
import { PriceHistoryPage } from './components/PriceHistoryPage';
import { RfqEditorPage } from './components/RfqEditor';
import { RfqListPage } from './components/RfqListPage';
import { RfqPage } from './components/RfqPage';

function EditRoute({ id }: { id: string }) {
  const rfq = useRfq(id);
  if (rfq === undefined) return <div className="page"><h1>Quotes</h1><p className="muted">Loading…</p></div>;
  if (rfq === null || !isRfqEditable(rfq)) return <RfqPage rfqId={id} />;
  return <RfqEditorPage key={rfq.id} rfq={rfq} />;
}

export default function QuotesRoute({ route }: { route: Route }) {
  const [first, second] = route.rest;
  if (first === undefined) return <RfqListPage />;
  if (first === 'new') return <RfqEditorPage key="new" />;
  if (first === 'history') return <PriceHistoryPage key={second ?? 'none'} {...(second ? { itemId: second } : {})} />;
  if (second === 'edit') return <EditRoute key={first} id={first} />;
  return <RfqPage key={first} rfqId={first} />;
}
