/**
 * The documents register's storage: the only code that touches `db.documents`. Every write
 * validates with the domain schema and records an audit entry in the same transaction, so a
 * failed write leaves neither the document nor a misleading log line behind.
 *
 * Audit summaries name the kind of document and which fields changed, never their values.
 */
import {
  type AuditAction,
  type DocumentDraft,
  type DocumentRecord,
  type DocumentVersion,
  MAX_PRINT_LOG,
  MAX_VERSIONS,
  documentDraftSchema,
} from '../../../shared/domain';
import { addAttachment, removeAttachment } from '../../db/attachments';
import { keyForWriting, openRecord, sealRecord } from '../../db/sealing';
import { nowIso } from '../../../shared/lib/dates';
import { newId } from '../../../shared/lib/ids';
import {
  type BackdeskDb,
  RecordNotFoundError,
  RecordValidationError,
  getDb,
  mapDbError,
} from '../../db';

const TABLE = 'documents';

const KIND_NAMES: Record<DocumentRecord['type'], string> = {
  memo: 'Memo',
  letter: 'Letter',
  fax: 'Fax',
  minutes: 'Minutes',
  message: 'Message',
  report: 'Report',
  scan: 'Scanned document',
};

/** Newest document date first; on the same day, the one written last first. */
function newestFirst(a: DocumentRecord, b: DocumentRecord): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  // Written in the same millisecond: ids are monotonic ULIDs, so the later write has the larger id.
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

async function audit(
  db: BackdeskDb,
  at: string,
  recordId: string,
  action: AuditAction,
  summary: string,
): Promise<void> {
  await db.auditLog.add({
    id: newId(),
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    at,
    table: TABLE,
    recordId,
    action,
    summary,
  });
}

type DocumentFields = Omit<DocumentRecord, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

function validate(draft: unknown): DocumentFields {
  const parsed = documentDraftSchema.safeParse(draft);
  if (!parsed.success) throw new RecordValidationError(TABLE, parsed.error);
  return parsed.data;
}

async function write<T>(db: BackdeskDb, work: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction('rw', db.documents, db.auditLog, work);
  } catch (error) {
    throw mapDbError(error);
  }
}

async function live(db: BackdeskDb, id: string): Promise<DocumentRecord> {
  const existing = await db.documents.get(id);
  if (!existing || existing.deletedAt) throw new RecordNotFoundError(TABLE, id);
  return existing;
}

/** Every document not deleted, newest first. */
export async function listDocuments(db: BackdeskDb = getDb()): Promise<DocumentRecord[]> {
  const all = await db.documents.filter((doc) => !doc.deletedAt).toArray();
  return all.sort(newestFirst);
}

/** The document, or undefined when there is none or it was deleted. */
export async function getDocument(
  id: string,
  db: BackdeskDb = getDb(),
): Promise<DocumentRecord | undefined> {
  const doc = await db.documents.get(id);
  return doc && !doc.deletedAt ? doc : undefined;
}

export async function createDocument(
  draft: DocumentDraft,
  db: BackdeskDb = getDb(),
  id: string = newId(),
): Promise<DocumentRecord> {
  const fields = validate(draft);
  const at = nowIso();
  let record: DocumentRecord = {
    ...fields,
    printedAt: fields.printedAt ?? null,
    id,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
  // Marked confidential with a passphrase set: its content is sealed before the transaction (issue 15.4).
  const key = fields.confidential || fields.sealed ? keyForWriting() : null;
  if (key) record = await sealRecord(TABLE, record, key);
  return write(db, async () => {
    await db.documents.add(record);
    await audit(db, at, record.id, 'create', `${KIND_NAMES[record.type]} created`);
    return record;
  });
}

interface PlannedUpdate {
  record: DocumentRecord;
  changed: string[];
  keepVersion: boolean;
}

/** The document after `changes` (both in the clear), or null when nothing changes. */
function planUpdate(existing: DocumentRecord, changes: Partial<DocumentDraft>): PlannedUpdate | null {
  const { id, createdAt, updatedAt: _updatedAt, deletedAt, ...current } = existing;
  const fields = validate({ ...current, ...changes });
  const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
    (key) => JSON.stringify(fields[key]) !== JSON.stringify(current[key]),
  );
  if (changed.length === 0) return null;
  const at = nowIso();
  const record: DocumentRecord = {
    ...existing,
    ...fields,
    id,
    createdAt,
    deletedAt,
    updatedAt: at,
  };
  // A final document's wording is a record of what was agreed or sent: changing it keeps
  // the previous content as a version.
  const keepVersion =
    existing.status !== 'draft' && changed.some((key) => (VERSIONED_FIELDS as readonly string[]).includes(key));
  if (keepVersion) {
    record.versions = [...(existing.versions ?? []), versionOf(existing, at)].slice(-MAX_VERSIONS);
  }
  return { record, changed, keepVersion };
}

async function writeUpdate(db: BackdeskDb, { record, changed, keepVersion }: PlannedUpdate): Promise<void> {
  await db.documents.put(record);
  await audit(
    db,
    record.updatedAt,
    record.id,
    'update',
    `${KIND_NAMES[record.type]} updated (${changed.filter((k) => k !== 'sealed').join(', ')})${keepVersion ? ', previous version kept' : ''}`,
  );
}

/**
 * Applies `changes` to a live document; fields left out keep their value. A confidential
 * document with a passphrase set is opened, changed and sealed again outside the transaction
 * (WebCrypto cannot run inside one); the write then checks nobody changed it meanwhile.
 */
export async function updateDocument(
  id: string,
  changes: Partial<DocumentDraft>,
  db: BackdeskDb = getDb(),
): Promise<DocumentRecord> {
  const stored = await live(db, id);
  const key = stored.confidential || stored.sealed || changes.confidential ? keyForWriting() : null;
  if (!key) {
    return write(db, async () => {
      const existing = await live(db, id);
      const plan = planUpdate(existing, changes);
      if (!plan) return existing;
      await writeUpdate(db, plan);
      return plan.record;
    });
  }
  const plan = planUpdate(await openRecord(TABLE, stored, key), changes);
  if (!plan) return stored;
  const sealed = { ...plan, record: await sealRecord(TABLE, plan.record, key) };
  return write(db, async () => {
    const now = await live(db, id);
    if (now.updatedAt !== stored.updatedAt) {
      throw new Error('This document was changed elsewhere while you were saving. Open it again and redo the change.');
    }
    await writeUpdate(db, sealed);
    return sealed.record;
  });
}

export async function softDeleteDocument(id: string, db: BackdeskDb = getDb()): Promise<void> {
  await write(db, async () => {
    const existing = await live(db, id);
    const at = nowIso();
    await db.documents.put({ ...existing, deletedAt: at, updatedAt: at });
    await audit(db, at, id, 'delete', `${KIND_NAMES[existing.type]} deleted`);
  });
}

const VERSIONED_FIELDS = ['title', 'date', 'to', 'from', 'cc', 'subject', 'body', 'richBody'] as const;

function versionOf(doc: DocumentRecord, savedAt: string): DocumentVersion {
  const version: DocumentVersion = {
    savedAt,
    title: doc.title,
    date: doc.date,
    status: doc.status,
    body: doc.body,
  };
  for (const key of ['to', 'from', 'cc', 'subject'] as const) if (doc[key] !== undefined) version[key] = doc[key];
  if (doc.richBody) version.richBody = doc.richBody;
  return version;
}

/**
 * Stamps the moment the document was last printed or saved as PDF and adds it to the
 * document's print log (kept to the latest entries).
 */
export async function markDocumentPrinted(
  id: string,
  db: BackdeskDb = getDb(),
  how: { action: 'print' | 'pdf'; recipients?: number } = { action: 'print' },
): Promise<DocumentRecord> {
  return write(db, async () => {
    const existing = await live(db, id);
    const at = nowIso();
    const entry = { at, action: how.action, ...(how.recipients !== undefined ? { recipients: how.recipients } : {}) };
    const record: DocumentRecord = {
      ...existing,
      printedAt: at,
      updatedAt: at,
      printLog: [...(existing.printLog ?? []), entry].slice(-MAX_PRINT_LOG),
    };
    await db.documents.put(record);
    const what = how.action === 'pdf' ? 'saved as PDF' : 'printed';
    await audit(
      db,
      at,
      id,
      'update',
      `${KIND_NAMES[existing.type]} ${what}${how.recipients !== undefined ? ` for ${how.recipients} recipients` : ''}`,
    );
    return record;
  });
}

/** A new draft with the same content, titled "Copy of …"; versions and print log stay behind. */
export async function duplicateDocument(id: string, db: BackdeskDb = getDb()): Promise<DocumentRecord> {
  const existing = await getDocument(id, db);
  if (!existing) throw new RecordNotFoundError(TABLE, id);
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    deletedAt: _d,
    versions: _v,
    printLog: _p,
    printedAt: _pa,
    ...fields
  } = existing;
  return createDocument(
    { ...fields, title: `Copy of ${existing.title}`.slice(0, 300), status: 'draft' },
    db,
  );
}

/**
 * Files a scanned or received PDF or image: its bytes go to the attachment store, and a
 * register entry of type 'scan' points at it. If the entry cannot be written the attachment
 * is withdrawn again, so no orphan is left behind.
 */
export async function addScannedDocument(
  file: { name: string; mimeType: string; bytes: Uint8Array },
  meta: { title: string; date: string; tags: string[]; confidential?: boolean },
  db: BackdeskDb = getDb(),
): Promise<DocumentRecord> {
  const id = newId();
  const confidential = meta.confidential ? { confidential: true } : {};
  const attachment = await addAttachment(
    { name: file.name, mimeType: file.mimeType, bytes: file.bytes, linkedTable: TABLE, linkedId: id, ...confidential },
    db,
  );
  try {
    return await createDocument(
      {
        type: 'scan',
        title: meta.title,
        date: meta.date,
        status: 'final',
        body: '',
        tags: meta.tags,
        attachmentId: attachment.id,
        ...confidential,
      },
      db,
      id,
    );
  } catch (error) {
    await removeAttachment(attachment.id, db).catch(() => undefined);
    throw error;
  }
}

/** The tables `eraseDocumentsLinkedToInTx` writes: include them in the caller's transaction. */
export const DOCUMENT_WRITE_TABLES = ['documents', 'auditLog'] as const;

/**
 * Permanently erases the documents linked to a record and their audit entries (an erasure
 * request, not a soft delete). Call inside a transaction over DOCUMENT_WRITE_TABLES; returns
 * the erased document ids.
 */
export async function eraseDocumentsLinkedToInTx(db: BackdeskDb, linkedTable: string, linkedId: string): Promise<string[]> {
  const ids = (await db.documents.where('[linkedTable+linkedId]').equals([linkedTable, linkedId]).toArray()).map((d) => d.id);
  for (const id of ids) await db.auditLog.where('[table+recordId]').equals([TABLE, id]).delete();
  await db.documents.bulkDelete(ids);
  return ids;
}
