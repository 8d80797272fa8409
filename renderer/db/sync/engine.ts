/**
 * The replication loop (issue 18.2). One round = push the outbox, then pull the feed until
 * caught up, then recompute the totals the pulled records touch. Between rounds the loop waits
 * for whichever comes first: a local write (the outbox middleware's signal), a change on the
 * server (a long-polled `_changes`), the browser coming back online, or half a minute. Errors
 * back off (2 s … 60 s) and the loop resumes by itself after sleep or a lost network; nothing
 * waiting in the outbox is lost meanwhile.
 *
 * The first round on a PC that never synced pulls the office first (its records win over this
 * PC's copies with the same id: a PC joins an office, it does not overwrite it), then queues
 * every record of this PC and pushes what the office lacks.
 */
import { ALL_TABLES } from '../database';
import { rebuildDerivedDataFor } from '../derived';
import { getDb } from '../index';
import { readVaultSetting, VAULT_SETTING_KEY } from '../vaultKeys';
import { getPlatform } from '../../platform';
import { docIdOf } from '../../../shared/sync/docs';
import type { BackdeskDb } from '../database';
import { readLocalSync, writeLocalSync } from './device';
import { SyncHttpError, type SyncHttp } from './couchHttp';
import { markRemoteTransaction, onOutboxWrite, setOutboxTracking } from './outbox';
import { pullBatch } from './pull';
import { enqueueAll, pushBatch } from './push';
import { setSyncStatus } from './store';

export interface RoundResult {
  pushed: number;
  pulled: number;
  conflicts: number;
  held: number;
  unreadable: number;
}

export class SyncNotReadyError extends Error {
  override readonly name = 'SyncNotReadyError';
}

/** Documents waiting to be pushed (one per record, however often it changed). */
export async function pendingCount(db: BackdeskDb): Promise<number> {
  return (await db.syncOutbox.orderBy('docId').uniqueKeys()).length;
}

export async function waitingConflicts(db: BackdeskDb): Promise<number> {
  return db.syncConflicts.filter((c) => !c.resolvedAt).count();
}

/** Turns tracking on for a database whose sync was ever set up (app start). */
export async function resumeTracking(db: BackdeskDb): Promise<void> {
  const local = await readLocalSync(db);
  setOutboxTracking(db.name, local.enabled || local.initialPushQueued === true);
}

/**
 * One round against the server. `device` names this PC in the documents it writes. Progress
 * and figures go to the status store; errors are thrown (SyncHttpError carries a sentence).
 */
let roundInFlight: Promise<unknown> = Promise.resolve();

/** Rounds never overlap (the loop and "Sync now" share one queue). */
export function syncRound(db: BackdeskDb, http: SyncHttp, device: string, batch = 500): Promise<RoundResult> {
  const next = roundInFlight.catch(() => undefined).then(() => runRound(db, http, device, batch));
  roundInFlight = next;
  return next;
}

async function runRound(db: BackdeskDb, http: SyncHttp, device: string, batch: number): Promise<RoundResult> {
  setOutboxTracking(db.name, true);
  const result: RoundResult = { pushed: 0, pulled: 0, conflicts: 0, held: 0, unreadable: 0 };
  const owners = new Set<string>();
  const pullAll = async () => {
    let done = 0;
    for (;;) {
      const r = await pullBatch(db, http, batch);
      result.pulled += r.applied;
      result.conflicts += r.conflicts;
      result.unreadable += r.unreadable.length;
      r.derivedOwners.forEach((o) => owners.add(o));
      done += r.seen;
      if (r.seen) setSyncStatus({ progress: { done, total: null, direction: 'pull' } });
      if (r.caughtUp) break;
    }
  };
  let local = await readLocalSync(db);
  if (!local.initialPushQueued) {
    await pullAll();
    await enqueueAll(db);
    local = await writeLocalSync({ initialPushQueued: true }, db);
  }
  const total = await pendingCount(db);
  let done = 0;
  for (;;) {
    const r = await pushBatch(db, http, device, batch);
    result.pushed += r.pushed;
    result.held = r.held;
    done += r.pushed;
    if (r.pushed) setSyncStatus({ progress: { done: Math.min(done, total), total, direction: 'push' } });
    if (r.refused.length) throw new SyncHttpError(`The sync server refused ${r.refused.length} record(s): ${r.refused[0]!.reason}`, 400);
    // On while batches make progress (sent or found unchanged) and more than the held wait.
    if (r.pushed + r.settled === 0 || r.remaining <= r.held) break;
  }
  await pullAll();
  if (owners.size) {
    await db.transaction('rw', [...ALL_TABLES], async (tx) => {
      markRemoteTransaction(tx);
      await rebuildDerivedDataFor(db, owners);
    });
  }
  setSyncStatus({ progress: null });
  return result;
}

// ——— the app's loop ———

let loop: { stop: () => void } | null = null;

function appHttp(): SyncHttp {
  return (req) => getPlatform().sync.request(req);
}

async function refreshCounts(db: BackdeskDb): Promise<void> {
  setSyncStatus({ pending: await pendingCount(db), conflicts: await waitingConflicts(db) });
}

function heldSentence(held: number): string | null {
  return held
    ? `${held} record${held === 1 ? '' : 's'} with confidential fields wait${held === 1 ? 's' : ''} here: set the office passphrase (Settings → Security) so they travel encrypted.`
    : null;
}

function startLoop(db: BackdeskDb): void {
  loop?.stop();
  let running = true;
  let wake: (() => void) | null = null;
  const poke = () => wake?.();
  let pokeTimer: ReturnType<typeof setTimeout> | null = null;
  const offWrite = onOutboxWrite(() => {
    // Let a burst of writes settle, then push them together.
    if (pokeTimer) clearTimeout(pokeTimer);
    pokeTimer = setTimeout(() => {
      void refreshCounts(db);
      poke();
    }, 300);
  });
  const onOnline = () => poke();
  window.addEventListener('online', onOnline);
  let longPoll: Promise<unknown> | null = null;
  const http = appHttp();

  const waitForWork = async (ms: number) => {
    const local = await readLocalSync(db);
    longPoll ??= http({
      method: 'GET',
      path: '_changes',
      query: { feed: 'longpoll', since: local.checkpoint ?? '0', limit: '1', timeout: '25000' },
    }).finally(() => {
      longPoll = null;
    });
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
      // Only a real answer wakes the loop: a failed long poll (offline) must not turn the
      // back-off into a busy loop.
      void longPoll!.then((res) => {
        if ((res as { status?: number }).status === 200) wake?.();
      });
    });
    wake = null;
  };

  void (async () => {
    let backoff = 0;
    while (running) {
      try {
        const local = await readLocalSync(db);
        setSyncStatus({ phase: 'syncing' });
        const r = await syncRound(db, http, local.deviceName || local.deviceId);
        if (!running) break;
        const after = await readLocalSync(db);
        setSyncStatus({
          phase: r.held ? 'needs-passphrase' : 'idle',
          error: heldSentence(r.held) ?? (r.unreadable ? `${r.unreadable} record(s) from the server could not be read by this PC and were left out.` : null),
          lastSyncedAt: after.lastSyncedAt,
          progress: null,
        });
        await refreshCounts(db);
        backoff = 0;
        await waitForWork(30_000);
      } catch (e) {
        if (!running) break;
        const status = e instanceof SyncHttpError ? e.status : -1;
        const message = e instanceof Error ? e.message : String(e);
        setSyncStatus({ phase: status === 0 ? 'offline' : 'error', error: message, progress: null });
        await refreshCounts(db).catch(() => undefined);
        backoff = Math.min(backoff ? backoff * 2 : 2000, 60_000);
        await waitForWork(backoff).catch(() => undefined);
      }
    }
  })();

  loop = {
    stop() {
      running = false;
      offWrite();
      window.removeEventListener('online', onOnline);
      poke();
    },
  };
}

/** Why this PC cannot sync yet, or null. Reads the server when asked to (enabling). */
async function notReadyReason(db: BackdeskDb): Promise<string | null> {
  const connection = await getPlatform().sync.getConnection();
  if (!connection) return 'Set the server, database, user and password first, and test the connection.';
  const device = await readLocalSync(db);
  if (!device.deviceName || !device.numberCode) return 'Name this PC and give it its number code first (This PC, above).';
  const verdict = await getPlatform().sync.test({ url: connection.url, database: connection.database, user: connection.user });
  if (verdict.kind !== 'ok') return verdict.message;
  const here = await readVaultSetting(db);
  const res = await getPlatform().sync.request({ method: 'GET', path: encodeURIComponent(docIdOf('settings', VAULT_SETTING_KEY)) });
  const there = res.status === 200 ? (res.body as { value?: { keyring?: { check?: { data?: string } } }; _deleted?: boolean }) : null;
  // A PC joining an office whose passphrase is already on the server takes it from there.
  if (!here && !there) {
    return 'Set the office passphrase first (Settings → Security): confidential fields are encrypted before they leave this PC, and the other PCs unlock them with the same passphrase.';
  }
  const local = await readLocalSync(db);
  if (here && there && !local.initialPushQueued && there.value?.keyring?.check?.data !== here.keyring.check.data) {
    return 'This PC has an office passphrase of its own, and the office on the server has another: its confidential records could not be opened there. Remove this PC’s passphrase (Settings → Security) and join with the office’s.';
  }
  return null;
}

/** Turns sync on or off on this PC; on: refused with a sentence when not ready. */
export async function setSyncEnabled(on: boolean, db: BackdeskDb = getDb()): Promise<void> {
  if (!on) {
    stopSync();
    await writeLocalSync({ enabled: false }, db);
    setSyncStatus({ phase: 'off', progress: null });
    return;
  }
  const reason = await notReadyReason(db);
  if (reason) throw new SyncNotReadyError(reason);
  await writeLocalSync({ enabled: true }, db);
  setOutboxTracking(db.name, true);
  startLoop(db);
}

/** One full round now (push, then pull); waits for it and reports through the status store. */
export async function syncNow(db: BackdeskDb = getDb()): Promise<RoundResult> {
  const local = await readLocalSync(db);
  setSyncStatus({ phase: 'syncing', error: null });
  try {
    const r = await syncRound(db, appHttp(), local.deviceName || local.deviceId);
    const after = await readLocalSync(db);
    setSyncStatus({ phase: local.enabled ? (r.held ? 'needs-passphrase' : 'idle') : 'off', lastSyncedAt: after.lastSyncedAt, error: heldSentence(r.held), progress: null });
    await refreshCounts(db);
    return r;
  } catch (e) {
    const status = e instanceof SyncHttpError ? e.status : -1;
    setSyncStatus({ phase: status === 0 ? 'offline' : 'error', error: e instanceof Error ? e.message : String(e), progress: null });
    throw e;
  }
}

/**
 * Called once by the shell after the database is open, before the first screen: reads this PC's
 * sync state (its number code, which every document number carries) and starts the loop when
 * sync is on. Resolves once the state is read; the loop runs on by itself.
 */
export async function startSyncOnLaunch(db: BackdeskDb = getDb()): Promise<void> {
  const local = await readLocalSync(db);
  await resumeTracking(db);
  void (async () => {
    const connection = await getPlatform().sync.getConnection().catch(() => null);
    setSyncStatus({ phase: !connection && !local.enabled ? 'not-configured' : local.enabled ? 'syncing' : 'off', lastSyncedAt: local.lastSyncedAt });
    await refreshCounts(db);
    if (local.enabled && connection) startLoop(db);
  })();
}

/** Stops the loop (turning sync off, a reset, tests). */
export function stopSync(): void {
  loop?.stop();
  loop = null;
}


