import { describe, expect, it } from 'vitest';
import { openTestDb } from '../../db/testing';
import { saveCalendarSettings, saveDiaryProfile } from './calendarSettings';
import { createEvent } from './events';
import { armReminderTimer, dismissReminder, formatOfficeTimeRange, planReminders, readReminders, reminderWindow, REMINDER_HORIZON_MS, type Reminder, type ReminderClock } from './reminders';

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

describe('readReminders (events through the one expansion)', () => {
  it('finds each occurrence’s reminder in the window, with the dismissals, and hides a private title from others', async () => {
    const db = await openTestDb();
    await saveCalendarSettings({ officeTimeZone: 'Europe/London', currentUserId: 'me' }, db);
    const weekly = await createEvent(
      { title: 'Team meeting', start: '2026-12-07T09:00:00', end: '2026-12-07T10:00:00', timeZone: 'Europe/London', rrule: 'FREQ=WEEKLY;COUNT=3', reminderMinutes: 15, location: 'Room 2' },
      db,
    );
    // New York 09:00 is 14:00 in London.
    await createEvent({ title: 'Call with NY', start: '2026-12-07T09:00:00', end: '2026-12-07T09:30:00', timeZone: 'America/New_York', reminderMinutes: 10 }, db);
    await createEvent({ title: 'Offsite', allDay: true, start: '2026-12-08', end: '2026-12-09', reminderMinutes: 60 }, db);
    await createEvent({ title: 'Doctor', start: '2026-12-07T11:00:00', end: '2026-12-07T12:00:00', timeZone: 'Europe/London', private: true, ownerId: 'boss', reminderMinutes: 5 }, db);
    await createEvent({ title: 'No reminder', start: '2026-12-07T08:00:00', end: '2026-12-07T09:00:00', timeZone: 'Europe/London' }, db);

    const data = await readReminders(at('2026-12-07T00:00:00Z'), at('2026-12-09T00:00:00Z'), db);
    expect(data.officeTimeZone).toBe('Europe/London');
    expect(data.reminders.map((r) => [r.title, r.fireAt])).toEqual([
      ['Team meeting', '2026-12-07T08:45:00.000Z'],
      ['Busy', '2026-12-07T10:55:00.000Z'],
      ['Call with NY', '2026-12-07T13:50:00.000Z'],
      // All day: from midnight in the office zone, an hour before.
      ['Offsite', '2026-12-07T23:00:00.000Z'],
    ]);
    const team = data.reminders[0]!;
    expect(team).toMatchObject({ eventId: weekly.id, location: 'Room 2', href: `#/calendar/event/${weekly.id}`, minutesBefore: 15 });
    expect(team.id.startsWith(`${weekly.id}|`)).toBe(true);
    expect(data.reminders[1]!.location).toBeUndefined();
    expect(data.reminders[2]!.timeZone).toBe('America/New_York');

    // Dismissed: stays dismissed on the next read (a restart), the next week's one does not.
    await dismissReminder(team.id, db);
    const again = await readReminders(at('2026-12-07T00:00:00Z'), at('2026-12-16T00:00:00Z'), db);
    expect(again.dismissed.has(team.id)).toBe(true);
    const plan = planReminders(again.reminders, again.dismissed, at('2026-12-07T08:50:00Z'));
    expect(plan.due).toEqual([]);
    expect(again.reminders.filter((r) => r.title === 'Team meeting').map((r) => r.fireAt)).toEqual(['2026-12-07T08:45:00.000Z', '2026-12-14T08:45:00.000Z']);

    // Once the boss lets 'me' see their diary, the private entry reads in full.
    await saveDiaryProfile('person:boss', { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', viewerIds: ['me'] }, db);
    const viewer = await readReminders(at('2026-12-07T00:00:00Z'), at('2026-12-08T00:00:00Z'), db);
    expect(viewer.reminders.map((r) => r.title)).toContain('Doctor');
    db.close();
  });
});

describe('formatOfficeTimeRange', () => {
  const london = { officeTimeZone: 'Europe/London', todayInZone: '2026-12-07' };
  it('says a span in the office zone the locale’s way, with the event’s own zone beside it', () => {
    const span = { start: '2026-12-07T09:00:00.000Z', end: '2026-12-07T10:00:00.000Z', allDay: false };
    expect(formatOfficeTimeRange(span, { ...london, locale: 'en-GB' })).toBe('09:00–10:00');
    expect(formatOfficeTimeRange(span, { ...london, locale: 'en-US' }).replace(/\s/g, ' ')).toBe('9:00 – 10:00 AM');
    expect(formatOfficeTimeRange({ ...span, start: '2026-12-07T14:00:00.000Z', end: '2026-12-07T15:00:00.000Z', timeZone: 'America/New_York' }, { ...london, locale: 'en-GB' })).toBe('14:00–15:00 (09:00–10:00 New York)');
    // Another day than today: the day is named.
    expect(formatOfficeTimeRange({ ...span, start: '2026-12-08T09:00:00.000Z', end: '2026-12-08T10:00:00.000Z' }, { ...london, locale: 'en-GB' })).toMatch(/^Tue 8 Dec/);
  });

  it('says all day for today, and the dates otherwise (the end is exclusive)', () => {
    expect(formatOfficeTimeRange({ start: '2026-12-07', end: '2026-12-08', allDay: true }, { ...london, locale: 'en-GB' })).toBe('All day');
    expect(formatOfficeTimeRange({ start: '2026-12-08', end: '2026-12-09', allDay: true }, { ...london, locale: 'en-GB' })).toBe('Tue 8 Dec, all day');
    expect(formatOfficeTimeRange({ start: '2026-12-08', end: '2026-12-10', allDay: true }, { ...london, locale: 'en-GB' })).toBe('Tue 8 Dec – Wed 9 Dec');
  });
});
