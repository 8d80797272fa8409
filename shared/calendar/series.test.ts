import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ruleStarts } from './series';
import { msToWall, wallToMs } from './zones';

/** ical.js's own iteration, straight: the reference the engine's shortcuts must match. */
function reference(rrule: string, start: string, until: string): string[] {
  const it = ICAL.Recur.fromString(rrule).iterator(ICAL.Time.fromDateTimeString(start));
  const out = [start];
  for (let i = 0; i < 5000; i++) {
    const next = it.next();
    if (!next) break;
    const s = next.toString();
    if (s >= until) break;
    if (s !== out[out.length - 1]) out.push(s);
  }
  return out;
}

function engine(rrule: string, start: string, until: string, skipTo: string | null = null): string[] {
  const out: string[] = [];
  for (const ms of ruleStarts(rrule, wallToMs(start), false, 'UTC', skipTo ? wallToMs(skipTo) : null, 10_000)) {
    const s = msToWall(ms);
    if (s >= until) break;
    out.push(s);
  }
  return out;
}

describe('ruleStarts', () => {
  const rules = [
    'FREQ=DAILY',
    'FREQ=DAILY;INTERVAL=3',
    'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
    'FREQ=DAILY;INTERVAL=2;BYDAY=MO,WE',
    'FREQ=WEEKLY',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH',
    'FREQ=WEEKLY;BYDAY=SU,MO;WKST=SU',
    'FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,FR;WKST=MO',
    'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9,15',
    'FREQ=MONTHLY;BYDAY=-1FR',
    'FREQ=MONTHLY;BYMONTHDAY=15',
    'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU',
    'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'FREQ=COUNT_IS_NOT_A_FREQ',
  ];
  it.each(rules)('matches ical.js for %s, from the start and from a late window', (rrule) => {
    const start = '2024-01-31T09:30:00';
    let ref: string[];
    try {
      ref = reference(rrule, start, '2027-01-01T00:00:00');
    } catch {
      ref = [start];
    }
    expect(engine(rrule, start, '2027-01-01T00:00:00')).toEqual(ref);
    const late = engine(rrule, start, '2027-01-01T00:00:00', '2026-06-01T00:00:00');
    expect(late.filter((s) => s >= '2026-06-01')).toEqual(ref.filter((s) => s >= '2026-06-01'));
  });

  it('counts COUNT from the start even when asked for a late window', () => {
    const all = engine('FREQ=WEEKLY;BYDAY=MO,WE;COUNT=100', '2024-01-01T09:00:00', '2030-01-01');
    expect(all).toHaveLength(100);
    const late = engine('FREQ=WEEKLY;BYDAY=MO,WE;COUNT=100', '2024-01-01T09:00:00', '2030-01-01', '2024-10-01T00:00:00');
    expect(late[late.length - 1]).toBe(all[99]);
    expect(engine('FREQ=MONTHLY;BYDAY=1MO;COUNT=5', '2024-01-01T09:00:00', '2030-01-01', '2024-04-01T00:00:00').pop()).toBe('2024-05-06T09:00:00');
  });

  it('skips 29 February in other years and 31st in shorter months (RFC 5545)', () => {
    expect(engine('FREQ=YEARLY', '2024-02-29T08:00:00', '2033-01-01')).toEqual(['2024-02-29T08:00:00', '2028-02-29T08:00:00', '2032-02-29T08:00:00']);
    expect(engine('FREQ=MONTHLY', '2026-01-31T08:00:00', '2026-06-01')).toEqual(['2026-01-31T08:00:00', '2026-03-31T08:00:00', '2026-05-31T08:00:00']);
  });
});
