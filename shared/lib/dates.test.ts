import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayOfWeek,
  diffDays,
  endOfMonth,
  fiscalMonthIndex,
  fiscalYearLabel,
  fiscalYearMonths,
  fiscalYearOf,
  fiscalYearRange,
  formatDate,
  isIsoDate,
  monthOf,
  nowIso,
  today,
  numericDateOrder,
  typedDateExample,
  parseTypedDate,
} from './dates';

describe('dates', () => {
  it('validates real calendar days', () => {
    expect(isIsoDate('2026-11-22')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate(20261122)).toBe(false);
  });

  it('adds days across month, year, leap day and DST changes', () => {
    expect(addDays('2026-11-22', 10)).toBe('2026-12-02');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09'); // US DST start
    expect(addDays('2026-03-29', -1)).toBe('2026-03-28'); // EU DST start
    expect(diffDays('2026-01-01', '2026-12-31')).toBe(364);
    expect(() => addDays('2026-02-30', 1)).toThrow(/YYYY-MM-DD/);
  });

  it('adds months clamping the day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(endOfMonth('2026-02-10')).toBe('2026-02-28');
    expect(monthOf('2026-11-22T10:00:00Z')).toBe('2026-11');
    expect(dayOfWeek('2026-11-22')).toBe(0);
  });

  it('formats the stored day whatever the time zone', () => {
    expect(formatDate('2026-11-22', 'en-US')).toBe('Nov 22, 2026');
    expect(formatDate('2026-01-01', 'en-GB', 'long')).toBe('1 January 2026');
    expect(formatDate('2026-11-22', 'de-DE', 'short')).toBe('22.11.26');
  });

  it('reads the clock for today and now', () => {
    expect(today(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
    expect(isIsoDate(today())).toBe(true);
    expect(Date.parse(nowIso())).not.toBeNaN();
  });

  it('computes fiscal years named by their start year', () => {
    expect(fiscalYearOf('2026-11-22', 1)).toBe(2026);
    expect(fiscalYearOf('2026-06-30', 7)).toBe(2025);
    expect(fiscalYearOf('2026-07-01', 7)).toBe(2026);
    expect(fiscalYearRange(2026, 7)).toEqual({ start: '2026-07-01', end: '2027-06-30' });
    expect(fiscalYearRange(2024, 3)).toEqual({ start: '2024-03-01', end: '2025-02-28' });
    expect(fiscalYearMonths(2026, 4)[0]).toBe('2026-04');
    expect(fiscalYearMonths(2026, 4)[11]).toBe('2027-03');
    expect(fiscalMonthIndex('2027-03-10', 4)).toBe(11);
    expect(fiscalYearLabel(2026, 1)).toBe('2026');
    expect(fiscalYearLabel(2026, 7)).toBe('2026–27');
    expect(() => fiscalYearOf('2026-01-01', 13)).toThrow(/1–12/);
  });
});

describe('dates as the office types them (issue 16.8)', () => {
  const on = '2026-12-04';
  it('reads numbers in the locale order, with or without a year', () => {
    expect(parseTypedDate('12/3', 'en-US', on)).toBe('2026-12-03');
    expect(parseTypedDate('12/3', 'en-GB', on)).toBe('2026-03-12');
    expect(parseTypedDate('3.12.2026', 'de-DE', on)).toBe('2026-12-03');
    expect(parseTypedDate('3.12.', 'de-DE', on)).toBe('2026-12-03');
    expect(parseTypedDate('3/12/26', 'en-GB', on)).toBe('2026-12-03');
    expect(parseTypedDate('12-3-2026', 'en-US', on)).toBe('2026-12-03');
    expect(parseTypedDate('2026-12-03', 'de-DE', on)).toBe('2026-12-03');
    expect(parseTypedDate('2026/12/3', 'en-US', on)).toBe('2026-12-03');
  });
  it('reads month names either way round, in the office language and English', () => {
    expect(parseTypedDate('Dec 3', 'en-US', on)).toBe('2026-12-03');
    expect(parseTypedDate('3 Dec', 'en-GB', on)).toBe('2026-12-03');
    expect(parseTypedDate('December 3, 2026', 'en-US', on)).toBe('2026-12-03');
    expect(parseTypedDate('Dec 3rd', 'en-US', on)).toBe('2026-12-03');
    expect(parseTypedDate('3. Dezember 2026', 'de-DE', on)).toBe('2026-12-03');
    expect(parseTypedDate('3 déc. 2026', 'fr-FR', on)).toBe('2026-12-03');
    expect(parseTypedDate('Sept 9', 'en-GB', on)).toBe('2026-09-09');
  });
  it('reads today, yesterday and tomorrow, and what formatDate writes', () => {
    expect(parseTypedDate('today', 'en-US', on)).toBe(on);
    expect(parseTypedDate(' Yesterday ', 'en-US', on)).toBe('2026-12-03');
    expect(parseTypedDate('tomorrow', 'en-US', on)).toBe('2026-12-05');
    for (const locale of ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP', 'nl-NL'])
      expect(parseTypedDate(formatDate('2026-03-09', locale), locale, on), locale).toBe('2026-03-09');
  });
  it('refuses what is not a real date, never rolling over', () => {
    for (const bad of ['2/30', '13/1', '31.4.', 'Feb 30', 'soon', '12/3/2026/1', '', 'Dec', '3 4 5', '2026-02-29'])
      expect(parseTypedDate(bad, 'en-US', on), bad).toBeNull();
    expect(parseTypedDate('2/29/2028', 'en-US', on)).toBe('2028-02-29');
  });
  it('knows the numeric order of a locale', () => {
    expect(numericDateOrder('en-US')).toBe('mdy');
    expect(numericDateOrder('en-GB')).toBe('dmy');
    expect(numericDateOrder('de-DE')).toBe('dmy');
    expect(numericDateOrder('ja-JP')).toBe('ymd');
  });
  it('gives a short typed example in the locale order, which it reads back', () => {
    const examples = { 'en-US': '12/3', 'en-GB': '3/12', 'de-DE': '3.12.', 'nl-NL': '3-12', 'ja-JP': '2026-12-03' };
    for (const [locale, example] of Object.entries(examples)) {
      expect(typedDateExample(locale), locale).toBe(example);
      expect(parseTypedDate(example, locale, on), locale).toBe('2026-12-03');
    }
  });
});
