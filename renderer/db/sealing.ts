/**
 * Confidential fields at rest (issue 15.4) and who saw them (15.5). With an office passphrase
 * set, the fields `sealedFieldsOf` names (shared/domain/confidential.ts: per-field, whole HR
 * records, documents marked confidential) are stored sealed — moved into the record's `sealed`
 * value (the JSON of those fields, AES-GCM under the office's data key) and deleted from the
 * record — and opened only by `revealConfidential`, which checks the user's role and writes an
 * audit entry 'view' (who, when, which record; never the values).
 *
 * Attachments marked confidential: their bytes in `attachmentBlobs` are sealed in place, under
 * the same hash id (the hash of the clear content, so de-duplication still works). Sealed
 * bytes start with SEALED_BYTES_MAGIC followed by AES-GCM's iv and ciphertext; nothing else
 * changes in the row (the schema stays as it is, backups carry the bytes unchanged). A blob
 * shared by a confidential and a plain attachment is sealed; any reader holding the key opens
 * it, and only a confidential attachment's reading is role-checked and audited.
 *
 * WebCrypto is awaited BEFORE a transaction opens (awaiting it inside one would commit the
 * IndexedDB transaction early): the helpers here encrypt first and write in one transaction.
 * With the vault 'off' nothing is sealed and writes go through unchanged.
 */
import type { z } from 'zod';
import {
  DecryptionError,
  decryptBytes,
  encryptBytes,
  isSealedValue,
  openSealedValue,
  sealValue,
  type CryptoKey,
} from '../../shared/encryption';
import {
  CONFIDENTIAL_DOCUMENT_FIELDS,
  CONFIDENTIAL_RECORD_FIELDS,
  SEALABLE_TABLES,
  confidentialFields,
  isConfidentialRecord,
  isSealableTable,
  sealedFieldsOf,
  sealedPlaceholders,
  type SealableTable,
} from '../../shared/domain/confidential';
import type { BaseRecord } from '../../shared/domain/common';
import { nowIso } from '../../shared/lib/dates';
import { canSeeConfidential, currentDataKey, vaultStatus } from '../core/vault';
import type { BackdeskDb, TableName } from './database';
import { auditEntry, quote, writeTransaction, type CrudRepository } from './crud';
import { RecordNotFoundError } from './errors';
import { getDb } from './index';

type Fields = Record<string, unknown>;

/** Shown to a staff user who presses "Show" (nothing is decrypted). */
export class ConfidentialAccessError extends Error {
  override readonly name = 'ConfidentialAccessError';
  constructor() {
    super('Only an office manager can see this.');
  }
}

/** A confidential write or read while the office is locked. */
export class VaultLockedError extends Error {
  override readonly name = 'VaultLockedError';
  constructor() {
    super('The office is locked. Unlock it with the passphrase to see or change confidential details.');
  }
}

// ---------------------------------------------------------------------------------------------
// One record

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * A copy of `record` with every confidential value present moved into `sealed` (and required
 * fields it hid given their placeholders). A record already carrying a sealed value is opened
 * first (its sealed values replace placeholders) and the result is sealed once.
 */
export async function sealRecord<T extends object>(table: string, record: T, key: CryptoKey): Promise<T> {
  const clear = (await openRecord(table, record, key)) as Fields;
  const fields = sealedFieldsOf(table, clear).filter((f) => clear[f] !== undefined);
  if (fields.length === 0) return clear as T;
  const values: Fields = {};
  for (const f of fields) {
    values[f] = clear[f];
    delete clear[f];
  }
  return { ...clear, ...sealedPlaceholders(table, clear), sealed: await sealValue(key, values) } as T;
}

/** A new object with the sealed value opened back into its fields; throws DecryptionError for a wrong key. */
export async function openRecord<T extends object>(_table: string, record: T, key: CryptoKey): Promise<T> {
  const r = record as Fields;
  if (!isSealedValue(r.sealed)) return { ...record };
  const values = await openSealedValue(key, r.sealed);
  if (!values || typeof values !== 'object' || Array.isArray(values)) throw new DecryptionError();
  const out: Fields = { ...r, ...(values as Fields) };
  delete out.sealed;
  return out as T;
}

/** Whether the record still holds a confidential value in the clear (a sealed record's placeholders do not count). */
export function hasClearConfidential(table: string, record: object): boolean {
  const r = record as Fields;
  const placeholders = isSealedValue(r.sealed) ? sealedPlaceholders(table, r) : {};
  return sealedFieldsOf(table, r).some((f) => r[f] !== undefined && !(f in placeholders && same(r[f], placeholders[f])));
}

/**
 * The key new confidential values are sealed with: null with no passphrase (stored plain);
 * refuses while locked, so nothing confidential is ever written in the clear by mistake.
 */
export function keyForWriting(): CryptoKey | null {
  const status = vaultStatus();
  if (status.state === 'off') return null;
  const key = currentDataKey();
  if (status.state === 'locked' || !key) throw new VaultLockedError();
  return key;
}

/**
 * The record with its sealed value opened, for a write that merges into it (another
 * interviewer's scorecards kept, a panel check). Nothing is shown, so nothing is audited.
 */
export async function openForWriting<T extends object>(table: string, record: T): Promise<T> {
  if (!isSealedValue((record as Fields).sealed)) return record;
  const key = currentDataKey();
  if (!key) throw new VaultLockedError();
  return openRecord(table, record, key);
}

// ---------------------------------------------------------------------------------------------
// Repositories: create and update seal before their transaction.

type AnyRepo = CrudRepository<BaseRecord, z.ZodType>;

function applyPatch(base: Fields, patch: Fields): Fields {
  const out = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || (typeof v === 'string' && v.trim() === '')) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** Every field that may be sealed in this table, and the fields that decide it (kind, confidential). */
function mayTouchSealed(table: string, patch: object): boolean {
  const keys = new Set([
    ...confidentialFields(table),
    ...((CONFIDENTIAL_RECORD_FIELDS as Record<string, readonly string[]>)[table] ?? []),
    ...(table === 'documents' ? [...CONFIDENTIAL_DOCUMENT_FIELDS, 'confidential'] : []),
    ...(table === 'hrRecords' ? ['kind'] : []),
  ]);
  return Object.keys(patch).some((k) => keys.has(k));
}

function withoutBase(record: Fields): Fields {
  const { id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, ...rest } = record;
  return rest;
}

/** A draft ready for `create`: validated in the clear, then sealed. Call outside any transaction. */
export async function sealDraft<D>(repo: { table: string; build(draft: D): BaseRecord }, draft: D, key: CryptoKey): Promise<D> {
  const built = repo.build(draft) as unknown as Fields; // validates the clear values (throws RecordValidationError)
  const sealed = await sealRecord(repo.table, built, key);
  if (!('sealed' in sealed)) return draft;
  return withoutBase(sealed) as D;
}

/**
 * A patch ready for `update`: the existing record opened, the patch applied and validated in
 * the clear, the confidential fields sealed again. Unchanged confidential values give back the
 * patch without them (no re-sealing, no empty update). Call outside any transaction.
 */
export async function sealPatch<P extends object>(
  repo: { table: string; build(draft: never): BaseRecord; get(id: string, db?: BackdeskDb): Promise<BaseRecord | undefined> },
  id: string,
  patch: P,
  key: CryptoKey,
  db: BackdeskDb = getDb(),
): Promise<P> {
  const existing = (await repo.get(id, db)) as Fields | undefined;
  if (!existing) return patch; // the update reports the missing record
  const p = patch as Fields;
  const before = await openRecord(repo.table, existing, key);
  const after = applyPatch(before, p);
  const affected = [...new Set([...sealedFieldsOf(repo.table, before), ...sealedFieldsOf(repo.table, after)])];
  const rest: Fields = {};
  for (const [k, v] of Object.entries(p)) if (!affected.includes(k)) rest[k] = v;
  const reclassified = sealedFieldsOf(repo.table, before).join() !== sealedFieldsOf(repo.table, after).join();
  if (!reclassified && affected.every((f) => same(before[f], after[f]))) {
    // Nothing confidential changed; a sealed record with a stray clear value is left to sealExistingConfidential.
    return rest as P;
  }
  repo.build(withoutBase(after) as never); // validates
  const next = (await sealRecord(repo.table, after, key)) as Fields;
  const out: Fields = { ...rest, sealed: next.sealed };
  for (const f of affected) out[f] = next[f];
  return out as P;
}

/**
 * The repository with sealing on create and update while a passphrase is set. A draft or
 * patch that already carries `sealed` (prepared by sealDraft/sealPatch outside a transaction),
 * or that touches no field that may be sealed, goes through as is (no WebCrypto), so callers
 * inside a transaction prepare confidential values first.
 */
export function withSealing<R extends CrudRepository<any, any>>(repo: R): R { // eslint-disable-line @typescript-eslint/no-explicit-any
  const base = repo as unknown as AnyRepo;
  const wrapped: AnyRepo = {
    ...base,
    async create(draft, db) {
      const key = 'sealed' in (draft as Fields) || !mayTouchSealed(base.table, draft as Fields) ? null : keyForWriting();
      return base.create(key ? await sealDraft(base, draft, key) : draft, db);
    },
    async update(id, patch, db) {
      const key = 'sealed' in (patch as Fields) || !mayTouchSealed(base.table, patch as Fields) ? null : keyForWriting();
      return base.update(id, key ? await sealPatch(base, id, patch, key, db) : patch, db);
    },
    async bulkCreate(drafts, options, db) {
      // Imports rarely carry confidential values; those that do are sealed first, draft by draft.
      const touching = drafts.some((d) => !('sealed' in (d as Fields)) && mayTouchSealed(base.table, d as Fields));
      const key = touching ? keyForWriting() : null;
      if (!key) return base.bulkCreate(drafts, options, db);
      const sealed = [];
      for (const d of drafts) sealed.push(mayTouchSealed(base.table, d as Fields) ? await sealDraft(base, d, key) : d);
      return base.bulkCreate(sealed, options, db);
    },
  };
  return wrapped as unknown as R;
}

// ---------------------------------------------------------------------------------------------
// Showing a confidential record: role check, open, audit.

const NOUNS: Record<string, string> = {
  employees: 'employee details',
  hrRecords: 'HR record',
  candidates: 'candidate details',
  interviews: 'interview scorecards',
  documents: 'document',
  attachments: 'file',
};

function revealLabel(table: string, record: Fields): string {
  if (table === 'hrRecords') return String(sealedPlaceholders(table, record).title ?? record.kind ?? 'record');
  if (table === 'interviews') return String(record.start ?? '').slice(0, 16).replace('T', ' ');
  return String(record.name ?? record.title ?? '');
}

async function auditView(db: BackdeskDb, table: string, id: string, record: Fields): Promise<void> {
  const label = revealLabel(table, record);
  await writeTransaction(db, ['auditLog'], async () => {
    await db.auditLog.add(auditEntry(table, id, 'view', `Opened confidential ${NOUNS[table] ?? 'record'}${label ? ` ${quote(label)}` : ''}`, nowIso()));
  });
}

/**
 * Opens a confidential record for the person at the keyboard: refuses staff
 * (ConfidentialAccessError, nothing decrypted), opens the sealed value with the data key, and
 * writes one audit entry 'view' in a small transaction of its own. Returns the record with its
 * confidential fields in the clear.
 */
export async function revealConfidential<T extends object = Fields>(table: SealableTable, id: string, db: BackdeskDb = getDb()): Promise<T> {
  if (!canSeeConfidential()) throw new ConfidentialAccessError();
  if (!isSealableTable(table)) throw new Error(`${table} holds nothing confidential`);
  const record = (await db.table(table).get(id)) as Fields | undefined;
  if (!record) throw new RecordNotFoundError(table, id);
  let opened: Fields = { ...record };
  if (isSealedValue(record.sealed)) {
    const key = currentDataKey();
    if (!key) throw new VaultLockedError();
    opened = await openRecord(table, record, key);
  }
  await auditView(db, table, id, opened);
  return opened as T;
}

// ---------------------------------------------------------------------------------------------
// Attachment bytes

/** "BDSEAL1\n": the start of sealed attachment bytes. */
export const SEALED_BYTES_MAGIC = new Uint8Array([0x42, 0x44, 0x53, 0x45, 0x41, 0x4c, 0x31, 0x0a]);

export function isSealedBytes(bytes: Uint8Array): boolean {
  if (bytes.length < SEALED_BYTES_MAGIC.length) return false;
  return SEALED_BYTES_MAGIC.every((b, i) => bytes[i] === b);
}

export async function sealBytes(key: CryptoKey, plain: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const sealed = await encryptBytes(key, plain);
  const out = new Uint8Array(SEALED_BYTES_MAGIC.length + sealed.length);
  out.set(SEALED_BYTES_MAGIC, 0);
  out.set(sealed, SEALED_BYTES_MAGIC.length);
  return out;
}

export async function openBytes(key: CryptoKey, bytes: Uint8Array): Promise<Uint8Array> {
  if (!isSealedBytes(bytes)) return bytes;
  return decryptBytes(key, bytes.subarray(SEALED_BYTES_MAGIC.length));
}

/** The clear bytes of a stored blob: opened with the data key when sealed (VaultLockedError without one). */
export async function openStoredBytes(bytes: Uint8Array): Promise<Uint8Array> {
  if (!isSealedBytes(bytes)) return bytes;
  const key = currentDataKey();
  if (!key) throw new VaultLockedError();
  return openBytes(key, bytes);
}

/** Role check and audit entry before a confidential attachment's bytes are shown or saved. */
export async function auditAttachmentOpened(db: BackdeskDb, attachment: { id: string; name: string; confidential?: boolean }): Promise<void> {
  if (!isConfidentialRecord('attachments', attachment)) return;
  if (!canSeeConfidential()) throw new ConfidentialAccessError();
  await auditView(db, 'attachments', attachment.id, attachment as unknown as Fields);
}

// ---------------------------------------------------------------------------------------------
// The whole database: a passphrase set or removed.

interface Plan {
  rows: Map<SealableTable, Fields[]>;
  blobs: { id: string; bytes: Uint8Array<ArrayBuffer>; size: number; createdAt: string }[];
  count: number;
}

const BULK_TABLES: TableName[] = [...SEALABLE_TABLES, 'attachmentBlobs', 'auditLog'];

async function writePlan(db: BackdeskDb, plan: Plan, summary: string): Promise<number> {
  if (plan.count === 0) return 0;
  await writeTransaction(db, BULK_TABLES, async () => {
    for (const [table, rows] of plan.rows) if (rows.length) await db.table(table).bulkPut(rows);
    if (plan.blobs.length) await db.attachmentBlobs.bulkPut(plan.blobs);
    await db.auditLog.add(auditEntry('settings', '', 'security', summary, nowIso()));
  });
  return plan.count;
}

/** Seals every confidential value still stored in the clear (a passphrase was just set). One transaction. */
export async function sealExistingConfidential(db: BackdeskDb, key: CryptoKey): Promise<number> {
  // Read and encrypt first, outside any transaction; then write everything in one.
  const plan: Plan = { rows: new Map(), blobs: [], count: 0 };
  for (const table of SEALABLE_TABLES) {
    const all = (await db.table(table).toArray()) as Fields[];
    const out: Fields[] = [];
    for (const r of all) if (hasClearConfidential(table, r)) out.push(await sealRecord(table, r, key));
    plan.rows.set(table, out);
    plan.count += out.length;
  }
  const confidentialHashes = new Set(
    (await db.attachments.toArray()).filter((a) => a.confidential === true && a.storage === 'idb').map((a) => a.hash),
  );
  for (const blob of await db.attachmentBlobs.bulkGet([...confidentialHashes])) {
    if (!blob || isSealedBytes(blob.bytes)) continue;
    plan.blobs.push({ ...blob, bytes: await sealBytes(key, blob.bytes) });
    plan.count++;
  }
  return writePlan(db, plan, `Sealed ${plan.count} confidential records and files`);
}

/** Opens every sealed value back into the clear (the passphrase was removed). One transaction. */
export async function openAllConfidential(db: BackdeskDb, key: CryptoKey): Promise<number> {
  const plan: Plan = { rows: new Map(), blobs: [], count: 0 };
  for (const table of SEALABLE_TABLES) {
    const sealed = ((await db.table(table).toArray()) as Fields[]).filter((r) => isSealedValue(r.sealed));
    const out: Fields[] = [];
    for (const r of sealed) out.push(await openRecord(table, r, key));
    plan.rows.set(table, out);
    plan.count += out.length;
  }
  await db.attachmentBlobs.each((blob) => {
    if (isSealedBytes(blob.bytes)) plan.blobs.push(blob as Plan['blobs'][number]);
  });
  for (const blob of plan.blobs) blob.bytes = (await openBytes(key, blob.bytes)) as Uint8Array<ArrayBuffer>;
  plan.count += plan.blobs.length;
  return writePlan(db, plan, `Opened ${plan.count} confidential records and files (passphrase removed)`);
}
