/** Recruiting at a glance: the funnel, time to hire, where hires come from, open positions. */
import { Bar, BarChart, Cell, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis, Legend } from 'recharts';
import { hiresBySource, stageFunnel, timeToHire } from '../../../../shared/domain/recruiting';
import { useCandidates, usePositions, useStages } from '../hooks';

const COLORS = ['#2563eb', '#16a34a', '#d97706', '#9333ea', '#dc2626', '#0891b2', '#4b5563'];

export function RecruitingDashboard() {
  const candidates = useCandidates() ?? [];
  const positions = usePositions() ?? [];
  const stages = useStages() ?? [];
  const funnel = stageFunnel(candidates, stages);
  // Hires recorded before hire dates were kept count from their last change.
  const hire = timeToHire(candidates.map((c) => (c.stage === 'Hired' && !c.hiredDate ? { ...c, hiredDate: c.stageDate ?? c.updatedAt.slice(0, 10) } : c)));
  const sources = hiresBySource(candidates);
  const open = positions.filter((p) => p.status === 'open');
  return (
    <div>
      <div className="grid-cards">
        <div className="card stat-card">
          <div className="muted">Open positions</div>
          <div className="stat">{open.length}</div>
        </div>
        <div className="card stat-card">
          <div className="muted">Active candidates</div>
          <div className="stat">{candidates.filter((c) => c.stage !== 'Hired' && c.stage !== 'Rejected').length}</div>
        </div>
        <div className="card stat-card">
          <div className="muted">Time to hire (average)</div>
          <div className="stat">{hire.averageDays === null ? '—' : `${hire.averageDays} days`}</div>
        </div>
        <div className="card stat-card">
          <div className="muted">Time to hire (median)</div>
          <div className="stat">{hire.medianDays === null ? '—' : `${hire.medianDays} days`}</div>
          <div className="muted">over {hire.count} hire(s)</div>
        </div>
      </div>
      <div className="rec-charts">
        <section className="card" aria-labelledby="rec-funnel">
          <h3 id="rec-funnel">Candidates per stage (funnel)</h3>
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={funnel} layout="vertical" margin={{ left: 20 }}>
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={90} />
              <Tooltip />
              <Bar dataKey="count" name="Reached this stage" fill="#2563eb" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
          <table className="data-table" aria-label="Funnel figures">
            <tbody>
              {funnel.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{f.label}</th>
                  <td className="num">{f.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="card" aria-labelledby="rec-sources">
          <h3 id="rec-sources">Source of hires</h3>
          {sources.length === 0 ? (
            <p className="muted">No hires yet.</p>
          ) : (
            <ResponsiveContainer width="100%" height={260}>
              <PieChart>
                <Pie
                  data={sources}
                  dataKey="count"
                  nameKey="source"
                  outerRadius={90}
                  isAnimationActive={false}
                  label={({ name, value }: { name?: string; value?: number }) => `${name ?? ''}: ${value ?? 0}`}
                >
                  {sources.map((s, i) => (
                    <Cell key={s.source} fill={COLORS[i % COLORS.length]} />
                  ))}
                </Pie>
                <Tooltip />
                <Legend />
              </PieChart>
            </ResponsiveContainer>
          )}
        </section>
        <section className="card" aria-labelledby="rec-open">
          <h3 id="rec-open">Open positions</h3>
          {open.length === 0 ? <p className="muted">No open positions.</p> : null}
          <ul className="list-plain">
            {open.map((p) => (
              <li key={p.id}>
                <span>
                  <strong>{p.title}</strong>
                  {p.department ? ` · ${p.department}` : ''} · {p.openings ?? 1} opening(s) ·{' '}
                  {candidates.filter((c) => c.positionId === p.id && c.stage !== 'Hired' && c.stage !== 'Rejected').length} in pipeline
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
