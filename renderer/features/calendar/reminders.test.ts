import { describe, expect, it } from 'vitest';
import { openTestDb } from '../../db/testing';
import { armReminderTimer, dismissReminder, planReminders, reminderWindow, REMINDER_HORIZON_MS, type Reminder, type ReminderClock } from './reminders';

const MIN = 60_000;
const at = (iso: string) => Date.parse(iso);

function reminder(id: string, startsAt: string, minutes: number, lengthMin = 60): Reminder {
  const start = at(startsAt);
  return {
    id,
    eventId: id.split('|')[0]!,
    title: `Event ${id}`,
    start: startsAt,
    end: new Date(start + lengthMin * MIN).toISOString(),
    allDay: false,
    startsAt,
    endsAt: new Date(start + lengthMin * MIN).toISOString(),
    fireAt: new Date(start - minutes * MIN).toISOString(),
    minutesBefore: minutes,
    href: `#/calendar/event/${id}`,
  };
}

/** A clock that only moves when told to, and runs whatever timers fall due. */
function fakeClock(startIso: string) {
  let now = at(startIso);
  let seq = 0;
  const timers = new Map<number, { due: number; fn: () => void }>();
  const clock: ReminderClock = {
    now: () => now,
    setTimer: (fn, ms) => {
      timers.set(++seq, { due: now + ms, fn });
      return seq;
    },
    clearTimer: (h) => void timers.delete(h as number),
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const next = [...timers.entries()].filter(([, t]) => t.due <= until).sort((a, b) => a[1].due - b[1].due)[0];
      if (!next) break;
      timers.delete(next[0]);
      now = next[1].due;
      next[1].fn();
    }
    now = until;
  };
  return { clock, advance, pending: () => [...timers.values()].map((t) => new Date(t.due).toISOString()) };
}

describe('planReminders', () => {
  const list = [
    reminder('a|1', '2026-12-04T09:00:00.000Z', 15), // fires 08:45
    reminder('b|1', '2026-12-04T10:00:00.000Z', 30), // fires 09:30
    reminder('c|1', '2026-12-04T07:00:00.000Z', 10, 30), // 07:00–07:30, fired 06:50
  ];

  it('says what is due now and when the next one fires', () => {
    const plan = planReminders(list, new Set(), at('2026-12-04T08:50:00Z'));
    expect(plan.due.map((r) => r.id)).toEqual(['a|1']);
    expect(plan.upcoming.map((r) => r.id)).toEqual(['b|1']);
    expect(new Date(plan.nextAt!).toISOString()).toBe('2026-12-04T09:30:00.000Z');
  });

  it('shows a reminder missed while closed when its event has not ended, and never one whose event is over', () => {
    // The app opens at 07:10: 'c' fired at 06:50 and is still running (ends 07:30).
    const early = planReminders(list, new Set(), at('2026-12-04T07:10:00Z'));
    expect(early.due.map((r) => r.id)).toEqual(['c|1']);
    // Re-planned when 'c' ends, so it goes away by itself.
    expect(new Date(early.nextAt!).toISOString()).toBe('2026-12-04T07:30:00.000Z');
    const late = planReminders(list, new Set(), at('2026-12-04T07:40:00Z'));
    expect(late.due).toEqual([]);
    expect(new Date(late.nextAt!).toISOString()).toBe('2026-12-04T08:45:00.000Z');
  });

  it('leaves out dismissed reminders', () => {
    const plan = planReminders(list, new Set(['a|1']), at('2026-12-04T08:50:00Z'));
    expect(plan.due).toEqual([]);
    expect(plan.nextAt).toBe(at('2026-12-04T09:30:00Z'));
  });

  it('has nothing to wait for when every reminder is over or dismissed', () => {
    expect(planReminders(list, new Set(['a|1', 'b|1']), at('2026-12-04T12:00:00Z'))).toEqual({ due: [], upcoming: [], nextAt: null });
  });
});

describe('armReminderTimer', () => {
  it('sets one timer for the next reminder, not a poll, and fires it at that moment', () => {
    const { clock, advance, pending } = fakeClock('2026-12-04T08:00:00Z');
    const fired: string[] = [];
    const list = [reminder('a|1', '2026-12-04T09:00:00.000Z', 15), reminder('b|1', '2026-12-04T10:00:00.000Z', 30)];
    let cancel = () => {};
    const replan = () => {
      const plan = planReminders(list, new Set(fired), clock.now());
      for (const r of plan.due) fired.push(r.id);
      cancel = armReminderTimer(plan.nextAt, clock, replan);
    };
    replan();
    expect(pending()).toEqual(['2026-12-04T08:45:00.000Z']);
    advance(44 * MIN);
    expect(fired).toEqual([]);
    advance(1 * MIN);
    expect(fired).toEqual(['a|1']);
    expect(pending()).toEqual(['2026-12-04T09:30:00.000Z']);
    advance(2 * 60 * MIN);
    expect(fired).toEqual(['a|1', 'b|1']);
    // Nothing left: one timer at the horizon to read the next window, no more.
    expect(pending()).toHaveLength(1);
    cancel();
    expect(pending()).toEqual([]);
  });

  it('never waits longer than the horizon (setTimeout cannot wait weeks) and fires at once for a past time', () => {
    const { clock, pending } = fakeClock('2026-12-04T08:00:00Z');
    armReminderTimer(at('2027-03-01T00:00:00Z'), clock, () => {});
    expect(pending()).toEqual([new Date(at('2026-12-04T08:00:00Z') + REMINDER_HORIZON_MS).toISOString()]);
    armReminderTimer(at('2026-12-01T00:00:00Z'), clock, () => {});
    expect(pending()).toContain('2026-12-04T08:00:00.000Z');
  });

  it('reads a window aligned to the horizon, so the live query keeps its range between timers', () => {
    const w1 = reminderWindow(at('2026-12-04T08:00:00Z'));
    const w2 = reminderWindow(at('2026-12-04T20:00:00Z'));
    expect(w1).toEqual(w2);
    expect(w1.toMs - w1.fromMs).toBe(2 * REMINDER_HORIZON_MS);
    expect(w1.fromMs).toBeLessThanOrEqual(at('2026-12-04T08:00:00Z'));
  });
});

describe('dismissReminder', () => {
  it('stores the dismissal under the reminder id, once (dismissing again keeps one row)', async () => {
    const db = await openTestDb();
    await dismissReminder('ev1|2026-12-04T09:00:00', db, '2026-12-04T08:50:00.000Z');
    await dismissReminder('ev1|2026-12-04T09:00:00', db, '2026-12-04T08:51:00.000Z');
    const rows = await db.reminderDismissals.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'ev1|2026-12-04T09:00:00', dismissedAt: '2026-12-04T08:51:00.000Z', deletedAt: null });
    db.close();
  });
});
