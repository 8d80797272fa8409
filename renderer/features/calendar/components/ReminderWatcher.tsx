/**
 * Reminders while the app is open (issue 13.7): the due ones as toasts with Open and Dismiss,
 * each also raised once as a desktop notification (platform.remind). One timer for the next
 * reminder, re-armed whenever the events or dismissals change (a live query) — no polling.
 * Rendered by the shell on every screen.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useDbQuery } from '../../../db/hooks';
import { getPlatform, onOpenEventRequest } from '../../../platform';
import { errorMessage } from '../../../../shared/lib/errors';
import type { DiaryProfile } from '../../../../shared/domain/calendar';
import { getDiaryProfiles } from '../calendarSettings';
import { useCalendarSettings } from '../hooks';
import {
  armReminderTimer,
  assembleReminders,
  dateInZone,
  dismissReminder,
  eventHref,
  formatOfficeTimeRange,
  planReminders,
  privateOwnerKeys,
  readReminderDismissals,
  readReminderEvents,
  reminderWindow,
  systemClock,
  type Reminder,
  type ReminderClock,
  type ReminderData,
} from '../reminders';
import './reminders.css';

const MAX_SHOWN = 3;

/**
 * The reminders' data and plan at the clock's now, re-planned by one timer. Four small live
 * queries (settings, events with a reminder, dismissals, private owners' viewers), each one
 * Dexie read, so any change to them re-plans at once.
 */
export function useReminderPlan(clock: ReminderClock = systemClock) {
  const [now, setNow] = useState(() => clock.now());
  const span = reminderWindow(now);
  const settings = useCalendarSettings();
  const events = useDbQuery((db) => readReminderEvents(span.fromMs, db), [span.fromMs]);
  const dismissed = useDbQuery((db) => readReminderDismissals(db), []);
  const owners = useMemo(() => (events ? privateOwnerKeys(events) : []), [events]);
  const ownersKey = owners.join(',');
  const profiles = useDbQuery((db) => (owners.length ? getDiaryProfiles(owners, db) : Promise.resolve(new Map<string, DiaryProfile>())), [ownersKey]);
  const data = useMemo((): ReminderData | null | undefined => {
    if (!settings || !events || !dismissed || !profiles) return undefined;
    try {
      return assembleReminders(events, settings, profiles, dismissed, span.fromMs, span.toMs);
    } catch (e) {
      // Reminders must never take the screen down with them.
      console.error('[reminders] could not work out the reminders:', e instanceof Error ? e.message : e);
      return null;
    }
  }, [settings, events, dismissed, profiles, span.fromMs, span.toMs]);
  const plan = useMemo(() => (data ? planReminders(data.reminders, data.dismissed, now) : null), [data, now]);
  useEffect(() => {
    if (data === undefined) return;
    const at = Math.min(plan?.nextAt ?? Infinity, span.refreshAt);
    return armReminderTimer(at, clock, () => setNow(clock.now()));
  }, [data, plan, span.refreshAt, clock]);
  return { now, data, plan };
}

function openHref(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}

export function ReminderWatcher({ clock = systemClock }: { clock?: ReminderClock }) {
  const profile = useCompanyProfile();
  const { now, data, plan } = useReminderPlan(clock);
  const notified = useRef(new Set<string>());
  const [failed, setFailed] = useState<string | null>(null);
  const zone = data?.officeTimeZone ?? 'UTC';
  const todayInZone = dateInZone(now, zone);
  const whenOf = (r: Reminder) => formatOfficeTimeRange(r, { locale: profile.locale, officeTimeZone: zone, todayInZone });

  // Each due reminder once per run on the desktop too (main also shows each id once).
  useEffect(() => {
    for (const r of plan?.due ?? []) {
      if (notified.current.has(r.id)) continue;
      notified.current.add(r.id);
      try {
        getPlatform().remind({ id: r.id, eventId: r.eventId, title: r.title, startsAt: r.startsAt, when: whenOf(r), ...(r.location ? { where: r.location } : {}) });
      } catch (e) {
        console.error('[reminders] desktop notification failed:', e);
      }
    }
    // whenOf only formats; the plan is what changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan]);

  // A click on the desktop notification opens the event here.
  useEffect(() => onOpenEventRequest((eventId) => openHref(eventHref(eventId))), []);

  const dismiss = (r: Reminder) =>
    dismissReminder(r.id).then(
      () => setFailed(null),
      (e: unknown) => setFailed(`The reminder could not be dismissed: ${errorMessage(e)}`),
    );

  const due = plan?.due ?? [];
  if (!due.length && !failed) return null;
  const shown = due.slice(-MAX_SHOWN).reverse();
  return (
    <section className="reminder-toasts" aria-label="Reminders">
      {shown.map((r) => {
        const id = `reminder-${r.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
        const starts = Date.parse(r.startsAt);
        const lead = starts > now ? `in ${Math.max(1, Math.round((starts - now) / 60_000))} min` : 'now';
        return (
          <article key={r.id} className="reminder-toast" role="alert" aria-labelledby={`${id}-title`} aria-describedby={`${id}-when`}>
            <div className="reminder-toast-text">
              <strong id={`${id}-title`}>{r.title}</strong>
              <span id={`${id}-when`} className="muted">
                {whenOf(r)} · {lead}
                {r.location ? ` · ${r.location}` : ''}
              </span>
            </div>
            <div className="reminder-toast-actions">
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  void dismiss(r);
                  openHref(r.href);
                }}
              >
                Open
              </button>
              <button type="button" className="btn" onClick={() => void dismiss(r)}>
                Dismiss
              </button>
            </div>
          </article>
        );
      })}
      {due.length > MAX_SHOWN ? <p className="reminder-toast-more muted">{due.length - MAX_SHOWN} more reminders due</p> : null}
      {failed ? (
        <p className="error-box" role="alert">
          {failed}
        </p>
      ) : null}
    </section>
  );
}

export default ReminderWatcher;
