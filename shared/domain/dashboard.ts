/**
 * The dashboard's figures, computed from records the repositories return. Pure so the rules
 * (what counts as "today", "overdue", "to date") are tested without a database.
 */
import { z } from 'zod';
import { addDays, fiscalMonthIndex, type IsoDate } from '../lib/dates';
import { compareText } from '../lib/text';
import type { Budget, ExpenseTotal } from './budget';
import type { Call } from './calls';
import { isAtOrBelowMinimum, type Item } from './inventory';
import type { Task } from './tasks';

/**
 * One row of the maintained `lowStock` table: a live item at or below its minimum
 * (isAtOrBelowMinimum). `gap` (on hand − minimum, never positive) is indexed so the most depleted items are the first keys; `name`
 * breaks ties without reading the items.
 */
export const lowStockEntrySchema = z.object({
  id: z.string(),
  gap: z.number().int().nonpositive(),
  name: z.string(),
});
export type LowStockEntry = z.infer<typeof lowStockEntrySchema>;

/** The item's `lowStock` row, or null when it does not belong there (deleted or not low). */
export function lowStockEntry(item: Item): LowStockEntry | null {
  if (item.deletedAt !== null || !isAtOrBelowMinimum(item)) return null;
  return { id: item.id, gap: item.quantityOnHand - item.minQuantity, name: item.name };
}

/** Full recompute of the `lowStock` table (repair, restore, and the tests' reference). */
export function computeLowStock(items: Iterable<Item>): LowStockEntry[] {
  const out: LowStockEntry[] = [];
  for (const i of items) {
    const e = lowStockEntry(i);
    if (e) out.push(e);
  }
  return out;
}

/** "Supplies to reorder" order: furthest below minimum first, then by name, then id. */
export function compareLowStock(a: Pick<LowStockEntry, 'gap' | 'name' | 'id'>, b: Pick<LowStockEntry, 'gap' | 'name' | 'id'>): number {
  return a.gap - b.gap || compareText(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** How many supplies "Supplies to reorder" lists. */
export const REORDER_LIST_LENGTH = 8;

/**
 * One entry of today's diary as the calendar reads it for the office's today (listDiaryItems
 * over that day's midnights in the office zone): the calendar's events, recurring ones expanded
 * to today's occurrence, and what other modules put in diaries (interviews, bookings, trips).
 * Timed: UTC instants. All-day: 'YYYY-MM-DD' with an exclusive end.
 */
export interface TodayDiaryEntry {
  /** Unique per entry (an occurrence of a recurring event has its own). */
  key: string;
  id: string;
  title: string;
  start: string;
  end: string;
  allDay: boolean;
}

export interface DashboardInput {
  today: IsoDate;
  /** Fiscal-year months 'YYYY-MM' in order. */
  months: readonly string[];
  fiscalYearStartMonth: number;
  /** The first REORDER_LIST_LENGTH items at or below minimum (any order). */
  lowItems: readonly Item[];
  /** How many live items are at or below minimum in all. */
  lowItemCount: number;
  openTasks: readonly Task[];
  /** Today's diary in the office zone, already read for that day (see TodayDiaryEntry). */
  eventsToday: readonly TodayDiaryEntry[];
  openCalls: readonly Call[];
  budgets: readonly Budget[];
  expenseTotals: readonly ExpenseTotal[];
  activeCandidates: number;
  /** Formats an instant's time of day in the user's locale and the office zone. */
  formatTime: (instant: string) => string;
  monthLabel: (month: string) => string;
}

export interface DashboardSummary {
  today: IsoDate;
  lowItems: Item[];
  lowItemCount: number;
  openTaskCount: number;
  dueTasks: { id: string; title: string; dueDate?: IsoDate; overdue: boolean }[];
  todayEvents: { key: string; id: string; title: string; time: string }[];
  callsToReturn: { id: string; caller: string; at: string }[];
  months: { month: string; label: string; budgetCents: number; actualCents: number }[];
  ytdBudgetCents: number;
  ytdActualCents: number;
  activeCandidates: number;
}

/** Tasks due within this many days show under "Errands due soon". */
export const DUE_SOON_DAYS = 7;

export function buildDashboardSummary(input: DashboardInput): DashboardSummary {
  const soon = addDays(input.today, DUE_SOON_DAYS);
  const dueTasks = input.openTasks
    .filter((t) => !t.due || t.due <= soon)
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'))
    .slice(0, 8)
    .map((t) => ({ id: t.id, title: t.title, dueDate: t.due, overdue: !!t.due && t.due < input.today }));

  // The entries are today's already (the office zone's day, read by the caller): all-day first, then by start.
  const todayEvents = [...input.eventsToday]
    .sort((a, b) => Number(b.allDay) - Number(a.allDay) || (a.allDay ? 0 : Date.parse(a.start) - Date.parse(b.start)) || compareText(a.title, b.title) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((e) => ({ key: e.key, id: e.id, title: e.title, time: e.allDay ? 'All day' : input.formatTime(e.start) }));

  const callsToReturn = input.openCalls
    .filter((c) => c.followUp === 'please-call' || c.followUp === 'wants-to-see-you' || c.urgent)
    .map((c) => ({ id: c.id, caller: c.company ? `${c.caller} (${c.company})` : c.caller, at: c.takenAt }));

  const budgetByMonth = new Map<string, number>();
  for (const b of input.budgets) budgetByMonth.set(b.month, (budgetByMonth.get(b.month) ?? 0) + b.amountCents);
  const actualByMonth = new Map<string, number>();
  for (const t of input.expenseTotals) actualByMonth.set(t.month, (actualByMonth.get(t.month) ?? 0) + t.amountCents);
  const months = input.months.map((month) => ({
    month,
    label: input.monthLabel(month),
    budgetCents: budgetByMonth.get(month) ?? 0,
    actualCents: actualByMonth.get(month) ?? 0,
  }));
  // "To date" includes the current month: its budget is already committed in an office.
  const throughIndex = fiscalMonthIndex(input.today, input.fiscalYearStartMonth);
  const toDate = months.slice(0, throughIndex + 1);

  return {
    today: input.today,
    lowItems: [...input.lowItems]
      .sort((a, b) => compareLowStock({ ...a, gap: a.quantityOnHand - a.minQuantity }, { ...b, gap: b.quantityOnHand - b.minQuantity }))
      .slice(0, REORDER_LIST_LENGTH),
    lowItemCount: input.lowItemCount,
    openTaskCount: input.openTasks.length,
    dueTasks,
    todayEvents,
    callsToReturn,
    months,
    ytdBudgetCents: toDate.reduce((s, m) => s + m.budgetCents, 0),
    ytdActualCents: toDate.reduce((s, m) => s + m.actualCents, 0),
    activeCandidates: input.activeCandidates,
  };
}
