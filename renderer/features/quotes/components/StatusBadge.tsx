import { RFQ_STATUS_LABELS, type RfqStatus } from '../../../../shared/domain/quotes';
import './quotes.css';

export function RfqStatusBadge({ status }: { status: RfqStatus }) {
  return (
    <span className={`badge rfq-status rfq-status-${status}`}>{RFQ_STATUS_LABELS[status]}</span>
  );
}
