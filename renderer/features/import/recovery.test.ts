/**
 * Crash-safe, idempotent imports for every kind (issue 15.3), through each feature's real save
 * path on a fresh fake-indexeddb database:
 * - a crash after the first chunk (the progress callback throws, as a closed window stops the
 *   import between chunks) leaves a batch 'running'; the next start rolls it back, and every
 *   table — records, side records (vendors, stock movements), audit lines — is exactly as
 *   before, while the derived totals equal a full recompute;
 * - a second run of the same file adds nothing, and says how many rows were already there.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportRecordMap } from '../../../shared/import';
import { strictConnection, ALL_TABLES, type BackdeskDb } from '../../db';
import { DERIVED_TABLES, rebuildDerivedData } from '../../db/derived';
import { releaseImportBatch } from '../../db/importBatches';
import { recoverInterruptedImports } from '../../db/importRecovery';
import { openTestDb } from '../../db/testing';
import { createItem, importItems } from '../inventory';
import { expenseRepository, importExpenses } from '../expenses';
import { importCandidates } from '../recruiting';
import { importEmployees } from '../people';
import { importEquipment } from '../equipment';
import { importContactRows } from '../contacts';
import { importVendors, resolveVendorIds } from '../vendors';
import { settleImportBatch, startImportBatch } from './batches';

import.meta.glob('../*/registrations.ts', { eager: true });

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => {
  strictConnection(db).close();
  db.close();
});

type Ctx = { importBatchId: string; onProgress(f: number): void; signal: AbortSignal };
type Saver = (ctx: Ctx) => Promise<{ created: number; updated?: number; alreadyThere?: number }>;

/** The wizard's path: batch first, the save, then the batch settled. */
async function importOnce(kind: string, total: number, save: Saver) {
  const batch = await startImportBatch(kind, `${kind}.csv`, total, db);
  const result = await save({ importBatchId: batch.id, onProgress: () => undefined, signal: new AbortController().signal });
  await settleImportBatch(batch.id, { finished: true, written: result.created + (result.updated ?? 0) }, db);
  expect((await db.importBatches.get(batch.id))?.status).toBe('committed');
  return result;
}

/** An import that crashes once its first chunk is written: the batch stays running. */
async function importAndCrash(kind: string, total: number, save: Saver) {
  const batch = await startImportBatch(kind, `${kind}.csv`, total, db);
  let chunks = 0;
  const crash = () => {
    if (++chunks === 1) throw new Error('Backdesk closed');
  };
  await expect(save({ importBatchId: batch.id, onProgress: crash, signal: new AbortController().signal })).rejects.toThrow('Backdesk closed');
  expect((await db.importBatches.get(batch.id))?.status).toBe('running');
  releaseImportBatch(batch.id); // the session that ran it is gone
  return batch.id;
}

const RECORD_TABLES = ALL_TABLES.filter((t) => t !== 'importBatches' && !DERIVED_TABLES.includes(t));

async function snapshot(tables: readonly string[]) {
  const out: Record<string, unknown[]> = {};
  for (const t of tables) out[t] = await db.table(t).toArray();
  return out;
}

/** Derived tables as stored, and as a full recompute makes them (recomputed in a transaction that is then undone). */
async function derivedAndRecompute() {
  const stored = await snapshot(DERIVED_TABLES);
  let recomputed: Record<string, unknown[]> = {};
  await db
    .transaction('rw', [...ALL_TABLES], async () => {
      await rebuildDerivedData(db);
      recomputed = await snapshot(DERIVED_TABLES);
      throw new Error('undo');
    })
    .catch(() => undefined);
  return { stored, recomputed };
}

async function expectCrashThenRerun(kind: string, total: number, save: Saver, expectRerun: { alreadyThere: number }) {
  const before = await snapshot(RECORD_TABLES);
  const crashed = await importAndCrash(kind, total, save);
  const notSame = await snapshot(RECORD_TABLES);
  expect(notSame).not.toEqual(before); // the first chunk did land

  const { rolledBack } = await recoverInterruptedImports(db);
  expect(rolledBack.map((r) => r.batchId)).toEqual([crashed]);
  expect(rolledBack[0]!.removed).toBeGreaterThan(0);
  expect(await snapshot(RECORD_TABLES)).toEqual(before);
  const { stored, recomputed } = await derivedAndRecompute();
  expect(stored).toEqual(recomputed);

  // Now the whole file, then the same file again: the second run adds nothing.
  const first = await importOnce(kind, total, save);
  expect(first.created).toBeGreaterThan(0);
  const afterFirst = await snapshot(['items', 'stockMovements', 'vendors', 'expenses', 'candidates', 'employees', 'equipment', 'contacts']);
  const second = await importOnce(kind, total, save);
  expect(second).toMatchObject({ created: 0, ...expectRerun });
  expect(await snapshot(['items', 'stockMovements', 'vendors', 'expenses', 'candidates', 'employees', 'equipment', 'contacts'])).toEqual(afterFirst);
  const again = await derivedAndRecompute();
  expect(again.stored).toEqual(again.recomputed);
}

describe('an interrupted import is rolled back whole; a re-run adds nothing', () => {
  it('items (SKU, else name + unit) with vendors made from vendorName and opening counts', async () => {
    await createItem({ name: 'Stapler', sku: 'ST-1', openingQuantity: 4 }, db);
    await resolveVendorIds(['Lyreco'], db);
    const rows: ImportRecordMap['items'][] = Array.from({ length: 30 }, (_, i) => ({
      name: `Item ${i}`,
      ...(i % 3 === 0 ? {} : { sku: `SKU-${i}` }),
      quantity: i % 5,
      unitCostCents: 100 + i,
      vendorName: i % 2 ? 'Lyreco' : `New vendor ${i % 4}`,
    }));
    // The stored stapler listed again (lower-case SKU) and a row repeated in the file.
    rows.push({ name: 'Stapler', sku: 'st-1', quantity: 4 }, { ...rows[1]! });
    await expectCrashThenRerun('items', rows.length, (ctx) => importItems(rows, { ...ctx, chunkSize: 10 }, db), {
      alreadyThere: rows.length,
    });
    expect(await db.items.count()).toBe(31);
  });

  it('expenses (date + amount + description, counted) with their totals', async () => {
    await expenseRepository.create({ date: '2026-03-02', description: 'Coffee', amountCents: 350, paymentMethod: 'card', status: 'approved' }, db);
    const rows: ImportRecordMap['expenses'][] = Array.from({ length: 25 }, (_, i) => ({
      date: `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
      description: i === 1 ? 'COFFEE' : `Line ${i}`,
      amountCents: i === 1 ? 350 : 1000 + i,
      vendorName: `Shop ${i % 3}`,
    }));
    rows.push({ ...rows[5]! }); // two identical rows in one export are two expenses
    const save: Saver = async (ctx) => {
      const vendorIds = await resolveVendorIds(['Shop 0', 'Shop 1', 'Shop 2'], db, ctx.importBatchId);
      const r = await importExpenses(rows, { categoryIds: new Map(), vendorIds }, { ...ctx, chunkSize: 10 }, db);
      return { created: r.created, alreadyThere: r.alreadyThere };
    };
    await expectCrashThenRerun('expenses', rows.length, save, { alreadyThere: rows.length });
    // The stored coffee matched row 1; rows 5 and 25 are both there.
    expect(await db.expenses.count()).toBe(1 + 25);
  });

  it('candidates (email)', async () => {
    const rows = Array.from({ length: 1100 }, (_, i) => ({ name: `Person ${i}`, email: `p${i}@example.com` }));
    rows.push({ name: 'Again', email: 'P3@Example.com' });
    await expectCrashThenRerun('candidates', rows.length, (ctx) => importCandidates(rows, ctx, db), { alreadyThere: rows.length });
    expect(await db.candidates.count()).toBe(1100);
  });

  it('employees (email, else name)', async () => {
    const rows = Array.from({ length: 1100 }, (_, i) => (i % 2 ? { name: `Staff ${i}`, email: `s${i}@example.com` } : { name: `Staff ${i}` }));
    await expectCrashThenRerun('employees', rows.length, (ctx) => importEmployees(rows, ctx, db), { alreadyThere: rows.length });
    expect(await db.employees.count()).toBe(1100);
  });

  it('contacts (phone or email, same person; else name and organization)', async () => {
    const rows = Array.from({ length: 1100 }, (_, i) =>
      i % 2 ? { name: `Contact ${i}`, email: `c${i}@example.com` } : { name: `Contact ${i}`, organization: 'Acme' },
    );
    await expectCrashThenRerun('contacts', rows.length, (ctx) => importContactRows(rows, ctx, db), { alreadyThere: rows.length });
    expect(await db.contacts.count()).toBe(1100);
  });

  it('vendors (name, ignoring case)', async () => {
    const rows = Array.from({ length: 2100 }, (_, i) => ({ name: `Vendor ${i}` }));
    rows.push({ name: 'VENDOR 7' });
    await expectCrashThenRerun('vendors', rows.length, (ctx) => importVendors(rows, ctx, db), { alreadyThere: rows.length });
    expect(await db.vendors.count()).toBe(2100);
  });
});

describe('equipment (asset tag, else serial, else counted): one transaction', () => {
  it('a crash mid-import keeps nothing; a re-run adds nothing; five untagged chairs stay five', async () => {
    const rows: ImportRecordMap['equipment'][] = [
      ...Array.from({ length: 12 }, (_, i) => ({ name: `Laptop ${i}`, assetTag: `BD-${i}`, vendorName: 'Dell' })),
      { name: 'Printer', serial: 'SN-9' },
      ...Array.from({ length: 5 }, () => ({ name: 'Chair', location: 'Hall' })),
    ];
    const save: Saver = (ctx) => importEquipment(rows, { ...ctx, chunkSize: 5, categories: [] }, db);
    const before = await snapshot(RECORD_TABLES);
    const batch = await startImportBatch('equipment', 'equipment.csv', rows.length, db);
    await expect(save({ importBatchId: batch.id, onProgress: () => { throw new Error('Backdesk closed'); }, signal: new AbortController().signal })).rejects.toThrow();
    releaseImportBatch(batch.id);
    await recoverInterruptedImports(db);
    expect(await snapshot(RECORD_TABLES)).toEqual(before);

    expect(await importOnce('equipment', rows.length, save)).toMatchObject({ created: 18, alreadyThere: 0 });
    expect(await importOnce('equipment', rows.length, save)).toMatchObject({ created: 0, alreadyThere: 18 });
    expect(await db.equipment.count()).toBe(18);
    expect(await db.vendors.count()).toBe(1);
  });
});
