/** Confidential fields at rest: seal/open per table, nothing in the clear once sealed, wrong key, reveal's role check and audit, the bulk passes in one transaction. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DecryptionError, generateDataKey, type CryptoKey } from '../../shared/encryption';
import { useVaultStore, type OfficeUser } from '../core/vault';
import type { BackdeskDb } from './database';
import { openTestDb } from './testing';
import { setAuditActor } from './crud';
import { addAttachment, getAttachmentBytes } from './attachments';
import {
  ConfidentialAccessError,
  isSealedBytes,
  openAllConfidential,
  openRecord,
  revealConfidential,
  sealExistingConfidential,
  sealRecord,
} from './sealing';
import { employeeRepository, hrRecordRepository, terminateEmployee } from '../features/people/repository';
import { candidateRepository, interviewRepository } from '../features/recruiting/repository';
import { saveScorecard } from '../features/recruiting/interviews';
import { createDocument, updateDocument } from '../features/documents/repository';

const manager: OfficeUser = { id: 'u1', name: 'Maria Manager', role: 'manager' };
const staff: OfficeUser = { id: 'u2', name: 'Sam Staff', role: 'staff' };

let db: BackdeskDb;
let key: CryptoKey;
beforeEach(async () => {
  db = await openTestDb();
  key = await generateDataKey();
});
afterEach(() => {
  db.close();
  useVaultStore.setState({ status: { state: 'off' }, key: null });
  setAuditActor(undefined);
});

function unlock(user: OfficeUser) {
  useVaultStore.setState({ status: { state: 'unlocked', user }, key });
  setAuditActor(user.name);
}

const SECRETS = ['SECRET-SALARY-NOTE', 'Hidden Lane 7', 'WARNING-ABOUT-LATENESS', 'Zq-private-impression', 'Scorecard-secret-note', 'Body-of-secret-memo', 'Subject-of-secret', 'Reason-left-secret'];

/** Every value of every object store, as one JSON text (bytes as their characters). */
async function dumpAll(): Promise<string> {
  const parts: string[] = [];
  for (const table of db.tables) {
    for (const row of await table.toArray()) {
      parts.push(JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? new TextDecoder('latin1').decode(v) : v)));
    }
  }
  return parts.join('\n');
}

const base = { id: 'x', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null };

describe('sealRecord / openRecord', () => {
  it.each([
    ['employees', { ...base, name: 'Ann', salaryCents: 5_200_000, salaryPeriod: 'year', homeAddress: 'Hidden Lane 7', confidentialNotes: 'SECRET-SALARY-NOTE' }, ['Ann']],
    ['hrRecords', { ...base, employeeId: 'e', kind: 'disciplinary', date: '2026-01-02', title: 'WARNING-ABOUT-LATENESS', details: 'late 3 times', attachmentIds: [] }, ['disciplinary']],
    ['candidates', { ...base, name: 'Cy', email: 'cy@example.com', privateNotes: 'Zq-private-impression', expectedSalaryCents: 100 }, ['Cy']],
    ['interviews', { ...base, candidateId: 'c', start: 'a', end: 'b', feedback: 'fine', scorecards: [{ interviewerId: 'i', ratings: { Skills: 4 }, recommendation: 'yes', notes: 'Scorecard-secret-note', submittedAt: 'a' }] }, ['interviews'.slice(0, 0)]],
    ['documents', { ...base, type: 'memo', title: 'Pay review', confidential: true, subject: 'Subject-of-secret', body: 'Body-of-secret-memo', tags: ['hr'] }, ['Pay review', 'hr']],
  ] as const)('%s: round trip, and the sealed copy holds no confidential value', async (table, record, kept) => {
    const sealed = await sealRecord(table, record, key);
    const json = JSON.stringify(sealed);
    for (const s of SECRETS) expect(json).not.toContain(s);
    expect(json).not.toContain('late 3 times');
    for (const k of kept) expect(json).toContain(k);
    expect((sealed as { sealed?: unknown }).sealed).toBeDefined();
    expect(await openRecord(table, sealed, key)).toEqual(record);
  });

  it('leaves a document not marked confidential and a training record title in the clear', async () => {
    const doc = { ...base, type: 'memo', title: 'Lunch', subject: 'Lunch', body: 'Pizza', tags: [] };
    expect(await sealRecord('documents', doc, key)).toEqual(doc);
    const training = await sealRecord('hrRecords', { ...base, kind: 'training', title: 'First aid', details: 'passed' }, key);
    expect(training).toMatchObject({ title: 'First aid' });
    expect(JSON.stringify(training)).not.toContain('passed');
  });

  it('refuses a wrong key with DecryptionError', async () => {
    const sealed = await sealRecord('employees', { ...base, name: 'Ann', confidentialNotes: 'x' }, key);
    await expect(openRecord('employees', sealed, await generateDataKey())).rejects.toBeInstanceOf(DecryptionError);
  });
});

describe('repositories seal before they write while a passphrase is set', () => {
  it('creates, updates and terminates with nothing confidential stored in the clear', async () => {
    unlock(manager);
    const ann = await employeeRepository.create({ name: 'Ann', salaryCents: 5_200_000, salaryPeriod: 'year', confidentialNotes: 'SECRET-SALARY-NOTE' }, db);
    await employeeRepository.update(ann.id, { homeAddress: 'Hidden Lane 7', title: 'Clerk' }, db);
    await hrRecordRepository.create({ employeeId: ann.id, kind: 'disciplinary', date: '2026-01-02', title: 'WARNING-ABOUT-LATENESS', details: 'late 3 times' }, db);
    await terminateEmployee(ann.id, { endDate: '2026-02-01', reason: 'Reason-left-secret' }, db);
    const cy = await candidateRepository.create({ name: 'Cy', email: 'cy@example.com', privateNotes: 'Zq-private-impression' }, db);
    const iv = await interviewRepository.create({ candidateId: cy.id, start: '2026-03-01T10:00:00.000Z', end: '2026-03-01T11:00:00.000Z', interviewerIds: [ann.id] }, db);
    await saveScorecard(iv.id, { interviewerId: ann.id, ratings: { Skills: 4 }, recommendation: 'yes', notes: 'Scorecard-secret-note' }, db);
    const memo = await createDocument({ type: 'memo', title: 'Pay review', date: '2026-01-01', status: 'final', confidential: true, subject: 'Subject-of-secret', body: 'first', tags: [] }, db);
    await updateDocument(memo.id, { body: 'Body-of-secret-memo' }, db);
    await addAttachment({ name: 'review.txt', bytes: new TextEncoder().encode('Body-of-secret-memo'), linkedTable: 'documents', linkedId: memo.id, confidential: true }, db);
    await candidateRepository.bulkCreate([{ name: 'Di', email: 'di@example.com', privateNotes: 'Zq-private-impression 2' }, { name: 'Ed', email: 'ed@example.com' }], {}, db);

    const dump = await dumpAll();
    for (const s of SECRETS) expect(dump, s).not.toContain(s);
    expect(dump).not.toContain('late 3 times');
    expect(dump).toContain('Pay review'); // the title stays searchable

    const opened = await revealConfidential<{ salaryCents: number; homeAddress: string; confidentialNotes: string; endReason: string; title: string }>('employees', ann.id, db);
    expect(opened).toMatchObject({ salaryCents: 5_200_000, homeAddress: 'Hidden Lane 7', confidentialNotes: 'SECRET-SALARY-NOTE', endReason: 'Reason-left-secret', title: 'Clerk' });
    const doc = await revealConfidential<{ body: string; versions: { body: string }[] }>('documents', memo.id, db);
    expect(doc.body).toBe('Body-of-secret-memo');
    expect(doc.versions?.[0]?.body).toBe('first');
    const interview = await revealConfidential<{ scorecards: { notes: string }[] }>('interviews', iv.id, db);
    expect(interview.scorecards[0]?.notes).toBe('Scorecard-secret-note');
    const [att] = await db.attachments.toArray();
    expect(new TextDecoder().decode(await getAttachmentBytes(att!.id, db))).toBe('Body-of-secret-memo');
  });
});

describe('revealConfidential', () => {
  it('writes a view entry naming the user, never the values; refuses staff and decrypts nothing', async () => {
    const ann = await employeeRepository.create({ name: 'Ann', confidentialNotes: 'SECRET-SALARY-NOTE' }, db);
    // Vault off: everyone runs the office; the record is plain, showing it is still audited.
    expect((await revealConfidential<{ confidentialNotes: string }>('employees', ann.id, db)).confidentialNotes).toBe('SECRET-SALARY-NOTE');
    unlock(manager);
    await employeeRepository.update(ann.id, { confidentialNotes: 'SECRET-SALARY-NOTE 2' }, db);
    const opened = await revealConfidential<{ confidentialNotes: string }>('employees', ann.id, db);
    expect(opened.confidentialNotes).toBe('SECRET-SALARY-NOTE 2');
    const views = (await db.auditLog.where('action').equals('view').toArray()).sort((a, b) => a.at.localeCompare(b.at));
    expect(views).toHaveLength(2);
    expect(views[1]).toMatchObject({ table: 'employees', recordId: ann.id, actor: 'Maria Manager', summary: 'Opened confidential employee details "Ann"' });
    expect(JSON.stringify(views)).not.toContain('SECRET');

    unlock(staff);
    const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
    await expect(revealConfidential('employees', ann.id, db)).rejects.toThrow(ConfidentialAccessError);
    await expect(revealConfidential('employees', ann.id, db)).rejects.toThrow('Only an office manager can see this.');
    expect(decrypt).not.toHaveBeenCalled();
    decrypt.mockRestore();
    expect(await db.auditLog.where('action').equals('view').count()).toBe(2);
  });
});

describe('sealExistingConfidential / openAllConfidential', () => {
  it('seal every clear value and open them again, each in one transaction', async () => {
    const ann = await employeeRepository.create({ name: 'Ann', salaryCents: 5_200_000, confidentialNotes: 'SECRET-SALARY-NOTE' }, db);
    await hrRecordRepository.create({ employeeId: ann.id, kind: 'medical', date: '2026-01-02', title: 'WARNING-ABOUT-LATENESS', details: 'x' }, db);
    const memo = await createDocument({ type: 'memo', title: 'Pay review', date: '2026-01-01', status: 'draft', confidential: true, body: 'Body-of-secret-memo', tags: [] }, db);
    await addAttachment({ name: 'r.txt', bytes: new TextEncoder().encode('Hidden Lane 7'), linkedTable: 'documents', linkedId: memo.id, confidential: true }, db);
    await createDocument({ type: 'memo', title: 'Lunch', date: '2026-01-01', status: 'draft', body: 'Pizza', tags: [] }, db);
    const before = await dumpAll();
    expect(before).toContain('SECRET-SALARY-NOTE');

    const transaction = vi.spyOn(db, 'transaction');
    expect(await sealExistingConfidential(db, key)).toBe(4);
    expect(transaction.mock.calls.filter((c) => c[0] === 'rw')).toHaveLength(1);
    const sealedDump = await dumpAll();
    for (const s of SECRETS) expect(sealedDump).not.toContain(s);
    expect(sealedDump).toContain('Pizza');
    expect(isSealedBytes((await db.attachmentBlobs.toArray())[0]!.bytes)).toBe(true);
    expect(await sealExistingConfidential(db, key)).toBe(0); // nothing left in the clear

    transaction.mockClear();
    expect(await openAllConfidential(db, key)).toBe(4);
    expect(transaction.mock.calls.filter((c) => c[0] === 'rw')).toHaveLength(1);
    const opened = await db.employees.get(ann.id);
    expect(opened).toMatchObject({ salaryCents: 5_200_000, confidentialNotes: 'SECRET-SALARY-NOTE' });
    expect(opened).not.toHaveProperty('sealed');
    expect(new TextDecoder().decode((await db.attachmentBlobs.toArray())[0]!.bytes)).toBe('Hidden Lane 7');
    expect((await db.auditLog.where('action').equals('security').toArray()).map((a) => a.summary)).toEqual([
      'Sealed 4 confidential records and files',
      'Opened 4 confidential records and files (passphrase removed)',
    ]);
  });
});

describe('search never reads confidential values', () => {
  it('finds a confidential document by its title, never by its content; nobody by a confidential field, sealed or not', async () => {
    const { searchEverything } = await import('../core/search');
    const { searchText } = await import('../features/documents/components/register/search');
    const plain = await createDocument({ type: 'memo', title: 'Pay review', date: '2026-01-01', status: 'draft', confidential: true, subject: 'Subject-of-secret', body: 'Body-of-secret-memo', tags: [] }, db);
    await employeeRepository.create({ name: 'Ann Lee', confidentialNotes: 'SECRET-SALARY-NOTE', homeAddress: 'Hidden Lane 7' }, db);
    await candidateRepository.create({ name: 'Cy', email: 'cy@example.com', privateNotes: 'Zq-private-impression' }, db);
    unlock(manager);
    await employeeRepository.create({ name: 'Bo Sealed', confidentialNotes: 'SECRET-SALARY-NOTE' }, db);
    await createDocument({ type: 'memo', title: 'Sealed review', date: '2026-01-01', status: 'draft', confidential: true, body: 'Body-of-secret-memo', tags: [] }, db);

    for (const q of ['Subject-of-secret', 'Body-of-secret-memo', 'SECRET-SALARY-NOTE', 'Hidden Lane', 'Zq-private-impression']) {
      expect(await searchEverything(q, 20, db), q).toEqual([]);
    }
    expect((await searchEverything('review', 20, db)).map((h) => h.title).sort()).toEqual(['Pay review', 'Sealed review']);
    expect((await searchEverything('sealed', 20, db)).map((h) => h.title).sort()).toEqual(['Bo Sealed', 'Sealed review']);
    // The register's own filter: title yes, content no.
    expect(searchText(plain)).toContain('pay review');
    expect(searchText(plain)).not.toContain('secret');
  });
});

describe('subject-access export with a passphrase set', () => {
  it('opens sealed candidate fields, scorecards and confidential files for a manager', async () => {
    const { exportCandidateData } = await import('../features/recruiting/privacy');
    unlock(manager);
    const cy = await candidateRepository.create({ name: 'Cy', email: 'cy@example.com', privateNotes: 'Zq-private-impression' }, db);
    await addAttachment({ name: 'cv.txt', bytes: new TextEncoder().encode('Hidden Lane 7'), linkedTable: 'candidates', linkedId: cy.id, confidential: true }, db);
    const out = await exportCandidateData(cy.id, db);
    expect(out.candidate.privateNotes).toBe('Zq-private-impression');
    expect(atob(out.files[0]!.base64!)).toBe('Hidden Lane 7');
    unlock(staff);
    await expect(exportCandidateData(cy.id, db)).rejects.toThrow('Only an office manager can see this.');
  });
});
