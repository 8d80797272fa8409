/**
 * The dashboard's figures, computed from records the repositories return. Pure so the rules
 * (what counts as "today", "overdue", "to date") are tested without a database.
 */
import { addDays, fiscalMonthIndex, instantToLocalDate, type IsoDate } from '../lib/dates';
import type { Budget, ExpenseTotal } from './budget';
import type { CalendarEvent } from './calendar';
import type { Call } from './calls';
import type { Item } from './inventory';
import type { Task } from './tasks';

export interface DashboardInput {
  today: IsoDate;
  /** Fiscal-year months 'YYYY-MM' in order. */
  months: readonly string[];
  fiscalYearStartMonth: number;
  lowItems: readonly Item[];
  openTasks: readonly Task[];
  eventsToday: readonly CalendarEvent[];
  openCalls: readonly Call[];
  budgets: readonly Budget[];
  expenseTotals: readonly ExpenseTotal[];
  activeCandidates: number;
  /** Formats an instant's time of day in the user's locale. */
  formatTime: (instant: string) => string;
  monthLabel: (month: string) => string;
}

export interface DashboardSummary {
  today: IsoDate;
  lowItems: Item[];
  openTaskCount: number;
  dueTasks: { id: string; title: string; dueDate?: IsoDate; overdue: boolean }[];
  todayEvents: { id: string; title: string; time: string }[];
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

  const todayEvents = [...input.eventsToday]
    .filter((e) => (e.allDay ? e.start <= input.today && e.end >= input.today : instantToLocalDate(e.start) === input.today))
    .sort((a, b) => (a.allDay ? -1 : b.allDay ? 1 : a.start.localeCompare(b.start)))
    .map((e) => ({ id: e.id, title: e.title, time: e.allDay ? 'All day' : input.formatTime(e.start) }));

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
    lowItems: [...input.lowItems].sort((a, b) => a.quantityOnHand - a.minQuantity - (b.quantityOnHand - b.minQuantity)),
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
