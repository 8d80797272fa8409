import { PURCHASE_ORDER_STATUS_LABELS, type PurchaseOrderStatus } from '../../../../shared/domain/purchasing';
import './purchasing.css';

export function StatusBadge({ status }: { status: PurchaseOrderStatus }) {
  return <span className={`badge po-status po-status-${status}`}>{PURCHASE_ORDER_STATUS_LABELS[status]}</span>;
}
