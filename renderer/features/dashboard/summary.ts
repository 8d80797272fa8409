/**
 * Reads what the dashboard shows through the other features' public surfaces and the
 * maintained aggregates. Three live queries, so a write re-runs only the one that read what
 * it changed: a stock movement re-reads the (small) stock figures, not tasks and spending.
 * Today's diary is the office zone's today read through the calendar's one diary read
 * (events in wall time expanded, plus interviews, bookings, trips), like the Today card.
 */
import { useMemo } from 'react';
import { wallToUtc } from '../../../shared/calendar';
import { buildDashboardSummary, type DashboardSummary } from '../../../shared/domain/dashboard';
import {
  fiscalYearMonths,
  fiscalYearOf,
  today as todayDate,
  addDays,
  type IsoDate,
} from '../../../shared/lib/dates';
import type { BackdeskDb } from '../../db';
import { useDbQuery } from '../../db/hooks';
import { listBudgetsForYear } from '../budget';
import { dateInZone, getCalendarSettings, listDiaryItems, type DiaryItem } from '../calendar';
import { listOpenCalls } from '../calls';
import { getExpenseTotals } from '../expenses';
import { getCompanyProfile } from '../../core/settings';
import { listOpenTasks } from '../tasks';
import { readLowStock } from '../inventory';
import { countActiveCandidates } from '../recruiting';

/**
 * Whether a diary item's dates touch `day` in the office zone. The sources read a little wider
 * on purpose (an all-day errand is dated in no zone, so they take ±14 hours), which would put
 * yesterday's and tomorrow's all-day items in "today": an all-day item touches the day when the
 * day is within its dates (exclusive end), a timed one when it overlaps the zone's midnight to
 * midnight (a zero-length one when it is at or after the first midnight).
 */
export function touchesDay(item: Pick<DiaryItem, 'start' | 'end' | 'allDay'>, day: IsoDate, zone: string): boolean {
  if (item.allDay) return item.start === day || (item.start < day && item.end > day);
  const from = Date.parse(wallToUtc(`${day}T00:00:00`, zone));
  const to = Date.parse(wallToUtc(`${addDays(day, 1)}T00:00:00`, zone));
  const start = Date.parse(item.start);
  const end = Date.parse(item.end);
  return start < to && (end > from || (end <= start && start >= from));
}

/** Today in the office zone (calendar settings) and that day's diary items, everyone's. */
export async function readTodayDiary(db: BackdeskDb, nowMs: number = Date.now()): Promise<{ zone: string; day: IsoDate; items: DiaryItem[] }> {
  const zone = (await getCalendarSettings(db)).officeTimeZone;
  const day = dateInZone(nowMs, zone);
  const read = await listDiaryItems(wallToUtc(`${day}T00:00:00`, zone), wallToUtc(`${addDays(day, 1)}T00:00:00`, zone), {}, db);
  return { zone, day, items: read.filter((item) => touchesDay(item, day, zone)) };
}

export function useDashboardSummary(): DashboardSummary | undefined {
  const lowStock = useDbQuery((db) => readLowStock(db), []);
  const activeCandidates = useDbQuery((db) => countActiveCandidates(db), []);
  const rest = useDbQuery(async (db) => {
    const profile = await getCompanyProfile(db);
    const today = todayDate();
    const fy = fiscalYearOf(today, profile.fiscalYearStartMonth);
    const months = fiscalYearMonths(fy, profile.fiscalYearStartMonth);
    const [openTasks, diary, openCalls, budgets, expenseTotals] = await Promise.all([
      listOpenTasks(db),
      readTodayDiary(db),
      listOpenCalls(db),
      listBudgetsForYear(fy, db),
      getExpenseTotals(months, db),
    ]);
    return { profile, today, months, openTasks, eventsToday: diary.items, officeZone: diary.zone, openCalls, budgets, expenseTotals };
  }, []);
  return useMemo(() => {
    if (!lowStock || activeCandidates === undefined || !rest) return undefined;
    const timeFormat = new Intl.DateTimeFormat(rest.profile.locale, { timeStyle: 'short', timeZone: rest.officeZone });
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
