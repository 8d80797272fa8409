/**
 * Dashboard reads. No table of its own: each widget's read is separate so widgets paint
 * independently, and spend comes from the maintained `expenseTotals` aggregate and the
 * budgets for the year (DESIGN §2b), never from scanning expenses.
 */
import { addDays, fiscalYearMonths, fiscalYearOf, monthOf } from '../../../shared/lib/dates';
import { isBelowMinimum, type Item } from '../../../shared/domain/inventory';
import { isTaskOpen, isTaskOverdue, compareTasks, type Task } from '../../../shared/domain/tasks';
import { isInvoiceOverdue } from '../../../shared/domain/expenses';
import { overlapsRange, type CalendarEvent } from '../../../shared/domain/calendar';
import type { Call } from '../../../shared/domain/calls';
import type { Equipment } from '../../../shared/domain/equipment';
import { getDb, type BackdeskDb } from '../../db';
import { readExpenseTotals } from '../../db/expenseTotals';

export async function getLowStockSummary(db: BackdeskDb = getDb(), top = 5): Promise<{ count: number; items: Item[] }> {
  const low: Item[] = [];
  await db.items.each((i) => {
    if (i.deletedAt === null && isBelowMinimum(i)) low.push(i);
  });
  // Most depleted first: lowest share of the minimum left.
  low.sort((a, b) => a.quantityOnHand / Math.max(1, a.minQuantity) - b.quantityOnHand / Math.max(1, b.minQuantity));
  return { count: low.length, items: low.slice(0, top) };
}

export async function getTaskSummary(
  today: string,
  db: BackdeskDb = getDb(),
  top = 5,
): Promise<{ open: number; overdue: number; dueToday: number; next: Task[] }> {
  const rows = (await db.tasks.where('status').anyOf('open', 'in-progress').toArray()).filter(
    (t) => t.deletedAt === null && isTaskOpen(t),
  );
  rows.sort(compareTasks);
  return {
    open: rows.length,
    overdue: rows.filter((t) => isTaskOverdue(t, today)).length,
    dueToday: rows.filter((t) => t.due === today).length,
    next: rows.slice(0, top),
  };
}

export async function getCallSummary(db: BackdeskDb = getDb(), top = 5): Promise<{ open: number; urgent: number; latest: Call[] }> {
  const rows = (await db.calls.where('status').anyOf('new', 'seen').toArray()).filter((c) => c.deletedAt === null);
  rows.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  return { open: rows.length, urgent: rows.filter((c) => c.urgent).length, latest: rows.slice(0, top) };
}

/** Events touching the next `days` days from `today`. */
export async function getUpcomingEvents(today: string, days = 7, db: BackdeskDb = getDb()): Promise<CalendarEvent[]> {
  const to = addDays(today, days);
  // Everything starting before the window's end, so long trips that began earlier still show.
  const rows = await db.events.where('start').below(to).toArray();
  return rows.filter((e) => e.deletedAt === null && overlapsRange(e, today, to)).sort((a, b) => a.start.localeCompare(b.start));
}

export async function getServiceDue(today: string, withinDays = 14, db: BackdeskDb = getDb()): Promise<Equipment[]> {
  const rows = await db.equipment.where('nextServiceDate').belowOrEqual(addDays(today, withinDays)).toArray();
  return rows.filter((e) => e.deletedAt === null && e.status !== 'retired').sort((a, b) => (a.nextServiceDate ?? '').localeCompare(b.nextServiceDate ?? ''));
}

export async function getInvoiceSummary(
  today: string,
  db: BackdeskDb = getDb(),
): Promise<{ unpaid: number; unpaidCents: number; overdue: number }> {
  const rows = (await db.invoices.where('status').equals('unpaid').toArray()).filter((i) => i.deletedAt === null);
  return {
    unpaid: rows.length,
    unpaidCents: rows.reduce((s, i) => s + i.amountCents, 0),
    overdue: rows.filter((i) => isInvoiceOverdue(i, today)).length,
  };
}

export interface MonthSpend {
  month: string;
  actualCents: number;
  budgetCents: number;
}

/** Spend against budget per month of the fiscal year containing `today`. */
export async function getSpendByMonth(today: string, fiscalYearStartMonth: number, db: BackdeskDb = getDb()): Promise<MonthSpend[]> {
  const fiscalYear = fiscalYearOf(today, fiscalYearStartMonth);
  const months = fiscalYearMonths(fiscalYear, fiscalYearStartMonth);
  const [totals, budgets] = await Promise.all([
    readExpenseTotals(db, months),
    db.budgets.where('fiscalYear').equals(fiscalYear).toArray(),
  ]);
  const byMonth = new Map(months.map((m) => [m, { month: m, actualCents: 0, budgetCents: 0 }]));
  for (const t of totals) {
    const m = byMonth.get(t.month);
    if (m) m.actualCents += t.amountCents;
  }
  for (const b of budgets) {
    const m = byMonth.get(b.month);
    if (m && b.deletedAt === null) m.budgetCents += b.amountCents;
  }
  return [...byMonth.values()];
}

export async function getSpendThisMonth(today: string, fiscalYearStartMonth: number, db: BackdeskDb = getDb()): Promise<MonthSpend> {
  const month = monthOf(today);
  const all = await getSpendByMonth(today, fiscalYearStartMonth, db);
  return all.find((m) => m.month === month) ?? { month, actualCents: 0, budgetCents: 0 };
}

export async function getRecruitingSummary(db: BackdeskDb = getDb()): Promise<{ openPositions: number; activeCandidates: number }> {
  const [positions, candidates] = await Promise.all([
    db.positions.where('status').equals('open').toArray(),
    db.candidates.where('stage').anyOf('Applied', 'Screening', 'Interview', 'Offer').toArray(),
  ]);
  return {
    openPositions: positions.filter((p) => p.deletedAt === null).length,
    activeCandidates: candidates.filter((c) => c.deletedAt === null).length,
  };
}
