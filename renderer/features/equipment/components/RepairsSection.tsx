/**
 * The repair log of an item (issue 12.5), below its details: open repairs first (reported
 * on/by, the problem, days out so far, "Repair done…"), then past ones (fixed on/by, downtime,
 * cost with a link to its expense, parts). "Report a problem…" puts the item under repair.
 */
import { Wrench } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { Equipment } from '../../../../shared/domain/equipment';
import { downtimeDays, isRepairOpen, type Repair } from '../../../../shared/domain/equipmentRepairs';
import { formatDate, today as todayIso } from '../../../../shared/lib/dates';
import { errorMessage } from '../../../../shared/lib/errors';
import { hrefFor, navigate } from '../../../core/router';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useDbQuery } from '../../../db/hooks';
import { FormError } from '../../../ui/FormDialog';
import { useToast } from '../../../ui/Toast';
import { useMoney } from '../../budget';
import { expenseRepository, useExpenseFilter, type Expense } from '../../expenses';
import { useItems } from '../../inventory';
import { useEmployees } from '../../people';
import { useVendors } from '../../vendors';
import { deleteEquipmentRepair, listEquipmentRepairs } from '../repairs';
import { RepairDoneDialog, ReportProblemDialog } from './RepairDialogs';
import './repairs.css';

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

export function RepairsSection({ equipment }: { equipment: Equipment }) {
  const repairs = useDbQuery((d) => listEquipmentRepairs(equipment.id, d), [equipment.id]);
  const expenseIds = (repairs ?? []).map((r) => r.expenseId).filter((id): id is string => !!id);
  const expenses = useDbQuery(
    async (d) => {
      const rows = await Promise.all(expenseIds.map((id) => expenseRepository.get(id, d)));
      return new Map(rows.filter((e): e is Expense => !!e).map((e) => [e.id, e]));
    },
    [expenseIds.join(',')],
  );
  const vendors = useVendors();
  const items = useItems();
  const people = useEmployees();
  const money = useMoney();
  const { locale } = useCompanyProfile();
  const setExpenseFilter = useExpenseFilter((s) => s.setFilter);
  const toast = useToast((s) => s.show);
  const [reporting, setReporting] = useState(false);
  const [completing, setCompleting] = useState<Repair | null>(null);
  const [error, setError] = useState<string | null>(null);

  const vendorName = useMemo(() => new Map((vendors ?? []).map((v) => [v.id, v.name])), [vendors]);
  const itemById = useMemo(() => new Map((items ?? []).map((i) => [i.id, i])), [items]);
  const personName = useMemo(() => new Map((people ?? []).map((p) => [p.id, p.name])), [people]);
  const today = todayIso();
  const date = (d: string) => formatDate(d, locale);
  const open = (repairs ?? []).filter((r) => isRepairOpen(r));
  const past = (repairs ?? []).filter((r) => !isRepairOpen(r));
  const outOfService = equipment.status === 'retired' || equipment.status === 'disposed';

  const reporter = (r: Repair) => (r.reportedByPersonId ? personName.get(r.reportedByPersonId) : undefined) ?? r.reportedBy ?? '';
  const fixer = (r: Repair) => {
    if (r.fixedBy === 'vendor') {
      const v = (r.vendorId && vendorName.get(r.vendorId)) || 'A vendor no longer listed';
      return r.fixedByName ? `${v} (${r.fixedByName})` : v;
    }
    return r.fixedByName ? `${r.fixedByName} (in house)` : 'In house';
  };
  const partsText = (r: Repair) =>
    r.parts.map((p) => {
      const item = itemById.get(p.itemId);
      return `${p.quantity} × ${item?.name ?? 'a deleted item'}`;
    });

  const openExpense = (e: Expense) => {
    setExpenseFilter({ from: e.date, to: e.date, label: `Repair of ${equipment.name}, ${date(e.date)}` });
    navigate('expenses');
  };

  const remove = async (r: Repair) => {
    setError(null);
    try {
      await deleteEquipmentRepair(r.id);
      toast('Problem report removed');
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="card eqr-section" aria-labelledby="eqr-repairs-title">
      <div className="eqr-head">
        <h2 id="eqr-repairs-title">Repairs</h2>
        {outOfService ? null : (
          <button type="button" className="btn" onClick={() => setReporting(true)}>
            <Wrench size={14} aria-hidden="true" /> Report a problem…
          </button>
        )}
      </div>
      <FormError error={error} />
      {repairs === undefined ? (
        <p className="muted">Loading repairs…</p>
      ) : repairs.length === 0 ? (
        <p className="muted eqr-empty">No repairs recorded. When something breaks, report the problem here: the item shows as under repair until it is fixed.</p>
      ) : null}

      {open.length > 0 ? (
        <div className="eqr-open" role="list" aria-label="Open repairs">
          {open.map((r) => (
            <article className="eqr-open-item" role="listitem" key={r.id} aria-label={`Open repair: ${r.problem}`}>
              <div className="eqr-open-main">
                <span className="badge badge-warn">Under repair · {days(downtimeDays(r, today))}</span>
                <p className="eqr-problem-text">{r.problem}</p>
                <p className="muted eqr-meta">
                  Reported {date(r.reportedOn)}
                  {reporter(r) ? ` by ${reporter(r)}` : ''}
                </p>
              </div>
              <div className="eqr-actions">
                <button type="button" className="btn btn-primary" onClick={() => setCompleting(r)}>
                  Repair done…
                </button>
                <button type="button" className="btn" aria-label={`Remove the report: ${r.problem}`} onClick={() => void remove(r)}>
                  Remove
                </button>
              </div>
            </article>
          ))}
        </div>
      ) : null}

      {past.length > 0 ? (
        <div className="table-wrap eqr-table">
          <table className="data-table" aria-label="Past repairs">
            <thead>
              <tr>
                <th scope="col">Reported</th>
                <th scope="col">Problem</th>
                <th scope="col">Fixed</th>
                <th scope="col">Fixed by</th>
                <th scope="col" className="num">Downtime</th>
                <th scope="col" className="num">Cost</th>
                <th scope="col">Parts</th>
              </tr>
            </thead>
            <tbody>
              {past.map((r) => {
                const exp = r.expenseId ? expenses?.get(r.expenseId) : undefined;
                const parts = partsText(r);
                return (
                  <tr key={r.id}>
                    <td>
                      {date(r.reportedOn)}
                      {reporter(r) ? <div className="muted eqr-sub">{reporter(r)}</div> : null}
                    </td>
                    <td className="eqr-wrap">{r.problem}</td>
                    <td>{r.fixedOn ? date(r.fixedOn) : ''}</td>
                    <td className="eqr-wrap">{fixer(r)}</td>
                    <td className="num">{days(downtimeDays(r, today))}</td>
                    <td className="num">
                      {money.format(r.costCents)}
                      {exp ? (
                        <div className="eqr-sub">
                          <a
                            href={hrefFor('expenses')}
                            onClick={(e) => {
                              e.preventDefault();
                              openExpense(exp);
                            }}
                          >
                            Expense of {date(exp.date)}
                          </a>
                        </div>
                      ) : r.expenseId ? (
                        <div className="muted eqr-sub">Expense deleted</div>
                      ) : null}
                    </td>
                    <td className="eqr-wrap">{parts.length ? parts.join(', ') : <span className="muted">—</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}

      {reporting ? <ReportProblemDialog equipment={equipment} onClose={() => setReporting(false)} /> : null}
      {completing ? <RepairDoneDialog equipment={equipment} repair={completing} onClose={() => setCompleting(null)} /> : null}
    </section>
  );
}
