/** Budget against actual reads the spend totals and rolls the category tree up. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { expenseRepository } from '../expenses/repository';
import {
  budgetCategoryRepository,
  getBudgetVsActual,
  setBudgetAmount,
  updateBudgetCategory,
  CategoryCycleError,
  rollUp,
} from './repository';
// Budget reads actual spend through what expenses registers (the app loads it at start).
import '../expenses/registrations';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('expense aggregate', () => {
  it('feeds budget against actual and rolls up the tree', async () => {
    const office = await budgetCategoryRepository.create({ name: 'Office' }, db);
    const paper = await budgetCategoryRepository.create({ name: 'Paper', parentId: office.id }, db);
    await setBudgetAmount(paper.id, '2026-11', 10000, 1, db);
    await setBudgetAmount(paper.id, '2026-11', 12000, 1, db);
    await setBudgetAmount(office.id, '2026-11', 500, 1, db);
    await expenseRepository.create(
      { date: '2026-11-04', description: 'Paper', amountCents: 8000, categoryId: paper.id },
      db,
    );
    const lines = await getBudgetVsActual(2026, 1, db);
    const paperLine = lines.find((l) => l.categoryId === paper.id)!;
    expect(paperLine.budgetCents[10]).toBe(12000);
    expect(paperLine.actualCents[10]).toBe(8000);
    expect(await db.budgets.count()).toBe(2);
    const rolled = rollUp(lines, await budgetCategoryRepository.list(db), office.id)!;
    expect([rolled.totalBudgetCents, rolled.totalActualCents]).toEqual([12500, 8000]);
    await expect(
      updateBudgetCategory(office.id, { parentId: paper.id }, db),
    ).rejects.toBeInstanceOf(CategoryCycleError);
  });
});
