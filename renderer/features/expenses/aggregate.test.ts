/** The maintained spend totals stay equal to a full recompute through every kind of write. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { expenseRepository, getExpenseTotals, recomputeExpenseTotals } from './repository';
import { budgetCategoryRepository } from '../budget/repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('expense aggregate', () => {
  it('stays equal to a full recompute through create, update, delete and restore', async () => {
    const office = await budgetCategoryRepository.create({ name: 'Office' }, db);
    const travel = await budgetCategoryRepository.create({ name: 'Travel' }, db);
    const a = await expenseRepository.create(
      { date: '2026-10-03', description: 'Paper', amountCents: 1250, categoryId: office.id },
      db,
    );
    const b = await expenseRepository.create(
      { date: '2026-10-20', description: 'Pens', amountCents: 300, categoryId: office.id },
      db,
    );
    await expenseRepository.create(
      { date: '2026-11-01', description: 'Train', amountCents: 4500, categoryId: travel.id },
      db,
    );
    await expenseRepository.create(
      { date: '2026-11-02', description: 'Refund', amountCents: -200, categoryId: travel.id },
      db,
    );
    await expenseRepository.create(
      { date: '2026-11-02', description: 'Stamps', amountCents: 99 },
      db,
    );
    await expenseRepository.update(a.id, { date: '2026-11-05', categoryId: travel.id }, db);
    await expenseRepository.softDelete(b.id, db);
    const stored = async () =>
      (await db.expenseTotals.toArray()).sort(
        (x, y) => x.month.localeCompare(y.month) || x.categoryId.localeCompare(y.categoryId),
      );
    expect(await stored()).toEqual(await recomputeExpenseTotals(db));
    expect(await getExpenseTotals(['2026-10'], db)).toEqual([]);
    expect(await getExpenseTotals(['2026-11'], db)).toEqual([
      { categoryId: '', month: '2026-11', amountCents: 99, count: 1 },
      { categoryId: travel.id, month: '2026-11', amountCents: 5550, count: 3 },
    ]);
    await expenseRepository.restore(b.id, db);
    await expenseRepository.bulkCreate(
      Array.from({ length: 7 }, (_, i) => ({
        date: `2026-0${(i % 3) + 1}-10`,
        description: `Import ${i}`,
        amountCents: 100 * (i + 1),
        categoryId: office.id,
      })),
      { chunkSize: 3 },
      db,
    );
    expect(await stored()).toEqual(await recomputeExpenseTotals(db));
  });
});
