/**
 * Total cost of ownership of an item (issue 12.5): purchase + repairs + maintenance, a bar of
 * their shares, the days it was out of service, and the flag to replace it when it keeps
 * breaking (3 repairs in 12 months) or has outlived its expected life.
 */
import { AlertTriangle } from 'lucide-react';
import type { Equipment } from '../../../../shared/domain/equipment';
import { formatDate } from '../../../../shared/lib/dates';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useDbQuery } from '../../../db/hooks';
import { useMoney } from '../../budget';
import { getEquipmentCostOfOwnership } from '../repairs';
import './repairs.css';

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

export function CostSection({ equipment }: { equipment: Equipment }) {
  // Re-read when the item itself changes (purchase cost, expected life) as well as its repairs.
  const cost = useDbQuery((d) => getEquipmentCostOfOwnership(equipment.id, d), [equipment.id, equipment.updatedAt]);
  const money = useMoney();
  const { locale } = useCompanyProfile();

  if (cost === undefined)
    return (
      <section className="card eqr-section" aria-labelledby="eqr-cost-title">
        <h2 id="eqr-cost-title">Cost of ownership</h2>
        <p className="muted">Adding up…</p>
      </section>
    );

  const parts = [
    { key: 'purchase', label: 'Purchase', cents: cost.purchaseCents, note: equipment.purchaseCostCents === undefined ? 'no purchase cost recorded' : undefined },
    { key: 'repairs', label: 'Repairs', cents: cost.repairsCents, note: `${cost.repairCount} repair${cost.repairCount === 1 ? '' : 's'}` },
    { key: 'maintenance', label: 'Maintenance', cents: cost.maintenanceCents },
  ];
  const flagged = cost.replacement.flagged || cost.pastExpectedLife;

  return (
    <section className="card eqr-section" aria-labelledby="eqr-cost-title">
      <h2 id="eqr-cost-title">Cost of ownership</h2>
      {flagged ? (
        <div className="eqr-flag" role="status" aria-label="Replacement suggested">
          <AlertTriangle size={16} aria-hidden="true" />
          <div>
            <strong>Consider replacing it.</strong>
            {cost.replacement.flagged ? <div>{cost.replacement.reason}</div> : null}
            {cost.pastExpectedLife && cost.endOfLife ? <div>Past its expected life (it ended on {formatDate(cost.endOfLife, locale)}).</div> : null}
          </div>
        </div>
      ) : null}
      <dl className="eqr-cost" aria-label="Cost of ownership">
        {parts.map((p) => (
          <div key={p.key} className={`eqr-cost-${p.key}`}>
            <dt>{p.label}</dt>
            <dd>
              {money.format(p.cents)}
              {p.note ? <span className="muted eqr-sub"> · {p.note}</span> : null}
            </dd>
          </div>
        ))}
        <div className="eqr-cost-total">
          <dt>Total</dt>
          <dd>{money.format(cost.totalCents)}</dd>
        </div>
        <div>
          <dt>Downtime</dt>
          <dd>
            {days(cost.downtimeDays)}
            {cost.openRepairCount > 0 ? <span className="muted eqr-sub"> · {cost.openRepairCount} repair still open</span> : null}
          </dd>
        </div>
        {cost.endOfLife && !cost.pastExpectedLife ? (
          <div>
            <dt>Expected life</dt>
            <dd>until {formatDate(cost.endOfLife, locale)}</dd>
          </div>
        ) : null}
      </dl>
      {cost.totalCents > 0 ? (
        <div className="eqr-bar" aria-hidden="true">
          {parts
            .filter((p) => p.cents > 0)
            .map((p) => (
              <span key={p.key} className={`eqr-bar-${p.key}`} style={{ flexGrow: p.cents }} title={`${p.label}: ${money.format(p.cents)}`} />
            ))}
        </div>
      ) : null}
      <p className="eqr-hint">Maintenance counts the work logged for this item; repairs are counted once, from the repair log.</p>
    </section>
  );
}
