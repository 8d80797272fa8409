/**
 * Budget benchmark scenario (issue 4 item 7):
 *
 * - `budget.dashboard.200k`: getBudgetDashboard (category tree, the year's budgets and the
 *   maintained `expenseTotals`, then the pure dashboard computation with forecasts) over a
 *   database holding 200,000 expenses. Goal: under 200 ms. Baseline: reading the 200,000
 *   expense rows out of IndexedDB in the same run — what any dashboard that scans expenses
 *   would pay before computing anything. ratio = baseline ms / dashboard ms (higher is better).
 *
 * The data is seeded through the app's bulk paths (expenseRepository.bulkCreate, which keeps
 * the totals in the same transactions; saveBudgetYear for the plan).
 */
import { spreadAnnual } from '../../shared/domain/allocation';
import { fiscalYearOf, monthOf, today } from '../../shared/lib/dates';
import { openBackdeskDb, strictConnection } from '../db';
import { BULK_CHUNK_SIZE } from '../db/crud';
import {
  budgetCategoryRepository,
  getBudgetDashboard,
  saveBudgetYear,
} from '../features/budget/repository';
import { expenseRepository } from '../features/expenses/repository';
import type { ExpenseDraft } from '../../shared/domain/expenses';
import { deleteDatabase } from './rawIdb';
import { type ScenarioResult, log, median, seededRandom } from './common';
// Budget reads actual spend through what expenses registers (the app loads it at start).
import '../features/expenses/registrations';


const EXPENSES = 200_000;
const DB_NAME = 'bench-budget';




const TREE: [string, string[]][] = [
  ['Office supplies', ['Stationery', 'Printing & paper', 'Breakroom']],
  ['Equipment', ['Hardware', 'Furniture']],
  ['Travel', ['Transport', 'Lodging', 'Meals']],
  ['Rent and utilities', ['Rent', 'Utilities']],
  ['Marketing', []],
  ['Software', []],
];

export const budgetScenarios: Record<string, () => Promise<ScenarioResult>> = {
  'budget.dashboard.200k': async () => {
    await deleteDatabase(DB_NAME);
    const db = await openBackdeskDb(DB_NAME);
    await strictConnection(db).open();
    const seedStart = performance.now();
    const categories = TREE.flatMap(([name, kids], i) => {
      const parent = budgetCategoryRepository.build({ name, parentId: null, sortOrder: i });
      return [
        parent,
        ...kids.map((k, j) =>
          budgetCategoryRepository.build({ name: k, parentId: parent.id, sortOrder: j }),
        ),
      ];
    });
    await db.budgetCategories.bulkAdd(categories);
    const fy = fiscalYearOf(today(), 1);
    await saveBudgetYear(
      fy,
      1,
      categories.map((c, i) => ({
        categoryId: c.id,
        amounts: spreadAnnual(1_000_000 + i * 250_000, 'quarter-end'),
      })),
      db,
    );
    // Two years of spend ending this month, so the dashboard's year is full of data.
    const next = seededRandom(20_261_122);
    const months: string[] = [];
    const now = monthOf(today());
    for (let y = fy - 1; y <= fy; y++)
      for (let m = 1; m <= 12; m++) months.push(`${y}-${String(m).padStart(2, '0')}`);
    const usable = months.filter((m) => m <= now);
    const drafts: ExpenseDraft[] = [];
    for (let i = 0; i < EXPENSES; i++) {
      const month = usable[Math.floor(next() * usable.length)]!;
      drafts.push({
        date: `${month}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`,
        description: `Bench expense ${i}`,
        amountCents:
          next() < 0.03 ? -Math.floor(next() * 5_000) - 1 : Math.floor(next() * 40_000) + 1,
        categoryId:
          next() < 0.05 ? undefined : categories[Math.floor(next() * categories.length)]!.id,
        paymentMethod: 'card',
        status: 'approved',
      });
    }
    await expenseRepository.bulkCreate(drafts, { chunkSize: BULK_CHUNK_SIZE }, db);
    log(`budget: seeded ${EXPENSES} expenses in ${(performance.now() - seedStart).toFixed(0)} ms`);

    // Warm both paths once, then time several runs of each and keep the medians.
    await getBudgetDashboard(fy, 1, now, db);
    const dashMs: number[] = [];
    let rows = 0;
    for (let r = 0; r < 7; r++) {
      const t = performance.now();
      const d = await getBudgetDashboard(fy, 1, now, db);
      dashMs.push(performance.now() - t);
      rows = d.rows.length;
    }
    const readMs: number[] = [];
    let read = 0;
    for (let r = 0; r < 3; r++) {
      const t = performance.now();
      read = (await db.expenses.toArray()).length;
      readMs.push(performance.now() - t);
    }
    const value = median(dashMs);
    const baseline = median(readMs);
    log(
      `budget.dashboard: ${value.toFixed(1)} ms for ${rows} category rows; reading ${read} expense rows: ${baseline.toFixed(0)} ms`,
    );
    strictConnection(db).close();
    db.close();
    await deleteDatabase(DB_NAME);
    return { value, unit: 'ms', baseline, ratio: baseline / value };
  },
};
