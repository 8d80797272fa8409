/** The repository machinery against a real (in-memory) IndexedDB: validation at the boundary, stamps, soft delete, audit entries in the same transaction, roll-back on failure, storage errors mapped for people, paging by index key ranges. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from './database';
import { DiskFullError, RecordNotFoundError, RecordValidationError } from './errors';
import { auditEntriesFor, openTestDb } from './testing';
import { BulkValidationError } from './crud';
import { createItem, listMovements } from '../features/inventory/repository';
import { vendorRepository } from '../features/vendors/repository';
import { purchaseOrderRepository, receivePurchaseOrder } from '../features/purchasing/repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const audit = (recordId: string) => auditEntriesFor(db, recordId);

describe('crud repositories', () => {
  it('create stamps id and timestamps, validates, and audits in the same transaction', async () => {
    const v = await vendorRepository.create(
      { name: '  Northeast Office Supply ', email: '', phone: '555-0180' },
      db,
    );
    expect(v.id).toMatch(/^[0-9A-Z]{26}$/);
    expect(v.name).toBe('Northeast Office Supply');
    expect(v.createdAt).toBe(v.updatedAt);
    expect(v.deletedAt).toBeNull();
    expect('email' in v).toBe(false);
    expect(await vendorRepository.get(v.id, db)).toEqual(v);
    const log = await audit(v.id);
    expect(log.map((a) => [a.action, a.summary])).toEqual([
      ['create', 'Created vendor "Northeast Office Supply"'],
    ]);
  });

  it('rejects bad input with readable messages and writes nothing', async () => {
    const err = await vendorRepository
      .create({ name: '', email: 'not-an-email' }, db)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RecordValidationError);
    expect((err as Error).message).toBe(
      'Name is required (name); Enter an email address like name@example.com (email)',
    );
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
    expect(log.map((a) => a.summary)).toEqual([
      'Created vendor "Paper Co"',
      'Updated vendor "Paper Co" (phone, notes)',
    ]);
    await expect(vendorRepository.update(v.id, { name: ' ' }, db)).rejects.toThrow(
      'Name is required (name)',
    );
    await expect(vendorRepository.update('nope', { name: 'x' }, db)).rejects.toBeInstanceOf(
      RecordNotFoundError,
    );
  });

  it('soft deletes and restores with audit entries', async () => {
    const v = await vendorRepository.create({ name: 'Gone Co' }, db);
    await vendorRepository.softDelete(v.id, db);
    expect(await vendorRepository.get(v.id, db)).toBeUndefined();
    expect((await vendorRepository.get(v.id, db, { includeDeleted: true }))?.deletedAt).toMatch(
      /^\d{4}-/,
    );
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
    const created = await vendorRepository.bulkCreate(
      drafts,
      { chunkSize: 10, onProgress: (f) => progress.push(f) },
      db,
    );
    expect(created).toHaveLength(25);
    expect(await db.vendors.count()).toBe(25);
    expect(progress).toEqual([0.4, 0.8, 1]);
    const imports = (await db.auditLog.toArray()).filter((a) => a.action === 'import');
    expect(imports.map((a) => a.summary)).toEqual([
      'Imported 10 vendors',
      'Imported 10 vendors',
      'Imported 5 vendors',
    ]);
    const err = await vendorRepository
      .bulkCreate([{ name: 'ok' }, { name: '' }], {}, db)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BulkValidationError);
    expect((err as Error).message).toBe('Row 2: Name is required (name)');
    expect(await db.vendors.count()).toBe(25);
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
      receivePurchaseOrder(
        po.id,
        [
          { lineId: 'a', quantity: 2 },
          { lineId: 'b', quantity: 5 },
        ],
        {},
        db,
      ),
    ).rejects.toThrow();
    expect((await db.items.get(item.id))!.quantityOnHand).toBe(5);
    expect((await listMovements(item.id, db)).length).toBe(1);
    expect((await db.purchaseOrders.get(po.id))!.lines.map((l) => l.receivedQuantity)).toEqual([
      0, 0,
    ]);
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
          return {
            ...t,
            mutate: () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
          };
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
    const rest = await vendorRepository.page(
      { index: 'name', limit: 10, reverse: true, after: back.next },
      db,
    );
    expect(rest.rows.map((r) => r.name)).toEqual(['Bravo', 'Alpha', 'Alpha']);
    expect(rest.next).toBeUndefined();
  });
});
