/**
 * Settings ▸ Audit log (`#/settings/audit`, issue 15.5): who changed or opened what, newest
 * first, in the shared virtualized grid (100,000 entries stay smooth). Action, user, module and
 * dates narrow the read through the log's indexes (./auditLog.ts); the grid's search box finds
 * text in what is left; Export CSV / XLSX write exactly the filtered list. A record's entry
 * opens the record where it has a page.
 */
import { useMemo, useState } from 'react';
import { History } from 'lucide-react';
import { AUDIT_ACTIONS, type AuditAction, type AuditLogEntry } from '../../../../shared/domain/audit';
import { MODULES } from '../../../core/modules';
import { findRecordHit, hitHref } from '../../../core/search';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useDbQuery } from '../../../db/hooks';
import { EmptyState } from '../../../ui/EmptyState';
import { SelectField } from '../../../ui/SelectField';
import { DataGrid, type GridColumn } from '../../../ui/table';
import { useToast } from '../../../ui/Toast';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_PAGE_SIZE,
  auditModuleLabel,
  countAuditEntries,
  listAuditActors,
  listAuditEntries,
  type AuditQuery,
} from '../auditLog';
import './auditLog.css';

/** Tables whose records have a page of their own (core/search's sources). */
const OPENABLE = new Set([
  'items', 'vendors', 'contacts', 'employees', 'equipment', 'candidates', 'positions', 'events', 'calls',
  'documents', 'tasks', 'purchaseOrders', 'invoices', 'expenses', 'budgetCategories',
]);

/** The name a summary quotes ('Updated vendor "Acme"' → Acme); never a confidential value (DESIGN §2). */
function recordLabel(entry: AuditLogEntry): string {
  return /"([^"]*)"/.exec(entry.summary)?.[1] ?? '';
}

const NO_USER = '\u0000none';

export function AuditLogPage() {
  const company = useCompanyProfile();
  const toast = useToast((s) => s.show);
  const [query, setQuery] = useState<AuditQuery>({});
  const [limit, setLimit] = useState(AUDIT_PAGE_SIZE);
  const page = useDbQuery(
    (db) => listAuditEntries(query, db, limit),
    [query.action, query.actor, query.module, query.from, query.to, limit],
  );
  const entries = page?.entries;
  const actors = useDbQuery((db) => listAuditActors(db), []);
  const anyEntry = useDbQuery((db) => countAuditEntries(db), []);
  const when = useMemo(() => new Intl.DateTimeFormat(company.locale, { dateStyle: 'medium', timeStyle: 'medium' }), [company.locale]);
  const filtered = Boolean(query.action || query.actor || query.module || query.from || query.to);

  const open = async (entry: AuditLogEntry) => {
    if (!entry.recordId || !OPENABLE.has(entry.table)) return;
    const hit = await findRecordHit(entry.table, entry.recordId);
    if (hit) window.location.hash = hitHref(hit);
    else toast('That record no longer exists: it was deleted or erased.');
  };

  const columns = useMemo<GridColumn<AuditLogEntry>[]>(
    () => [
      { id: 'at', header: 'When', value: (e) => e.at, cell: (e) => <time dateTime={e.at}>{when.format(new Date(e.at))}</time>, width: '11rem' },
      { id: 'actor', header: 'Who', value: (e) => e.actor ?? '', cell: (e) => e.actor ?? <span className="muted">—</span>, width: '8rem' },
      { id: 'action', header: 'Action', value: (e) => AUDIT_ACTION_LABELS[e.action] ?? e.action, width: '9rem' },
      {
        id: 'record',
        header: 'Record',
        value: (e) => [auditModuleLabel(e.table), recordLabel(e)].filter(Boolean).join(' · '),
        cell: (e) => {
          const label = recordLabel(e);
          const module = auditModuleLabel(e.table);
          if (!e.recordId || !OPENABLE.has(e.table)) return <span className="audit-record">{[module, label].filter(Boolean).join(' · ')}</span>;
          return (
            <button type="button" className="audit-record audit-open" onClick={() => void open(e)} title="Open this record">
              {module}
              {label ? <> · <bdi>{label}</bdi></> : null}
            </button>
          );
        },
        width: '14rem',
      },
      { id: 'summary', header: 'Summary', value: (e) => e.summary, cell: (e) => <bdi className="audit-summary">{e.summary}</bdi> },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [when],
  );

  const set = (patch: Partial<AuditQuery>) => {
    setQuery((q) => ({ ...q, ...patch }));
    setLimit(AUDIT_PAGE_SIZE);
  };

  return (
    <section className="card audit-page" aria-labelledby="audit-title">
      <h2 id="audit-title">Audit log</h2>
      <p className="muted">
        Every change, import and restore, and every time someone opened a confidential field or
        document: who, when and which record. Summaries name records and fields, never
        confidential values.
      </p>
      <div className="audit-filters" role="group" aria-label="Audit log filters">
        <SelectField label="Action" value={query.action ?? ''} onChange={(v) => set({ action: (v || undefined) as AuditAction | undefined })}>
          <option value="">All actions</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {AUDIT_ACTION_LABELS[a]}
            </option>
          ))}
        </SelectField>
        <SelectField label="User" value={query.actor ?? ''} onChange={(v) => set({ actor: v === NO_USER ? undefined : v || undefined })}>
          <option value="">All users</option>
          {(actors ?? []).map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </SelectField>
        <SelectField label="Module" value={query.module ?? ''} onChange={(v) => set({ module: v || undefined })}>
          <option value="">All modules</option>
          {MODULES.filter((m) => m.tables?.length).map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </SelectField>
        <label className="field">
          <span className="field-caption">From</span>
          <input type="date" value={query.from ?? ''} max={query.to} onChange={(e) => set({ from: e.target.value || undefined })} />
        </label>
        <label className="field">
          <span className="field-caption">To</span>
          <input type="date" value={query.to ?? ''} min={query.from} onChange={(e) => set({ to: e.target.value || undefined })} />
        </label>
        {filtered ? (
          <button type="button" className="btn" onClick={() => set({ action: undefined, actor: undefined, module: undefined, from: undefined, to: undefined })}>
            Clear filters
          </button>
        ) : null}
      </div>
      {anyEntry === 0 ? (
        <EmptyState icon={History} title="Nothing recorded yet">
          <p>Changes, imports, restores and every look at a confidential record will be listed here as they happen.</p>
        </EmptyState>
      ) : (
        <DataGrid
          id="settings.audit"
          label="Audit log entries"
          rows={entries ?? []}
          columns={columns}
          getRowId={(e) => e.id}
          onActivate={(e) => void open(e)}
          exportName="audit-log"
          searchPlaceholder="Search who, what or which record"
          empty={
            entries === undefined ? (
              <p className="muted">Loading…</p>
            ) : (
              <p className="muted">No entries match these filters.</p>
            )
          }
          height="min(70vh, 720px)"
        />
      )}
      {page?.more ? (
        <p className="audit-more">
          <span className="muted">
            Showing the newest {page.entries.length.toLocaleString(company.locale)} entries; the search and the export cover
            these.
          </span>{' '}
          <button type="button" className="btn" onClick={() => setLimit((n) => n + AUDIT_PAGE_SIZE * 5)}>
            Show {(AUDIT_PAGE_SIZE * 5).toLocaleString(company.locale)} older
          </button>{' '}
          <button type="button" className="btn" onClick={() => setLimit(Infinity)}>
            Show all
          </button>
        </p>
      ) : null}
    </section>
  );
}
