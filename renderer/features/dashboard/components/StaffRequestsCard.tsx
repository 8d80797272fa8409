/**
 * The Dashboard's staff requests card (issue 17.1): how many requests are open and how many are
 * overdue, and the first open ones (overdue and most urgent first) — each row opens its request,
 * the title opens the queue. Its own live query; while the Dashboard is open, requests follow
 * their linked work (a repair completed closes its request).
 */
import { Inbox } from 'lucide-react';
import { today } from '../../../../shared/lib/dates';
import { hrefFor } from '../../../core/router';
import {
  REQUEST_STATUS_LABELS,
  describeAge,
  isRequestOverdue,
  requestAgeDays,
  useStaffRequestSync,
  useStaffRequestsDashboard,
} from '../../requests';
import './equipmentCards.css';

export function StaffRequestsCard() {
  useStaffRequestSync();
  const data = useStaffRequestsDashboard();
  if (!data) return null;
  const now = today();
  const title = 'Open staff requests';
  return (
    <section className="card dash-eq-card" aria-labelledby="dash-req-title">
      <header className="dash-eq-head">
        <Inbox size={18} aria-hidden="true" className={data.overdueCount > 0 ? 'tone-warn' : undefined} />
        <h2 id="dash-req-title">
          <a href={hrefFor('requests')}>{title}</a>
        </h2>
        <span className="spacer" />
        {data.overdueCount > 0 ? <span className="badge badge-warn">{data.overdueCount.toLocaleString()} overdue</span> : null}
        <span className="stat" aria-hidden="true" data-testid="dash-req-count">
          {data.openCount.toLocaleString()}
        </span>
        <span className="sr-only">{`${data.openCount.toLocaleString()} open staff requests`}</span>
      </header>
      {data.openCount === 0 ? (
        <p className="muted">No open requests: everything staff asked for has been dealt with.</p>
      ) : (
        <>
          <ul className="list-plain" aria-label={title}>
            {data.rows.map((row) => {
              const r = { ...row.request, status: row.status };
              const late = isRequestOverdue(r, now);
              return (
                <li key={r.id}>
                  <span className="dash-eq-what">
                    <a href={hrefFor('requests', r.id)}>
                      {r.number} · {r.what}
                    </a>
                    <span className="muted">
                      {row.requester || 'Someone'} · {REQUEST_STATUS_LABELS[row.status]}
                    </span>
                  </span>
                  <span className="spacer" />
                  <span className={late ? 'badge badge-warn' : 'badge'}>{late ? 'Overdue' : describeAge(requestAgeDays(r, now))}</span>
                </li>
              );
            })}
          </ul>
          <a className="dash-eq-all" href={hrefFor('requests')}>
            See all {data.openCount.toLocaleString()}
          </a>
        </>
      )}
    </section>
  );
}
