/**
 * Parts every report screen shares: the header with its tabs, the period picker, the figures
 * table (the chart's numbers, and the keyboard's way into the drill-down), and the actions that
 * export those figures to CSV or XLSX and print them.
 */
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { SectionTabs } from '../../../ui/SectionTabs';
import { PaperSelect } from '../../../ui/PaperSelect';
import { usePaperChoice, usePrintDocument } from '../../../ui/printing';
import { tableToCsvBytes, tableToXlsxBytes, type CellValue } from '../../../ui/table';
import { getPlatform } from '../../../platform';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useMoney, type MoneyTools } from '../../budget';
import { renderFiguresReportHtml, type FiguresReportInput } from '../../../../shared/documents/templates/figuresReport';
import { addMonths, endOfMonth, fiscalYearRange, monthOf, today } from '../../../../shared/lib/dates';
import type { Granularity } from '../../../../shared/domain/reports';
import { FormError } from '../../../ui/FormDialog';
import { useReportsStore, type DrillCell, type ReportPeriod } from '../store';
import './reports.css';

const TABS = [
  { id: '', label: 'Spend' },
  { id: 'prices', label: 'Price trends' },
  { id: 'requests', label: 'Requests' },
] as const;

export type ReportTab = (typeof TABS)[number]['id'];

export function ReportsNav({ current, actions }: { current: ReportTab; actions?: ReactNode }) {
  return (
    <>
      <header className="page-header">
        <h1>Reports</h1>
        <SectionTabs module="reports" label="Report screens" tabs={TABS} current={current} />
      </header>
      {actions}
    </>
  );
}

// ── Period ───────────────────────────────────────────────────────────────────────────────────

type Preset = 'last12' | 'fy' | 'lastfy' | 'custom';

function presetPeriod(preset: Exclude<Preset, 'custom'>, money: MoneyTools): { fromMonth: string; toMonth: string } {
  const now = today();
  if (preset === 'last12') return { fromMonth: monthOf(addMonths(now, -11)), toMonth: monthOf(now) };
  const fy = money.currentFiscalYear - (preset === 'lastfy' ? 1 : 0);
  const r = fiscalYearRange(fy, money.startMonth);
  return { fromMonth: monthOf(r.start), toMonth: monthOf(r.end) };
}

/** The report period: the last 12 months until the user picks another. */
export function useReportPeriod(): { period: ReportPeriod; from: string; to: string; set: (p: ReportPeriod) => void } {
  const money = useMoney();
  const stored = useReportsStore((s) => s.period);
  const set = useReportsStore((s) => s.setPeriod);
  const period = stored ?? { ...presetPeriod('last12', money), granularity: 'month' as Granularity };
  return { period, from: `${period.fromMonth}-01`, to: endOfMonth(`${period.toMonth}-01`), set };
}

/** `perPeriod`: whether the report is cut per month or quarter (price trends are by day). */
export function PeriodPicker({ extra, perPeriod = true }: { extra?: ReactNode; perPeriod?: boolean }) {
  const money = useMoney();
  const { period, set } = useReportPeriod();
  const presets: Exclude<Preset, 'custom'>[] = ['last12', 'fy', 'lastfy'];
  const current: Preset =
    presets.find((p) => {
      const r = presetPeriod(p, money);
      return r.fromMonth === period.fromMonth && r.toMonth === period.toMonth;
    }) ?? 'custom';
  const labels: Record<Preset, string> = {
    last12: 'Last 12 months',
    fy: `This fiscal year (${money.yearLabel(money.currentFiscalYear)})`,
    lastfy: `Last fiscal year (${money.yearLabel(money.currentFiscalYear - 1)})`,
    custom: 'Months chosen below',
  };
  const [problem, setProblem] = useState<string | null>(null);
  const setMonth = (which: 'fromMonth' | 'toMonth', value: string) => {
    if (!/^\d{4}-\d{2}$/.test(value)) return;
    const next = { ...period, [which]: value };
    if (next.fromMonth > next.toMonth) {
      setProblem('The first month is after the last: pick a first month on or before the last.');
      return;
    }
    setProblem(null);
    set(next);
  };
  return (
    <section className="card rep-controls" aria-label="Report period">
      <label className="field">
        <span>Period</span>
        <select
          value={current}
          onChange={(e) => {
            const v = e.target.value as Preset;
            if (v !== 'custom') {
              setProblem(null);
              set({ ...period, ...presetPeriod(v, money) });
            }
          }}
        >
          {(['last12', 'fy', 'lastfy', 'custom'] as const).map((p) => (
            <option key={p} value={p} disabled={p === 'custom' && current !== 'custom'}>
              {labels[p]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>First month</span>
        <input type="month" value={period.fromMonth} max={period.toMonth} onChange={(e) => setMonth('fromMonth', e.target.value)} />
      </label>
      <label className="field">
        <span>Last month</span>
        <input type="month" value={period.toMonth} min={period.fromMonth} onChange={(e) => setMonth('toMonth', e.target.value)} />
      </label>
      {perPeriod ? (
        <label className="field">
          <span>Totals per</span>
          <select value={period.granularity} onChange={(e) => set({ ...period, granularity: e.target.value as Granularity })}>
            <option value="month">Month</option>
            <option value="quarter">Quarter</option>
          </select>
        </label>
      ) : null}
      {extra}
      {problem ? (
        <p className="rep-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}

/** 'Mar 26' for a month, 'Jan–Mar 26' for a quarter. */
export function periodLabel(period: string, granularity: Granularity, money: MoneyTools): string {
  if (granularity === 'month') return money.monthLabel(period);
  const last = monthOf(addMonths(`${period}-01`, 2));
  const first = money.monthLabel(period);
  const end = money.monthLabel(last);
  // 'Jan 26' + 'Mar 26' → 'Jan–Mar 26' when the year is the same.
  const [fm, fy] = [first.slice(0, first.lastIndexOf(' ')), first.slice(first.lastIndexOf(' ') + 1)];
  const ey = end.slice(end.lastIndexOf(' ') + 1);
  return fy === ey && fm ? `${fm}–${end}` : `${first}–${end}`;
}

/** 'Mar 2026' / 'Jan–Mar 2026' for sentences and printouts. */
export function periodLongLabel(period: string, granularity: Granularity, money: MoneyTools): string {
  const long = (m: string) => money.monthLabel(m, 'long');
  if (granularity === 'month') return long(period);
  return `${long(period)} – ${long(monthOf(addMonths(`${period}-01`, 2)))}`;
}

/** 'January 2026 and December 2026', after "between". */
export function betweenLabel(from: string, to: string, money: MoneyTools): string {
  return `${money.monthLabel(monthOf(from), 'long')} and ${money.monthLabel(monthOf(to), 'long')}`;
}

export function rangeLabel(from: string, to: string, money: MoneyTools): string {
  return `${money.monthLabel(monthOf(from), 'long')} – ${money.monthLabel(monthOf(to), 'long')}`;
}

// ── Figures table ────────────────────────────────────────────────────────────────────────────

export interface FigureCell {
  text: string;
  /** The cell this opens in the drill-down; plain text when absent. */
  drill?: DrillCell;
  /** What a screen reader says for a drillable cell ("Staples, Mar 26: $120.00, 3 records"). */
  label?: string;
}

export interface FigureRow {
  key: string;
  header: string;
  /** A colour swatch matching the chart's series. */
  color?: string | undefined;
  cells: FigureCell[];
  total?: boolean;
}

/**
 * The chart's numbers as a table. Every figure that stands for records is a button: Tab
 * reaches the table once, the arrow keys move between figures, Home/End to the row's ends,
 * and Enter (or a click) opens the records behind it below.
 */
export function FiguresTable({
  label,
  rowHeader,
  columns,
  rows,
  selected,
  onDrill,
}: {
  label: string;
  rowHeader: string;
  columns: readonly { key: string; label: string; numeric?: boolean }[];
  rows: readonly FigureRow[];
  selected: DrillCell | null;
  onDrill: (cell: DrillCell) => void;
}) {
  const [focus, setFocus] = useState<[number, number]>([0, 0]);
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const drillable = (r: number, c: number) => rows[r]?.cells[c]?.drill !== undefined;
  // The roving tab stop: the focused figure if it still exists, else the first drillable one.
  let [fr, fc] = focus;
  if (!drillable(fr, fc)) {
    outer: for (let r = 0; r < rows.length; r++)
      for (let c = 0; c < columns.length; c++)
        if (drillable(r, c)) {
          [fr, fc] = [r, c];
          break outer;
        }
  }
  const move = (r: number, c: number, dr: number, dc: number): [number, number] | null => {
    for (let nr = r + dr, nc = c + dc; nr >= 0 && nr < rows.length && nc >= 0 && nc < columns.length; nr += dr, nc += dc)
      if (drillable(nr, nc)) return [nr, nc];
    return null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>, r: number, c: number) => {
    const keys: Record<string, () => [number, number] | null> = {
      ArrowRight: () => move(r, c, 0, 1),
      ArrowLeft: () => move(r, c, 0, -1),
      ArrowDown: () => move(r, c, 1, 0),
      ArrowUp: () => move(r, c, -1, 0),
      Home: () => move(r, -1, 0, 1),
      End: () => move(r, columns.length, 0, -1),
    };
    const next = keys[e.key]?.();
    if (keys[e.key]) e.preventDefault();
    if (!next) return;
    setFocus(next);
    refs.current.get(`${next[0]}:${next[1]}`)?.focus();
  };
  const isSelected = (cell: DrillCell | undefined) => !!cell && !!selected && cell.row === selected.row && cell.col === selected.col;
  return (
    <div className="rep-figures-wrap">
      <table className="rep-figures" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric === false ? undefined : 'num'}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.key} className={row.total ? 'rep-total' : undefined}>
              <th scope="row">
                {row.color ? <span className="rep-swatch" style={{ background: row.color }} aria-hidden="true" /> : null}
                <bdi>{row.header}</bdi>
              </th>
              {row.cells.map((cell, c) => (
                <td key={columns[c]?.key ?? c} className={columns[c]?.numeric === false ? undefined : 'num'}>
                  {cell.drill ? (
                    <button
                      type="button"
                      className="rep-figure"
                      ref={(el) => {
                        if (el) refs.current.set(`${r}:${c}`, el);
                        else refs.current.delete(`${r}:${c}`);
                      }}
                      tabIndex={r === fr && c === fc ? 0 : -1}
                      aria-label={cell.label ?? cell.text}
                      aria-pressed={isSelected(cell.drill)}
                      onFocus={() => setFocus([r, c])}
                      onKeyDown={(e) => onKeyDown(e, r, c)}
                      onClick={() => onDrill(cell.drill!)}
                    >
                      {cell.text}
                    </button>
                  ) : (
                    cell.text
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// ── Export and print ─────────────────────────────────────────────────────────────────────────

export interface ReportExport {
  /** File name without extension: 'spend-by-vendor-2026-01-to-2026-12'. */
  name: string;
  /** Sheet name in the workbook. */
  sheet: string;
  headers: string[];
  rows: CellValue[][];
}

/** Export the figures as CSV or XLSX, and print them (a report's actions in its header). */
export function ReportActions({
  exportData,
  print,
  what,
}: {
  exportData: ReportExport | null;
  /** The printout's content; null when there is nothing to print yet. */
  print: Omit<FiguresReportInput, 'preparedOn' | 'pageSize'> | null;
  /** What is printed, as the user calls it ('Spend by vendor'). */
  what: string;
}) {
  const company = useCompanyProfile();
  const paper = usePaperChoice(company);
  const printDocument = usePrintDocument();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const empty = !exportData || exportData.rows.length === 0;
  const doExport = async (format: 'csv' | 'xlsx') => {
    if (!exportData) return;
    setBusy(true);
    setError(null);
    try {
      const bytes = format === 'csv' ? tableToCsvBytes(exportData.headers, exportData.rows) : await tableToXlsxBytes(exportData.headers, exportData.rows, exportData.sheet);
      await getPlatform().saveFile(bytes, {
        suggestedName: `${exportData.name}.${format}`,
        mimeType: format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        filters: [{ name: format === 'csv' ? 'CSV files' : 'Excel workbooks', extensions: [format] }],
      });
    } catch (e) {
      setError(`The figures could not be exported: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  const doPrint = async (mode: 'print' | 'pdf') => {
    if (!print) return;
    setError(null);
    const pageSize = paper.paper;
    const html = renderFiguresReportHtml({ ...print, preparedOn: today(), pageSize }, company);
    await printDocument(mode, { html, title: `${print.title} ${today()}`, pageSize }, { what, onError: setError });
  };
  const why = empty ? 'Nothing to export: the report has no figures for this period' : undefined;
  return (
    <div className="rep-actions" role="toolbar" aria-label="Export and print">
      <button type="button" className="btn" disabled={busy || empty} title={why} onClick={() => void doExport('csv')}>
        Export figures as CSV
      </button>
      <button type="button" className="btn" disabled={busy || empty} title={why} onClick={() => void doExport('xlsx')}>
        Export figures as XLSX
      </button>
      <PaperSelect choice={paper} />
      <button type="button" className="btn" disabled={!print} onClick={() => void doPrint('print')}>
        Print report…
      </button>
      <button type="button" className="btn" disabled={!print} onClick={() => void doPrint('pdf')}>
        Save as PDF…
      </button>
      <FormError error={error} />
    </div>
  );
}

/** Chart colours for series, readable on the light and the dark theme. */
export const SERIES_COLORS = ['#2563eb', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#06b6d4', '#ec4899', '#84cc16', '#f97316', '#14b8a6', '#a855f7', '#eab308'];
export const OTHER_COLOR = '#94a3b8';
/** "No vendor" / "Uncategorized": a quiet slate, so the named series stand out. */
export const NONE_COLOR = '#64748b';

/** The legend in the order the series stack (recharts sorts by name otherwise). */
export function legendOrder(item: { dataKey?: unknown }): number {
  return Number(String(item.dataKey ?? '').replace(/^\D+/, '')) || 0;
}

/** Money as the number a spreadsheet sums (major units), like the grids' exports. */
export function moneyCell(cents: number, money: MoneyTools): number {
  return Number(money.toInput(cents));
}
