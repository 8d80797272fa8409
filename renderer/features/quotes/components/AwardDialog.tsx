/**
 * Confirming an award: what the draft purchase order(s) will hold — per vendor the lines in
 * whole packs at the quoted prices and the total — before they are made in one go.
 */
import {
  planAward,
  awardTotalCents,
  type LineAssignment,
  type Rfq,
} from '../../../../shared/domain/quotes';
import { formatMoney } from '../../../../shared/lib/money';
import { FormDialog } from '../../../ui/FormDialog';
import type { PurchaseOrder } from '../../purchasing';
import type { Vendor } from '../../vendors';
import { awardRfq } from '../repository';

export function AwardDialog({
  rfq,
  assignment,
  vendorsById,
  today,
  currency,
  locale,
  title,
  onClose,
  onAwarded,
}: {
  rfq: Rfq;
  assignment: LineAssignment;
  vendorsById: ReadonlyMap<string, Vendor>;
  today: string;
  currency: string;
  locale: string;
  title: string;
  onClose: () => void;
  onAwarded: (orders: PurchaseOrder[]) => void;
}) {
  const plan = planAward(rfq, assignment, today);
  const money = (c: number) => formatMoney(c, currency, locale);
  const left = rfq.lines.filter((l) => !assignment[l.id]);
  return (
    <FormDialog
      title={title}
      submitLabel={
        plan.ok && plan.orders.length > 1
          ? `Make ${plan.orders.length} draft purchase orders`
          : 'Make draft purchase order'
      }
      submitDisabled={!plan.ok}
      onSubmit={async () => {
        const { orders } = await awardRfq(rfq.id, assignment, { today });
        onAwarded(orders);
      }}
      onClose={onClose}
      size="medium"
    >
      {!plan.ok ? (
        <p className="error-box" role="alert">
          {plan.problem}
        </p>
      ) : (
        <>
          {plan.orders.map((o) => (
            <section
              key={o.vendorId}
              aria-label={`Draft order for ${vendorsById.get(o.vendorId)?.name ?? 'vendor'}`}
            >
              <h3 style={{ margin: '8px 0 4px' }}>
                {vendorsById.get(o.vendorId)?.name ?? '(deleted vendor)'}
              </h3>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Description</th>
                    <th scope="col" className="num">
                      Quantity
                    </th>
                    <th scope="col" className="num">
                      Unit cost
                    </th>
                    <th scope="col" className="num">
                      Line total
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {o.lines.map((l, i) => (
                    <tr key={i}>
                      <td>{l.description}</td>
                      <td className="num">{l.quantity}</td>
                      <td className="num">{money(l.unitCostCents)}</td>
                      <td className="num">{money(l.quantity * l.unitCostCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
          <p>
            <strong>Total {money(awardTotalCents(plan.orders))}</strong> — {rfq.number} is marked
            awarded and links to {plan.orders.length === 1 ? 'the draft order' : 'the draft orders'}
            ; you can still change a draft before sending it.
          </p>
          {left.length ? (
            <p className="muted">
              Not part of this award (not quoted by this vendor):{' '}
              {left.map((l) => l.description).join(', ')}.
            </p>
          ) : null}
        </>
      )}
    </FormDialog>
  );
}
