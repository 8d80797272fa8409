/**
 * The budget report (issue 4 item 5): per category the annual budget, actual to date, the
 * variance and the run-rate forecast, with the categories heading over budget flagged.
 */
import { formatMoney } from '../../lib/money';
import type { CompanyProfile, PageSize } from '../types';
import { escapeHtml } from './escape';
import { formatDocumentDate } from './format';
import { renderPage } from './layout';
import { REPORT_STYLES } from './reportStyles';

export interface BudgetReportRow {
  name: string;
  depth: number;
  budgetCents: number;
  actualCents: number;
  varianceCents: number;
  forecastCents: number;
  headingOver: boolean;
}

export interface BudgetReportInput {
  /** 'FY 2026' or 'FY 2026/27'. */
  yearLabel: string;
  asOf: string;
  /** Elapsed time in months, the current month by its days (11.1 on Dec 3). */
  monthsElapsed: number;
  rows: BudgetReportRow[];
  total: BudgetReportRow;
  preparedOn: string;
  pageSize?: PageSize;
}

/** 11.1, 12 — one decimal only when the current month is partial. */
function monthsLabel(months: number): string {
  const r = Math.round(months * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

export function renderBudgetReportHtml(report: BudgetReportInput, company: CompanyProfile): string {
  const currency = company.currency || 'USD';
  const locale = company.locale || 'en-US';
  const fmt = (c: number) => escapeHtml(formatMoney(c, currency, locale));
  const money = (c: number) => `<td class="num${c < 0 ? ' neg' : ''}">${fmt(c)}</td>`;
  const row = (r: BudgetReportRow, cls: string) =>
    `<tr class="${cls}"><td>${escapeHtml(r.name)}</td>${money(r.budgetCents)}${money(r.actualCents)}${money(r.varianceCents)}${money(r.forecastCents)}<td>${r.headingOver ? '<span class="report-flag">Over budget</span>' : 'On track'}</td></tr>`;
  const over = report.rows.filter((r) => r.depth === 0 && r.headingOver);
  const content = [
    REPORT_STYLES,
    '<main class="doc doc-report">',
    `<h1 class="doc-title">BUDGET REPORT</h1>`,
    '<p class="report-meta">',
    `<span>${escapeHtml(report.yearLabel)}</span>`,
    `<span>Actual to ${escapeHtml(formatDocumentDate(report.asOf, locale))} (${monthsLabel(report.monthsElapsed)} of 12 months)</span>`,
    `<span>Prepared ${escapeHtml(formatDocumentDate(report.preparedOn, locale))}</span>`,
    '</p>',
    '<div class="report-summary">',
    `<div><small>Budget</small><b>${fmt(report.total.budgetCents)}</b></div>`,
    `<div><small>Actual</small><b>${fmt(report.total.actualCents)}</b></div>`,
    `<div><small>Variance</small><b>${fmt(report.total.varianceCents)}</b></div>`,
    `<div><small>Year-end forecast</small><b>${fmt(report.total.forecastCents)}</b></div>`,
    '</div>',
    '<table class="report-table"><thead><tr><th>Category</th><th class="num">Budget</th><th class="num">Actual</th><th class="num">Variance</th><th class="num">Forecast</th><th>Outlook</th></tr></thead><tbody>',
    ...report.rows.map((r) =>
      row(r, `depth-${Math.min(2, r.depth)}${r.depth === 0 ? ' subtotal' : ''}`),
    ),
    row({ ...report.total, name: 'Total' }, 'total'),
    '</tbody></table>',
    over.length > 0
      ? `<p><span class="report-flag">Heading over budget:</span> ${over.map((r) => escapeHtml(r.name)).join(', ')}. Forecast = actual to date + average of the last 3 months × months remaining.</p>`
      : '<p>No category is heading over budget. Forecast = actual to date + average of the last 3 months × months remaining.</p>',
    '</main>',
  ].join('\n');
  return renderPage({
    title: `Budget report ${report.yearLabel}`,
    pageSize: report.pageSize ?? 'A4',
    company,
    content,
  });
}
