/**
 * The maintained aggregate of expenses per category and month (DESIGN §2b). Writers call
 * these inside the same transaction as the expense write; readers (budget, dashboard) read
 * `expenseTotals` instead of scanning expenses. `computeExpenseTotals` is the full recompute
 * the tests compare against.
 */
import { expenseTotalKey, type Expense } from '../../../shared/domain/expenses';
import type { ExpenseTotal } from '../../../shared/domain/budget';
import type { BackdeskDb } from '../../db/database';

function live(e: Expense | undefined): e is Expense {
  return e !== undefined && e.deletedAt === null;
}

/** Adds `sign` × each expense to its total; drops rows whose count reaches 0. */
async function applyDeltas(db: BackdeskDb, changes: { expense: Expense; sign: 1 | -1 }[]): Promise<void> {
  if (changes.length === 0) return;
  const deltas = new Map<string, { key: [string, string]; amount: number; count: number }>();
  for (const { expense, sign } of changes) {
    const key = expenseTotalKey(expense);
    const k = key.join('\u0000');
    const d = deltas.get(k) ?? { key, amount: 0, count: 0 };
    d.amount += sign * expense.amountCents;
    d.count += sign;
    deltas.set(k, d);
  }
  const list = [...deltas.values()].filter((d) => d.amount !== 0 || d.count !== 0);
  const existing = await db.expenseTotals.bulkGet(list.map((d) => d.key));
  const puts: ExpenseTotal[] = [];
  const deletes: [string, string][] = [];
  list.forEach((d, i) => {
    const cur = existing[i] ?? { categoryId: d.key[0], month: d.key[1], amountCents: 0, count: 0 };
    const next = { ...cur, amountCents: cur.amountCents + d.amount, count: cur.count + d.count };
    if (next.count <= 0) deletes.push(d.key);
    else puts.push(next);
  });
  if (puts.length) await db.expenseTotals.bulkPut(puts);
  if (deletes.length) await db.expenseTotals.bulkDelete(deletes);
}

/** One expense changed from `before` to `after` (either may be absent or soft-deleted). */
export function updateExpenseTotals(db: BackdeskDb, before: Expense | undefined, after: Expense | undefined): Promise<void> {
  const changes: { expense: Expense; sign: 1 | -1 }[] = [];
  if (live(before)) changes.push({ expense: before, sign: -1 });
  if (live(after)) changes.push({ expense: after, sign: 1 });
  return applyDeltas(db, changes);
}

export function addToExpenseTotals(db: BackdeskDb, created: readonly Expense[]): Promise<void> {
  return applyDeltas(
    db,
    created.filter(live).map((expense) => ({ expense, sign: 1 as const })),
  );
}

/** The aggregate recomputed from scratch, sorted by month then category. */
export function computeExpenseTotals(expenses: Iterable<Expense>): ExpenseTotal[] {
  const totals = new Map<string, ExpenseTotal>();
  for (const e of expenses) {
    if (e.deletedAt !== null) continue;
    const [categoryId, month] = expenseTotalKey(e);
    const k = `${categoryId}\u0000${month}`;
    const t = totals.get(k) ?? { categoryId, month, amountCents: 0, count: 0 };
    t.amountCents += e.amountCents;
    t.count += 1;
    totals.set(k, t);
  }
  return [...totals.values()].sort((a, b) => a.month.localeCompare(b.month) || a.categoryId.localeCompare(b.categoryId));
}

/** Replaces the aggregate with a full recompute (repair; call inside a transaction over both tables). */
export async function rebuildExpenseTotals(db: BackdeskDb): Promise<void> {
  const totals = computeExpenseTotals(await db.expenses.toArray());
  await db.expenseTotals.clear();
  await db.expenseTotals.bulkPut(totals);
}

/** Totals for the given 'YYYY-MM' months, every category. */
export async function readExpenseTotals(db: BackdeskDb, months: readonly string[]): Promise<ExpenseTotal[]> {
  if (months.length === 0) return [];
  const rows = await db.expenseTotals.where('month').anyOf([...months]).toArray();
  return rows.sort((a, b) => a.month.localeCompare(b.month) || a.categoryId.localeCompare(b.categoryId));
}
