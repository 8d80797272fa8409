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
  documentDraftSchema,
} from '../../../shared/domain';
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
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
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
): Promise<DocumentRecord> {
  const fields = validate(draft);
  const at = nowIso();
  const record: DocumentRecord = {
    ...fields,
    printedAt: fields.printedAt ?? null,
    id: newId(),
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
  return write(db, async () => {
    await db.documents.add(record);
    await audit(db, at, record.id, 'create', `${KIND_NAMES[record.type]} created`);
    return record;
  });
}

/** Applies `changes` to a live document; fields left out keep their value. */
export async function updateDocument(
  id: string,
  changes: Partial<DocumentDraft>,
  db: BackdeskDb = getDb(),
): Promise<DocumentRecord> {
  return write(db, async () => {
    const existing = await live(db, id);
    const { id: _id, createdAt, updatedAt: _updatedAt, deletedAt, ...current } = existing;
    const fields = validate({ ...current, ...changes });
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
      (key) => JSON.stringify(fields[key]) !== JSON.stringify(current[key]),
    );
    if (changed.length === 0) return existing;
    const at = nowIso();
    const record: DocumentRecord = {
      ...existing,
      ...fields,
      id,
      createdAt,
      deletedAt,
      updatedAt: at,
    };
    await db.documents.put(record);
    await audit(db, at, id, 'update', `${KIND_NAMES[record.type]} updated (${changed.join(', ')})`);
    return record;
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

/** Stamps the moment the document was last printed or saved as PDF. */
export async function markDocumentPrinted(
  id: string,
  db: BackdeskDb = getDb(),
): Promise<DocumentRecord> {
  return write(db, async () => {
    const existing = await live(db, id);
    const at = nowIso();
    const record: DocumentRecord = { ...existing, printedAt: at, updatedAt: at };
    await db.documents.put(record);
    await audit(db, at, id, 'update', `${KIND_NAMES[existing.type]} printed`);
    return record;
  });
}
