/**
 * Pulling the other PCs' changes (issue 18.2): the database's `_changes` feed from this PC's
 * checkpoint (style=all_docs, with the documents and their conflicts), a batch at a time. Each
 * batch is applied in ONE transaction with the new checkpoint, so a crash mid-way re-reads the
 * batch rather than skipping it. Documents are validated with their table's schema first; one
 * that does not validate is left out and counted, never written.
 *
 * A record changed here and not pushed yet is not overwritten: the push makes it a branch of
 * its own, and the server's deterministic winner comes back with the next pull. When a document
 * arrives with `_conflicts`, the winner is applied and each losing version is fetched and kept
 * in `syncConflicts` for the Conflicts screen: nothing is dropped silently.
 *
 * What the records imply is recomputed here, never taken from another PC: an item's on-hand
 * quantity from its stock movements (in the same transaction), and the maintained totals of
 * the features whose records arrived (returned as `derivedOwners` for the caller to rebuild).
 */
import Dexie from 'dexie';
import { parseDocId, recordHash, recordOfDoc, replicatedFields, type OfficeDoc } from '../../../shared/sync/docs';
import { nowIso } from '../../../shared/lib/dates';
import type { BackdeskDb, TableName } from '../database';
import { TABLE_SCHEMAS } from '../schemas';
import { call, type SyncHttp } from './couchHttp';
import { fetchFileBytes, localStorageFor } from './fileBytes';
import type { Attachment } from '../../../shared/domain/attachments';
import { markRemoteTransaction } from './outbox';
import { isReplicatedRecord } from './replicated';
import { readLocalSync, writeLocalSync } from './device';
import type { SyncConflict, SyncRevision } from './types';

interface ChangeRow {
  id: string;
  seq: string | number;
  deleted?: boolean;
  doc?: OfficeDoc;
}

export interface PullResult {
  /** Documents written here. */
  applied: number;
  /** Changes in this batch (applied, skipped as already known, or left for a pending push). */
  seen: number;
  /** Documents that did not validate (left out). */
  unreadable: { docId: string; problem: string }[];
  /** New conflicts kept for the Conflicts screen. */
  conflicts: number;
  /** Whether the feed is exhausted (caught up). */
  caughtUp: boolean;
  /** Feature owners whose derived totals must be rebuilt. */
  derivedOwners: string[];
  /** Tables written (the vault setting arriving means the lock must be re-read). */
  settingsKeys: string[];
}

const OWNER_OF: Partial<Record<string, string>> = {
  items: 'inventory',
  stockMovements: 'inventory',
  expenses: 'expenses',
  equipmentHandovers: 'equipment',
  equipmentMeters: 'equipment',
  meterReadings: 'equipment',
};

function validate(table: string, record: Record<string, unknown>): { ok: true; record: Record<string, unknown> } | { ok: false; problem: string } {
  const schema = TABLE_SCHEMAS[table as TableName];
  if (!schema) return { ok: false, problem: `Backdesk on this PC has no table “${table}” (is another PC on a newer version?).` };
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'not valid'}` };
  }
  // Keep the document's own fields (a schema strips what it does not know): sealed values and
  // fields of a newer PC survive a round trip through this one.
  return { ok: true, record: { ...record, ...(parsed.data as Record<string, unknown>) } };
}

async function fetchLoser(http: SyncHttp, docId: string, rev: string): Promise<{ record: Record<string, unknown> | null; device: string | null }> {
  const doc = await call<OfficeDoc>(http, { method: 'GET', path: encodeURIComponent(docId), query: { rev } });
  return { record: doc._deleted ? null : recordOfDoc(doc), device: typeof doc.bd_device === 'string' ? doc.bd_device : null };
}

/** A pulled record as this PC stores it: its own derived fields filled in. */
function localShape(table: string, record: Record<string, unknown>): Record<string, unknown> {
  if (table === 'items') return { ...record, quantityOnHand: 0 }; // recounted from the ledger below
  if (table === 'attachments') return { ...record, storage: localStorageFor(record as unknown as Attachment) };
  return record;
}

/** One batch of the feed. */
export async function pullBatch(db: BackdeskDb, http: SyncHttp, limit = 500): Promise<PullResult> {
  const local = await readLocalSync(db);
  const feed = await call<{ results: ChangeRow[]; last_seq: string | number }>(http, {
    method: 'GET',
    path: '_changes',
    query: { since: local.checkpoint ?? '0', limit: String(limit), include_docs: 'true', style: 'all_docs', conflicts: 'true' },
  });
  const rows = feed.results ?? [];
  const unreadable: PullResult['unreadable'] = [];
  const incoming: { docId: string; table: string; id: string; rev: string; record: Record<string, unknown> | null; losers: string[] }[] = [];

  // This PC's own pushes come back on the feed: a document at the revision this PC already has,
  // with no conflict, is skipped before any work (validation is the costly part of a pull).
  const alreadyHere = new Map((await db.syncRevs.bulkGet(rows.map((r) => r.id))).filter((r) => r !== undefined).map((r) => [r.docId, r.rev]));
  // …unless a conflict about it waits here: the feed may be saying it was settled elsewhere.
  const inConflict = new Set((await db.syncConflicts.toArray()).map((c) => c.docId));
  for (const row of rows) {
    const parsed = parseDocId(row.id);
    if (!parsed || !isReplicatedRecord(parsed.table, parsed.id) || !row.doc?._rev) continue;
    if (alreadyHere.get(row.id) === row.doc._rev && !row.doc._conflicts?.length && !inConflict.has(row.id)) continue;
    const deleted = row.deleted === true || row.doc._deleted === true;
    let record: Record<string, unknown> | null = null;
    if (!deleted) {
      const v = validate(parsed.table, recordOfDoc(row.doc));
      if (!v.ok) {
        unreadable.push({ docId: row.id, problem: v.problem });
        continue;
      }
      record = v.record;
    }
    incoming.push({ docId: row.id, table: parsed.table, id: parsed.id, rev: row.doc._rev, record, losers: row.doc._conflicts ?? [] });
  }

  // Losing versions are fetched before the transaction (IndexedDB transactions cannot wait on the network).
  const knownConflicts = new Map((await db.syncConflicts.toArray()).map((c) => [c.id, c]));
  const losers = new Map<string, { record: Record<string, unknown> | null; device: string | null }>();
  for (const inc of incoming) {
    for (const rev of inc.losers) {
      const id = `${inc.docId}@${rev}`;
      if (!knownConflicts.has(id)) losers.set(id, await fetchLoser(http, inc.docId, rev));
    }
  }
  // Files' bytes this PC lacks, fetched before the transaction (network) like the losers.
  const arrivingFiles = incoming.filter((i) => i.table === 'attachments' && i.record).map((i) => i.record as unknown as Attachment);
  const fileBytes = await fetchFileBytes(db, http, arrivingFiles);
  const devices = new Map(rows.filter((r) => r.doc).map((r) => [r.id, typeof r.doc!.bd_device === 'string' ? r.doc!.bd_device : null]));

  const tables = [...new Set(incoming.map((i) => i.table))];
  const derivedOwners = new Set<string>();
  const settingsKeys: string[] = [];
  let applied = 0;
  let conflicts = 0;
  const scope = [...new Set([...tables, ...(arrivingFiles.length ? ['attachmentBlobs'] : []), 'settings', 'syncOutbox', 'syncRevs', 'syncConflicts', ...(tables.some((t) => OWNER_OF[t] === 'inventory') ? ['items', 'stockMovements'] : [])])];

  await db.transaction('rw', scope, async (tx) => {
    markRemoteTransaction(tx);
    const itemsToRecount = new Set<string>();
    // The batch's revisions and queue entries read at once (a read per document costs a request each).
    const ids = incoming.map((i) => i.docId);
    const knownRevs = new Map((await db.syncRevs.bulkGet(ids)).filter((r) => r !== undefined).map((r) => [r.docId, r]));
    const queued = new Set((await db.syncOutbox.where('docId').anyOf(ids).toArray()).map((e) => e.docId));
    const puts = new Map<string, Record<string, unknown>[]>();
    const deletes = new Map<string, string[]>();
    const revRows: SyncRevision[] = [];
    for (const inc of incoming) {
      const known = knownRevs.get(inc.docId);
      // Queued here but not really changed (a write that moved only updatedAt or a derived
      // field): the server's version is taken and the queue entry dropped, or it would be lost.
      let pending = queued.has(inc.docId);
      if (pending && known) {
        const mine = (await db.table(inc.table).get(inc.id)) as Record<string, unknown> | undefined;
        if (recordHash(inc.table, mine ?? null) === known.contentHash) {
          await db.syncOutbox.where('docId').equals(inc.docId).delete();
          pending = false;
        }
      }
      if (known?.rev !== inc.rev && !pending) {
        if (inc.record) puts.set(inc.table, [...(puts.get(inc.table) ?? []), localShape(inc.table, inc.record)]);
        else deletes.set(inc.table, [...(deletes.get(inc.table) ?? []), inc.id]);
        revRows.push({ docId: inc.docId, rev: inc.rev, contentHash: recordHash(inc.table, inc.record) });
        applied++;
        const owner = OWNER_OF[inc.table];
        if (owner) derivedOwners.add(owner);
        if (inc.table === 'items') itemsToRecount.add(inc.id);
        if (inc.table === 'stockMovements' && typeof inc.record?.itemId === 'string') itemsToRecount.add(inc.record.itemId);
        if (inc.table === 'settings') settingsKeys.push(inc.id);
      }
      // The server's view of this document's conflicts is the truth: add the new, drop the settled.
      for (const rev of inc.losers) {
        const id = `${inc.docId}@${rev}`;
        if (knownConflicts.has(id) || !losers.has(id)) continue;
        const conflict: SyncConflict = {
          id,
          docId: inc.docId,
          table: inc.table,
          recordId: inc.id,
          winnerRev: inc.rev,
          loserRev: rev,
          winner: replicatedFields(inc.table, inc.record ?? {}),
          loser: (() => {
            const l = losers.get(id)?.record;
            return l ? replicatedFields(inc.table, l) : null;
          })(),
          winnerDevice: devices.get(inc.docId) ?? null,
          loserDevice: losers.get(id)?.device ?? null,
          detectedAt: nowIso(),
        };
        await db.syncConflicts.put(conflict);
        conflicts++;
      }
      for (const c of knownConflicts.values()) {
        if (c.docId === inc.docId && !c.resolvedAt && !inc.losers.includes(c.loserRev)) await db.syncConflicts.delete(c.id);
      }
    }
    for (const [table, rows] of puts) await db.table(table).bulkPut(rows);
    for (const [table, keys] of deletes) await db.table(table).bulkDelete(keys);
    await db.syncRevs.bulkPut(revRows);
    for (const [hash, bytes] of fileBytes) {
      if (!(await db.attachmentBlobs.get(hash))) await db.attachmentBlobs.put({ id: hash, bytes: bytes as Uint8Array<ArrayBuffer>, size: bytes.byteLength, createdAt: nowIso() });
    }
    // On hand = the sum of the item's movements, whichever PC logged them.
    for (const itemId of itemsToRecount) {
      const item = await db.items.get(itemId);
      if (!item) continue;
      const movements = await db.stockMovements.where('[itemId+createdAt]').between([itemId, Dexie.minKey], [itemId, Dexie.maxKey]).toArray();
      const onHand = movements.reduce((s, m) => s + m.quantity, 0);
      if (item.quantityOnHand !== onHand) await db.items.put({ ...item, quantityOnHand: onHand });
    }
    const lastSeq = typeof feed.last_seq === 'string' ? feed.last_seq : String(feed.last_seq);
    await writeLocalSync({ checkpoint: lastSeq, lastSyncedAt: nowIso() }, db);
  });
  return { applied, seen: rows.length, unreadable, conflicts, caughtUp: rows.length < limit, derivedOwners: [...derivedOwners], settingsKeys };
}
