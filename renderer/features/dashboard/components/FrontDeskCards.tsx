/**
 * The Dashboard's front desk cards (issue 14.6): open messages (the current user's first, each
 * with who called, for whom, how long it has waited, flagged past a day, "Called back" in one
 * click), today's tasks and errands (overdue in red, errands with their place) and the week's
 * interviews. Every row is a link to the record behind it, reachable with Tab.
 */
import { CheckSquare, MessageSquare, UserRound } from 'lucide-react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { dashboardMessages, dashboardTodayTasks } from '../../../../shared/domain/dashboard';
import { today as localToday } from '../../../../shared/lib/dates';
import { errorMessage } from '../../../../shared/lib/errors';
import { hrefFor } from '../../../core/router';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useToast } from '../../../ui/Toast';
import { useCalendarSettings } from '../../calendar';
import { closeMessage } from '../../calls';
import { useEmployees } from '../../people';
import { useDashboardOpenMessages, useDashboardTodayTasks, useUpcomingInterviews } from '../frontDesk';
import './frontDeskCards.css';

/** How many messages the card lists before "All messages". */
const MESSAGE_ROWS = 8;

/** The time, refreshed each minute (messages' ages, what "upcoming" means). */
function useMinute(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

function Card({ id, title, href, icon: Icon, side, children }: { id: string; title: string; href: string; icon: typeof CheckSquare; side?: ReactNode; children: ReactNode }) {
  return (
    <section className="card fd-card" aria-labelledby={`${id}-title`}>
      <header className="fd-head">
        <Icon size={18} aria-hidden="true" />
        <h2 id={`${id}-title`}>
          <a href={href}>{title}</a>
        </h2>
        <span className="spacer" />
        {side}
      </header>
      {children}
    </section>
  );
}

export function MessagesCard({ names, now }: { names: Map<string, string>; now: number }) {
  const open = useDashboardOpenMessages();
  const settings = useCalendarSettings();
  const me = settings?.currentUserId;
  const toast = useToast((s) => s.show);
  const [busy, setBusy] = useState<string | null>(null);
  const rows = useMemo(() => (open ? dashboardMessages(open, me, new Date(now)) : undefined), [open, me, now]);
  const mine = rows?.filter((r) => r.mine).length ?? 0;

  const calledBack = async (id: string, from: string) => {
    setBusy(id);
    try {
      await closeMessage(id, me ? { closedByEmployeeId: me } : {});
      toast(`Message from ${from} closed: called back.`);
    } catch (e) {
      toast(`Could not close the message: ${errorMessage(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      id="dash-messages"
      title="Messages"
      href={hrefFor('calls', 'messages')}
      icon={MessageSquare}
      side={rows ? <span className="muted">{rows.length === 0 ? 'none open' : `${rows.length} open${mine ? ` · ${mine} for you` : ''}`}</span> : null}
    >
      {!rows ? (
        <p className="muted">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="muted">No open messages: everyone has been called back.</p>
      ) : (
        <>
          <ul className="list-plain fd-list" aria-label="Open messages">
            {rows.slice(0, MESSAGE_ROWS).map((m) => {
              const forWhom = m.mine ? 'for you' : m.forEmployeeId ? `for ${names.get(m.forEmployeeId) ?? 'someone who left'}` : 'for anyone';
              return (
                <li key={m.id} className={m.mine ? 'fd-mine' : undefined}>
                  <a className="fd-row" href={hrefFor('calls', m.id)}>
                    <span className="fd-title">
                      {m.from}
                      {m.subject ? <span className="muted"> · {m.subject}</span> : null}
                    </span>
                    <span className="fd-meta">
                      <span className="fd-meta-text muted">
                        {forWhom} · {m.ageText}
                      </span>
                      {m.urgent ? <span className="badge fd-danger">Urgent</span> : null}
                      {m.stale ? <span className="badge badge-warn" title="Open for more than a day">Over a day</span> : null}
                    </span>
                  </a>
                  <button type="button" className="btn fd-action" disabled={busy === m.id} aria-label={`Called back: ${m.from}`} onClick={() => void calledBack(m.id, m.from)}>
                    Called back
                  </button>
                </li>
              );
            })}
          </ul>
          <a className="fd-all" href={hrefFor('calls', 'messages')}>
            All messages{rows.length > MESSAGE_ROWS ? ` (${rows.length})` : ''}
          </a>
        </>
      )}
    </Card>
  );
}

export function TodayTasksCard({ names, now }: { names: Map<string, string>; now: number }) {
  const { locale } = useCompanyProfile();
  const day = localToday(new Date(now));
  const view = useDashboardTodayTasks(day);
  const card = useMemo(() => (view ? dashboardTodayTasks(view, day) : undefined), [view, day]);
  const short = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const dateLabel = (d: string) => short.format(new Date(`${d}T12:00:00Z`));
  const total = card ? card.overdueCount + card.dueTodayCount : 0;

  return (
    <Card
      id="dash-today-tasks"
      title="Today’s tasks and errands"
      href={hrefFor('tasks')}
      icon={CheckSquare}
      side={
        card ? (
          <span className="fd-counts">
            {card.overdueCount ? (
              <a className="fd-overdue" href={hrefFor('tasks')}>
                {card.overdueCount} overdue
              </a>
            ) : null}
            <span className="muted">{card.dueTodayCount} due today</span>
          </span>
        ) : null
      }
    >
      {!card ? (
        <p className="muted">Loading…</p>
      ) : total === 0 ? (
        <p className="muted">Nothing overdue or due today.</p>
      ) : (
        <>
          <ul className="list-plain fd-list" aria-label="Today’s tasks and errands">
            {card.rows.map((t) => (
              <li key={t.id}>
                <a className="fd-row" href={hrefFor('tasks', t.id)}>
                  <span className="fd-title">
                    {t.kind === 'errand' ? <span className="fd-kind">Errand · </span> : null}
                    {t.title}
                  </span>
                  <span className="fd-meta">
                    {t.overdue ? (
                      <span className="badge fd-danger">Overdue · {dateLabel(t.due!)}</span>
                    ) : (
                      <span className="badge">{t.dueTime ? `Today ${t.dueTime}` : 'Today'}</span>
                    )}
                    {t.priority === 'urgent' || t.priority === 'high' ? <span className="badge">{t.priority === 'urgent' ? 'Urgent' : 'High'}</span> : null}
                    <span className="fd-meta-text muted">
                      {[t.place, t.assigneeId ? names.get(t.assigneeId) : undefined].filter(Boolean).join(' · ') || 'for anyone'}
                    </span>
                  </span>
                </a>
              </li>
            ))}
          </ul>
          <a className="fd-all" href={hrefFor('tasks')}>
            All of today{total > card.rows.length ? ` (${total})` : ''}
            {card.errandCount ? ` · ${card.errandCount} errand${card.errandCount === 1 ? '' : 's'}` : ''}
          </a>
        </>
      )}
    </Card>
  );
}

export function InterviewsCard({ now }: { now: number }) {
  const { locale } = useCompanyProfile();
  const settings = useCalendarSettings();
  // Hour by hour is enough for "upcoming": the read does not re-run every minute.
  const hour = Math.floor(now / 3_600_000) * 3_600_000;
  const data = useUpcomingInterviews(hour);
  const zone = settings?.officeTimeZone;
  const when = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', ...(zone ? { timeZone: zone } : {}) });
  const KIND: Record<string, string> = { phone: 'Phone', video: 'Video', onsite: 'On site' };

  return (
    <Card
      id="dash-interviews"
      title="Upcoming interviews"
      href={hrefFor('recruiting')}
      icon={UserRound}
      side={data ? <span className="muted">{data.count} this week</span> : null}
    >
      {!data ? (
        <p className="muted">Loading…</p>
      ) : data.rows.length === 0 ? (
        <p className="muted">No interviews in the next seven days.</p>
      ) : (
        <ul className="list-plain fd-list" aria-label="Upcoming interviews">
          {data.rows.map((i) => (
            <li key={i.id}>
              <a className="fd-row" href={hrefFor('recruiting', 'candidate', i.candidateId)}>
                <span className="fd-title">{i.candidateName}</span>
                <span className="fd-meta muted">
                  {when.format(new Date(i.start))} · {KIND[i.kind] ?? i.kind}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** The three front desk cards, sharing the people's names and the minute clock. */
export function FrontDeskCards() {
  const people = useEmployees();
  const names = useMemo(() => new Map((people ?? []).map((p) => [p.id, p.name])), [people]);
  const now = useMinute();
  return (
    <div className="grid-cards fd-cards" role="group" aria-label="Front desk">
      <MessagesCard names={names} now={now} />
      <TodayTasksCard names={names} now={now} />
      <InterviewsCard now={now} />
    </div>
  );
}
