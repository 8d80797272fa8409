/**
 * Reads what the dashboard shows through the other features' public surfaces and the
 * maintained aggregates. Three live queries, so a write re-runs only the one that read what
 * it changed: a stock movement re-reads the (small) stock figures, not tasks and spending.
 */
import { useMemo } from 'react';
import { buildDashboardSummary, type DashboardSummary } from '../../../shared/domain/dashboard';
import {
  fiscalYearMonths,
  fiscalYearOf,
  today as todayDate,
  addDays,
} from '../../../shared/lib/dates';
import { useDbQuery } from '../../db/hooks';
import { listBudgetsForYear } from '../budget';
import { listEventsBetween } from '../calendar';
import { listOpenCalls } from '../calls';
import { getExpenseTotals } from '../expenses';
import { getCompanyProfile } from '../../core/settings';
import { listOpenTasks } from '../tasks';
import { readLowStock } from '../inventory';
import { countActiveCandidates } from '../recruiting';

export function useDashboardSummary(): DashboardSummary | undefined {
  const lowStock = useDbQuery((db) => readLowStock(db), []);
  const activeCandidates = useDbQuery((db) => countActiveCandidates(db), []);
  const rest = useDbQuery(async (db) => {
    const profile = await getCompanyProfile(db);
    const today = todayDate();
    const fy = fiscalYearOf(today, profile.fiscalYearStartMonth);
    const months = fiscalYearMonths(fy, profile.fiscalYearStartMonth);
    // Events are stored as instants; a day either side covers every time zone's "today".
    const from = addDays(today, -1);
    const to = addDays(today, 2);
    const [openTasks, eventsToday, openCalls, budgets, expenseTotals] = await Promise.all([
      listOpenTasks(db),
      listEventsBetween(from, to, db),
      listOpenCalls(db),
      listBudgetsForYear(fy, db),
      getExpenseTotals(months, db),
    ]);
    return { profile, today, months, openTasks, eventsToday, openCalls, budgets, expenseTotals };
  }, []);
  return useMemo(() => {
    if (!lowStock || activeCandidates === undefined || !rest) return undefined;
    const timeFormat = new Intl.DateTimeFormat(rest.profile.locale, { timeStyle: 'short' });
    const monthFormat = new Intl.DateTimeFormat(rest.profile.locale, {
      month: 'short',
      timeZone: 'UTC',
    });
    return buildDashboardSummary({
      today: rest.today,
      months: rest.months,
      fiscalYearStartMonth: rest.profile.fiscalYearStartMonth,
      lowItems: lowStock.items,
      lowItemCount: lowStock.count,
      openTasks: rest.openTasks,
      eventsToday: rest.eventsToday,
      openCalls: rest.openCalls,
      budgets: rest.budgets,
      expenseTotals: rest.expenseTotals,
      activeCandidates,
      formatTime: (instant) => timeFormat.format(new Date(instant)),
      monthLabel: (month) => monthFormat.format(new Date(`${month}-01T00:00:00Z`)),
    });
  }, [lowStock, activeCandidates, rest]);
}
