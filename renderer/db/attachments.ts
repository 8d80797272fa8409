/**
 * Attachments (file metadata) and their bytes, keyed by SHA-256 (see shared/domain/attachments.ts).
 * Where the bytes go is decided here, once (issue 15.8): in Electron the platform has an
 * attachment store (main's content-addressed folder, electron/services/attachments.ts) and a
 * file's bytes go there BEFORE the transaction that writes its record with storage 'main'
 * (IPC cannot be awaited inside an IndexedDB transaction); in a browser the platform has none
 * and the bytes stay in `attachmentBlobs` (storage 'idb'). A confidential file always stays in
 * `attachmentBlobs`, where it is sealed under the office's data key (renderer/db/sealing.ts)
 * and the whole-database seal/open passes find it. Every feature reads bytes through
 * `getAttachmentBytes`, which reads by the record's storage.
 */
import { attachmentDraftSchema, attachmentSchema, type Attachment, type AttachmentDraft } from '../../shared/domain/attachments';
import Dexie from 'dexie';
import { nowIso } from '../../shared/lib/dates';
import type { BackdeskDb } from './database';
import { auditEntry, createCrudRepository, quote, writeTransaction } from './crud';
import { RecordNotFoundError } from './errors';
import { getDb } from './index';
import { getPlatform, type AttachmentBytesStore } from '../platform';
import { auditAttachmentOpened, isSealedBytes, keyForWriting, openStoredBytes, sealBytes } from './sealing';

export const attachmentRepository = createCrudRepository({
  table: 'attachments',
  schema: attachmentSchema,
  draftSchema: attachmentDraftSchema,
  noun: 'attachment',
  label: (a) => a.name,
  compare: (a, b) => a.name.localeCompare(b.name),
});

let storeOverride: { store: AttachmentBytesStore | null } | undefined;

/** Tests: the store attachment bytes go to (a fake, or null for "browser"); undefined uses the platform's again. */
export function setAttachmentBytesStoreForTests(store: AttachmentBytesStore | null | undefined): void {
  storeOverride = store === undefined ? undefined : { store };
}

/** Where attachment bytes live outside IndexedDB: main's store in Electron, null in a browser. */
export function attachmentBytesStore(): AttachmentBytesStore | null {
  if (storeOverride) return storeOverride.store;
  return typeof window === 'undefined' ? null : getPlatform().attachments;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A file hashed and built into its record, ready to be written inside a caller's transaction.
 * A confidential file's bytes are already sealed when a passphrase is set (renderer/db/sealing.ts).
 * With storage 'main' the bytes are already in main's store and `bytes` is empty.
 */
export interface PreparedAttachment {
  record: Attachment;
  bytes: Uint8Array;
}

/** The tables `writePreparedAttachment` writes; include them in the caller's transaction. */
export const ATTACHMENT_TABLES = ['attachments', 'attachmentBlobs', 'auditLog'] as const;

/**
 * Hashes and builds the record outside any transaction: hashing (and, in Electron, handing
 * the bytes to main's store) is asynchronous work that IndexedDB would not wait for, so it
 * cannot happen inside one. Bytes put in main's store whose record is then never written stay
 * there unreferenced (content-addressed, so a later attach of the same file reuses them).
 */
export async function prepareAttachment(file: {
  name: string;
  mimeType?: string;
  bytes: Uint8Array;
  linkedTable: string;
  linkedId: string;
  /** A confidential file (a candidate's or employee's document): sealed with a passphrase set, opening it audited. */
  confidential?: boolean;
}): Promise<PreparedAttachment> {
  const hash = await sha256Hex(file.bytes);
  const key = file.confidential ? keyForWriting() : null;
  const store = file.confidential ? null : attachmentBytesStore();
  if (store) {
    const stored = await store.put(file.bytes);
    if (stored.id !== hash) throw new Error(`The attachment store named “${file.name}” differently from its contents; nothing was attached.`);
  }
  const record = attachmentRepository.build({
    hash,
    name: file.name,
    mimeType: file.mimeType || 'application/octet-stream',
    size: file.bytes.byteLength,
    linkedTable: file.linkedTable,
    linkedId: file.linkedId,
    storage: store ? 'main' : 'idb',
    ...(file.confidential ? { confidential: true } : {}),
  });
  if (store) return { record, bytes: new Uint8Array(0) };
  return { record, bytes: key ? await sealBytes(key, file.bytes) : file.bytes };
}

/** Writes a prepared attachment (bytes once per content, record, audit); call inside a transaction over ATTACHMENT_TABLES. */
export async function writePreparedAttachment(db: BackdeskDb, { record, bytes }: PreparedAttachment): Promise<Attachment> {
  if (record.storage === 'main') return writeRecord(db, record);
  const stored = await db.attachmentBlobs.get(record.hash);
  // Same content already stored in the clear while this copy is confidential: keep it sealed.
  if (!stored || (isSealedBytes(bytes) && !isSealedBytes(stored.bytes))) {
    await db.attachmentBlobs.put({ id: record.hash, bytes: bytes as Uint8Array<ArrayBuffer>, size: bytes.byteLength, createdAt: record.createdAt });
  }
  return writeRecord(db, record);
}

async function writeRecord(db: BackdeskDb, record: Attachment): Promise<Attachment> {
  await db.attachments.add(record);
  await db.auditLog.add(auditEntry('attachments', record.id, 'create', `Attached ${quote(record.name)}`, record.createdAt));
  return record;
}

/** Stores bytes (once per distinct content; in main's store first in Electron) and the attachment record in one transaction. */
export async function addAttachment(
  file: { name: string; mimeType?: string; bytes: Uint8Array; linkedTable: string; linkedId: string; confidential?: boolean },
  db: BackdeskDb = getDb(),
): Promise<Attachment> {
  const prepared = await prepareAttachment(file);
  return writeTransaction(db, ATTACHMENT_TABLES, () => writePreparedAttachment(db, prepared));
}

/** Records metadata for bytes stored elsewhere (Electron main process). */
export function addAttachmentRecord(draft: AttachmentDraft, db?: BackdeskDb): Promise<Attachment> {
  return attachmentRepository.create(draft, db);
}

export async function listAttachments(linkedTable: string, linkedId: string, db: BackdeskDb = getDb()): Promise<Attachment[]> {
  const rows = await db.attachments.where('[linkedTable+linkedId]').equals([linkedTable, linkedId]).toArray();
  return rows.filter((a) => a.deletedAt === null).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The bytes of an attachment wherever they live (this database, or main's store for storage
 * 'main'), or undefined when they are not there (main's bytes read in a browser, a blob gone).
 * A confidential file is for an office manager only (ConfidentialAccessError otherwise) and
 * opening it writes an audit entry 'view'; sealed bytes are opened with the data key. The one
 * way features read attachment bytes.
 */
export async function getAttachmentBytes(id: string, db: BackdeskDb = getDb()): Promise<Uint8Array | undefined> {
  const a = await db.attachments.get(id);
  if (!a || a.deletedAt !== null) throw new RecordNotFoundError('attachments', id);
  await auditAttachmentOpened(db, a);
  return readStoredBytes(db, a);
}

/** The clear bytes of one attachment by its storage; no role check or audit (callers do that). */
async function readStoredBytes(db: BackdeskDb, a: Attachment): Promise<Uint8Array | undefined> {
  if (a.storage === 'main') {
    const store = attachmentBytesStore();
    return store ? openStoredBytes(await store.get(a.hash)) : undefined;
  }
  const bytes = (await db.attachmentBlobs.get(a.hash))?.bytes;
  return bytes && openStoredBytes(bytes);
}

/** Removes from main's store the files no attachment record names any more (after a purge or erasure committed). */
async function deleteUnreferencedMainFiles(db: BackdeskDb, hashes: Iterable<string>): Promise<void> {
  const store = attachmentBytesStore();
  if (!store) return;
  for (const hash of new Set(hashes)) {
    if ((await db.attachments.where('hash').equals(hash).count()) > 0) continue;
    await store.delete(hash).catch(() => false);
  }
}

/**
 * Soft-deletes the attachment. Its bytes stay so it can be restored; they go with
 * `purgeDeletedAttachments` once no attachment, live or recently deleted, shares them.
 */
export function removeAttachment(id: string, db?: BackdeskDb): Promise<void> {
  return attachmentRepository.softDelete(id, db);
}

/**
 * Permanently removes attachments deleted before `before` (an ISO instant) and any blob no
 * remaining attachment refers to. Returns how many blobs were freed.
 */
export async function purgeDeletedAttachments(before: string, db: BackdeskDb = getDb()): Promise<number> {
  const mainHashes: string[] = [];
  const freed = await writeTransaction(db, ['attachments', 'attachmentBlobs', 'auditLog'], async () => {
    const all = await db.attachments.toArray();
    const purge = all.filter((a) => a.deletedAt !== null && a.deletedAt < before);
    mainHashes.push(...purge.filter((a) => a.storage === 'main').map((a) => a.hash));
    const keep = new Set(all.filter((a) => !purge.includes(a)).map((a) => a.hash));
    await db.attachments.bulkDelete(purge.map((a) => a.id));
    const blobIds = (await db.attachmentBlobs.toCollection().primaryKeys()) as string[];
    const orphans = blobIds.filter((h) => !keep.has(h));
    await db.attachmentBlobs.bulkDelete(orphans);
    if (purge.length || orphans.length) {
      await db.auditLog.add(auditEntry('attachments', '', 'system', `Purged ${purge.length} deleted attachments`, nowIso()));
    }
    return orphans.length;
  });
  // Main's files go only once the records naming them are gone for good (after the commit).
  await deleteUnreferencedMainFiles(db, mainHashes);
  return freed;
}

/** One attachment record, deleted ones included (a screen says "removed"), or undefined. */
/** Live attachments by id, in the order asked (undefined where one is missing or deleted). */
export async function getAttachments(ids: readonly string[], db: BackdeskDb = getDb()): Promise<(Attachment | undefined)[]> {
  const rows = await db.attachments.bulkGet([...ids]);
  return rows.map((a) => (a && a.deletedAt === null ? a : undefined));
}

export function getAttachment(id: string, db?: BackdeskDb): Promise<Attachment | undefined> {
  return attachmentRepository.get(id, db, { includeDeleted: true });
}

/**
 * Every attachment linked to a record, deleted ones included, with its bytes as stored (in
 * this database or main's store; undefined when they cannot be read): what a subject-access
 * export must hand over. Call outside a transaction (main's store is asked over IPC).
 */
export async function readAttachmentFilesLinkedTo(
  linkedTable: string,
  linkedId: string,
  db: BackdeskDb = getDb(),
): Promise<{ attachment: Attachment; bytes: Uint8Array | undefined }[]> {
  const rows = await db.attachments.where('[linkedTable+linkedId]').equals([linkedTable, linkedId]).toArray();
  const out = [];
  for (const attachment of rows) {
    await auditAttachmentOpened(db, attachment); // a confidential file: manager only, logged
    const stored = attachment.storage === 'main' ? await readStoredBytes(db, attachment).catch(() => undefined) : (await db.attachmentBlobs.get(attachment.hash))?.bytes;
    const bytes = stored && (await openStoredBytes(stored));
    out.push({ attachment, bytes });
  }
  return out;
}

/**
 * Permanently erases the attachments linked to a record, their audit entries and any bytes no
 * other attachment shares (an erasure request, not a soft delete). Call inside a transaction
 * over ATTACHMENT_TABLES; returns the erased attachment ids.
 */
export async function eraseAttachmentsLinkedToInTx(db: BackdeskDb, linkedTable: string, linkedId: string): Promise<string[]> {
  const rows = await db.attachments.where('[linkedTable+linkedId]').equals([linkedTable, linkedId]).toArray();
  const ids = rows.map((a) => a.id);
  for (const id of ids) await db.auditLog.where('[table+recordId]').equals(['attachments', id]).delete();
  await db.attachments.bulkDelete(ids);
  for (const hash of new Set(rows.map((a) => a.hash))) {
    if ((await db.attachments.where('hash').equals(hash).count()) === 0) await db.attachmentBlobs.delete(hash);
  }
  // Main's files cannot be deleted inside an IndexedDB transaction: once this one commits.
  const mainHashes = rows.filter((a) => a.storage === 'main').map((a) => a.hash);
  if (mainHashes.length) Dexie.currentTransaction?.on('complete', () => void deleteUnreferencedMainFiles(db, mainHashes));
  return ids;
}
