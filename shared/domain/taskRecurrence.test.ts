/** Repeating tasks: the form's presets as RRULE text, and the next due date (ical.js). */
import { describe, expect, it } from 'vitest';
import { describeRecurrence } from '../calendar/recurrence';
import { defaultTaskRepeat, nextTaskDue, readTaskRepeat, taskRepeatRrule, weekdayOf, type TaskRepeat } from './taskRecurrence';

const rule = (r: TaskRepeat) => taskRepeatRrule(r)!;

/** The dues made by completing each occurrence on its due day, `n` times from `first`. */
function chain(rrule: string, first: string, n: number): string[] {
  const out = [first];
  let current = first;
  for (let i = 1; i < n; i++) {
    const next = nextTaskDue(rrule, first, current, current);
    if (!next) break;
    out.push(next);
    current = next;
  }
  return out;
}

describe('task repeat presets', () => {
  it('writes every preset as RRULE text the calendar engine describes', () => {
    expect(rule({ kind: 'weekdays' })).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    expect(rule({ kind: 'weekly', days: ['FR', 'MO'] })).toBe('FREQ=WEEKLY;BYDAY=MO,FR');
    expect(rule({ kind: 'monthly-day', monthDay: 1 })).toBe('FREQ=MONTHLY;BYMONTHDAY=1');
    expect(rule({ kind: 'monthly-last', weekday: 'FR' })).toBe('FREQ=MONTHLY;BYDAY=-1FR');
    expect(rule({ kind: 'quarterly' })).toBe('FREQ=MONTHLY;INTERVAL=3');
    expect(rule({ kind: 'yearly' })).toBe('FREQ=YEARLY');
    expect(rule({ kind: 'custom', freq: 'DAILY', interval: 10 })).toBe('FREQ=DAILY;INTERVAL=10');
    expect(rule({ kind: 'weekly', days: ['FR'], count: 4 })).toBe('FREQ=WEEKLY;COUNT=4;BYDAY=FR');
    expect(taskRepeatRrule({ kind: 'none' })).toBeUndefined();
    expect(() => taskRepeatRrule({ kind: 'weekly', days: [] })).toThrow(/day of the week/);
    expect(describeRecurrence(rule({ kind: 'weekdays' }))).toBe('Every weekday');
    expect(describeRecurrence(rule({ kind: 'monthly-last', weekday: 'FR' }))).toBe('Monthly on the last Friday');
    expect(describeRecurrence(rule({ kind: 'monthly-day', monthDay: 1 }))).toBe('Monthly on day 1');
    expect(describeRecurrence(rule({ kind: 'quarterly' }))).toBe('Every 3 months');
  });

  it('reads each rule back to the form choice it came from', () => {
    const choices: TaskRepeat[] = [
      { kind: 'none' },
      { kind: 'weekdays' },
      { kind: 'weekly', days: ['TU', 'TH'] },
      { kind: 'monthly-day', monthDay: -1 },
      { kind: 'monthly-last', weekday: 'MO' },
      { kind: 'quarterly', until: '2027-12-31' },
      { kind: 'yearly', count: 5 },
      { kind: 'custom', freq: 'WEEKLY', interval: 2, days: ['MO'] },
    ];
    for (const c of choices) expect(readTaskRepeat(taskRepeatRrule(c))).toEqual(c);
    expect(readTaskRepeat('FREQ=MONTHLY;BYDAY=2TU')).toBeNull();
    expect(readTaskRepeat('not a rule')).toBeNull();
  });

  it('defaults a picked preset from the due date', () => {
    expect(weekdayOf('2026-12-04')).toBe('FR');
    expect(defaultTaskRepeat('weekly', '2026-12-04')).toEqual({ kind: 'weekly', days: ['FR'] });
    expect(defaultTaskRepeat('monthly-day', '2026-12-15')).toEqual({ kind: 'monthly-day', monthDay: 15 });
    expect(defaultTaskRepeat('monthly-last', undefined)).toEqual({ kind: 'monthly-last', weekday: 'FR' });
  });
});

describe('nextTaskDue', () => {
  it('every weekday skips the weekend', () => {
    const r = rule({ kind: 'weekdays' });
    expect(nextTaskDue(r, '2026-12-04', '2026-12-04')).toBe('2026-12-07'); // Fri → Mon
    expect(nextTaskDue(r, '2026-12-07', '2026-12-07')).toBe('2026-12-08');
    expect(chain(r, '2026-12-03', 4)).toEqual(['2026-12-03', '2026-12-04', '2026-12-07', '2026-12-08']);
  });

  it('every month on the 1st, from a due that is not the 1st', () => {
    const r = rule({ kind: 'monthly-day', monthDay: 1 });
    expect(nextTaskDue(r, '2026-12-15', '2026-12-15')).toBe('2027-01-01');
    expect(chain(r, '2027-01-01', 3)).toEqual(['2027-01-01', '2027-02-01', '2027-03-01']);
  });

  it('the last Friday across months with 4 and 5 Fridays', () => {
    const r = rule({ kind: 'monthly-last', weekday: 'FR' });
    // January 2027 has 5 Fridays (1, 8, 15, 22, 29); February 2027 has 4 (5, 12, 19, 26).
    expect(chain(r, '2027-01-29', 4)).toEqual(['2027-01-29', '2027-02-26', '2027-03-26', '2027-04-30']);
    // Completing mid-month early still gives the month after the current due.
    expect(nextTaskDue(r, '2027-01-29', '2027-01-10')).toBe('2027-02-26');
  });

  it('every 3 months from 31 January skips months without a 31st (ical.js)', () => {
    const r = rule({ kind: 'quarterly' });
    expect(chain(r, '2027-01-31', 4)).toEqual(['2027-01-31', '2027-07-31', '2027-10-31', '2028-01-31']);
    expect(chain(r, '2027-01-15', 3)).toEqual(['2027-01-15', '2027-04-15', '2027-07-15']);
  });

  it('leap years: the 29th of February and the last day of February', () => {
    expect(chain(rule({ kind: 'yearly' }), '2024-02-29', 5)).toEqual(['2024-02-29', '2025-03-01', '2026-03-01', '2027-03-01', '2028-02-29']);
    expect(chain(rule({ kind: 'monthly-day', monthDay: -1 }), '2028-01-31', 3)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31']);
    expect(chain(rule({ kind: 'monthly-day', monthDay: -1 }), '2027-01-31', 2)).toEqual(['2027-01-31', '2027-02-28']);
  });

  it('a series with COUNT or UNTIL ends', () => {
    const counted = rule({ kind: 'weekly', days: ['FR'], count: 3 });
    expect(chain(counted, '2026-12-04', 10)).toEqual(['2026-12-04', '2026-12-11', '2026-12-18']);
    // COUNT counts from the series' anchor, whichever task is completed.
    expect(nextTaskDue(counted, '2026-12-04', '2026-12-11', '2026-12-11')).toBe('2026-12-18');
    expect(nextTaskDue(counted, '2026-12-04', '2026-12-18', '2026-12-18')).toBeNull();
    expect(nextTaskDue('FREQ=WEEKLY;BYDAY=FR;COUNT=1', '2026-12-04', '2026-12-04')).toBeNull();
    const until = rule({ kind: 'weekly', days: ['FR'], until: '2026-12-11' });
    expect(nextTaskDue(until, '2026-12-04', '2026-12-04')).toBe('2026-12-11');
    expect(nextTaskDue(until, '2026-12-11', '2026-12-11')).toBeNull();
    // Completing late past the end: nothing left.
    expect(nextTaskDue(until, '2026-12-04', '2026-12-20')).toBeNull();
  });

  it('completing late skips the missed ones; early gives the one after the current due', () => {
    const fridays = rule({ kind: 'weekly', days: ['FR'] });
    expect(nextTaskDue(fridays, '2026-12-04', '2026-12-16')).toBe('2026-12-18'); // missed the 11th
    expect(nextTaskDue(fridays, '2026-12-04', '2026-12-18')).toBe('2026-12-18'); // completed on an occurrence day
    expect(nextTaskDue(fridays, '2026-12-11', '2026-12-07')).toBe('2026-12-18'); // early
    expect(nextTaskDue(fridays, '2026-12-04', '2026-12-07', '2026-12-11')).toBe('2026-12-18'); // early, later in the series
    // A late completion of a counted series uses up the skipped ones.
    expect(nextTaskDue('FREQ=WEEKLY;BYDAY=FR;COUNT=3', '2026-12-04', '2026-12-16', '2026-12-04')).toBe('2026-12-18');
    expect(nextTaskDue('FREQ=WEEKLY;BYDAY=FR;COUNT=3', '2026-12-04', '2026-12-19', '2026-12-04')).toBeNull();
  });

  it('an undated repeating task anchors on the completion day; an unreadable rule gives null', () => {
    expect(nextTaskDue(rule({ kind: 'weekly', days: ['MO'] }), undefined, '2026-12-02')).toBe('2026-12-07');
    expect(nextTaskDue('FREQ=NOPE', '2026-12-02', '2026-12-02')).toBeNull();
  });
});
