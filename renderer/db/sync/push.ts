/**
 * Pushing this PC's changes (issue 18.2): the outbox's documents go to the server with
 * `_bulk_docs` and new_edits:false — each as a child revision of the one this PC last agreed
 * with the server, so two PCs' edits of the same parent become two branches the server keeps
 * (its deterministic winner applied everywhere, the loser on the Conflicts screen), never an
 * overwrite. Revision ids are a hash of the parent and the content, so a push retried after a
 * lost answer sends the same revision again (a no-op for the server), which `_revs_diff`
 * spots first.
 *
 * A record still holding a confidential value in the clear (no office passphrase yet) is never
 * sent: it stays in the outbox and the status says why.
 */
import { contentHash, docIdOf, nextRevision, parseDocId, parseRev, recordHash, stableStringify, toDoc, type OfficeDoc } from '../../../shared/sync/docs';
import type { BackdeskDb } from '../database';
import { hasClearConfidential } from '../sealing';
import { call, type SyncHttp } from './couchHttp';
import { pushFileBytes } from './fileBytes';
import { isReplicatedRecord, replicatedTables } from './replicated';
import type { SyncRevision } from './types';

export interface PushResult {
  /** Documents the server took. */
  pushed: number;
  /** Queued documents with nothing new to send (cleared from the queue). */
  settled: number;
  /** Records held back (confidential values in the clear). */
  held: number;
  /** Outbox rows still waiting after this batch. */
  remaining: number;
  /** Documents the server refused, with its reason. */
  refused: { docId: string; reason: string }[];
}

function revisionHash(parentRev: string | null, doc: OfficeDoc): string {
  const { bd_device: _d, _rev: _r, _revisions: _v, ...content } = doc;
  const text = `${parentRev ?? ''}|${stableStringify(content)}`;
  return contentHash(text) + contentHash(`~${text}`);
}

/** Queues every replicated record the server did not give this PC (its first push). */
export async function enqueueAll(db: BackdeskDb, onProgress?: (done: number) => void): Promise<number> {
  let total = 0;
  const at = new Date().toISOString();
  for (const table of replicatedTables()) {
    const keys = (await db.table(table).toCollection().primaryKeys()) as string[];
    for (let i = 0; i < keys.length; i += 5000) {
      const docIds = keys
        .slice(i, i + 5000)
        .filter((k) => isReplicatedRecord(table, k))
        .map((k) => docIdOf(table, k));
      // A record the first pull brought (it has a revision here) is the server's already; one
      // changed here since is queued by the outbox anyway.
      const known = await db.syncRevs.bulkGet(docIds);
      const rows = docIds.filter((_, j) => !known[j]).map((docId) => ({ docId, at }));
      await db.syncOutbox.bulkAdd(rows);
      total += rows.length;
      onProgress?.(total);
    }
  }
  return total;
}

/** One batch of the outbox to the server. */
export async function pushBatch(db: BackdeskDb, http: SyncHttp, device: string, limit = 500): Promise<PushResult> {
  // Oldest first; the same document may be queued many times: one push covers them all.
  const entries = await db.syncOutbox.orderBy('seq').limit(limit * 4).toArray();
  const maxSeq = new Map<string, number>();
  for (const e of entries) maxSeq.set(e.docId, Math.max(maxSeq.get(e.docId) ?? 0, e.seq ?? 0));
  const docIds = [...maxSeq.keys()].slice(0, limit);

  const retirements = (await db.syncConflicts.toArray()).filter((c) => c.resolvedAt);
  const docs: OfficeDoc[] = [];
  const planned = new Map<string, SyncRevision>();
  const settled: string[] = [];
  let held = 0;
  const fileHashes: string[] = [];

  // Every record and revision of the batch read in one transaction, a bulk read per table
  // (a read per document would cost a transaction each).
  const byTable = new Map<string, string[]>();
  for (const docId of docIds) {
    const parsed = parseDocId(docId);
    if (!parsed) continue;
    byTable.set(parsed.table, [...(byTable.get(parsed.table) ?? []), parsed.id]);
  }
  const records = new Map<string, Record<string, unknown> | null>();
  const revs = new Map<string, SyncRevision>();
  await db.transaction('r', [...byTable.keys(), 'syncRevs'], async () => {
    for (const [table, ids] of byTable) {
      const rows = (await db.table(table).bulkGet(ids)) as (Record<string, unknown> | undefined)[];
      ids.forEach((id, i) => records.set(docIdOf(table, id), rows[i] ?? null));
    }
    const known = await db.syncRevs.bulkGet(docIds);
    known.forEach((r) => r && revs.set(r.docId, r));
  });

  for (const docId of docIds) {
    const parsed = parseDocId(docId);
    if (!parsed) {
      settled.push(docId);
      continue;
    }
    const record = records.get(docId) ?? null;
    if (record && hasClearConfidential(parsed.table, record)) {
      held++;
      continue;
    }
    const known = revs.get(docId);
    const hash = recordHash(parsed.table, record);
    if ((known && known.contentHash === hash) || (!known && !record)) {
      settled.push(docId);
      continue;
    }
    const body: OfficeDoc = record ? toDoc(parsed.table, record, device) : { _id: docId, _deleted: true, bd_table: parsed.table, bd_device: device };
    const next = nextRevision(known?.rev ?? null, revisionHash(known?.rev ?? null, body));
    docs.push({ ...body, _rev: next.rev, _revisions: next.revisions });
    planned.set(docId, { docId, rev: next.rev, contentHash: hash });
    if (parsed.table === 'attachments' && record && typeof record.hash === 'string') fileHashes.push(record.hash);
  }

  // A conflict the user settled here: its losing branch ends with a deletion on the server. Sent
  // in a request of its own: a _bulk_docs naming one document twice is not applied reliably.
  const endings: OfficeDoc[] = [];
  for (const c of retirements) {
    if (!parseRev(c.loserRev)) continue;
    const body: OfficeDoc = { _id: c.docId, _deleted: true, bd_device: device };
    const next = nextRevision(c.loserRev, revisionHash(c.loserRev, body));
    endings.push({ ...body, _rev: next.rev, _revisions: next.revisions });
  }

  // Files' bytes first, so a PC that pulls an attachment record finds its contents there.
  await pushFileBytes(db, http, fileHashes);

  const refused: { docId: string; reason: string }[] = [];
  for (const group of [docs, endings]) {
    if (!group.length) continue;
    const missing = await call<Record<string, { missing?: string[] }>>(http, {
      method: 'POST',
      path: '_revs_diff',
      body: Object.fromEntries(group.map((d) => [d._id, [d._rev!]])) as Record<string, string[]>,
    });
    const toSend = group.filter((d) => missing[d._id]?.missing?.includes(d._rev!));
    if (!toSend.length) continue;
    const answer = await call<{ id?: string; error?: string; reason?: string }[]>(http, {
      method: 'POST',
      path: '_bulk_docs',
      body: { new_edits: false, docs: toSend },
    });
    for (const a of Array.isArray(answer) ? answer : []) {
      if (a.error && a.id) refused.push({ docId: a.id, reason: a.reason ?? a.error });
    }
  }
  const refusedIds = new Set(refused.map((r) => r.docId));

  const done = new Set(settled);
  await db.transaction('rw', [db.syncOutbox, db.syncRevs, db.syncConflicts], async () => {
    const accepted = [...planned.values()].filter((r) => !refusedIds.has(r.docId));
    await db.syncRevs.bulkPut(accepted);
    for (const r of accepted) done.add(r.docId);
    // The queue entries this batch read for the documents it settled; a later write of one of
    // them queued a later entry, which stays for the next batch.
    await db.syncOutbox.bulkDelete(entries.filter((e) => done.has(e.docId)).map((e) => e.seq!));
    for (const c of retirements) if (!refusedIds.has(c.docId)) await db.syncConflicts.delete(c.id);
  });
  return {
    pushed: planned.size - refusedIds.size + retirements.length,
    settled: settled.length,
    held,
    remaining: await db.syncOutbox.count(),
    refused,
  };
}
