/**
 * The Dashboard's equipment cards (issue 12.10): maintenance due this week, overdue returns and
 * items under repair. Each shows its count and first rows; a row opens its item, the card's
 * title (and "See all") opens the list behind it. Its own live query, so an equipment change
 * re-reads only these cards.
 */
import { Clock, Undo2, Wrench } from 'lucide-react';
import type { ReactNode } from 'react';
import { formatDate, today } from '../../../../shared/lib/dates';
import { hrefFor } from '../../../core/router';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useDbQuery } from '../../../db/hooks';
import { readEquipmentDashboard } from '../../equipment';
import './equipmentCards.css';

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

function Card({
  id,
  title,
  href,
  count,
  icon: Icon,
  empty,
  children,
  warn,
}: {
  id: string;
  title: string;
  href: string;
  count: number;
  icon: typeof Clock;
  empty: string;
  children: ReactNode;
  warn?: boolean;
}) {
  return (
    <section className="card dash-eq-card" aria-labelledby={`${id}-title`}>
      <header className="dash-eq-head">
        <Icon size={18} aria-hidden="true" className={warn && count > 0 ? 'tone-warn' : undefined} />
        <h2 id={`${id}-title`}>
          <a href={href}>{title}</a>
        </h2>
        <span className="spacer" />
        {/* The figure is read out with its words; aria-label on a bare span is not (axe aria-prohibited-attr). */}
        <span className="stat" aria-hidden="true" data-testid={`${id}-count`}>
          {count.toLocaleString()}
        </span>
        <span className="sr-only">{`${count.toLocaleString()} ${title.toLowerCase()}`}</span>
      </header>
      {count === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <ul className="list-plain" aria-label={title}>
            {children}
          </ul>
          <a className="dash-eq-all" href={href}>
            See all {count.toLocaleString()}
          </a>
        </>
      )}
    </section>
  );
}

export function EquipmentCards() {
  const { locale } = useCompanyProfile();
  const data = useDbQuery((db) => readEquipmentDashboard(today(), db), []);
  if (!data) return null;
  const date = (d: string) => formatDate(d, locale);
  const item = (id: string, name: string, tag?: string) => (
    <a href={hrefFor('equipment', id)}>
      {name}
      {tag ? <span className="muted"> · {tag}</span> : null}
    </a>
  );
  const { maintenanceDue: due, overdueReturns: late, underRepair: repair } = data;

  return (
    <div className="grid-cards dash-eq-cards" role="group" aria-label="Equipment">
      <Card id="dash-eq-due" title="Maintenance due this week" href={hrefFor('equipment', 'maintenance')} count={due.count} icon={Clock} empty="Nothing due this week." warn>
        {due.rows.map((r) => (
          <li key={r.planId}>
            <span className="dash-eq-what">
              {item(r.equipmentId, r.equipmentName, r.assetTag)}
              <span className="muted">{r.planName}</span>
            </span>
            <span className="spacer" />
            <span className={r.status === 'overdue' ? 'badge badge-warn' : 'badge'} title={r.reason}>
              {r.status === 'overdue' ? 'Overdue' : r.dueDate ? `Due ${date(r.dueDate)}` : 'Due soon'}
            </span>
          </li>
        ))}
      </Card>
      <Card id="dash-eq-overdue" title="Overdue returns" href={hrefFor('equipment', 'overdue')} count={late.count} icon={Undo2} empty="Nothing overdue: everything lent out is within its due-back date." warn>
        {late.rows.map((r) => (
          <li key={r.equipmentId}>
            <span className="dash-eq-what">
              {item(r.equipmentId, r.name, r.assetTag)}
              <span className="muted">{r.holderName}</span>
            </span>
            <span className="spacer" />
            <span className="badge badge-warn" title={`Due back ${date(r.dueBack)}`}>
              {days(r.daysOverdue)} late
            </span>
          </li>
        ))}
      </Card>
      <Card id="dash-eq-repair" title="Under repair" href={hrefFor('equipment', 'status', 'in-repair')} count={repair.count} icon={Wrench} empty="Nothing under repair.">
        {repair.rows.map((r) => (
          <li key={r.equipmentId}>
            <span className="dash-eq-what">
              {item(r.equipmentId, r.name, r.assetTag)}
              {r.problem ? <span className="muted">{r.problem}</span> : null}
            </span>
            <span className="spacer" />
            {r.reportedOn ? <span className="badge" title={`Reported ${date(r.reportedOn)}`}>{r.days === 0 ? 'Since today' : `${days(r.days ?? 0)}`}</span> : null}
          </li>
        ))}
      </Card>
    </div>
  );
}
