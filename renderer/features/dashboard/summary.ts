/** Reads what the dashboard shows through the other features' public surfaces. */
import { buildDashboardSummary, type DashboardSummary } from '../../../shared/domain/dashboard';
import { fiscalYearMonths, fiscalYearOf, today as todayDate, addDays } from '../../../shared/lib/dates';
import { useDbQuery } from '../../db/hooks';
import { listBudgetsForYear } from '../budget';
import { listEventsBetween } from '../calendar';
import { listOpenCalls } from '../calls';
import { getExpenseTotals } from '../expenses';
import { listLowStockItems } from '../inventory';
import { listCandidates } from '../recruiting';
import { getCompanyProfile } from '../settings';
import { listOpenTasks } from '../tasks';
import { isActiveStage } from '../../../shared/domain/recruiting';

export function useDashboardSummary(): DashboardSummary | undefined {
  return useDbQuery(async (db) => {
    const profile = await getCompanyProfile(db);
    const today = todayDate();
    const fy = fiscalYearOf(today, profile.fiscalYearStartMonth);
    const months = fiscalYearMonths(fy, profile.fiscalYearStartMonth);
    // Events are stored as instants; a day either side covers every time zone's "today".
    const from = addDays(today, -1);
    const to = addDays(today, 2);
    const [lowItems, openTasks, eventsToday, openCalls, budgets, expenseTotals, candidates] = await Promise.all([
      listLowStockItems(db),
      listOpenTasks(db),
      listEventsBetween(from, to, db),
      listOpenCalls(db),
      listBudgetsForYear(fy, db),
      getExpenseTotals(months, db),
      listCandidates(db),
    ]);
    const timeFormat = new Intl.DateTimeFormat(profile.locale, { timeStyle: 'short' });
    const monthFormat = new Intl.DateTimeFormat(profile.locale, { month: 'short', timeZone: 'UTC' });
    return buildDashboardSummary({
      today,
      months,
      fiscalYearStartMonth: profile.fiscalYearStartMonth,
      lowItems,
      openTasks,
      eventsToday,
      openCalls,
      budgets,
      expenseTotals,
      activeCandidates: candidates.filter((c) => isActiveStage(c.stage)).length,
      formatTime: (instant) => timeFormat.format(new Date(instant)),
      monthLabel: (month) => monthFormat.format(new Date(`${month}-01T00:00:00Z`)),
    });
  }, []);
}
