/**
 * Calendar dates are 'YYYY-MM-DD' strings (DESIGN §2); instants are ISO timestamps.
 *
 * Date arithmetic runs in UTC on purpose: a 'YYYY-MM-DD' names a day, not a moment, so adding
 * days must never be shifted by the PC's time zone or a daylight-saving change. Only `today()`
 * and `nowIso()` read the clock, and `today()` uses the local calendar because "today" is the
 * day on the office wall.
 *
 * Fiscal years are named by the calendar year they START in: with a July start, fiscal year
 * 2026 runs 2026-07-01 … 2027-06-30 and is labelled "2026–27". With a January start the fiscal
 * year is the calendar year.
 */

export type IsoDate = string;

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar day in 'YYYY-MM-DD' form (rejects 2026-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE_RE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function parts(date: IsoDate): [number, number, number] {
  const m = ISO_DATE_RE.exec(date);
  if (!m || !isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function toUtcMs(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): IsoDate {
  const dt = new Date(ms);
  return toIsoDate(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** The local calendar day of `at` (default: now). */
export function today(at: Date = new Date()): IsoDate {
  return toIsoDate(at.getFullYear(), at.getMonth() + 1, at.getDate());
}

/** The current instant as an ISO timestamp ('2026-11-22T09:30:00.000Z'). */
export function nowIso(): string {
  return new Date().toISOString();
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * MS_PER_DAY);
}

/** Adds calendar months, clamping the day (2026-01-31 + 1 month → 2026-02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  return toIsoDate(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

/** 'YYYY-MM' of a date or instant. */
export function monthOf(dateOrInstant: string): string {
  return dateOrInstant.slice(0, 7);
}

export function startOfMonth(date: IsoDate): IsoDate {
  const [y, m] = parts(date);
  return toIsoDate(y, m, 1);
}

export function endOfMonth(date: IsoDate): IsoDate {
  const [y, m] = parts(date);
  return toIsoDate(y, m, daysInMonth(y, m));
}

/** The calendar day an ISO instant falls on in the local time zone. */
export function instantToLocalDate(instant: string): IsoDate {
  return today(new Date(instant));
}

const dateFormatCache = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a 'YYYY-MM-DD' for people: `formatDate('2026-11-22', 'en-US')` → "Nov 22, 2026".
 * Formats in UTC so the printed day is the stored day whatever the PC's zone.
 */
export function formatDate(
  date: IsoDate,
  locale: string,
  style: 'short' | 'medium' | 'long' | 'full' = 'medium',
): string {
  const key = `${locale}|${style}`;
  let f = dateFormatCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
    dateFormatCache.set(key, f);
  }
  return f.format(new Date(toUtcMs(date)));
}

/** Formats an ISO instant in the local zone: "Nov 22, 2026, 9:30 AM". */
export function formatDateTime(instant: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(instant),
  );
}

function assertStartMonth(startMonth: number): void {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`Fiscal year start month must be 1–12, got ${startMonth}`);
  }
}

/** The fiscal year (named by its start year) that contains `date`. */
export function fiscalYearOf(date: IsoDate, startMonth: number): number {
  assertStartMonth(startMonth);
  const [y, m] = parts(date);
  return m >= startMonth ? y : y - 1;
}

/** First and last day of a fiscal year. */
export function fiscalYearRange(fiscalYear: number, startMonth: number): { start: IsoDate; end: IsoDate } {
  assertStartMonth(startMonth);
  const start = toIsoDate(fiscalYear, startMonth, 1);
  return { start, end: addDays(addMonths(start, 12), -1) };
}

/** The twelve 'YYYY-MM' months of a fiscal year, in order. */
export function fiscalYearMonths(fiscalYear: number, startMonth: number): string[] {
  const { start } = fiscalYearRange(fiscalYear, startMonth);
  return Array.from({ length: 12 }, (_, i) => monthOf(addMonths(start, i)));
}

/** 0-based position of `date`'s month within its fiscal year. */
export function fiscalMonthIndex(date: IsoDate, startMonth: number): number {
  assertStartMonth(startMonth);
  const [, m] = parts(date);
  return (m - startMonth + 12) % 12;
}

/** "2026" for a January start, "2026–27" otherwise. */
export function fiscalYearLabel(fiscalYear: number, startMonth: number): string {
  assertStartMonth(startMonth);
  return startMonth === 1 ? String(fiscalYear) : `${fiscalYear}–${pad((fiscalYear + 1) % 100)}`;
}

/**
 * The order a locale writes numeric dates in, from Intl ('en-US' → month first, 'en-GB' and
 * 'de-DE' → day first, 'ja-JP' → year first).
 */
export function numericDateOrder(locale: string): 'mdy' | 'dmy' | 'ymd' {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })
      .formatToParts(Date.UTC(2026, 10, 22))
      .map((p) => p.type)
      .filter((t) => t === 'year' || t === 'month' || t === 'day');
    if (parts[0] === 'year') return 'ymd';
    return parts[0] === 'month' ? 'mdy' : 'dmy';
  } catch {
    return 'mdy';
  }
}

/** A short numeric date as the locale types it ("12/3", "3/12", "3.12."), for hints and placeholders. */
export function typedDateExample(locale: string): string {
  const order = numericDateOrder(locale);
  if (order === 'ymd') return '2026-12-03';
  if (order === 'mdy') return '12/3';
  // Day first: the locale's own separator ("3/12" in en-GB, "3.12." in de-DE).
  const sep = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', timeZone: 'UTC' })
    .formatToParts(Date.UTC(2026, 11, 3))
    .find((p) => p.type === 'literal')?.value.trim();
  return sep === '.' ? '3.12.' : `3${sep || '/'}12`;
}

const monthNameCache = new Map<string, Map<string, number>>();

/** Month names (long and short, the locale's and English) → month number, lower case, no dots. */
function monthNames(locale: string): Map<string, number> {
  let names = monthNameCache.get(locale);
  if (names) return names;
  names = new Map();
  for (const loc of [locale, 'en-US']) {
    for (const month of ['long', 'short'] as const) {
      let f: Intl.DateTimeFormat;
      try {
        f = new Intl.DateTimeFormat(loc, { month, timeZone: 'UTC' });
      } catch {
        continue;
      }
      for (let m = 1; m <= 12; m++) {
        const name = f.format(Date.UTC(2026, m - 1, 15)).toLowerCase().replace(/\.$/, '');
        if (!names.has(name)) names.set(name, m);
      }
    }
  }
  // "Sept" is common in English writing.
  names.set('sept', 9);
  monthNameCache.set(locale, names);
  return names;
}

function fullYear(y: string, todayYear: number): number {
  if (y.length === 4) return Number(y);
  // Two digits: the year in this century, as people write "3/12/26".
  return Math.floor(todayYear / 100) * 100 + Number(y);
}

function realDate(y: number, m: number, d: number): IsoDate | null {
  if (!Number.isInteger(y) || y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return toIsoDate(y, m, d);
}

/**
 * A date as an office types it (issue 16.8), read per the office locale: ISO ("2026-12-03"),
 * numeric in the locale's order with "/", "." or "-" and an optional year ("12/3", "3.12.2026",
 * "3/12/26"), a month name either way round ("Dec 3", "3 Dec", "December 3, 2026",
 * "3. Dezember 2026"), "today", "yesterday" or "tomorrow". A missing year is `today`'s year.
 * null when the text is not a real date (never rolled over: "2/30" is null).
 */
export function parseTypedDate(text: string, locale: string, todayDate: IsoDate = today()): IsoDate | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!t) return null;
  if (t === 'today' || t === 'now') return todayDate;
  if (t === 'yesterday') return addDays(todayDate, -1);
  if (t === 'tomorrow') return addDays(todayDate, 1);
  const todayYear = Number(todayDate.slice(0, 4));
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,4})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{1,4}))?\.?$/.exec(t);
  if (numeric) {
    const [, a, b, c] = numeric as unknown as [string, string, string, string | undefined];
    if (a.length === 4) return c && c.length <= 2 ? realDate(Number(a), Number(b), Number(c)) : null;
    if (a.length === 3 || (c !== undefined && c.length !== 2 && c.length !== 4)) return null;
    const order = numericDateOrder(locale);
    const year = c ? fullYear(c, todayYear) : todayYear;
    return order === 'dmy' ? realDate(year, Number(b), Number(a)) : realDate(year, Number(a), Number(b));
  }
  // Words: the month by name, the day and the year as numbers, in any order.
  const words = t.replace(/,/g, ' ').split(/[\s/]+/).filter(Boolean);
  const names = monthNames(locale);
  let month: number | undefined;
  const numbers: string[] = [];
  for (const w of words) {
    const bare = w.replace(/\.$/, '');
    if (/^\d{1,4}(st|nd|rd|th)?$/.test(bare)) numbers.push(bare.replace(/\D+$/, ''));
    else if (names.has(bare) && month === undefined) month = names.get(bare);
    else return null;
  }
  if (month === undefined || numbers.length === 0 || numbers.length > 2) return null;
  const day = numbers.find((n) => n.length <= 2);
  const year = numbers.find((n) => n !== day);
  if (!day) return null;
  return realDate(year ? fullYear(year, todayYear) : todayYear, month, Number(day));
}
