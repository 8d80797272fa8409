import { describe, expect, it } from 'vitest';
import { parseDateText, parseTimeText, suggestDateFormat } from './dates';

const date = (text: string, format: Parameters<typeof parseDateText>[1]) => {
  const r = parseDateText(text, format);
  return r.ok ? r.date : r.problem;
};

describe('parseDateText', () => {
  it('reads each format', () => {
    expect(date('2026-03-05', 'YYYY-MM-DD')).toBe('2026-03-05');
    expect(date('03/05/2026', 'MM/DD/YYYY')).toBe('2026-03-05');
    expect(date('03/05/2026', 'DD/MM/YYYY')).toBe('2026-05-03');
    expect(date('05.03.2026', 'DD.MM.YYYY')).toBe('2026-03-05');
  });

  it('accepts one-digit parts, two-digit years and ISO dates in any format', () => {
    expect(date('4/5/16', 'MM/DD/YYYY')).toBe('2016-04-05');
    expect(date('10/27/28', 'MM/DD/YYYY')).toBe('2028-10-27');
    expect(date('1/2/75', 'DD/MM/YYYY')).toBe('1975-02-01');
    expect(date('2026-03-05', 'DD.MM.YYYY')).toBe('2026-03-05');
    expect(date('2026/3/5', 'MM/DD/YYYY')).toBe('2026-03-05');
  });

  it('ignores a time of day after the date', () => {
    expect(parseDateText('05.03.2026 14:22', 'DD.MM.YYYY')).toEqual({
      ok: true,
      date: '2026-03-05',
      time: '14:22',
    });
    expect(parseDateText('2026-03-05T09:30:00Z', 'YYYY-MM-DD')).toEqual({
      ok: true,
      date: '2026-03-05',
      time: '09:30:00Z',
    });
  });

  it('refuses impossible dates and says why', () => {
    expect(date('2026-02-30', 'YYYY-MM-DD')).toBe('is not a real date: February 2026 has 28 days');
    expect(date('13/45/2026', 'MM/DD/YYYY')).toBe('is not a real date: there is no month 13');
    expect(date('13/45/2026', 'DD/MM/YYYY')).toBe('is not a real date: there is no month 45');
    expect(date('31/04/2026', 'DD/MM/YYYY')).toBe('is not a real date: April 2026 has 30 days');
    expect(date('2024-02-29', 'YYYY-MM-DD')).toBe('2024-02-29');
    expect(date('00/10/2026', 'DD/MM/YYYY')).toBe('is not a real date: there is no day 0');
  });

  it('refuses text that is not a date in the format', () => {
    expect(date('next Tuesday', 'YYYY-MM-DD')).toBe('is not a date in the form YYYY-MM-DD');
    expect(date('03/05/2026', 'YYYY-MM-DD')).toBe('is not a date in the form YYYY-MM-DD');
    expect(date('2026-03-05 lunch', 'YYYY-MM-DD')).toBe('is not a date in the form YYYY-MM-DD');
    expect(date('3/5/202', 'MM/DD/YYYY')).toBe('is not a date in the form MM/DD/YYYY');
  });
});

describe('parseTimeText', () => {
  it('reads 24-hour and AM/PM times with optional zones', () => {
    expect(parseTimeText('9:30')).toEqual({ hour: 9, minute: 30, second: 0, zone: undefined });
    expect(parseTimeText('2:15 PM')).toEqual({ hour: 14, minute: 15, second: 0, zone: undefined });
    expect(parseTimeText('12:00 am')).toEqual({ hour: 0, minute: 0, second: 0, zone: undefined });
    expect(parseTimeText('10:00:05+0200')).toEqual({
      hour: 10,
      minute: 0,
      second: 5,
      zone: '+02:00',
    });
    expect(parseTimeText('25:00')).toBeNull();
    expect(parseTimeText('lunch')).toBeNull();
  });
});

describe('suggestDateFormat', () => {
  it('uses the values that show the order', () => {
    expect(suggestDateFormat(['2026-01-02', '2026-12-31'])).toBe('YYYY-MM-DD');
    expect(suggestDateFormat(['01/02/2026', '25/02/2026'])).toBe('DD/MM/YYYY');
    expect(suggestDateFormat(['01/02/2026', '02/25/2026'])).toBe('MM/DD/YYYY');
    expect(suggestDateFormat(['01.02.2026'])).toBe('DD.MM.YYYY');
  });

  it('falls back to the locale when every value is ambiguous', () => {
    expect(suggestDateFormat(['01/02/2026'], 'en-US')).toBe('MM/DD/YYYY');
    expect(suggestDateFormat(['01/02/2026'], 'en-GB')).toBe('DD/MM/YYYY');
  });
});
