/**
 * Repositories against a real (in-memory) IndexedDB: validation at the boundary, stamps,
 * soft delete, audit entries in the same transaction, the stock ledger, roll-back on failure,
 * maintained aggregates against a full recompute, and storage errors mapped for people.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InsufficientStockError, itemSchema } from '../../shared/domain/inventory';
import type { BackdeskDb } from './database';
import { DiskFullError, RecordNotFoundError, RecordValidationError } from './errors';
import { openTestDb } from './testing';
import { BulkValidationError } from './crud';
import {
  adjustStock,
  bulkCreateItems,
  countStock,
  createItem,
  issueStock,
  itemRepository,
  listMovements,
  receiveStock,
  verifyStockLedger,
} from '../features/inventory/repository';
import { vendorRepository, resolveVendorIds } from '../features/vendors/repository';
import {
  expenseRepository,
  getExpenseTotals,
  recomputeExpenseTotals,
} from '../features/expenses/repository';
import { budgetCategoryRepository, getBudgetVsActual, setBudgetAmount, updateBudgetCategory, CategoryCycleError, rollUp } from '../features/budget/repository';
import { purchaseOrderRepository, receivePurchaseOrder, suggestPurchaseOrderNumber } from '../features/purchasing/repository';
import { employeeRepository, updateEmployee, ManagerLoopError, hrRecordRepository } from '../features/people/repository';
import { eventRepository, listEventsBetween } from '../features/calendar/repository';
import { taskRepository, setTaskDone, listOpenTasks } from '../features/tasks/repository';
import { getAppState, getCompanyProfile, saveCompanyProfile, setFirstRunDone, updateCompanyProfile } from '../core/settings';
import { logMaintenance, equipmentRepository } from '../features/equipment/repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const audit = async (recordId: string) => (await db.auditLog.where('[table+recordId]').between([db.auditLog.name, ''], ['\uffff', '\uffff']).toArray()).filter((a) => a.recordId === recordId);

describe('crud repositories', () => {
  it('create stamps id and timestamps, validates, and audits in the same transaction', async () => {
    const v = await vendorRepository.create({ name: '  Northeast Office Supply ', email: '', phone: '555-0180' }, db);
    expect(v.id).toMatch(/^[0-9A-Z]{26}$/);
    expect(v.name).toBe('Northeast Office Supply');
    expect(v.createdAt).toBe(v.updatedAt);
    expect(v.deletedAt).toBeNull();
    expect('email' in v).toBe(false);
    expect(await vendorRepository.get(v.id, db)).toEqual(v);
    const log = await audit(v.id);
    expect(log.map((a) => [a.action, a.summary])).toEqual([['create', 'Created vendor "Northeast Office Supply"']]);
  });

  it('rejects bad input with readable messages and writes nothing', async () => {
    const err = await vendorRepository.create({ name: '', email: 'not-an-email' }, db).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RecordValidationError);
    expect((err as Error).message).toBe('Name is required (name); Enter an email address like name@example.com (email)');
    expect(await db.vendors.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('update merges, clears blank fields, records changed field names only, and skips no-ops', async () => {
    const v = await vendorRepository.create({ name: 'Paper Co', phone: '1', notes: 'old' }, db);
    await new Promise((r) => setTimeout(r, 2));
    const u = await vendorRepository.update(v.id, { phone: '2', notes: '' }, db);
    expect(u.phone).toBe('2');
    expect('notes' in u).toBe(false);
    expect(u.createdAt).toBe(v.createdAt);
    expect(u.updatedAt > v.updatedAt).toBe(true);
    const same = await vendorRepository.update(v.id, { phone: '2' }, db);
    expect(same).toEqual(u);
    const log = await audit(v.id);
    expect(log.map((a) => a.summary)).toEqual(['Created vendor "Paper Co"', 'Updated vendor "Paper Co" (phone, notes)']);
    await expect(vendorRepository.update(v.id, { name: ' ' }, db)).rejects.toThrow('Name is required (name)');
    await expect(vendorRepository.update('nope', { name: 'x' }, db)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('soft deletes and restores with audit entries', async () => {
    const v = await vendorRepository.create({ name: 'Gone Co' }, db);
    await vendorRepository.softDelete(v.id, db);
    expect(await vendorRepository.get(v.id, db)).toBeUndefined();
    expect((await vendorRepository.get(v.id, db, { includeDeleted: true }))?.deletedAt).toMatch(/^\d{4}-/);
    expect(await vendorRepository.list(db)).toEqual([]);
    expect(await vendorRepository.listDeleted(db)).toHaveLength(1);
    expect(await db.vendors.count()).toBe(1);
    await expect(vendorRepository.softDelete(v.id, db)).rejects.toBeInstanceOf(RecordNotFoundError);
    const back = await vendorRepository.restore(v.id, db);
    expect(back.deletedAt).toBeNull();
    expect((await audit(v.id)).map((a) => a.action)).toEqual(['create', 'delete', 'restore']);
  });

  it('bulk creates in chunks, one audit entry per chunk, and validates everything first', async () => {
    const progress: number[] = [];
    const drafts = Array.from({ length: 25 }, (_, i) => ({ name: `Vendor ${i}` }));
    const created = await vendorRepository.bulkCreate(drafts, { chunkSize: 10, onProgress: (f) => progress.push(f) }, db);
    expect(created).toHaveLength(25);
    expect(await db.vendors.count()).toBe(25);
    expect(progress).toEqual([0.4, 0.8, 1]);
    const imports = (await db.auditLog.toArray()).filter((a) => a.action === 'import');
    expect(imports.map((a) => a.summary)).toEqual(['Imported 10 vendors', 'Imported 10 vendors', 'Imported 5 vendors']);
    const err = await vendorRepository.bulkCreate([{ name: 'ok' }, { name: '' }], {}, db).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BulkValidationError);
    expect((err as Error).message).toBe('Row 2: Name is required (name)');
    expect(await db.vendors.count()).toBe(25);
  });

  it('maps vendor names to ids, creating missing vendors once', async () => {
    const existing = await vendorRepository.create({ name: 'Café Supplies' }, db);
    const map = await resolveVendorIds(['cafe supplies', 'New Vendor', 'new vendor', ''], db);
    expect(map.get('cafe supplies')).toBe(existing.id);
    expect(map.get('New Vendor')).toBe(map.get('new vendor'));
    expect(await db.vendors.count()).toBe(2);
  });
});

describe('stock ledger', () => {
  it('receives, issues, adjusts and counts, keeping quantity on hand equal to the ledger', async () => {
    const item = await createItem({ name: 'Copy paper', unit: 'ream', openingQuantity: 10 }, db);
    expect(item.quantityOnHand).toBe(10);
    await receiveStock(item.id, 5, { reason: 'Delivery' }, db);
    const { item: afterIssue, movement } = await issueStock(item.id, 12, { issuedTo: 'Grace' }, db);
    expect(afterIssue.quantityOnHand).toBe(3);
    expect(movement).toMatchObject({ kind: 'issued', quantity: -12, balanceAfter: 3, issuedTo: 'Grace' });
    await adjustStock(item.id, -1, 'Damaged', {}, db);
    const counted = await countStock(item.id, 7, {}, db);
    expect(counted.movement).toMatchObject({ kind: 'counted', quantity: 5, countedQuantity: 7, balanceAfter: 7 });
    expect(counted.item.quantityOnHand).toBe(7);
    const ledger = await listMovements(item.id, db);
    expect(ledger.map((m) => [m.kind, m.quantity, m.balanceAfter])).toEqual([
      ['counted', 10, 10],
      ['received', 5, 15],
      ['issued', -12, 3],
      ['adjusted', -1, 2],
      ['counted', 5, 7],
    ]);
    expect((await db.items.get(item.id))!.quantityOnHand).toBe(7);
    expect(await verifyStockLedger(db)).toEqual([]);
    const summaries = (await audit(item.id)).map((a) => a.summary);
    expect(summaries).toContain('Issued "Copy paper": -12 ream, now 3');
    expect(summaries).toContain('Counted "Copy paper": 7 (variance +5) ream, now 7');
  });

  it('rejects an issue beyond stock and writes nothing', async () => {
    const item = await createItem({ name: 'Toner', openingQuantity: 2 }, db);
    const before = await db.stockMovements.count();
    const logBefore = await db.auditLog.count();
    const err = await issueStock(item.id, 3, {}, db).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InsufficientStockError);
    expect((err as Error).message).toBe('Only 2 each of Toner on hand; cannot take 3. Record a count or a receipt first.');
    await expect(adjustStock(item.id, -3, 'Lost', {}, db)).rejects.toBeInstanceOf(InsufficientStockError);
    expect((await db.items.get(item.id))!.quantityOnHand).toBe(2);
    expect(await db.stockMovements.count()).toBe(before);
    expect(await db.auditLog.count()).toBe(logBefore);
  });

  it('rejects bad movements and unknown or deleted items', async () => {
    const item = await createItem({ name: 'Pens' }, db);
    await expect(receiveStock(item.id, 0, {}, db)).rejects.toThrow('The quantity must be at least 1 (quantity)');
    await expect(receiveStock(item.id, 1.5, {}, db)).rejects.toThrow('Quantities are whole numbers (quantity)');
    await expect(receiveStock('missing', 1, {}, db)).rejects.toBeInstanceOf(RecordNotFoundError);
    await itemRepository.softDelete(item.id, db);
    await expect(receiveStock(item.id, 1, {}, db)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('never lets an item update change quantity on hand', async () => {
    const item = await createItem({ name: 'Pens', openingQuantity: 4 }, db);
    const u = await itemRepository.update(item.id, { location: 'Closet', quantityOnHand: 99 } as never, db);
    expect(u.quantityOnHand).toBe(4);
    expect(u.location).toBe('Closet');
    await expect(createItem({ name: 'Bad', openingQuantity: -1 }, db)).rejects.toThrow('The quantity cannot be negative (openingQuantity)');
  });

  it('imports items with opening quantities as ledger rows', async () => {
    const items = await bulkCreateItems(
      Array.from({ length: 30 }, (_, i) => ({ name: `Item ${i}`, sku: `SKU-${i}`, openingQuantity: i % 3 })),
      { chunkSize: 8 },
      db,
    );
    expect(items).toHaveLength(30);
    // Built from one parse per row: each stored item must still be a whole, valid item.
    const stored = await db.items.toArray();
    for (const item of stored) expect(itemSchema.parse(item)).toEqual(item);
    expect(stored.find((i) => i.sku === 'SKU-4')).toMatchObject({ quantityOnHand: 1, category: 'General', unit: 'each', deletedAt: null });
    expect(await db.stockMovements.count()).toBe(20);
    expect(await verifyStockLedger(db)).toEqual([]);
  });

  it('receives purchase order lines into stock in one transaction', async () => {
    const vendor = await vendorRepository.create({ name: 'PrintWorks' }, db);
    const item = await createItem({ name: 'Ink', openingQuantity: 1 }, db);
    const number = await suggestPurchaseOrderNumber(2026, db);
    expect(number).toBe('PO-2026-0001');
    const po = await purchaseOrderRepository.create(
      { number, vendorId: vendor.id, status: 'ordered', orderDate: '2026-11-20', lines: [{ id: 'l1', itemId: item.id, description: 'Ink', quantity: 4, unitCostCents: 1000 }] },
      db,
    );
    expect(await suggestPurchaseOrderNumber(2026, db)).toBe('PO-2026-0002');
    const partial = await receivePurchaseOrder(po.id, [{ lineId: 'l1', quantity: 3 }], {}, db);
    expect(partial.status).toBe('partially-received');
    await expect(receivePurchaseOrder(po.id, [{ lineId: 'l1', quantity: 2 }], {}, db)).rejects.toThrow('1 left to receive');
    expect((await db.items.get(item.id))!.quantityOnHand).toBe(4);
    const done = await receivePurchaseOrder(po.id, [{ lineId: 'l1', quantity: 1 }], {}, db);
    expect(done.status).toBe('received');
    expect((await db.items.get(item.id))!.quantityOnHand).toBe(5);
    const ledger = await listMovements(item.id, db);
    expect(ledger.filter((m) => m.purchaseOrderId === po.id).map((m) => m.quantity)).toEqual([3, 1]);
  });
});

describe('transactions', () => {
  it('roll back every write when a later step fails', async () => {
    const item = await createItem({ name: 'Paper', openingQuantity: 5 }, db);
    const vendor = await vendorRepository.create({ name: 'V' }, db);
    const po = await purchaseOrderRepository.create(
      {
        number: 'PO-1',
        vendorId: vendor.id,
        status: 'ordered',
        orderDate: '2026-11-20',
        lines: [
          { id: 'a', itemId: item.id, description: 'Paper', quantity: 2, unitCostCents: 1 },
          { id: 'b', description: 'Other', quantity: 1, unitCostCents: 1 },
        ],
      },
      db,
    );
    // Line a receives stock, then line b over-receives: the whole receipt must vanish.
    await expect(
      receivePurchaseOrder(po.id, [{ lineId: 'a', quantity: 2 }, { lineId: 'b', quantity: 5 }], {}, db),
    ).rejects.toThrow();
    expect((await db.items.get(item.id))!.quantityOnHand).toBe(5);
    expect((await listMovements(item.id, db)).length).toBe(1);
    expect((await db.purchaseOrders.get(po.id))!.lines.map((l) => l.receivedQuantity)).toEqual([0, 0]);
  });

  it('reports a full disk as DiskFullError and keeps earlier data', async () => {
    await vendorRepository.create({ name: 'Before' }, db);
    // Middlewares apply from the next open.
    db.close({ disableAutoOpen: false });
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          return { ...t, mutate: () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')) };
        },
      }),
    });
    const err = await vendorRepository.create({ name: 'After' }, db).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DiskFullError);
    expect((err as Error).message).toMatch(/^The disk is full/);
    db.close({ disableAutoOpen: false });
    db.unuse({ stack: 'dbcore', name: 'full-disk' });
    expect((await vendorRepository.list(db)).map((v) => v.name)).toEqual(['Before']);
  });
});

describe('expense aggregate', () => {
  it('stays equal to a full recompute through create, update, delete and restore', async () => {
    const office = await budgetCategoryRepository.create({ name: 'Office' }, db);
    const travel = await budgetCategoryRepository.create({ name: 'Travel' }, db);
    const a = await expenseRepository.create({ date: '2026-10-03', description: 'Paper', amountCents: 1250, categoryId: office.id }, db);
    const b = await expenseRepository.create({ date: '2026-10-20', description: 'Pens', amountCents: 300, categoryId: office.id }, db);
    await expenseRepository.create({ date: '2026-11-01', description: 'Train', amountCents: 4500, categoryId: travel.id }, db);
    await expenseRepository.create({ date: '2026-11-02', description: 'Refund', amountCents: -200, categoryId: travel.id }, db);
    await expenseRepository.create({ date: '2026-11-02', description: 'Stamps', amountCents: 99 }, db);
    await expenseRepository.update(a.id, { date: '2026-11-05', categoryId: travel.id }, db);
    await expenseRepository.softDelete(b.id, db);
    const stored = async () => (await db.expenseTotals.toArray()).sort((x, y) => x.month.localeCompare(y.month) || x.categoryId.localeCompare(y.categoryId));
    expect(await stored()).toEqual(await recomputeExpenseTotals(db));
    expect(await getExpenseTotals(['2026-10'], db)).toEqual([]);
    expect(await getExpenseTotals(['2026-11'], db)).toEqual([
      { categoryId: '', month: '2026-11', amountCents: 99, count: 1 },
      { categoryId: travel.id, month: '2026-11', amountCents: 5550, count: 3 },
    ]);
    await expenseRepository.restore(b.id, db);
    await expenseRepository.bulkCreate(
      Array.from({ length: 7 }, (_, i) => ({ date: `2026-0${(i % 3) + 1}-10`, description: `Import ${i}`, amountCents: 100 * (i + 1), categoryId: office.id })),
      { chunkSize: 3 },
      db,
    );
    expect(await stored()).toEqual(await recomputeExpenseTotals(db));
  });

  it('feeds budget against actual and rolls up the tree', async () => {
    const office = await budgetCategoryRepository.create({ name: 'Office' }, db);
    const paper = await budgetCategoryRepository.create({ name: 'Paper', parentId: office.id }, db);
    await setBudgetAmount(paper.id, '2026-11', 10000, 1, db);
    await setBudgetAmount(paper.id, '2026-11', 12000, 1, db);
    await setBudgetAmount(office.id, '2026-11', 500, 1, db);
    await expenseRepository.create({ date: '2026-11-04', description: 'Paper', amountCents: 8000, categoryId: paper.id }, db);
    const lines = await getBudgetVsActual(2026, 1, db);
    const paperLine = lines.find((l) => l.categoryId === paper.id)!;
    expect(paperLine.budgetCents[10]).toBe(12000);
    expect(paperLine.actualCents[10]).toBe(8000);
    expect(await db.budgets.count()).toBe(2);
    const rolled = rollUp(lines, await budgetCategoryRepository.list(db), office.id)!;
    expect([rolled.totalBudgetCents, rolled.totalActualCents]).toEqual([12500, 8000]);
    await expect(updateBudgetCategory(office.id, { parentId: paper.id }, db)).rejects.toBeInstanceOf(CategoryCycleError);
  });
});

describe('other repositories', () => {
  it('people: refuses manager loops; HR audit never names confidential records', async () => {
    const boss = await employeeRepository.create({ name: 'Boss' }, db);
    const worker = await employeeRepository.create({ name: 'Worker', managerId: boss.id }, db);
    await expect(updateEmployee(boss.id, { managerId: worker.id }, db)).rejects.toBeInstanceOf(ManagerLoopError);
    const hr = await hrRecordRepository.create({ employeeId: worker.id, kind: 'disciplinary', date: '2026-11-01', title: 'Late to client meeting' }, db);
    expect((await audit(hr.id))[0]!.summary).toBe('Created HR record "disciplinary record"');
    const updated = await updateEmployee(worker.id, { salaryCents: 5_000_000 }, db);
    expect((await audit(worker.id)).at(-1)!.summary).toBe('Updated employee "Worker" (salaryCents)');
    expect(updated.salaryCents).toBe(5_000_000);
  });

  it('calendar: range reads include all-day and running events', async () => {
    await eventRepository.create({ title: 'Trip', allDay: true, start: '2026-11-20', end: '2026-11-24' }, db);
    await eventRepository.create({ title: 'Meeting', start: '2026-11-22T14:00:00Z', end: '2026-11-22T15:00:00Z' }, db);
    await eventRepository.create({ title: 'Later', start: '2026-12-22T14:00:00Z', end: '2026-12-22T15:00:00Z' }, db);
    expect((await listEventsBetween('2026-11-22', '2026-11-23', db)).map((e) => e.title)).toEqual(['Trip', 'Meeting']);
    await expect(eventRepository.create({ title: 'Bad', start: '2026-11-22T15:00:00Z', end: '2026-11-22T14:00:00Z' }, db)).rejects.toThrow(
      'The event ends before it starts (end)',
    );
  });

  it('tasks: done and reopen stamp completedAt', async () => {
    const t = await taskRepository.create({ title: 'Post office', kind: 'errand', due: '2026-11-23' }, db);
    const done = await setTaskDone(t.id, true, db);
    expect(done.status).toBe('done');
    expect(done.completedAt).toMatch(/^\d{4}-/);
    expect(await listOpenTasks(db)).toEqual([]);
    expect((await setTaskDone(t.id, false, db)).completedAt).toBeNull();
  });

  it('equipment: logging a service moves the next service date', async () => {
    const e = await equipmentRepository.create({ name: 'Plotter', serviceIntervalDays: 180, nextServiceDate: '2026-11-01' }, db);
    await logMaintenance({ equipmentId: e.id, date: '2026-11-10', description: 'Service', costCents: 15000 }, db);
    expect((await equipmentRepository.get(e.id, db))!.nextServiceDate).toBe('2027-05-09');
  });

  it('settings: defaults, validation, partial updates and first run', async () => {
    expect(await getCompanyProfile(db)).toEqual({ name: 'My office', currency: 'USD', locale: 'en-US', fiscalYearStartMonth: 1 });
    await expect(saveCompanyProfile({ name: 'X', currency: 'DOLLARS', locale: 'en-US', fiscalYearStartMonth: 1 }, db)).rejects.toThrow(
      'Enter a currency code like USD or EUR (currency)',
    );
    await saveCompanyProfile({ name: 'Harbor Lane', currency: 'eur', locale: 'de-DE', fiscalYearStartMonth: 7, address: '' }, db);
    expect(await getCompanyProfile(db)).toEqual({ name: 'Harbor Lane', currency: 'EUR', locale: 'de-DE', fiscalYearStartMonth: 7 });
    await updateCompanyProfile({ address: '1 Main St' }, db);
    expect((await getCompanyProfile(db)).address).toBe('1 Main St');
    // A stored value that no longer validates falls back field by field.
    await db.settings.put({ id: 'companyProfile', value: { name: 'Kept', currency: 'nope', fiscalYearStartMonth: 3 }, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', deletedAt: null });
    expect(await getCompanyProfile(db)).toEqual({ name: 'Kept', currency: 'USD', locale: 'en-US', fiscalYearStartMonth: 3 });
    expect((await getAppState(db)).firstRunDone).toBe(false);
    await setFirstRunDone('empty', db);
    expect(await getAppState(db)).toMatchObject({ firstRunDone: true, startedWith: 'empty' });
  });
});

describe('paging and import helpers', () => {
  it('pages by an index with key ranges, across duplicate keys and deleted rows', async () => {
    const names = ['Delta', 'Alpha', 'Charlie', 'Bravo', 'Bravo', 'Echo', 'Alpha'];
    const created = [];
    for (const name of names) created.push(await vendorRepository.create({ name }, db));
    await vendorRepository.softDelete(created[2]!.id, db); // Charlie
    const seen: string[] = [];
    let after;
    let pages = 0;
    do {
      const page = await vendorRepository.page({ index: 'name', limit: 2, after }, db);
      seen.push(...page.rows.map((r) => r.name));
      after = page.next;
      pages++;
    } while (after && pages < 10);
    expect(seen).toEqual(['Alpha', 'Alpha', 'Bravo', 'Bravo', 'Delta', 'Echo']);
    const back = await vendorRepository.page({ index: 'name', limit: 3, reverse: true }, db);
    expect(back.rows.map((r) => r.name)).toEqual(['Echo', 'Delta', 'Bravo']);
    const rest = await vendorRepository.page({ index: 'name', limit: 10, reverse: true, after: back.next }, db);
    expect(rest.rows.map((r) => r.name)).toEqual(['Bravo', 'Alpha', 'Alpha']);
    expect(rest.next).toBeUndefined();
  });

  it('fills a candidate’s application date and maps import names to ids', async () => {
    const { candidateRepository, positionRepository, resolvePositionIds } = await import('../features/recruiting/repository');
    const { resolveCategoryIds } = await import('../features/budget/repository');
    const c = await candidateRepository.create({ name: 'Zoë', email: 'zoe@example.com' }, db);
    expect(c.appliedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(c.stage).toBe('Applied');
    const p = await positionRepository.create({ title: 'Office Assistant' }, db);
    expect((await resolvePositionIds(['office assistant', 'Pilot'], db)).get('office assistant')).toBe(p.id);
    const marketing = await budgetCategoryRepository.create({ name: 'Marketing' }, db);
    const ads = await budgetCategoryRepository.create({ name: 'Ads', parentId: marketing.id }, db);
    const map = await resolveCategoryIds(['marketing', 'Marketing > Ads', 'ADS', 'Unknown'], db);
    expect([map.get('marketing'), map.get('Marketing > Ads'), map.get('ADS'), map.get('Unknown')]).toEqual([marketing.id, ads.id, ads.id, undefined]);
  });
});
