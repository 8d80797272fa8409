/**
 * The expense report (issue 4 item 5): the expenses of a period, optionally for one person or
 * category, with subtotals by category, a grand total and the list of receipts on file. The
 * caller resolves names and formats nothing; every user value is escaped here.
 */
import { formatMoney } from '../../lib/money';
import type { CompanyProfile, PageSize } from '../types';
import { bdi, escapeHtml } from './escape';
import { formatDocumentDate } from './format';
import { renderPage } from './layout';
import { REPORT_STYLES } from './reportStyles';

export interface ExpenseReportLine {
  date: string;
  description: string;
  category: string;
  vendor?: string;
  spentBy?: string;
  status: string;
  amountCents: number;
  /** File name of the receipt attached, if any. */
  receipt?: string;
}

export interface ExpenseReportInput {
  title?: string;
  from: string;
  to: string;
  /** What the report is narrowed to: "Person: Ana Ruiz", "Category: Travel". */
  scope?: string[];
  lines: ExpenseReportLine[];
  preparedOn: string;
  pageSize?: PageSize;
}

export function expenseReportTotals(lines: readonly ExpenseReportLine[]): {
  totalCents: number;
  byCategory: [string, number, number][];
} {
  const by = new Map<string, [number, number]>();
  let total = 0;
  for (const l of lines) {
    total += l.amountCents;
    const cur = by.get(l.category) ?? [0, 0];
    by.set(l.category, [cur[0] + l.amountCents, cur[1] + 1]);
  }
  const byCategory = [...by.entries()].map(
    ([name, [cents, n]]) => [name, cents, n] as [string, number, number],
  );
  byCategory.sort((a, b) => a[0].localeCompare(b[0]));
  return { totalCents: total, byCategory };
}

export function renderExpenseReportHtml(
  report: ExpenseReportInput,
  company: CompanyProfile,
): string {
  const currency = company.currency || 'USD';
  const locale = company.locale || 'en-US';
  const money = (c: number) =>
    `<td class="num${c < 0 ? ' neg' : ''}">${escapeHtml(formatMoney(c, currency, locale))}</td>`;
  const date = (d: string) => escapeHtml(formatDocumentDate(d, locale));
  const { totalCents, byCategory } = expenseReportTotals(report.lines);
  const title = report.title?.trim() || 'Expense report';

  // Lines grouped by category so each group closes with its subtotal.
  const groups = new Map<string, ExpenseReportLine[]>();
  for (const l of [...report.lines].sort(
    (a, b) => a.category.localeCompare(b.category) || a.date.localeCompare(b.date),
  )) {
    const g = groups.get(l.category) ?? [];
    g.push(l);
    groups.set(l.category, g);
  }
  const body: string[] = [];
  for (const [category, lines] of groups) {
    for (const l of lines) {
      body.push(
        `<tr><td>${date(l.date)}</td><td>${escapeHtml(l.description)}</td><td>${escapeHtml(l.category)}</td><td>${escapeHtml(l.vendor ?? '')}</td><td>${escapeHtml(l.spentBy ?? '')}</td><td>${escapeHtml(l.status)}</td><td>${l.receipt ? 'Yes' : '—'}</td>${money(l.amountCents)}</tr>`,
      );
    }
    const sub = lines.reduce((s, l) => s + l.amountCents, 0);
    body.push(
      `<tr class="subtotal"><td colspan="7">Subtotal ${escapeHtml(category)} (${lines.length})</td>${money(sub)}</tr>`,
    );
  }
  const receipts = report.lines.filter((l) => l.receipt);
  const missing = report.lines.length - receipts.length;

  const content = [
    REPORT_STYLES,
    '<main class="doc doc-report">',
    `<h1 class="doc-title">${escapeHtml(title.toUpperCase())}</h1>`,
    '<p class="report-meta">',
    `<span>Period: ${date(report.from)} – ${date(report.to)}</span>`,
    ...(report.scope ?? []).map((s) => `<span>${escapeHtml(s)}</span>`),
    `<span>Prepared ${date(report.preparedOn)}</span>`,
    '</p>',
    '<div class="report-summary">',
    `<div><small>Total</small><b>${escapeHtml(formatMoney(totalCents, currency, locale))}</b></div>`,
    `<div><small>Expenses</small><b>${report.lines.length}</b></div>`,
    `<div><small>With receipt</small><b>${receipts.length} of ${report.lines.length}</b></div>`,
    '</div>',
    report.lines.length === 0
      ? '<p>No expenses in this period.</p>'
      : [
          '<table class="report-table"><thead><tr><th>Date</th><th>Description</th><th>Category</th><th>Vendor</th><th>Spent by</th><th>Status</th><th>Receipt</th><th class="num">Amount</th></tr></thead><tbody>',
          ...body,
          `<tr class="total"><td colspan="7">Total (${report.lines.length} expenses)</td>${money(totalCents)}</tr>`,
          '</tbody></table>',
        ].join(''),
    '<h2 class="report-section">Totals by category</h2>',
    '<table class="report-table"><thead><tr><th>Category</th><th class="num">Expenses</th><th class="num">Amount</th></tr></thead><tbody>',
    ...byCategory.map(
      ([name, cents, n]) =>
        `<tr><td>${bdi(name)}</td><td class="num">${n}</td>${money(cents)}</tr>`,
    ),
    `<tr class="total"><td>Total</td><td class="num">${report.lines.length}</td>${money(totalCents)}</tr>`,
    '</tbody></table>',
    '<h2 class="report-section">Receipts</h2>',
    receipts.length === 0
      ? '<p>No receipts are attached to these expenses.</p>'
      : [
          '<table class="report-table"><thead><tr><th>Date</th><th>Description</th><th>Receipt file</th><th class="num">Amount</th></tr></thead><tbody>',
          ...receipts.map(
            (l) =>
              `<tr><td>${date(l.date)}</td><td>${escapeHtml(l.description)}</td><td>${escapeHtml(l.receipt)}</td>${money(l.amountCents)}</tr>`,
          ),
          '</tbody></table>',
        ].join(''),
    missing > 0
      ? `<p class="report-meta">${missing} expense${missing === 1 ? '' : 's'} without a receipt.</p>`
      : '',
    '</main>',
  ].join('\n');

  return renderPage({
    title: `${title}: ${report.from} to ${report.to}`,
    pageSize: report.pageSize ?? 'A4',
    company,
    content,
  });
}
