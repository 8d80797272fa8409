import { describe, expect, it } from 'vitest';
import { reminderNotice } from '../../shared/ipc/contract';
import { createReminderNotifier, reminderNotificationText, type NotificationText } from './reminderNotifications';

const notice = {
  id: 'ev1|2026-12-04T09:00:00',
  eventId: 'ev1',
  title: 'Board meeting',
  startsAt: '2026-12-04T09:00:00.000Z',
  when: '09:00–10:30',
  where: 'Room 2',
};
const at = (iso: string) => Date.parse(iso);

describe('reminderNotificationText', () => {
  it('says how long until the start, when and where', () => {
    expect(reminderNotificationText(notice, at('2026-12-04T08:45:00Z'))).toEqual({
      title: 'Board meeting',
      body: 'Starts in 15 minutes · 09:00–10:30 · Room 2',
    });
    expect(reminderNotificationText({ ...notice, where: undefined }, at('2026-12-04T07:30:00Z')).body).toBe('Starts in 1 hour 30 min · 09:00–10:30');
    expect(reminderNotificationText(notice, at('2026-12-04T08:59:00Z')).body).toMatch(/^Starts in 1 minute ·/);
    expect(reminderNotificationText(notice, at('2026-12-04T09:00:10Z')).body).toMatch(/^Starting now ·/);
    // A reminder missed while the app was closed, shown on start.
    expect(reminderNotificationText(notice, at('2026-12-04T09:20:00Z')).body).toMatch(/^Started 20 minutes ago ·/);
    expect(reminderNotificationText({ ...notice, startsAt: '2026-12-05T09:00:00.000Z', when: 'All day' }, at('2026-12-04T09:00:00Z')).body).toBe(
      'Starts in 24 hours · All day · Room 2',
    );
  });
});

describe('createReminderNotifier', () => {
  function setup(supported = true) {
    const shown: NotificationText[] = [];
    const clicks: (() => void)[] = [];
    const opened: string[] = [];
    const notifier = createReminderNotifier({
      show: (text, onClick) => {
        if (!supported) return false;
        shown.push(text);
        clicks.push(onClick);
        return true;
      },
      openEvent: (id) => opened.push(id),
      now: () => at('2026-12-04T08:45:00Z'),
      remember: 2,
    });
    return { notifier, shown, clicks, opened };
  }

  it('shows each reminder once, and a click opens its event', () => {
    const { notifier, shown, clicks, opened } = setup();
    expect(notifier.notify(notice)).toEqual({ shown: true });
    expect(notifier.notify(notice)).toEqual({ shown: false });
    expect(shown).toEqual([{ title: 'Board meeting', body: 'Starts in 15 minutes · 09:00–10:30 · Room 2' }]);
    clicks[0]!();
    expect(opened).toEqual(['ev1']);
  });

  it('forgets the oldest ids past its limit, and tries again when the system could not show one', () => {
    const { notifier } = setup();
    notifier.notify({ ...notice, id: 'a' });
    notifier.notify({ ...notice, id: 'b' });
    notifier.notify({ ...notice, id: 'c' });
    expect(notifier.notify({ ...notice, id: 'a' })).toEqual({ shown: true });
    expect(notifier.notify({ ...notice, id: 'c' })).toEqual({ shown: false });
    const unsupported = setup(false);
    expect(unsupported.notifier.notify(notice)).toEqual({ shown: false });
    expect(unsupported.notifier.notify(notice)).toEqual({ shown: false });
  });

  it('takes only what the contract allows: an event id cannot carry a path or markup', () => {
    expect(reminderNotice.safeParse(notice).success).toBe(true);
    expect(reminderNotice.safeParse({ ...notice, eventId: '../../etc' }).success).toBe(false);
    expect(reminderNotice.safeParse({ ...notice, eventId: '<img src=x>' }).success).toBe(false);
    expect(reminderNotice.safeParse({ ...notice, startsAt: 'tomorrow' }).success).toBe(false);
    expect(reminderNotice.safeParse({ ...notice, title: '' }).success).toBe(false);
    expect(reminderNotice.safeParse({ ...notice, title: 'x'.repeat(201) }).success).toBe(false);
  });
});
