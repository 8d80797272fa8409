/**
 * The printed form of a report screen (issue 17.6): the chart's numbers as tables — spend by
 * vendor per month, price trends per item, requests by kind — under the letterhead, A4 or
 * Letter, turned landscape when a table has more columns than a portrait page reads well. The
 * caller formats the cells exactly as the screen shows them (the same money and date
 * formatters), so paper and screen agree; every value is escaped here.
 */
import type { CompanyProfile, PageSize } from '../types';
import { bdi, escapeHtml } from './escape';
import { formatDocumentDate } from './format';
import { renderPage } from './layout';
import { REPORT_STYLES } from './reportStyles';

export interface FiguresTable {
  /** A heading above the table, when the report has several. */
  heading?: string;
  /** Column headings; `numeric` columns are right-aligned. */
  columns: readonly { header: string; numeric?: boolean }[];
  /** Rows of cells as the screen shows them; a `total` row is ruled off. */
  rows: readonly { cells: readonly string[]; total?: boolean }[];
  /** Said instead of the table when it has no rows. */
  emptyText: string;
}

export interface FiguresReportInput {
  /** 'Spend by vendor'. */
  title: string;
  /** What the figures cover: 'Jan 2026 – Dec 2026', 'By month', 'Expenses only'. */
  scope: readonly string[];
  /** Headline figures: [{ label: 'Total', value: '$12,345.00' }]. */
  summary?: readonly { label: string; value: string }[];
  tables: readonly FiguresTable[];
  /** How the figures were made, in sentences. */
  notes?: readonly string[];
  preparedOn: string;
  pageSize?: PageSize;
}

/** Tables wider than this many columns print landscape. */
export const PORTRAIT_MAX_COLUMNS = 7;

const STYLES = `
.fig-table { table-layout: auto; }
.fig-table.wide { font-size: 7.5pt; }
.fig-table.wide th, .fig-table.wide td { padding: 0.8mm 1mm; }
/* Names read on one line where they can: the figures give up their padding first. */
.fig-table td:first-child { overflow-wrap: anywhere; min-width: 30mm; }
.fig-table.wide td:first-child { min-width: 44mm; }
.fig-notes { font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 8.5pt; color: #444; }
`;

export function renderFiguresReportHtml(report: FiguresReportInput, company: CompanyProfile): string {
  const locale = company.locale || 'en-US';
  const pageSize = report.pageSize ?? 'A4';
  const widest = Math.max(0, ...report.tables.map((t) => t.columns.length));
  const landscape = widest > PORTRAIT_MAX_COLUMNS;
  const table = (t: FiguresTable) => {
    const parts: string[] = [];
    if (t.heading) parts.push(`<h2 class="report-section">${escapeHtml(t.heading)}</h2>`);
    if (t.rows.length === 0) {
      parts.push(`<p>${escapeHtml(t.emptyText)}</p>`);
      return parts.join('');
    }
    const num = (i: number) => (t.columns[i]?.numeric ? ' class="num"' : '');
    parts.push(
      `<table class="report-table fig-table${t.columns.length > PORTRAIT_MAX_COLUMNS ? ' wide' : ''}"><thead><tr>`,
      ...t.columns.map((c, i) => `<th${num(i)}>${escapeHtml(c.header)}</th>`),
      '</tr></thead><tbody>',
      ...t.rows.map(
        (r) => `<tr${r.total ? ' class="total"' : ''}>${r.cells.map((c, i) => (i === 0 ? `<td>${bdi(c)}</td>` : `<td${num(i)}>${escapeHtml(c)}</td>`)).join('')}</tr>`,
      ),
      '</tbody></table>',
    );
    return parts.join('');
  };
  const content = [
    REPORT_STYLES,
    '<main class="doc doc-report">',
    `<h1 class="doc-title">${escapeHtml(report.title.toUpperCase())}</h1>`,
    '<p class="report-meta">',
    ...report.scope.map((s) => `<span>${escapeHtml(s)}</span>`),
    `<span>Prepared ${escapeHtml(formatDocumentDate(report.preparedOn, locale))}</span>`,
    '</p>',
    report.summary && report.summary.length > 0
      ? `<div class="report-summary">${report.summary.map((s) => `<div><small>${escapeHtml(s.label)}</small><b>${escapeHtml(s.value)}</b></div>`).join('')}</div>`
      : '',
    ...report.tables.map(table),
    ...(report.notes ?? []).map((n) => `<p class="fig-notes">${escapeHtml(n)}</p>`),
    '</main>',
  ].join('\n');
  return renderPage({
    title: `${report.title} ${report.preparedOn}`,
    pageSize,
    company,
    headerLabel: [(company.name ?? '').trim(), report.title].filter(Boolean).join(' · '),
    extraStyles: STYLES + (landscape ? `@page { size: ${pageSize === 'Letter' ? 'letter' : 'A4'} landscape; }` : ''),
    content,
  });
}
