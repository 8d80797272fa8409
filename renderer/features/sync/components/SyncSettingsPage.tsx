/**
 * Settings → Sync (issue 18.1): the office server (URL, database, user, password — the password
 * goes to the platform: Electron's safeStorage, or this browser tab only), Test connection with a
 * clear answer and Create database when it is missing, this PC's name and number code, the
 * office's other PCs, sync on/off and Sync now, and the status (last synced, pending, conflicts,
 * errors).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { getPlatform } from '../../../platform';
import type { ConnectionVerdict, SyncConnection } from '../../../../shared/sync/types';
import { exampleNumbers } from '../../../../shared/sync/numbering';
import { formatDateTime } from '../../../../shared/lib/dates';
import { errorMessage } from '../../../../shared/lib/errors';
import { useDbQuery } from '../../../db/hooks';
import { listDevices, readLocalSync, saveThisPc, setSyncEnabled, syncNow, useSyncStatus, NUMBER_CODE_PATTERN } from '../../../db/sync';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useToast } from '../../../ui/Toast';
import { useEquipmentSettings } from '../../equipment';
import { ProgressBar } from '../../../ui/ProgressBar';
import { statusSentence } from '../statusWords';
import '../sync.css';

function ConnectionForm({ onSaved }: { onSaved: (c: SyncConnection) => void }) {
  const sync = getPlatform().sync;
  const [stored, setStored] = useState<SyncConnection | null | undefined>(undefined);
  const [url, setUrl] = useState('');
  const [database, setDatabase] = useState('office');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [verdict, setVerdict] = useState<ConnectionVerdict | null>(null);
  const [busy, setBusy] = useState(false);
  const toast = useToast((s) => s.show);

  useEffect(() => {
    void sync.getConnection().then((c) => {
      setStored(c);
      if (c) {
        setUrl(c.url);
        setDatabase(c.database);
        setUser(c.user);
      }
    });
  }, [sync]);

  const input = () => ({ url, database, user, ...(password || !stored?.hasPassword ? { password } : {}) });
  const run = async (what: () => Promise<void>) => {
    setBusy(true);
    try {
      await what();
    } catch (e) {
      setVerdict({ kind: 'invalid', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  const test = () => run(async () => setVerdict(await sync.test(input())));
  const create = () => run(async () => setVerdict(await sync.createDatabase(input())));
  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const saved = await sync.setConnection(input());
      setStored(saved);
      setVerdict(null);
      setPassword('');
      onSaved(saved);
      toast('Sync server saved.');
    });
  };
  const origins = sync.allowedOrigins();

  return (
    <form className="card sync-card" aria-labelledby="sync-server-title" onSubmit={save}>
      <h2 id="sync-server-title">Office server</h2>
      <p className="muted">
        The PCs of the office replicate through one CouchDB database (Apache CouchDB on an office server or NAS). Each PC keeps working offline and catches up
        when the server answers.
      </p>
      {origins ? (
        <p className="muted">
          This copy of Backdesk runs in a browser and may reach only {origins.length ? origins.join(', ') : 'no server'} (set when it is served).
        </p>
      ) : null}
      <div className="sync-fields">
        <label className="field">
          <span>Server address</span>
          <input type="url" value={url} placeholder="http://office-server:5984" onChange={(e) => setUrl(e.target.value)} autoComplete="url" />
        </label>
        <label className="field">
          <span>Database name</span>
          <input value={database} onChange={(e) => setDatabase(e.target.value)} autoComplete="off" />
        </label>
        <label className="field">
          <span>User name</span>
          <input value={user} onChange={(e) => setUser(e.target.value)} autoComplete="username" />
        </label>
        <label className="field">
          <span>Password</span>
          <input
            type="password"
            value={password}
            placeholder={stored?.hasPassword ? 'Leave empty to keep the stored one' : ''}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
          />
        </label>
      </div>
      <div className="sync-actions">
        <button type="button" className="btn" disabled={busy} onClick={() => void test()}>
          Test connection
        </button>
        {verdict?.kind === 'missing-database' && verdict.canCreate ? (
          <button type="button" className="btn" disabled={busy} onClick={() => void create()}>
            Create database
          </button>
        ) : null}
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Save server
        </button>
      </div>
      <p role="status" aria-label="Connection test" className={verdict ? (verdict.kind === 'ok' ? 'sync-ok' : 'sync-problem') : 'muted'}>
        {verdict ? verdict.message : stored ? `Saved: ${stored.url}, database ${stored.database}${stored.user ? `, user ${stored.user}` : ''}.` : 'No server saved yet.'}
      </p>
    </form>
  );
}

function ThisPcForm() {
  const local = useDbQuery((db) => readLocalSync(db), []);
  const devices = useDbQuery((db) => listDevices(db), []);
  const profile = useCompanyProfile();
  const equipment = useEquipmentSettings();
  const [name, setName] = useState<string | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast((s) => s.show);
  const shownName = name ?? local?.deviceName ?? '';
  const shownCode = code ?? local?.numberCode ?? '';
  const year = new Date().getFullYear();
  const others = (devices ?? []).filter((d) => d.deviceId !== local?.deviceId);

  const save = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    void saveThisPc({ deviceName: shownName, numberCode: shownCode }).then(
      () => {
        setName(null);
        setCode(null);
        toast('This PC is saved.');
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  };
  const codeOk = NUMBER_CODE_PATTERN.test(shownCode.toUpperCase());

  return (
    <form className="card sync-card" aria-labelledby="sync-pc-title" onSubmit={save}>
      <h2 id="sync-pc-title">This PC</h2>
      <div className="sync-fields">
        <label className="field">
          <span>This PC’s name</span>
          <input value={shownName} placeholder="Reception" maxLength={60} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span>Number code</span>
          <input value={shownCode} placeholder="A" maxLength={2} onChange={(e) => setCode(e.target.value.toUpperCase())} aria-describedby="sync-code-hint" />
        </label>
      </div>
      <p id="sync-code-hint" className="muted">
        One or two capital letters, different on every PC: documents numbered here carry them, so two PCs never give out the same number
        {codeOk ? (
          <>
            {' '}— {exampleNumbers(shownCode.toUpperCase(), year, equipment?.assetTagPrefix || 'BD').map((e) => `${e.label.toLowerCase()} ${e.example}`).join(', ')}.
          </>
        ) : (
          '.'
        )}
      </p>
      {error ? (
        <p role="alert" className="sync-problem">
          {error}
        </p>
      ) : null}
      <div className="sync-actions">
        <button type="submit" className="btn btn-primary">
          Save this PC
        </button>
      </div>
      <h3 id="sync-pcs-title">The office’s other PCs</h3>
      {others.length ? (
        <table className="sync-table" aria-labelledby="sync-pcs-title">
          <thead>
            <tr>
              <th scope="col">PC</th>
              <th scope="col">Number code</th>
              <th scope="col">Last seen</th>
            </tr>
          </thead>
          <tbody>
            {others.map((d) => (
              <tr key={d.deviceId}>
                <th scope="row">{d.deviceName}</th>
                <td>{d.numberCode}</td>
                <td>{formatDateTime(d.lastSeenAt, profile.locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No other PC has synced with this office yet.</p>
      )}
    </form>
  );
}

function SyncSwitch() {
  const status = useSyncStatus();
  const local = useDbQuery((db) => readLocalSync(db), []);
  const profile = useCompanyProfile();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const enabled = local?.enabled ?? false;

  const toggle = (on: boolean) => {
    setBusy(true);
    setError(null);
    setSyncEnabled(on)
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  };
  const now = () => {
    setBusy(true);
    setError(null);
    syncNow()
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  };
  const progress = status.progress;

  return (
    <section className="card sync-card" aria-labelledby="sync-switch-title">
      <h2 id="sync-switch-title">Sync</h2>
      <p className="muted">
        Confidential fields (salaries, HR notes, private files) need the office passphrase (Settings → General → Security): they travel and rest on the server
        encrypted, and the other PCs open them with the same passphrase.
      </p>
      <label className="check">
        <input type="checkbox" checked={enabled} disabled={busy || local === undefined} onChange={(e) => toggle(e.target.checked)} />
        Sync this PC with the office server
      </label>
      {error ? (
        <p role="alert" className="sync-problem">
          {error}
        </p>
      ) : null}
      <dl className="sync-figures">
        <div>
          <dt>Status</dt>
          <dd>{statusSentence(status, profile.locale)}</dd>
        </div>
        <div>
          <dt>Last synced</dt>
          <dd>{status.lastSyncedAt ?? local?.lastSyncedAt ? formatDateTime((status.lastSyncedAt ?? local?.lastSyncedAt)!, profile.locale) : 'Never'}</dd>
        </div>
        <div>
          <dt>Changes waiting to go</dt>
          <dd>{status.pending}</dd>
        </div>
        <div>
          <dt>Conflicts</dt>
          <dd>{status.conflicts ? <a href="#/settings/conflicts">{status.conflicts} to look at</a> : 'None'}</dd>
        </div>
      </dl>
      {progress ? (
        <ProgressBar
          label={progress.direction === 'pull' ? 'Receiving the office’s records' : 'Sending this PC’s records'}
          value={progress.total ? progress.done / progress.total : undefined}
        />
      ) : null}
      <div className="sync-actions">
        <button type="button" className="btn" disabled={busy} onClick={now}>
          Sync now
        </button>
      </div>
    </section>
  );
}

export function SyncSettingsPage() {
  const [, setSaved] = useState(0);
  return (
    <div className="sync-page">
      <ConnectionForm onSaved={() => setSaved((n) => n + 1)} />
      <ThisPcForm />
      <SyncSwitch />
    </div>
  );
}
