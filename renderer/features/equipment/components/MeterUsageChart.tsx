/**
 * A meter's usage per calendar month (recharts bar chart): the domain's `usagePerMonth` with
 * the months between filled as zero, the last 12 months shown. The chart has a title and a
 * description, and the same numbers are available as a small table under it.
 */
import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { usagePerMonth, type MeterReading } from '../../../../shared/domain/equipmentMeters';
import { addMonths } from '../../../../shared/lib/dates';
import { useCompanyProfile } from '../../../core/settingsHooks';

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
const MONTHS = 12;

/** "Jan 2026" for '2026-01', in the company's locale (a two-digit year, "Jan 26", reads like a day). */
export function monthLabel(month: string, locale = 'en-US'): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** The last `MONTHS` months up to the latest one with usage, gaps filled with 0. */
export function filledUsageMonths(rows: ReadonlyArray<{ month: string; usage: number }>): Array<{ month: string; usage: number }> {
  if (rows.length === 0) return [];
  const byMonth = new Map(rows.map((r) => [r.month, r.usage]));
  const first = rows[0]!.month;
  const last = rows.at(-1)!.month;
  const out: Array<{ month: string; usage: number }> = [];
  for (let m = last; m >= first && out.length < MONTHS; m = addMonths(`${m}-01`, -1).slice(0, 7)) out.unshift({ month: m, usage: byMonth.get(m) ?? 0 });
  return out;
}

export function MeterUsageChart({ meterName, unit, readings }: { meterName: string; unit: string; readings: readonly MeterReading[] }) {
  const titleId = useId();
  const descId = useId();
  const { locale } = useCompanyProfile();
  const data = useMemo(
    () => filledUsageMonths(usagePerMonth(readings)).map((r) => ({ ...r, label: monthLabel(r.month, locale || 'en-US') })),
    [readings, locale],
  );
  if (data.length === 0) return <p className="eqm-hint">The usage chart appears once there are two readings.</p>;
  const total = data.reduce((s, r) => s + r.usage, 0);
  const busiest = data.reduce((a, b) => (b.usage > a.usage ? b : a));
  const description = `Bar chart of ${meterName} usage in ${unit} per month, ${data[0]!.label} to ${data.at(-1)!.label}: ${fmt(total)} ${unit} in all, most in ${busiest.label} (${fmt(busiest.usage)}).`;
  return (
    <figure className="eqm-chart" aria-labelledby={titleId} aria-describedby={descId} style={{ margin: 0 }}>
      <h4 id={titleId}>Usage per month ({unit})</h4>
      <p id={descId} className="sr-only">
        {description}
      </p>
      <div className="eqm-chart-box" role="img" aria-label={description}>
        <ResponsiveContainer>
          <BarChart data={data} margin={{ left: 4, right: 8, top: 8, bottom: 4 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--border)" />
            <XAxis dataKey="label" tick={{ fontSize: 11, fill: 'var(--muted)' }} stroke="var(--border)" interval="preserveStartEnd" />
            <YAxis tickFormatter={(v: number) => fmt(v)} width={64} tick={{ fontSize: 11, fill: 'var(--muted)' }} stroke="var(--border)" allowDecimals={false} />
            <Tooltip
              formatter={(v) => [`${fmt(Number(v))} ${unit}`, 'Usage']}
              contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
              labelStyle={{ color: 'var(--text)' }}
              cursor={{ fill: 'var(--accent-soft)' }}
            />
            <Bar dataKey="usage" name="Usage" fill="var(--accent)" radius={[3, 3, 0, 0]} maxBarSize={56} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>Usage per month as a table</summary>
        <table className="data-table" aria-label={`${meterName}: usage per month`}>
          <thead>
            <tr>
              <th>Month</th>
              <th className="num">Usage ({unit})</th>
            </tr>
          </thead>
          <tbody>
            {data.map((r) => (
              <tr key={r.month}>
                <td>{r.label}</td>
                <td className="num">{fmt(r.usage)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
