/**
 * The dashboard: what needs the back office's attention today, each figure a link to the
 * module behind it, each row a link to the record behind it (issue 14.6), and the year's
 * spending against budget as a chart.
 */
import { AlertTriangle, CalendarDays, CheckSquare, PhoneCall, Users } from 'lucide-react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatDate, today } from '../../../../shared/lib/dates';
import { formatMoney, formatMoneyCompact } from '../../../../shared/lib/money';
import { hrefFor } from '../../../core/router';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useDashboardSummary } from '../summary';
import { EquipmentCards } from './EquipmentCards';
import { FrontDeskCards } from './FrontDeskCards';
import { StaffRequestsCard } from './StaffRequestsCard';
import { BackupStatusCard } from './BackupStatusCard';
import { TodayDiary, useTodayDiary } from './TodayDiary';

function Stat({ href, label, value, icon: Icon, tone }: {
  href: string;
  label: string;
  value: number;
  icon: typeof AlertTriangle;
  tone?: 'warn';
}) {
  return (
    // Named by its own text ("24 open tasks and errands"), so the name a voice user says is the
    // one on screen (issue 16.18: axe label-content-name-mismatch).
    <a className="card stat-card" href={href}>
      <Icon size={18} aria-hidden="true" className={tone === 'warn' && value > 0 ? 'tone-warn' : undefined} />
      <span className="stat">{value.toLocaleString()}</span> <span className="muted">{label}</span>
    </a>
  );
}

export default function DashboardPage() {
  const profile = useCompanyProfile();
  const summary = useDashboardSummary();
  // The headline count and the card below read the same diaries (events expanded, interviews, bookings, trips).
  const todayItems = useTodayDiary('everyone').items;
  const money = (cents: number) => formatMoney(cents, profile.currency, profile.locale);

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Dashboard</h1>
          <p className="muted" style={{ margin: 0 }}>
            {profile.name} · {formatDate(summary?.today ?? today(), profile.locale, 'full')}
          </p>
        </div>
      </header>
      {!summary ? (
        <p className="muted">Loading…</p>
      ) : (
        <div style={{ display: 'grid', gap: 16 }}>
          <BackupStatusCard />
          <div className="grid-cards">
            <Stat href={hrefFor('inventory')} label="supplies at or below minimum" value={summary.lowItemCount} icon={AlertTriangle} tone="warn" />
            <Stat href={hrefFor('tasks')} label="open tasks and errands" value={summary.openTaskCount} icon={CheckSquare} />
            <Stat href={hrefFor('calendar')} label="in today’s diary" value={todayItems?.length ?? summary.todayEvents.length} icon={CalendarDays} />
            <Stat href={hrefFor('calls', 'messages')} label="calls to return" value={summary.callsToReturn.length} icon={PhoneCall} />
            <Stat href={hrefFor('recruiting')} label="candidates in the pipeline" value={summary.activeCandidates} icon={Users} />
          </div>

          <FrontDeskCards />

          <EquipmentCards />

          <section className="card" aria-labelledby="spend-title">
            <div className="page-header" style={{ marginBottom: 8 }}>
              <h2 id="spend-title">Spending this fiscal year</h2>
              <span className="spacer" />
              <span className="muted">
                {money(summary.ytdActualCents)} spent of {money(summary.ytdBudgetCents)} budgeted to date
              </span>
            </div>
            {summary.months.some((m) => m.budgetCents || m.actualCents) ? (
              <div role="img" aria-label={`Spending by month against budget: ${money(summary.ytdActualCents)} spent of ${money(summary.ytdBudgetCents)} budgeted to date`} style={{ height: 260 }}>
                <ResponsiveContainer width="100%" height="100%">
                  <ComposedChart data={summary.months} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
                    <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
                    <XAxis dataKey="label" stroke="var(--muted)" fontSize={12} />
                    <YAxis stroke="var(--muted)" fontSize={12} width={64} tickFormatter={(v: number) => formatMoneyCompact(v, profile.currency, profile.locale)} />
                    <Tooltip formatter={(v) => money(Number(v))} contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }} />
                    <Legend />
                    <Bar dataKey="actualCents" name="Spent" fill="var(--accent)" radius={[3, 3, 0, 0]} isAnimationActive={false} />
                    <Line dataKey="budgetCents" name="Budget" stroke="var(--warning)" strokeWidth={2} dot={false} isAnimationActive={false} />
                  </ComposedChart>
                </ResponsiveContainer>
              </div>
            ) : (
              <p className="muted">No budget or expenses recorded for this fiscal year yet. They appear here as a chart once the Budget and Expenses modules have figures.</p>
            )}
          </section>

          <div className="grid-cards" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(340px, 1fr))' }}>
            <section className="card" aria-labelledby="reorder-title">
              <div className="page-header" style={{ marginBottom: 8 }}>
                <h2 id="reorder-title">Supplies to reorder</h2>
                <span className="spacer" />
                {summary.lowItemCount ? <a href={hrefFor('purchasing', 'reorder')}>Reorder list ({summary.lowItemCount.toLocaleString()})</a> : null}
              </div>
              {summary.lowItems.length ? (
                <ul className="list-plain" aria-label="Supplies to reorder">
                  {summary.lowItems.map((item) => (
                    <li key={item.id}>
                      <a className="fd-reorder-row" href={hrefFor('inventory', item.id)}>
                        <span>{item.name}</span>
                        <span className="badge badge-warn">
                          {item.quantityOnHand} / min {item.minQuantity} {item.unit}
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">Every supply is above its minimum.</p>
              )}
            </section>
            <TodayDiary />
            <StaffRequestsCard />
          </div>
        </div>
      )}
    </div>
  );
}
