import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentDraft } from '../../../shared/domain';
import { BackdeskDb, RecordNotFoundError, RecordValidationError } from '../../db';
import {
  addScannedDocument,
  duplicateDocument,
  createDocument,
  getDocument,
  listDocuments,
  markDocumentPrinted,
  softDeleteDocument,
  updateDocument,
} from './repository';

let db: BackdeskDb;

beforeEach(async () => {
  db = new BackdeskDb('documents-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});

afterEach(() => db.close());

function memo(overrides: Partial<DocumentDraft> = {}): DocumentDraft {
  return {
    type: 'memo',
    title: 'Parking changes',
    date: '2026-03-14',
    status: 'draft',
    to: 'All staff',
    subject: 'Parking changes',
    body: 'The car park closes on Friday.',
    tags: [],
    ...overrides,
  };
}

describe('documents repository', () => {
  it('creates a document with an id and timestamps, and logs it in the same transaction', async () => {
    const doc = await createDocument(memo(), db);
    expect(doc.id).toMatch(/^[0-9A-Z]{26}$/);
    expect(doc.createdAt).toBe(doc.updatedAt);
    expect(doc.deletedAt).toBeNull();
    expect(doc.printedAt).toBeNull();
    expect(await getDocument(doc.id, db)).toEqual(doc);
    const log = await db.auditLog.toArray();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      table: 'documents',
      recordId: doc.id,
      action: 'create',
      summary: 'Memo created',
    });
  });

  it('refuses an invalid draft with a readable message and writes nothing', async () => {
    const attempt = createDocument(memo({ title: '  ', date: '2026-02-30' }), db);
    await expect(attempt).rejects.toBeInstanceOf(RecordValidationError);
    await expect(attempt).rejects.toThrow(/Title is required/);
    expect(await db.documents.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('lists live documents newest first', async () => {
    const older = await createDocument(memo({ title: 'Older', date: '2026-01-02' }), db);
    const newer = await createDocument(memo({ title: 'Newer', date: '2026-03-01' }), db);
    const sameDayLater = await createDocument(
      memo({ title: 'Same day, written later', date: '2026-03-01' }),
      db,
    );
    await softDeleteDocument(older.id, db);
    expect((await listDocuments(db)).map((d) => d.id)).toEqual([sameDayLater.id, newer.id]);
  });

  it('updates named fields, logs which fields changed (not their values), and skips no-op writes', async () => {
    const doc = await createDocument(memo(), db);
    const updated = await updateDocument(
      doc.id,
      { subject: 'Confidential: salaries', status: 'final' },
      db,
    );
    expect(updated).toMatchObject({
      subject: 'Confidential: salaries',
      status: 'final',
      body: doc.body,
      createdAt: doc.createdAt,
    });
    expect(updated.updatedAt >= doc.updatedAt).toBe(true);
    await updateDocument(doc.id, { subject: 'Confidential: salaries' }, db);
    const log = await db.auditLog.orderBy('at').toArray();
    expect(log.map((e) => e.summary)).toEqual(['Memo created', 'Memo updated (status, subject)']);
    expect(JSON.stringify(log)).not.toContain('salaries');
  });

  it('validates updates too', async () => {
    const doc = await createDocument(memo(), db);
    await expect(updateDocument(doc.id, { status: 'lost' as never }, db)).rejects.toBeInstanceOf(
      RecordValidationError,
    );
    expect((await getDocument(doc.id, db))?.status).toBe('draft');
  });

  it('soft-deletes: the record stays on disk, hidden from get and list, and cannot be edited', async () => {
    const doc = await createDocument(memo(), db);
    await softDeleteDocument(doc.id, db);
    expect(await getDocument(doc.id, db)).toBeUndefined();
    expect((await db.documents.get(doc.id))?.deletedAt).toBeTruthy();
    await expect(updateDocument(doc.id, { title: 'x' }, db)).rejects.toBeInstanceOf(
      RecordNotFoundError,
    );
    await expect(softDeleteDocument(doc.id, db)).rejects.toBeInstanceOf(RecordNotFoundError);
    expect((await db.auditLog.toArray()).map((e) => e.action)).toEqual(['create', 'delete']);
  });

  it('marks a document printed with a timestamp and an audit entry', async () => {
    const doc = await createDocument(memo(), db);
    const printed = await markDocumentPrinted(doc.id, db);
    expect(printed.printedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await getDocument(doc.id, db))?.printedAt).toBe(printed.printedAt);
    expect((await db.auditLog.toArray()).at(-1)).toMatchObject({
      action: 'update',
      summary: 'Memo printed',
    });
    await expect(markDocumentPrinted('missing', db)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('keeps the previous content as a version when a final document changes, not a draft', async () => {
    const doc = await createDocument(memo(), db);
    await updateDocument(doc.id, { body: 'Draft edit' }, db);
    expect((await getDocument(doc.id, db))?.versions ?? []).toHaveLength(0);
    await updateDocument(doc.id, { status: 'final' }, db);
    expect((await getDocument(doc.id, db))?.versions ?? []).toHaveLength(0);
    const richBody = { blocks: [{ kind: 'paragraph' as const, runs: [{ text: 'Rich', bold: true }] }] };
    const changed = await updateDocument(doc.id, { body: 'Rich', richBody }, db);
    expect(changed.versions).toHaveLength(1);
    expect(changed.versions![0]).toMatchObject({ body: 'Draft edit', status: 'final', title: 'Parking changes' });
    const again = await updateDocument(doc.id, { subject: 'New subject' }, db);
    expect(again.versions).toHaveLength(2);
    expect(again.versions![1]).toMatchObject({ body: 'Rich', richBody });
    // Printing and status changes alone are not new wording.
    await markDocumentPrinted(doc.id, db, { action: 'pdf' });
    expect((await updateDocument(doc.id, { status: 'sent' }, db)).versions).toHaveLength(2);
    expect((await db.auditLog.toArray()).map((e) => e.summary)).toContain(
      'Memo updated (body, richBody), previous version kept',
    );
  });

  it('logs each print and save as PDF', async () => {
    const doc = await createDocument(memo(), db);
    await markDocumentPrinted(doc.id, db, { action: 'print' });
    const saved = await markDocumentPrinted(doc.id, db, { action: 'pdf', recipients: 3 });
    expect(saved.printLog?.map((e) => [e.action, e.recipients])).toEqual([
      ['print', undefined],
      ['pdf', 3],
    ]);
    expect((await db.auditLog.toArray()).at(-1)?.summary).toBe('Memo saved as PDF for 3 recipients');
  });

  it('duplicates a document as a fresh draft without its history', async () => {
    const doc = await createDocument(memo({ status: 'final', tags: ['hr'] }), db);
    await updateDocument(doc.id, { body: 'changed' }, db);
    await markDocumentPrinted(doc.id, db);
    const copy = await duplicateDocument(doc.id, db);
    expect(copy.id).not.toBe(doc.id);
    expect(copy).toMatchObject({ title: 'Copy of Parking changes', status: 'draft', body: 'changed', tags: ['hr'], printedAt: null });
    expect(copy.versions).toBeUndefined();
    expect(copy.printLog).toBeUndefined();
  });

  it('files a scan with its bytes in the attachment store', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4 test');
    const scan = await addScannedDocument(
      { name: 'invoice.pdf', mimeType: 'application/pdf', bytes },
      { title: 'Invoice 42', date: '2026-03-01', tags: ['invoice'] },
      db,
    );
    expect(scan).toMatchObject({ type: 'scan', title: 'Invoice 42', tags: ['invoice'] });
    const attachment = await db.attachments.get(scan.attachmentId!);
    expect(attachment).toMatchObject({ linkedTable: 'documents', linkedId: scan.id, mimeType: 'application/pdf' });
    expect(await db.attachmentBlobs.count()).toBe(1);
    await expect(
      addScannedDocument({ name: 'x.png', mimeType: 'image/png', bytes }, { title: ' ', date: '2026-03-01', tags: [] }, db),
    ).rejects.toBeInstanceOf(RecordValidationError);
    expect((await db.attachments.toArray()).filter((a) => !a.deletedAt)).toHaveLength(1);
  });
});
