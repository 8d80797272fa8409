/**
 * The project timeline (recharts): one row per milestone and dated task, in date order, under
 * the project's own span; tasks are bars from when they were made to their due date,
 * milestones diamonds on their day; done, open and overdue each have their colour (and a
 * legend), and today is a marked line. Colours come from the theme's CSS variables, so light
 * and dark both read. Screen readers get the same rows as a table.
 */
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { type ProjectTimeline as Timeline, type TimelineRow } from '../../../../shared/domain/projects';
import { formatDate } from '../../../../shared/lib/dates';

const DAY = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY);

/** Tick days: every few days for a short span, Mondays up to three months, month starts beyond. */
export function timelineTicks(from: number, to: number): number[] {
  const span = to - from;
  const out: number[] = [];
  if (span <= 24) {
    const step = span <= 12 ? 1 : 2;
    for (let d = from; d <= to; d += step) out.push(d);
    return out;
  }
  if (span <= 100) {
    // 1970-01-05 (day 4) was a Monday.
    for (let d = from + ((((4 - from) % 7) + 7) % 7); d <= to; d += 7) out.push(d);
    return out;
  }
  const step = span > 400 ? 3 : 1;
  const first = new Date(from * DAY);
  let y = first.getUTCFullYear();
  let m = first.getUTCMonth() + 1;
  for (;;) {
    if (m > 11) {
      y += Math.floor(m / 12);
      m %= 12;
    }
    const d = Math.round(Date.UTC(y, m, 1) / DAY);
    if (d > to) break;
    out.push(d);
    m += step;
  }
  return out;
}

interface ChartRow {
  key: string;
  label: string;
  range: [number, number];
  row: TimelineRow;
}

interface ShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: ChartRow;
}

function RowShape(props: ShapeProps) {
  const { x = 0, y = 0, width = 0, height = 0, payload } = props;
  if (!payload) return null;
  const { row } = payload;
  const cls = `prj-tl-${row.kind} prj-tl-${row.state}`;
  if (row.kind === 'milestone') {
    const cx = x + width / 2;
    const cy = y + height / 2;
    const r = Math.min(9, height / 2);
    return <path className={cls} d={`M${cx} ${cy - r} L${cx + r} ${cy} L${cx} ${cy + r} L${cx - r} ${cy} Z`} />;
  }
  const h = row.kind === 'project' ? Math.min(10, height) : Math.min(16, height);
  return <rect className={cls} x={x} y={y + (height - h) / 2} width={Math.max(width, 4)} height={h} rx={3} />;
}

function AxisLabel(props: { x?: number; y?: number; payload?: { value: string } }) {
  const { x = 0, y = 0, payload } = props;
  const text = payload?.value ?? '';
  const short = text.length > 28 ? `${text.slice(0, 27)}…` : text;
  return (
    <text x={x - 6} y={y} dy={4} textAnchor="end" className="prj-tl-label">
      <title>{text}</title>
      {short}
    </text>
  );
}

const STATE_WORDS: Record<TimelineRow['state'], string> = { done: 'done', open: 'open', overdue: 'overdue' };

export function ProjectTimeline({ timeline, locale }: { timeline: Timeline; locale: string }) {
  const from = dayNumber(timeline.from);
  const to = dayNumber(timeline.to);
  const today = dayNumber(timeline.today);
  const rows = useMemo<ChartRow[]>(
    () => timeline.rows.map((r) => ({ key: `${r.kind}:${r.id}`, label: r.kind === 'project' ? `${r.label} (project)` : r.label, range: [dayNumber(r.start), dayNumber(r.end) + 1], row: r })),
    [timeline.rows],
  );
  const ticks = useMemo(() => timelineTicks(from, to), [from, to]);
  const short = useMemo(() => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }), [locale]);
  const fmt = (iso: string) => formatDate(iso, locale);
  const milestones = timeline.rows.filter((r) => r.kind === 'milestone').length;
  const tasks = timeline.rows.filter((r) => r.kind === 'task').length;
  const height = Math.max(160, rows.length * 34 + 70);

  if (rows.length === 0) {
    return (
      <p className="muted">
        Nothing to place on the timeline yet: give the project a due date, add milestones or tasks with due dates.
      </p>
    );
  }
  return (
    <div className="prj-timeline">
      <div
        className="prj-timeline-chart"
        role="img"
        aria-label={`Timeline from ${fmt(timeline.from)} to ${fmt(timeline.to)}: ${milestones} milestone${milestones === 1 ? '' : 's'} and ${tasks} task${tasks === 1 ? '' : 's'}; today, ${fmt(timeline.today)}, is marked`}
        style={{ height }}
      >
        <ResponsiveContainer>
          <BarChart data={rows} layout="vertical" margin={{ top: 24, right: 24, bottom: 8, left: 8 }} barCategoryGap={6}>
            <CartesianGrid horizontal={false} className="prj-tl-grid" />
            <XAxis
              type="number"
              domain={[from, to + 1]}
              ticks={ticks}
              allowDataOverflow
              tickFormatter={(d: number) => short.format(new Date(d * DAY))}
              tick={{ fontSize: 12 }}
            />
            <YAxis type="category" dataKey="label" width={220} tick={<AxisLabel />} interval={0} />
            <Tooltip
              cursor={{ className: 'prj-tl-cursor' }}
              content={({ active, payload }) => {
                const r = (payload?.[0]?.payload as ChartRow | undefined)?.row;
                if (!active || !r) return null;
                return (
                  <div className="prj-tl-tip">
                    <strong>{r.label}</strong>
                    <div>
                      {r.kind === 'milestone' ? `Milestone, ${fmt(r.end)}` : r.kind === 'project' ? `${fmt(r.start)} – ${fmt(r.end)}` : `Task, due ${fmt(r.end)}`} ·{' '}
                      {STATE_WORDS[r.state]}
                    </div>
                  </div>
                );
              }}
            />
            <Bar dataKey="range" isAnimationActive={false} shape={(p: unknown) => <RowShape {...(p as ShapeProps)} />} />
            {today >= from && today <= to ? (
              <ReferenceLine x={today + 0.5} className="prj-tl-today" strokeWidth={2} label={{ value: 'Today', position: 'top', className: 'prj-tl-today-label', fontSize: 12 }} />
            ) : null}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="prj-tl-legend" aria-hidden="true">
        <span>
          <i className="prj-key prj-key-open" /> Open
        </span>
        <span>
          <i className="prj-key prj-key-done" /> Done
        </span>
        <span>
          <i className="prj-key prj-key-overdue" /> Overdue
        </span>
        <span>◆ Milestone</span>
        <span>
          <i className="prj-key prj-key-today" /> Today
        </span>
      </p>
      {timeline.undated.length > 0 ? (
        <p className="muted">
          Without a due date (not on the timeline): {timeline.undated.map((u) => u.label).join(', ')}.
        </p>
      ) : null}
      <table className="sr-only">
        <caption>Timeline as a table</caption>
        <thead>
          <tr>
            <th>What</th>
            <th>Kind</th>
            <th>From</th>
            <th>To</th>
            <th>State</th>
          </tr>
        </thead>
        <tbody>
          {timeline.rows.map((r) => (
            <tr key={`${r.kind}:${r.id}`}>
              <td>{r.label}</td>
              <td>{r.kind}</td>
              <td>{fmt(r.start)}</td>
              <td>{fmt(r.end)}</td>
              <td>{STATE_WORDS[r.state]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
