/**
 * The whole-office operations: loading the sample office, counts, search, reset, and
 * backup/restore, on a fresh in-memory database per test.
 */
// Dexie's liveQuery needs a global IndexedDB (as in the browser); each test still gets its own factory.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateSampleOffice } from '../../shared/sample';
import type { BackdeskDb } from '../db/database';
import { openTestDb } from '../db/testing';
import { loadSampleOffice, OfficeNotEmptyError, resetAllData, startEmpty } from './sampleLoader';
import { getRecordCounts, totalRecords } from './stats';
import { searchEverything } from './search';
import { InvalidBackupError, readBackupFile, restoreSnapshot, snapshotDatabase } from '../db/backup';
import { writeBackup } from '../../shared/backup';
import { computeExpenseTotals } from '../features/expenses';
// The app registers every feature's rebuilder of derived totals at start; here, explicitly.
import '../features/expenses/registrations';
import '../features/inventory/registrations';
import '../features/equipment/registrations';
import { addAttachment, getAttachmentBytes } from '../db/attachments';
import { verifyStockLedger } from '../features/inventory/repository';
import { getAppState, getCompanyProfile } from './settings';
import { vendorRepository } from '../features/vendors/repository';
import { createItem } from '../features/inventory/repository';
import { NO_DUE_KEY } from '../../shared/domain/tasks';

const TODAY = '2026-11-22';
const sample = generateSampleOffice(1, TODAY);
let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('sample office loader', () => {
  it('writes every record, the aggregate and the profile, and finishes the first run', async () => {
    const progress: number[] = [];
    await loadSampleOffice((f) => progress.push(f), db, { today: TODAY });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((p, i) => i === 0 || p >= progress[i - 1]!)).toBe(true);
    expect(await db.items.count()).toBe(sample.items.length);
    expect(await db.stockMovements.count()).toBe(sample.stockMovements.length);
    expect(await db.expenses.count()).toBe(sample.expenses.length);
    // As generated, plus the phone keys the database derives on write (caller lookup).
    const first = sample.employees[0]!;
    expect(await db.employees.get(first.id)).toEqual({ ...first, phoneKeys: ['+1207555' + first.phone!.replace(/\D/g, '').slice(-4)] });
    expect(await verifyStockLedger(db)).toEqual([]);
    const totals = await db.expenseTotals.toArray();
    const sortKey = (t: { month: string; categoryId: string }) => `${t.month}|${t.categoryId}`;
    expect(totals.sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(computeExpenseTotals(sample.expenses));
    expect((await getCompanyProfile(db)).name).toBe('Harbor Lane Design Studio');
    expect(await getAppState(db)).toMatchObject({ firstRunDone: true, startedWith: 'sample' });

    const counts = await getRecordCounts(db);
    expect(counts).toMatchObject({
      inventory: sample.items.length,
      vendors: 8,
      equipment: 18,
      people: 15,
      recruiting: 25,
      calls: sample.calls.length,
      contacts: sample.contacts.length,
      documents: sample.documents.length,
      tasks: sample.tasks.length,
      expenses: sample.expenses.length,
      calendar: sample.events.length,
      purchasing: sample.purchaseOrders.length,
      budget: sample.budgetCategories.length,
    });
    await expect(loadSampleOffice(undefined, db, { today: TODAY })).rejects.toBeInstanceOf(OfficeNotEmptyError);
  });

  it('loads the office as of the moment of loading: at 7:00 today has no calls yet, the days before keep theirs', async () => {
    const now = `${TODAY}T12:00:00.000Z`; // 7:00 in Portland, Maine
    await loadSampleOffice(undefined, db, { today: TODAY, now });
    const calls = await db.calls.toArray();
    expect(calls.filter((c) => c.takenAt > now)).toEqual([]);
    expect(calls.filter((c) => c.takenAt.slice(0, 10) === TODAY)).toEqual([]);
    expect(calls.length).toBe(sample.calls.filter((c) => c.takenAt < `${TODAY}T05:00:00.000Z`).length);
    expect((await db.tasks.toArray()).filter((t) => t.createdAt > now)).toEqual([]);
  });

  it('keys every phone number with the sample office’s region (en-US), whatever region the connection had', async () => {
    db.phoneRegion = 'GB';
    await loadSampleOffice(undefined, db, { today: TODAY });
    expect(db.phoneRegion).toBe('US');
    const keysOf = (r: object) => (r as { phoneKeys?: string[] }).phoneKeys;
    const contacts = await db.contacts.toArray();
    expect(contacts).toHaveLength(sample.contacts.length);
    // '(207) 555-0180' read as British is no number; as American it is +1 207…
    const karen = contacts.find((c) => c.name === 'Karen Boucher')!;
    expect(keysOf(karen)).toEqual(['+12075550181', '+12075550182']);
    expect(keysOf(contacts.find((c) => c.name === 'Oliver Hartley')!)).toEqual(['+442079460321', '+447700900461']);
    expect(keysOf(contacts.find((c) => c.name === 'Anja Weber')!)).toEqual(['+493023456789', '+491712345678']);
    // A vendor's number rings written another way: the call and the vendor share one key.
    const northeast = (await db.vendors.toArray()).find((v) => v.name === 'Northeast Office Supply Co.')!;
    const calls = await db.calls.where('phoneKey').equals(keysOf(northeast)![0]!).toArray();
    expect(calls.some((c) => c.phone === '207.555.0180' && c.callerId === northeast.id)).toBe(true);
    expect((await db.tasks.where('openDue').equals(NO_DUE_KEY).count())).toBeGreaterThan(0);
  });

  it('starts empty with the default profile, and reset erases everything', async () => {
    await startEmpty(db);
    expect(await getAppState(db)).toMatchObject({ firstRunDone: true, startedWith: 'empty' });
    expect(totalRecords(await getRecordCounts(db))).toBe(0);
    await vendorRepository.create({ name: 'Someone' }, db);
    await resetAllData(db);
    expect(await db.vendors.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    expect((await getAppState(db)).firstRunDone).toBe(false);
    expect((await db.auditLog.toArray()).map((a) => a.summary)).toEqual(['All data was erased']);
  });
});

describe('record counts', () => {
  it('counts live records only', async () => {
    const a = await vendorRepository.create({ name: 'A' }, db);
    await vendorRepository.create({ name: 'B' }, db);
    await vendorRepository.softDelete(a.id, db);
    await createItem({ name: 'Pens' }, db);
    const counts = await getRecordCounts(db);
    expect(counts.vendors).toBe(1);
    expect(counts.inventory).toBe(1);
    expect(counts.people).toBe(0);
    expect(totalRecords(counts)).toBe(2);
  });
});

describe('searchEverything', () => {
  beforeEach(async () => {
    await loadSampleOffice(undefined, db, { today: TODAY });
  });

  it('finds records across modules, case- and accent-insensitively', async () => {
    const hits = await searchEverything('TOMAS', 20, db);
    expect(hits[0]).toMatchObject({ table: 'employees', module: 'people', title: 'Tomás Herrera', subtitle: 'IT & Facilities Coordinator · Operations' });
    const toner = await searchEverything('toner 58a', 20, db);
    expect(toner.map((h) => h.title)).toContain('Toner cartridge HP 58A black');
    expect((await searchEverything('pap-a4', 20, db))[0]).toMatchObject({ module: 'inventory', title: 'Copy paper A4 80gsm, 500 sheets' });
    const po = sample.purchaseOrders[0]!.number;
    expect((await searchEverything(po, 5, db))[0]).toMatchObject({ table: 'purchaseOrders', module: 'purchasing', title: po });
    const inv = sample.invoices[0]!.number;
    expect((await searchEverything(inv, 5, db)).map((h) => h.table)).toContain('invoices');
    expect((await searchEverything('holiday office hours', 5, db))[0]).toMatchObject({ table: 'documents', module: 'documents' });
    expect((await searchEverything('Adobe Creative', 5, db))[0]).toMatchObject({ table: 'expenses' });
  });

  it('ranks title prefix matches first, respects the limit and skips deleted records', async () => {
    const paper = await searchEverything('paper', 5, db);
    expect(paper).toHaveLength(5);
    const all = await searchEverything('copy paper', 50, db);
    expect(all[0]!.title.toLowerCase().startsWith('copy paper')).toBe(true);
    const vendor = sample.vendors.find((v) => v.name.startsWith('PrintWorks'))!;
    expect((await searchEverything('printworks imaging', 20, db)).map((h) => h.id)).toContain(vendor.id);
    await vendorRepository.softDelete(vendor.id, db);
    expect((await searchEverything('printworks imaging', 20, db)).map((h) => h.id)).not.toContain(vendor.id);
    expect(await searchEverything('   ', 20, db)).toEqual([]);
    expect(await searchEverything('zzzz-no-such-thing', 20, db)).toEqual([]);
  });

  it('never searches confidential fields', async () => {
    const withNotes = sample.employees.find((e) => e.homeAddress)!;
    const street = withNotes.homeAddress!.split('\n')[0]!;
    const hits = await searchEverything(street, 50, db);
    expect(hits.filter((h) => h.table === 'employees')).toEqual([]);
  });
});

describe('backup and restore', () => {
  it('round-trips every table through the backup zip, bytes included, and reads the counts back', async () => {
    await loadSampleOffice(undefined, db, { today: TODAY });
    const vendor = await vendorRepository.create({ name: 'Extra' }, db);
    const att = await addAttachment({ name: 'logo.png', mimeType: 'image/png', bytes: new Uint8Array([137, 80, 78, 71]), linkedTable: 'vendors', linkedId: vendor.id }, db);
    const zip = await writeBackup((await snapshotDatabase(db)).snapshot);
    const read = await readBackupFile(zip);
    if (!read.ok) throw new Error(read.error);
    const other = await openTestDb();
    await vendorRepository.create({ name: 'Will be replaced' }, other);
    const counts = await restoreSnapshot(read.snapshot, {}, other);
    expect(await other.items.count()).toBe(sample.items.length);
    expect(counts.items).toBe(sample.items.length);
    expect(await other.vendors.get(vendor.id)).toEqual(vendor);
    expect((await other.vendors.toArray()).some((v) => v.name === 'Will be replaced')).toBe(false);
    expect(await getAttachmentBytes(att.id, other)).toEqual(new Uint8Array([137, 80, 78, 71]));
    expect(await verifyStockLedger(other)).toEqual([]);
    expect(await other.expenseTotals.count()).toBe(await db.expenseTotals.count());
    expect((await other.auditLog.where('action').equals('backup').toArray()).map((e) => e.summary)).toEqual([`Restored a backup from ${read.snapshot.createdAt}`]);
    other.close();
  });

  it('refuses an invalid backup and changes nothing', async () => {
    await vendorRepository.create({ name: 'Keep me' }, db);
    const emptied = await readBackupFile(new TextEncoder().encode(JSON.stringify({ format: 'backdesk-snapshot', schemaVersion: 9, exportedAt: '2026-11-22T00:00:00Z', tables: {} })));
    expect(emptied).toEqual({ ok: false, error: expect.stringMatching(/no tables at all/) });
    const partial = await readBackupFile(new TextEncoder().encode(JSON.stringify({ format: 'backdesk-snapshot', schemaVersion: 9, exportedAt: '2026-11-22T00:00:00Z', tables: { vendors: [] } })));
    expect(partial).toEqual({ ok: false, error: expect.stringMatching(/tables, among them “items” are missing/) });
    const bad = { schemaVersion: 2, createdAt: '2026-11-22T00:00:00Z', tables: { vendors: [{ id: 'v', name: '' }] } };
    const err = await restoreSnapshot(bad, {}, db).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidBackupError);
    expect((err as Error).message).toMatch(/nothing was changed.*vendors #1: .*Name is required/);
    expect((await db.vendors.toArray()).map((v) => v.name)).toEqual(['Keep me']);
  });
});

describe('live queries', () => {
  it('see writes made through the strict-durability connection', async () => {
    const { liveQuery } = await import('dexie');
    const { strictConnection } = await import('../db/index');
    const seen: number[] = [];
    const sub = liveQuery(() => db.vendors.count()).subscribe((n) => seen.push(n));
    await new Promise((r) => setTimeout(r, 30));
    await strictConnection(db).vendors.put({ id: 'v1', name: 'Via strict', createdAt: '2026-11-22T00:00:00Z', updatedAt: '2026-11-22T00:00:00Z', deletedAt: null });
    await new Promise((r) => setTimeout(r, 50));
    sub.unsubscribe();
    expect(seen).toEqual([0, 1]);
  });
});
