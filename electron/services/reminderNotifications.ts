/**
 * Calendar reminders as desktop notifications (issue 13.7). Plain functions, no `electron`
 * import: the handler passes in how to show a notification and how to open an event, so this
 * is tested without Electron. Each reminder is shown once per run, however often the renderer
 * sends it (a reload re-sends what is still due); the list of those seen is bounded.
 */
import type { ReminderNoticeValue } from '../../shared/ipc/contract';

const MINUTE = 60_000;

export interface NotificationText {
  title: string;
  body: string;
}

function minutes(n: number): string {
  if (n < 60) return `${n} minute${n === 1 ? '' : 's'}`;
  const h = Math.floor(n / 60);
  const m = n % 60;
  const hours = `${h} hour${h === 1 ? '' : 's'}`;
  return m ? `${hours} ${m} min` : hours;
}

/** "Starts in 15 minutes · 09:00–10:00 · Room 2"; "Started 5 minutes ago"; "Starting now". */
export function reminderNotificationText(notice: ReminderNoticeValue, nowMs: number): NotificationText {
  const diff = Math.round((Date.parse(notice.startsAt) - nowMs) / MINUTE);
  const lead = diff > 0 ? `Starts in ${minutes(diff)}` : diff < 0 ? `Started ${minutes(-diff)} ago` : 'Starting now';
  const body = [lead, notice.when.trim(), notice.where?.trim()].filter((part): part is string => !!part).join(' · ');
  return { title: notice.title.trim() || 'Reminder', body };
}

export interface ReminderNotifierDeps {
  /** Shows one notification; `onClick` runs when the user clicks it. False when the system has none. */
  show(text: NotificationText, onClick: () => void): boolean;
  /** Brings the window forward and opens the event. */
  openEvent(eventId: string): void;
  now(): number;
  /** How many reminder ids are remembered (oldest forgotten first). */
  remember?: number;
}

export interface ReminderNotifier {
  notify(notice: ReminderNoticeValue): { shown: boolean };
}

export function createReminderNotifier(deps: ReminderNotifierDeps): ReminderNotifier {
  const limit = deps.remember ?? 500;
  const seen = new Set<string>();
  return {
    notify(notice) {
      if (seen.has(notice.id)) return { shown: false };
      const shown = deps.show(reminderNotificationText(notice, deps.now()), () => deps.openEvent(notice.eventId));
      if (!shown) return { shown: false };
      seen.add(notice.id);
      if (seen.size > limit) seen.delete(seen.values().next().value as string);
      return { shown: true };
    },
  };
}
