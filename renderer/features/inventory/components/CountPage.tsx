/**
 * Stock count: items listed by location with one input each — type the counted number and
 * press Enter to move to the next (blank = not counted); then a variance review (expected,
 * counted, variance and its value) and "Apply count", which writes every count movement in
 * one transaction (applyCount). What is typed is kept as a draft count as it is typed (issue
 * 16.4): coming back offers to resume or discard it, and leaving says the entries are kept.
 */
import { useMemo, useRef, useState } from 'react';
import { formatDateTime, nowIso } from '../../../../shared/lib/dates';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useDbQuery } from '../../../db/hooks';
import { LeaveGuard, useAllowLeave, useReportUnsaved, type LeaveQuestion } from '../../../ui/LeaveGuard';
import { applyCountAndClearDraft, countDraftEntries, discardCountDraft, loadCountDraft, saveCountDraft, type CountDraft } from '../countDraft';
import { groupByLocation } from '../../../../shared/documents';
import { countLine, type Item } from '../../../../shared/domain/inventory';
import { navigate } from '../../../core/router';
import { useToast } from '../../../ui/Toast';
import { useItems } from '../hooks';
import { useMoney } from './format';
import { errorMessage } from '../../../../shared/lib/errors';
import { FormError } from '../../../ui/FormDialog';
import './inventory.css';

function parseCount(text: string): number | null | 'invalid' {
  const t = text.trim();
  if (t === '') return null;
  return /^\d+$/.test(t) ? Number(t) : 'invalid';
}

const LEAVE_COUNT: LeaveQuestion = {
  title: 'Leave the count?',
  text: 'What you typed is kept as a draft count: Count stock offers to resume it. The stock changes only when you apply the count.',
  stay: 'Keep counting',
  leave: 'Leave',
};

export function CountPage() {
  // Read once on arrival (later saves do not re-ask): resume or discard comes first.
  const stored = useDbQuery((d) => loadCountDraft(d), []);
  const [arrival, setArrival] = useState<{ draft: CountDraft | null } | null>(null);
  if (stored !== undefined && arrival === null) setArrival({ draft: stored });
  if (arrival === null) return <CountShell><p className="muted">Loading…</p></CountShell>;
  return (
    <LeaveGuard question={LEAVE_COUNT}>
      <CountBody draft={arrival.draft} />
    </LeaveGuard>
  );
}

function CountShell({ children }: { children: React.ReactNode }) {
  return (
    <div className="page">
      <header className="page-header">
        <h1>Inventory</h1>
      </header>
      {children}
    </div>
  );
}

function CountBody({ draft }: { draft: CountDraft | null }) {
  const items = useItems();
  const money = useMoney();
  const company = useCompanyProfile();
  const toast = useToast((s) => s.show);
  const allowLeave = useAllowLeave();
  const [counts, setCounts] = useState<Record<string, string>>({});
  // A draft with entries waits for "Resume" or "Discard" before anything is typed over it.
  const [pending, setPending] = useState<CountDraft | null>(draft && countDraftEntries(draft.counts) > 0 ? draft : null);
  const [startedAt, setStartedAt] = useState<string | null>(null);
  const entered = countDraftEntries(counts);
  useReportUnsaved('count', entered > 0);
  const change = (id: string, value: string) => {
    const next = { ...counts, [id]: value };
    const started = startedAt ?? nowIso();
    if (!startedAt) setStartedAt(started);
    setCounts(next);
    void saveCountDraft(started, next).catch((e: unknown) => setError(`The count could not be kept as a draft: ${errorMessage(e)}`));
  };
  const [reviewing, setReviewing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [applying, setApplying] = useState(false);
  const inputs = useRef(new Map<string, HTMLInputElement>());

  const groups = useMemo(() => groupByLocation(items ?? []), [items]);
  const order = useMemo(() => groups.flatMap(([, list]) => list.map((i) => i.id)), [groups]);
  const byId = useMemo(() => new Map((items ?? []).map((i) => [i.id, i])), [items]);

  const invalid = order.filter((id) => parseCount(counts[id] ?? '') === 'invalid');
  const lines = order.flatMap((id) => {
    const n = parseCount(counts[id] ?? '');
    const item = byId.get(id);
    return typeof n === 'number' && item ? [{ item, ...countLine(item, n) }] : [];
  });
  const totalVariance = lines.reduce((s, l) => s + l.varianceValueCents, 0);

  const focusNext = (id: string) => {
    const next = order[order.indexOf(id) + 1];
    if (next) inputs.current.get(next)?.focus();
    else document.getElementById('inv-review-button')?.focus();
  };

  const apply = async () => {
    setApplying(true);
    setError(null);
    try {
      await applyCountAndClearDraft(lines.map((l) => ({ itemId: l.itemId, countedQuantity: l.counted })));
      toast(`Count applied to ${lines.length} item${lines.length === 1 ? '' : 's'}`);
      allowLeave();
      navigate('inventory');
    } catch (e) {
      setError(`Nothing was changed: ${errorMessage(e)}`);
      setApplying(false);
    }
  };

  const header = (
    <header className="page-header">
      <h1>Inventory</h1>
      <div className="inv-toolbar">
        <button type="button" className="btn" onClick={() => navigate('inventory')}>
          ← Items
        </button>
      </div>
    </header>
  );

  if (items === undefined)
    return (
      <div className="page">
        {header}
        <p className="muted">Loading…</p>
      </div>
    );

  if (reviewing) {
    return (
      <div className="page">
        {header}
        <section className="card">
          <h2>Review count</h2>
          {lines.length === 0 ? (
            <p className="muted">Nothing was counted. Go back and type at least one quantity.</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table" aria-label="Count variance">
                <thead>
                  <tr>
                    <th>Item</th>
                    <th>Location</th>
                    <th className="num">Expected</th>
                    <th className="num">Counted</th>
                    <th className="num">Variance</th>
                    <th className="num">Value of variance</th>
                  </tr>
                </thead>
                <tbody>
                  {lines.map((l) => (
                    <tr key={l.itemId}>
                      <td>{l.item.name}</td>
                      <td>{l.item.location ?? ''}</td>
                      <td className="num">{l.expected}</td>
                      <td className="num">{l.counted}</td>
                      <td className={`num ${l.variance < 0 ? 'inv-variance-neg' : l.variance > 0 ? 'inv-variance-pos' : ''}`}>{l.variance > 0 ? `+${l.variance}` : l.variance}</td>
                      <td className="num">{money(l.varianceValueCents)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th colSpan={5}>Total value of variance</th>
                    <th className="num">{money(totalVariance)}</th>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
          <FormError error={error} />
          <div className="inv-actions">
            <button type="button" className="btn" onClick={() => setReviewing(false)}>
              Back to counting
            </button>
            <button type="button" className="btn btn-primary" disabled={applying || lines.length === 0} onClick={() => void apply()} autoFocus>
              Apply count
            </button>
          </div>
        </section>
      </div>
    );
  }

  if (pending) {
    const n = countDraftEntries(pending.counts);
    return (
      <div className="page">
        {header}
        <section className="card" aria-labelledby="count-draft-h">
          <h2 id="count-draft-h">A count is in progress</h2>
          <p>
            Started {formatDateTime(pending.startedAt, company.locale)}, last typed {formatDateTime(pending.updatedAt, company.locale)}: {n}{' '}
            item{n === 1 ? '' : 's'} entered. Nothing has changed in stock yet.
          </p>
          <div className="inv-actions">
            <button
              type="button"
              className="btn btn-primary"
              autoFocus
              onClick={() => {
                setCounts({ ...pending.counts });
                setStartedAt(pending.startedAt);
                setPending(null);
              }}
            >
              Resume count
            </button>
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => {
                void discardCountDraft();
                setPending(null);
                toast('The count in progress was discarded');
              }}
            >
              Discard it and start over
            </button>
          </div>
        </section>
      </div>
    );
  }

  return (
    <div className="page">
      {header}
      <section className="card">
        <h2>Count stock</h2>
        <p className="muted">Type what is on the shelf and press Enter for the next item. Leave an item blank if you did not count it.</p>
        {items.length === 0 ? (
          <p className="muted">There are no items to count.</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table" aria-label="Count entry">
              <thead>
                <tr>
                  <th>Item</th>
                  <th>SKU</th>
                  <th>Unit</th>
                  <th className="num">Counted</th>
                </tr>
              </thead>
              {groups.map(([loc, list]) => (
                <tbody key={loc}>
                  <tr className="inv-count-location">
                    <td colSpan={4}>{loc}</td>
                  </tr>
                  {list.map((i: Item) => (
                    <tr key={i.id}>
                      <td>{i.name}</td>
                      <td>{i.sku ?? ''}</td>
                      <td>{i.unit}</td>
                      <td className="num">
                        <input
                          ref={(el) => {
                            if (el) inputs.current.set(i.id, el);
                            else inputs.current.delete(i.id);
                          }}
                          className="inv-count-input"
                          inputMode="numeric"
                          aria-label={`Counted ${i.name}`}
                          aria-invalid={parseCount(counts[i.id] ?? '') === 'invalid'}
                          value={counts[i.id] ?? ''}
                          onChange={(e) => change(i.id, e.target.value)}
                          onKeyDown={(e) => {
                            if (e.key === 'Enter') {
                              e.preventDefault();
                              focusNext(i.id);
                            }
                          }}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </div>
        )}
        {invalid.length ? (
          <p className="error-box" role="alert">
            Counts are whole numbers of 0 or more: check {invalid.map((id) => byId.get(id)?.name).join(', ')}.
          </p>
        ) : null}
        <div className="inv-actions">
          <span className="muted">
            {lines.length} counted{entered > 0 ? ' · kept as a draft until applied' : ''}
          </span>
          <button id="inv-review-button" type="button" className="btn btn-primary" disabled={invalid.length > 0 || lines.length === 0} onClick={() => setReviewing(true)}>
            Review variance
          </button>
        </div>
      </section>
    </div>
  );
}
