/**
 * Attachment bytes between PCs (issue 18: nothing lost). A file's bytes travel once per
 * content, as a document of their own, `blob:<sha-256>`, holding them as a CouchDB attachment;
 * its revision is made from the hash, so two PCs attaching the same file write the same
 * revision and never conflict. Confidential files travel as they are stored: sealed under the
 * office's data key (renderer/db/sealing.ts), so the server never holds them in the clear.
 *
 * Where the bytes go on the receiving PC is that PC's business (an attachment record's
 * `storage` is derived, not replicated): main's store in Electron, this database in a browser,
 * and always this database for a confidential file (where the sealing passes find it).
 */
import { fromBase64, toBase64 } from '../../../shared/encryption';
import type { Attachment } from '../../../shared/domain/attachments';
import type { BackdeskDb } from '../database';
import { attachmentBytesStore } from '../attachments';
import { call, type SyncHttp } from './couchHttp';

/** Requests stay well under CouchDB's default 8 MB request and document limits when possible. */
const REQUEST_BYTES = 6 * 1024 * 1024;

export function blobDocId(hash: string): string {
  return `blob:${hash}`;
}

function blobRev(hash: string): string {
  return `1-${hash.slice(0, 32)}`;
}

/** Where this PC keeps a file's bytes. */
export function localStorageFor(record: Pick<Attachment, 'confidential'>): 'main' | 'idb' {
  return attachmentBytesStore() && !record.confidential ? 'main' : 'idb';
}

/** The stored bytes (sealed when confidential) of a file on this PC, or undefined. */
async function storedBytes(db: BackdeskDb, hash: string): Promise<Uint8Array | undefined> {
  const row = await db.attachmentBlobs.get(hash);
  if (row) return row.bytes;
  const store = attachmentBytesStore();
  if (!store) return undefined;
  try {
    return await store.get(hash);
  } catch {
    return undefined;
  }
}

/** Sends the bytes of these files that the server lacks. Returns how many went. */
export async function pushFileBytes(db: BackdeskDb, http: SyncHttp, hashes: Iterable<string>): Promise<number> {
  const wanted = [...new Set(hashes)];
  if (!wanted.length) return 0;
  const missing = await call<Record<string, { missing?: string[] }>>(http, {
    method: 'POST',
    path: '_revs_diff',
    body: Object.fromEntries(wanted.map((h) => [blobDocId(h), [blobRev(h)]])),
  });
  let sent = 0;
  let batch: object[] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (!batch.length) return;
    await call(http, { method: 'POST', path: '_bulk_docs', body: { new_edits: false, docs: batch } });
    sent += batch.length;
    batch = [];
    batchBytes = 0;
  };
  for (const hash of wanted) {
    if (!missing[blobDocId(hash)]?.missing?.length) continue;
    const bytes = await storedBytes(db, hash);
    if (!bytes) continue; // this PC lacks them too: the PC that has them sends them
    if (batchBytes && batchBytes + bytes.byteLength > REQUEST_BYTES) await flush();
    batch.push({
      _id: blobDocId(hash),
      _rev: blobRev(hash),
      _revisions: { start: 1, ids: [hash.slice(0, 32)] },
      bd_table: 'blob',
      _attachments: { bytes: { content_type: 'application/octet-stream', data: toBase64(bytes) } },
    });
    batchBytes += bytes.byteLength;
  }
  await flush();
  return sent;
}

/**
 * Fetches the bytes of arriving files this PC does not hold. Electron's main store takes the
 * non-confidential ones at once (it is content-addressed; IPC cannot run inside a transaction);
 * the rest are returned for the pull's transaction to put in `attachmentBlobs`.
 */
export async function fetchFileBytes(
  db: BackdeskDb,
  http: SyncHttp,
  records: readonly Pick<Attachment, 'hash' | 'confidential'>[],
): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  const store = attachmentBytesStore();
  for (const r of records) {
    if (out.has(r.hash) || (await db.attachmentBlobs.get(r.hash))) continue;
    const res = await http({ method: 'GET', path: encodeURIComponent(blobDocId(r.hash)), query: { attachments: 'true' } });
    const data = (res.body as { _attachments?: { bytes?: { data?: string } } } | null)?._attachments?.bytes?.data;
    if (res.status !== 200 || typeof data !== 'string') continue; // not sent yet: the record shows the file as missing until then
    const bytes = fromBase64(data);
    if (store && !r.confidential) await store.put(bytes);
    else out.set(r.hash, bytes);
  }
  return out;
}
