/**
 * The outbox (issue 18.2): every write to a replicated record adds a row to `syncOutbox` IN THE
 * SAME TRANSACTION, through a Dexie middleware under every repository — imports, the sample
 * office and restores included — so a change made offline is pushed later and a write that
 * rolled back leaves no row. The middleware widens each read-write transaction over a
 * replicated table by the outbox store, which is why no repository has to know about sync.
 *
 * Not recorded:
 * - writes the engine makes while applying the server's documents (their transactions are
 *   marked with `markRemoteTransaction`), or they would echo back;
 * - a whole-table clear (a reset or restore of this PC is not "delete the office everywhere");
 * - anything while tracking is off for the database: an office that never set up sync keeps no
 *   outbox (the first push sends every record instead: see push.ts `enqueueAll`).
 */
import { type DBCore, type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import { docIdOf } from '../../../shared/sync/docs';
import { isReplicatedRecord, isReplicatedTable } from './replicated';

const OUTBOX = 'syncOutbox';
const tracking = new Map<string, boolean>();
const remoteTransactions = new WeakSet<object>();
const listeners = new Set<() => void>();

/** Turns outbox tracking on or off for every connection to the database of that name. */
export function setOutboxTracking(dbName: string, on: boolean): void {
  tracking.set(dbName, on);
}

export function isOutboxTracking(dbName: string): boolean {
  return tracking.get(dbName) ?? false;
}

/** Marks a Dexie transaction as applying the server's documents: its writes are not queued. */
export function markRemoteTransaction(tx: { idbtrans: unknown }): void {
  remoteTransactions.add(tx.idbtrans as object);
}

/** Called (soon after, not after commit) when a replicated record was written: the push loop wakes. */
export function onOutboxWrite(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let notifyQueued = false;
function notify(): void {
  if (notifyQueued) return;
  notifyQueued = true;
  setTimeout(() => {
    notifyQueued = false;
    for (const l of listeners) l();
  }, 0);
}

function keysOf(req: DBCoreMutateRequest, results: readonly unknown[] | undefined): unknown[] {
  if (req.type === 'delete') return req.keys;
  if (req.type === 'deleteRange') return [];
  if (results) return [...results];
  if (req.keys) return req.keys;
  return req.values.map((v) => (v as { id?: unknown }).id);
}

function outboxTable(name: string, down: DBCoreTable, outbox: () => DBCoreTable, dbName: string): DBCoreTable {
  return {
    ...down,
    async mutate(req) {
      if (!isOutboxTracking(dbName) || remoteTransactions.has(req.trans as object)) return down.mutate(req);
      let rangeKeys: unknown[] = [];
      if (req.type === 'deleteRange') {
        // A clear of the whole table is this PC's reset or restore: never sent as deletions.
        if (req.range.type === 3 /* DBCoreRangeType.Any */) return down.mutate(req);
        const found = await down.query({ trans: req.trans, values: false, query: { index: down.schema.primaryKey, range: req.range } });
        rangeKeys = found.result;
      }
      const res = await down.mutate(req);
      const keys = req.type === 'deleteRange' ? rangeKeys : keysOf(req, res.results);
      const at = new Date().toISOString();
      const rows = keys
        .filter((k, i) => !(i in res.failures) && isReplicatedRecord(name, k))
        .map((k) => ({ docId: docIdOf(name, k as string), at }));
      if (rows.length) {
        await outbox().mutate({ type: 'add', trans: req.trans, values: rows });
        notify();
      }
      return res;
    },
  };
}

/** The middleware; installed on every connection by the database's constructor. */
export function outboxMiddleware(dbName: string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'backdesk-sync-outbox',
    create(down) {
      return {
        ...down,
        transaction(stores: string[], mode: 'readonly' | 'readwrite', options?: Parameters<DBCore['transaction']>[2]): DBCoreTransaction {
          const widen = mode === 'readwrite' && !stores.includes(OUTBOX) && stores.some((s) => isReplicatedTable(s)) && down.schema.tables.some((t) => t.name === OUTBOX);
          return down.transaction(widen ? [...stores, OUTBOX] : stores, mode, options);
        },
        table(name: string): DBCoreTable {
          const table = down.table(name);
          if (!isReplicatedTable(name)) return table;
          return outboxTable(name, table, () => down.table(OUTBOX), dbName);
        },
      };
    },
  };
}

