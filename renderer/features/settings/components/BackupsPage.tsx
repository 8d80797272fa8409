/**
 * Settings ▸ Backups (`#/settings/backups`, issue 15.2): every backup the app keeps —
 * automatic, manual, before a restore, before an upgrade (including the older copies made
 * before issue 15) — with its date, kind, size, what it holds and whether it verifies. Each row
 * is checked in the background, one after another (the list never waits for them), with a
 * progress bar; an encrypted one says it is checked when restored. "Restore…" from any row goes
 * through the restore dialog (date and counts named, passphrase asked, progress, result), which
 * saves a safety copy first — that copy then appears here. Below: "Back up now", the schedule
 * (on/off, every N hours, how many daily/weekly/monthly to keep), where backups are kept and
 * how the last automatic one went.
 */
import { Archive } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatDateTime } from '../../../../shared/lib/dates';
import { errorMessage } from '../../../../shared/lib/errors';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { listLegacyUpgradeBackups, readLegacyUpgradeBackup } from '../../../db/startup';
import { getPlatform, type BackupKind, type BackupSettingsValue } from '../../../platform';
import { EmptyState } from '../../../ui/EmptyState';
import { FormError } from '../../../ui/FormDialog';
import { ProgressBar } from '../../../ui/ProgressBar';
import { useToast } from '../../../ui/Toast';
import { backUpNow, checkBackup, makeBackup } from '../backup';
import { notifyBackupsChanged, timeAgo, useBackupStatus, type BackupStatus } from '../backupStatus';
import { countsOf, RestoreDialog } from './RestoreDialog';
import './backupsPage.css';

const KIND_LABEL: Record<BackupKind, string> = {
  auto: 'Automatic',
  manual: 'Made by hand',
  'pre-restore': 'Before a restore',
  'pre-upgrade': 'Before an upgrade',
};

interface Row {
  /** Unique on this screen: the store's id, or `legacy:<id>` for an old pre-upgrade copy. */
  key: string;
  id: string;
  kind: BackupKind;
  createdAt: string;
  size: number;
  legacy: boolean;
}

type Verdict = { state: 'waiting' } | { state: 'checking' } | { state: 'ok'; counts: Record<string, number> | null } | { state: 'refused'; error: string };

/** What a backup holds, in the words people use: the main kinds by name, the rest summed. */
const TABLE_WORDS: [string, string, string][] = [
  ['items', 'supply', 'supplies'],
  ['vendors', 'vendor', 'vendors'],
  ['purchaseOrders', 'purchase order', 'purchase orders'],
  ['expenses', 'expense', 'expenses'],
  ['employees', 'staff member', 'staff'],
  ['candidates', 'candidate', 'candidates'],
  ['equipment', 'piece of equipment', 'equipment'],
  ['events', 'diary entry', 'diary entries'],
  ['contacts', 'contact', 'contacts'],
  ['calls', 'call', 'calls'],
  ['tasks', 'task', 'tasks'],
  ['documents', 'document', 'documents'],
  ['attachments', 'attached file', 'attached files'],
];
/** Bookkeeping that is not "the office's records" to a reader. */
const NOT_COUNTED = new Set(['auditLog', 'settings', 'importBatches', 'expenseTotals', 'inventoryTotals', 'itemUsage', 'lowStock', 'equipmentHolders', 'attachmentBlobs', 'reminderDismissals']);

export function summariseCounts(counts: Record<string, number>): string {
  const named = new Set(TABLE_WORDS.map(([t]) => t));
  const parts = TABLE_WORDS.filter(([t]) => counts[t]).map(([t, one, many]) => `${counts[t]!.toLocaleString()} ${counts[t] === 1 ? one : many}`);
  const other = Object.entries(counts)
    .filter(([t]) => !named.has(t) && !NOT_COUNTED.has(t))
    .reduce((sum, [, n]) => sum + n, 0);
  if (other) parts.push(`${other.toLocaleString()} other record${other === 1 ? '' : 's'}`);
  return parts.length ? parts.join(', ') : 'No records (an empty office)';
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

function readRow(row: Row): Promise<Uint8Array> {
  if (!row.legacy) return getPlatform().backups.read(row.id);
  return readLegacyUpgradeBackup(row.id).then((bytes) => {
    if (!bytes) throw new Error('This copy is no longer kept.');
    return bytes;
  });
}

/** The rows: the store's backups and the old pre-upgrade copies, newest first. */
function useRows(status: BackupStatus | null): Row[] | null {
  const [legacy, setLegacy] = useState<Row[]>([]);
  useEffect(() => {
    let live = true;
    listLegacyUpgradeBackups().then(
      (list) =>
        live &&
        setLegacy(list.map((b) => ({ key: `legacy:${b.id}`, id: b.id, kind: 'pre-upgrade', createdAt: b.takenAt, size: b.size, legacy: true }))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [status]);
  return useMemo(() => {
    if (!status) return null;
    const stored: Row[] = status.backups.map((b) => ({ key: b.id, id: b.id, kind: b.kind, createdAt: b.createdAt, size: b.size, legacy: false }));
    return [...stored, ...legacy].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }, [status, legacy]);
}

/** Checks each row once, one at a time, newest first; the list shows as soon as it is read. */
function useVerdicts(rows: Row[] | null): Record<string, Verdict> {
  const [verdicts, setVerdicts] = useState<Record<string, Verdict>>({});
  const done = useRef(new Map<string, Verdict>());
  useEffect(() => {
    if (!rows) return;
    let live = true;
    const todo = rows.filter((r) => !done.current.has(r.key));
    setVerdicts(Object.fromEntries(rows.map((r) => [r.key, done.current.get(r.key) ?? { state: 'waiting' }])));
    void (async () => {
      for (const row of todo) {
        if (!live) return;
        setVerdicts((v) => ({ ...v, [row.key]: { state: 'checking' } }));
        let verdict: Verdict;
        try {
          const result = await checkBackup(await readRow(row));
          verdict = result.ok ? { state: 'ok', counts: result.manifest ? countsOf(result.manifest) : null } : { state: 'refused', error: result.error };
        } catch (e) {
          verdict = { state: 'refused', error: errorMessage(e) };
        }
        done.current.set(row.key, verdict);
        if (live) setVerdicts((v) => ({ ...v, [row.key]: verdict }));
      }
    })();
    return () => {
      live = false;
    };
  }, [rows]);
  return verdicts;
}

export function BackupsPage() {
  const { status, error } = useBackupStatus();
  const rows = useRows(status);
  const verdicts = useVerdicts(rows);
  const locale = useCompanyProfile().locale;
  const showToast = useToast((s) => s.show);
  const [restoring, setRestoring] = useState<{ row: Row; bytes: Uint8Array } | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  const isBrowser = getPlatform().kind === 'browser';

  const checked = rows ? rows.filter((r) => ['ok', 'refused'].includes(verdicts[r.key]?.state ?? '')).length : 0;

  const openRestore = async (row: Row) => {
    setRowError(null);
    try {
      setRestoring({ row, bytes: await readRow(row) });
    } catch (e) {
      setRowError(`That backup could not be opened: ${errorMessage(e)}`);
    }
  };

  const saveCopy = async (row: Row) => {
    setRowError(null);
    try {
      const bytes = await readRow(row);
      const name = row.legacy ? `Backdesk before upgrade ${row.createdAt.slice(0, 10)}.${bytes[0] === 0x7b ? 'json' : 'zip'}` : row.id.endsWith('.zip') ? row.id : `${row.id}.zip`;
      if (await getPlatform().saveFile(bytes, { suggestedName: name, mimeType: 'application/zip', filters: [{ name: 'Backdesk backups', extensions: ['zip', 'json'] }] })) {
        showToast('Backup saved');
      }
    } catch (e) {
      setRowError(`That backup could not be saved: ${errorMessage(e)}`);
    }
  };

  return (
    <div className="backups-page">
      <BackupNowCard status={status} isBrowser={isBrowser} />
      {error ? <FormError error={`The backups could not be read: ${error}`} /> : null}
      {!rows ? (
        <p className="muted">Loading backups…</p>
      ) : rows.length === 0 ? (
        <EmptyState icon={Archive} title="No backups yet">
          <p className="muted">
            {isBrowser
              ? 'Backdesk keeps an automatic copy in this browser once the office has data, and you can download one at any time.'
              : 'Backdesk makes one automatically every day once the office has data, or make one now.'}
          </p>
        </EmptyState>
      ) : (
        <section className="card" aria-labelledby="backup-list-title">
          <div className="backups-list-head">
            <h2 id="backup-list-title">Kept backups</h2>
            <span className="muted">
              {rows.length} backup{rows.length === 1 ? '' : 's'}
            </span>
            <span className="spacer" />
            {checked < rows.length ? (
              <span className="backups-checking">
                <ProgressBar label="Checking backups" value={checked / rows.length} />
                <span className="muted">
                  Checking {checked + 1} of {rows.length}…
                </span>
              </span>
            ) : null}
          </div>
          <FormError error={rowError} />
          <div className="table-wrap">
            <table className="data-table backups-table" aria-label="Backups">
              <thead>
                <tr>
                  <th scope="col">Made</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Size</th>
                  <th scope="col">Holds</th>
                  <th scope="col">Verifies</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const when = formatDateTime(row.createdAt, locale);
                  const verdict = verdicts[row.key] ?? { state: 'waiting' };
                  return (
                    <tr key={row.key}>
                      <td>
                        {when}
                        <div className="muted backups-ago">{timeAgo(row.createdAt)}</div>
                      </td>
                      <td>{KIND_LABEL[row.kind]}</td>
                      <td>{formatSize(row.size)}</td>
                      <td className="backups-holds">
                        {verdict.state === 'ok' ? (verdict.counts ? summariseCounts(verdict.counts) : 'Protected by a passphrase') : verdict.state === 'refused' ? '—' : '…'}
                      </td>
                      <td>
                        <VerdictCell verdict={verdict} />
                      </td>
                      <td className="backups-actions">
                        <button type="button" className="btn" aria-label={`Restore the ${KIND_LABEL[row.kind].toLowerCase()} backup of ${when}…`} onClick={() => void openRestore(row)}>
                          Restore…
                        </button>
                        <button type="button" className="btn" aria-label={`${isBrowser ? 'Download' : 'Save a copy of'} the ${KIND_LABEL[row.kind].toLowerCase()} backup of ${when}`} onClick={() => void saveCopy(row)}>
                          {isBrowser ? 'Download' : 'Save a copy…'}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <ScheduleCard status={status} isBrowser={isBrowser} />
      {restoring ? (
        <RestoreDialog
          bytes={restoring.bytes}
          source={`${KIND_LABEL[restoring.row.kind]} backup of ${formatDateTime(restoring.row.createdAt, locale)}`}
          onClose={() => setRestoring(null)}
          onRestored={(report) => {
            setRestoring(null);
            showToast(`Backup restored: ${summariseCounts(report.counts)}`);
            notifyBackupsChanged();
          }}
        />
      ) : null}
    </div>
  );
}

function VerdictCell({ verdict }: { verdict: Verdict }) {
  switch (verdict.state) {
    case 'waiting':
      return <span className="muted">Waiting to check</span>;
    case 'checking':
      return <span className="muted">Checking…</span>;
    case 'ok':
      return verdict.counts ? (
        <span className="backups-ok">
          <span aria-hidden="true">✓ </span>Verifies
        </span>
      ) : (
        <span className="muted">Checked when restored</span>
      );
    case 'refused':
      return (
        <span className="backups-refused">
          <span aria-hidden="true">✗ </span>Does not verify: {verdict.error}
        </span>
      );
  }
}

function BackupNowCard({ status, isBrowser }: { status: BackupStatus | null; isBrowser: boolean }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const showToast = useToast((s) => s.show);
  const locale = useCompanyProfile().locale;
  const run = status?.lastRun ?? null;

  const backUp = async () => {
    setBusy(true);
    setError(null);
    try {
      if (isBrowser) {
        // A browser cannot write to a folder: the backup is downloaded (and a copy kept here).
        if (await backUpNow()) showToast('Backup downloaded');
      } else {
        const made = await makeBackup('manual');
        showToast(`Backup saved (${formatSize(made.size)})`);
      }
      notifyBackupsChanged();
    } catch (e) {
      setError(`The backup failed: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card backups-now" aria-labelledby="backups-title">
      <div>
        <h2 id="backups-title">Backups</h2>
        <p className="muted">
          {isBrowser
            ? 'Backups are kept in this browser, beside the office’s data; clearing the browser’s data removes them too. Download one now and then and keep it somewhere else.'
            : 'Every backup holds every record and attached file. Keep them off this PC — a USB stick or a network drive.'}
        </p>
        {run ? (
          run.ok ? (
            <p>
              Last automatic backup: {formatDateTime(run.at, locale)} ({timeAgo(run.at)}).
            </p>
          ) : (
            <p className="backups-failed" role="alert">
              The last automatic backup failed on {formatDateTime(run.at, locale)}: {run.message ?? 'it could not be saved.'}
            </p>
          )
        ) : status ? (
          <p className="muted">No automatic backup has run yet.</p>
        ) : null}
        <FormError error={error} />
      </div>
      <div className="backups-now-actions">
        <button type="button" className="btn btn-primary" onClick={() => void backUp()} disabled={busy}>
          {busy ? 'Backing up…' : isBrowser ? 'Download a backup' : 'Back up now'}
        </button>
        {busy ? <ProgressBar label="Making a backup" value={undefined} /> : null}
      </div>
    </section>
  );
}

type Draft = Pick<BackupSettingsValue, 'enabled' | 'intervalHours' | 'keepDaily' | 'keepWeekly' | 'keepMonthly'>;

const LIMITS: Record<Exclude<keyof Draft, 'enabled'>, { min: number; max: number; label: string }> = {
  intervalHours: { min: 1, max: 24 * 31, label: 'Every (hours)' },
  keepDaily: { min: 1, max: 366, label: 'Keep daily backups for (days)' },
  keepWeekly: { min: 0, max: 520, label: 'Keep weekly backups for (weeks)' },
  keepMonthly: { min: 0, max: 1200, label: 'Keep monthly backups for (months)' },
};

function ScheduleCard({ status, isBrowser }: { status: BackupStatus | null; isBrowser: boolean }) {
  if (!status) return null;
  return (
    <section className="card" aria-labelledby="backup-schedule-title">
      <h2 id="backup-schedule-title">Automatic backups</h2>
      <ScheduleForm key={JSON.stringify(status.settings)} settings={status.settings} />
      <FolderRow settings={status.settings} isBrowser={isBrowser} />
    </section>
  );
}

function ScheduleForm({ settings }: { settings: BackupSettingsValue }) {
  const [draft, setDraft] = useState<Record<keyof Draft, string | boolean>>({
    enabled: settings.enabled,
    intervalHours: String(settings.intervalHours),
    keepDaily: String(settings.keepDaily),
    keepWeekly: String(settings.keepWeekly),
    keepMonthly: String(settings.keepMonthly),
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const showToast = useToast((s) => s.show);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const patch: Partial<Draft> = { enabled: Boolean(draft.enabled) };
    for (const [key, { min, max, label }] of Object.entries(LIMITS) as [Exclude<keyof Draft, 'enabled'>, (typeof LIMITS)['keepDaily']][]) {
      const n = Number(draft[key]);
      if (!Number.isInteger(n) || n < min || n > max) {
        setError(`${label.replace(/ \(.*\)$/, '')} must be a whole number from ${min} to ${max}.`);
        return;
      }
      patch[key] = n;
    }
    setBusy(true);
    setError(null);
    try {
      await getPlatform().backups.setSettings(patch);
      showToast('Backup schedule saved');
      notifyBackupsChanged();
    } catch (err) {
      setError(`The schedule could not be saved: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={save} className="backups-schedule">
      <label className="checkbox">
        <input type="checkbox" checked={Boolean(draft.enabled)} onChange={(e) => setDraft((d) => ({ ...d, enabled: e.target.checked }))} /> Make automatic backups
      </label>
      <div className="form-grid">
        {(Object.keys(LIMITS) as Exclude<keyof Draft, 'enabled'>[]).map((key) => (
          <label key={key} className="field">
            <span>{LIMITS[key].label}</span>
            <input
              type="number"
              inputMode="numeric"
              min={LIMITS[key].min}
              max={LIMITS[key].max}
              value={String(draft[key])}
              disabled={!draft.enabled}
              onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
            />
          </label>
        ))}
      </div>
      <p className="muted">
        The newest automatic backup is never removed, and a new one is checked before older ones go. Backups made by hand, before a restore and
        before an upgrade are kept apart (the newest 10, 5 and 3).
      </p>
      <FormError error={error} />
      <div>
        <button type="submit" className="btn" disabled={busy}>
          Save schedule
        </button>
      </div>
    </form>
  );
}

function FolderRow({ settings, isBrowser }: { settings: BackupSettingsValue; isBrowser: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const choose = getPlatform().backups.chooseFolder;
  if (isBrowser || !choose) {
    return (
      <div className="backups-folder">
        <h3>Where backups are kept</h3>
        <p className="muted">In this browser. A browser cannot write to a folder, so download a backup to keep a copy on a USB stick or another drive.</p>
      </div>
    );
  }
  const pick = async () => {
    setError(null);
    try {
      await choose();
      notifyBackupsChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <div className="backups-folder">
      <h3>Where backups are kept</h3>
      <p>
        {settings.folder ? <bdi className="backups-path">{settings.folder}</bdi> : 'Not chosen yet: backups are kept in Backdesk’s own data folder on this PC.'}
      </p>
      <FormError error={error} />
      <button type="button" className="btn" onClick={() => void pick()}>
        Choose folder…
      </button>
    </div>
  );
}
