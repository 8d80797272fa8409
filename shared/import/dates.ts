/**
 * Day-month dates from files → 'YYYY-MM-DD'. The order of day and month cannot be known from
 * "03/05/2026" alone, so it comes from the chosen `dateFormat` (or a suggestion from the whole
 * column). Leniencies that cannot misread a date: ISO dates (first part four digits) are read
 * as year-month-day whatever the format; day-month formats accept / - or . between parts; one-
 * digit days and months; two-digit years (Snipe-IT writes 4/5/16) with the POSIX pivot (00–68 →
 * 2000s, 69–99 → 1900s); and a time of day after the date, which date-only fields ignore.
 */
import { daysInMonth } from '../lib/dates';
import type { DateFormat } from './types';

export type { DateFormat } from './types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const DATE_RE = /^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})(?:(?:T|\s+)(.+))?$/;
const TIME_RE =
  /^(\d{1,2})(?::(\d{2}))?(?::(\d{2})(?:[.,]\d+)?)?\s*(?:([AaPp])\.?[Mm]\.?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

export type DateResult =
  { ok: true; date: string; time: string | undefined } | { ok: false; problem: string };

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length === 2) return y <= 68 ? 2000 + y : 1900 + y;
  return y;
}

/**
 * Reads a date written in `format`. On failure `problem` finishes the sentence
 * 'The date "…" in column "…" ' (e.g. "is not a real date: there is no month 13").
 */
export function parseDateText(text: string, format: DateFormat): DateResult {
  const m = DATE_RE.exec(text.trim());
  if (!m) return { ok: false, problem: `is not a date in the form ${format}` };
  const [, a, , b, c, rest] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string | undefined,
  ];
  let year: number;
  let month: number;
  let day: number;
  if (a.length === 4) {
    if (c.length > 2) return { ok: false, problem: `is not a date in the form ${format}` };
    year = Number(a);
    month = Number(b);
    day = Number(c);
  } else {
    if (format === 'YYYY-MM-DD' || a.length > 2 || (c.length !== 2 && c.length !== 4)) {
      return { ok: false, problem: `is not a date in the form ${format}` };
    }
    year = fullYear(c);
    const monthFirst = format === 'MM/DD/YYYY';
    month = Number(monthFirst ? a : b);
    day = Number(monthFirst ? b : a);
  }
  if (month < 1 || month > 12)
    return { ok: false, problem: `is not a real date: there is no month ${month}` };
  if (year < 1) return { ok: false, problem: `is not a real date: there is no year ${year}` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return {
      ok: false,
      problem:
        day < 1 || day > 31
          ? `is not a real date: there is no day ${day}`
          : `is not a real date: ${MONTHS[month - 1]} ${year} has ${days} days`,
    };
  }
  let time: string | undefined;
  if (rest !== undefined) {
    time = rest.trim();
    if (!TIME_RE.test(time)) return { ok: false, problem: `is not a date in the form ${format}` };
  }
  return { ok: true, date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, time };
}

export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
  /** 'Z' or '+02:00' when the text named a zone. */
  zone: string | undefined;
}

/** "9:30", "09:30:00", "9:30 PM", "14:22Z", "10:00+02:00"; null when it is not a time. */
export function parseTimeText(text: string): TimeOfDay | null {
  const m = TIME_RE.exec(text.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  const second = Number(m[3] ?? '0');
  const meridiem = m[4]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem === 'p' && hour < 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  let zone = m[5];
  if (zone && zone !== 'Z' && !zone.includes(':')) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return { hour, minute, second, zone };
}

/**
 * The format a column's dates are most likely in. ISO dates say nothing about the day-month
 * order; a first part above 12 means day first, a second part above 12 means month first;
 * dots mean DD.MM.YYYY (the only dotted format). When the values cannot tell, `locale`'s
 * order decides (en-US: month first).
 */
export function suggestDateFormat(
  values: Iterable<string>,
  locale = 'en-US',
  limit = 2000,
): DateFormat {
  let dotted = 0;
  let other = 0;
  let dayFirst = 0;
  let monthFirst = 0;
  let seen = 0;
  for (const raw of values) {
    const m = DATE_RE.exec(raw.trim());
    if (!m) continue;
    if (++seen > limit) break;
    const [, a, sep, b] = m as unknown as [string, string, string, string];
    if (a.length === 4) continue;
    if (sep === '.') dotted++;
    else other++;
    if (Number(a) > 12) dayFirst++;
    if (Number(b) > 12) monthFirst++;
  }
  if (dotted === 0 && other === 0) return 'YYYY-MM-DD';
  if (dotted > other) return 'DD.MM.YYYY';
  if (dayFirst > monthFirst) return 'DD/MM/YYYY';
  if (monthFirst > dayFirst) return 'MM/DD/YYYY';
  return localeDayFirst(locale) ? 'DD/MM/YYYY' : 'MM/DD/YYYY';
}

function localeDayFirst(locale: string): boolean {
  try {
    const parts = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(new Date(Date.UTC(2026, 10, 22)));
    const order = parts.filter((p) => p.type === 'day' || p.type === 'month').map((p) => p.type);
    return order[0] === 'day';
  } catch {
    return false;
  }
}
