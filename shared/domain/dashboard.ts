/**
 * The dashboard's figures, computed from records the repositories return. Pure so the rules
 * (what counts as "today", "overdue", "to date") are tested without a database.
 */
import { z } from 'zod';
import { addDays, fiscalMonthIndex, type IsoDate } from '../lib/dates';
import { compareText } from '../lib/text';
import type { Budget, ExpenseTotal } from './budget';
import { isOpenMessage, isStaleMessage, type Call } from './calls';
import { isAtOrBelowMinimum, type Item } from './inventory';
import type { Task } from './tasks';

/**
 * One row of the maintained `lowStock` table: a live item at or below its minimum
 * (isAtOrBelowMinimum). `gap` (on hand − minimum, never positive) is indexed so the most depleted items are the first keys; `name`
 * breaks ties without reading the items.
 */
export const lowStockEntrySchema = z.object({
  id: z.string().max(64, 'That item id is too long'),
  gap: z.number().int().nonpositive(),
  name: z.string().max(300, 'Name is longer than 300 characters'),
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

// --- The front desk cards (issue 14.6) ------------------------------------------------------

/** One open message on the Dashboard's "Messages" card. */
export interface DashboardMessageRow {
  id: string;
  /** The caller, with their company. */
  from: string;
  subject?: string;
  forEmployeeId?: string;
  /** For the person using this computer (calendar settings' currentUserId). */
  mine: boolean;
  takenAt: string;
  /** How long it has been open: 'just now', '25 min', '3 h', '2 days' ('in 5 min' if taken after now: a clock set wrong). */
  age: string;
  /** The same as a phrase to show: 'just now', '25 min ago', 'in 5 min'. */
  ageText: string;
  /** Open longer than a day (isStaleMessage). */
  stale: boolean;
  urgent: boolean;
  followUp: Call['followUp'];
}

function spanLabel(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.floor(hours / 24);
  return `${days} day${days === 1 ? '' : 's'}`;
}

/**
 * How long ago `instant` was, short: 'just now' (within a minute either way), '25 min', '3 h',
 * '1 day', '4 days'. An instant still ahead (a record written on a computer whose clock runs
 * ahead, or an import) says so — 'in 5 min', 'in 2 h' — never 'just now'.
 */
export function ageLabel(instant: string, now: Date): string {
  const ms = now.getTime() - Date.parse(instant);
  if (ms <= -60_000) return `in ${spanLabel(Math.floor(-ms / 60_000))}`;
  const minutes = Math.floor(ms / 60_000);
  return minutes < 1 ? 'just now' : spanLabel(minutes);
}

/** ageLabel as a phrase: 'just now', '25 min ago', 'in 5 min'. */
export function agePhrase(instant: string, now: Date): string {
  const label = ageLabel(instant, now);
  return label === 'just now' || label.startsWith('in ') ? label : `${label} ago`;
}

/**
 * The open messages as the Dashboard lists them: the current user's first ("for you"), then
 * urgent ones, then the longest waiting; closed and deleted ones left out.
 */
export function dashboardMessages(messages: readonly Call[], currentUserId: string | undefined, now: Date): DashboardMessageRow[] {
  return messages
    .filter(isOpenMessage)
    .map((c) => ({
      id: c.id,
      from: c.company ? `${c.caller} (${c.company})` : c.caller,
      ...(c.subject ? { subject: c.subject } : {}),
      ...(c.forEmployeeId ? { forEmployeeId: c.forEmployeeId } : {}),
      mine: !!currentUserId && c.forEmployeeId === currentUserId,
      takenAt: c.takenAt,
      age: ageLabel(c.takenAt, now),
      ageText: agePhrase(c.takenAt, now),
      stale: isStaleMessage(c, now),
      urgent: c.urgent,
      followUp: c.followUp,
    }))
    .sort((a, b) => Number(b.mine) - Number(a.mine) || Number(b.urgent) - Number(a.urgent) || a.takenAt.localeCompare(b.takenAt) || (a.id < b.id ? -1 : 1));
}

/** One row of "Today's tasks and errands". */
export interface DashboardTaskRow {
  id: string;
  title: string;
  kind: Task['kind'];
  /** An errand's place. */
  place?: string;
  due?: IsoDate;
  dueTime?: string;
  assigneeId?: string;
  priority: Task['priority'];
  overdue: boolean;
}

export interface DashboardTodayTasks {
  overdueCount: number;
  dueTodayCount: number;
  errandCount: number;
  /** Overdue first (oldest first), then today's; at most `limit`. */
  rows: DashboardTaskRow[];
}

/** "Today's tasks and errands" from the tasks' Today view (overdue and due today; undated ones stay on the Tasks screen). */
export function dashboardTodayTasks(view: { overdue: readonly Task[]; dueToday: readonly Task[] }, today: IsoDate, limit = 8): DashboardTodayTasks {
  const rows = [...view.overdue, ...view.dueToday].slice(0, limit).map((t) => ({
    id: t.id,
    title: t.title,
    kind: t.kind,
    ...(t.kind === 'errand' && t.location ? { place: t.location } : {}),
    ...(t.due ? { due: t.due } : {}),
    ...(t.dueTime ? { dueTime: t.dueTime } : {}),
    ...(t.assigneeId ? { assigneeId: t.assigneeId } : {}),
    priority: t.priority,
    overdue: !!t.due && t.due < today,
  }));
  return {
    overdueCount: view.overdue.length,
    dueTodayCount: view.dueToday.length,
    errandCount: [...view.overdue, ...view.dueToday].filter((t) => t.kind === 'errand').length,
    rows,
  };
}
