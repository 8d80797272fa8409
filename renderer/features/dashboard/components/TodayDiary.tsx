/**
 * The Dashboard's "Today" (issue 13.7): today's diary items in the office zone — the calendar's
 * own events and what other modules put in diaries (interviews, bookings, trips…) — with the
 * time, title, room or place and whose diary, each opening its record; the current user's
 * diary or everyone's; and the reminders due soon.
 */
import { BellRing } from 'lucide-react';
import { useMemo, useState } from 'react';
import { wallToUtc } from '../../../../shared/calendar';
import { addDays } from '../../../../shared/lib/dates';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { dateInZone, diaryKey, formatOfficeTimeRange, useCalendarSettings, useDiaries, useDiaryItems, useReminderPlan, type DiaryItem } from '../../calendar';
import { touchesDay } from '../summary';
import './todayDiary.css';

/** How far ahead "due soon" looks for reminders that have not fired yet. */
const SOON_MS = 2 * 60 * 60_000;

type Scope = 'mine' | 'everyone';

/** Today's items in the office zone, for the chosen scope; `undefined` while loading. */
export function useTodayDiary(scope: Scope) {
  const settings = useCalendarSettings();
  const zone = settings?.officeTimeZone ?? 'UTC';
  // The day the screen opened on (a new visit to the Dashboard reads the new day).
  const [openedAt] = useState(() => Date.now());
  const today = dateInZone(openedAt, zone);
  const from = wallToUtc(`${today}T00:00:00`, zone);
  const to = wallToUtc(`${addDays(today, 1)}T00:00:00`, zone);
  const me = settings?.currentUserId;
  const mine = scope === 'mine' && me ? { diaries: [diaryKey('person', me)] } : {};
  const read = useDiaryItems(from, to, mine);
  // Only what touches today in the office zone: the sources read a little wider on purpose.
  const items = useMemo(() => read?.filter((item) => touchesDay(item, today, zone)), [read, today, zone]);
  return { settings, zone, today, items: settings ? items : undefined, hasUser: !!me };
}

function whoseDiary(item: DiaryItem, names: Map<string, string>): string {
  const people = item.diaries.filter((k) => k.startsWith('person:')).map((k) => names.get(k)).filter((n): n is string => !!n);
  const list = people.length ? people : item.diaries.map((k) => names.get(k)).filter((n): n is string => !!n);
  if (list.length <= 2) return list.join(', ');
  return `${list.slice(0, 2).join(', ')} +${list.length - 2}`;
}

export function TodayDiary() {
  const profile = useCompanyProfile();
  const [scopeChoice, setScope] = useState<Scope | null>(null);
  const settingsProbe = useCalendarSettings();
  const scope: Scope = scopeChoice ?? (settingsProbe?.currentUserId ? 'mine' : 'everyone');
  const { zone, today, items, hasUser } = useTodayDiary(scope);
  const diaries = useDiaries();
  const names = useMemo(() => new Map((diaries ?? []).map((d) => [d.key as string, d.name])), [diaries]);
  const { now, plan } = useReminderPlan();
  const soon = useMemo(
    () => (plan ? [...plan.due, ...plan.upcoming.filter((r) => Date.parse(r.fireAt) - now <= SOON_MS)] : []),
    [plan, now],
  );
  const when = (span: { start: string; end: string; allDay: boolean; timeZone?: string | undefined }) =>
    formatOfficeTimeRange(span, { locale: profile.locale, officeTimeZone: zone, todayInZone: today });
  const timeOnly = new Intl.DateTimeFormat(profile.locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' });

  return (
    <section className="card today-diary" aria-labelledby="today-title">
      <div className="today-head">
        <h2 id="today-title">Today’s diary</h2>
        <span className="spacer" />
        {hasUser ? (
          <div className="today-scope" role="group" aria-label="Whose diary">
            <button type="button" className="btn" aria-pressed={scope === 'mine'} onClick={() => setScope('mine')}>
              Mine
            </button>
            <button type="button" className="btn" aria-pressed={scope === 'everyone'} onClick={() => setScope('everyone')}>
              Everyone
            </button>
          </div>
        ) : null}
      </div>
      {items === undefined ? (
        <p className="muted">Loading…</p>
      ) : items.length ? (
        <ul className="list-plain today-list" aria-label="Today’s diary items">
          {items.map((item) => {
            const who = whoseDiary(item, names);
            const text = (
              <>
                <span className="today-time">{when(item)}</span>
                <span className="today-what">
                  <span className="today-title">{item.title}</span>
                  {item.detail ? <span className="muted"> · {item.detail}</span> : null}
                </span>
                {who ? <span className="today-who muted">{who}</span> : null}
              </>
            );
            return (
              <li key={item.key}>
                {item.href ? (
                  <a className="today-row" href={item.href}>
                    {text}
                  </a>
                ) : (
                  <span className="today-row">{text}</span>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">{scope === 'mine' ? 'Nothing in your diary today.' : 'Nothing in the diary today.'}</p>
      )}
      {soon.length ? (
        <div className="today-reminders">
          <h3 id="today-reminders-title">
            <BellRing size={14} aria-hidden="true" /> Reminders due soon
          </h3>
          <ul className="list-plain" aria-labelledby="today-reminders-title">
            {soon.map((r) => (
              <li key={r.id}>
                <a className="today-row" href={r.href}>
                  <span className="today-time">{Date.parse(r.fireAt) <= now ? 'Now' : timeOnly.format(new Date(r.fireAt))}</span>
                  <span className="today-what">
                    <span className="today-title">{r.title}</span>
                    <span className="muted"> · starts {when(r)}</span>
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
