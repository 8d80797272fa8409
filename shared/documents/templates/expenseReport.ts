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

/**
 * One printed line per expense (issue 16.12): a fixed layout where only the description may
 * wrap; dates are short ("Dec 3", with the year when the period spans years) and never wrap;
 * vendor, person and status are cut with an ellipsis rather than pushing the line to two. The
 * expenses are grouped under their category, so the category is a heading row, not a column.
 */
const LINE_STYLES = `
<style>
.exp-lines { table-layout: fixed; font-size: 8.5pt; }
.exp-lines th, .exp-lines td { padding: 1mm 1.5mm; }
.exp-lines td { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.exp-lines td.desc { white-space: normal; overflow-wrap: anywhere; }
.exp-lines col.date { width: 16mm; } .exp-lines col.vendor { width: 30mm; } .exp-lines col.who { width: 25mm; }
.exp-lines col.status { width: 18mm; } .exp-lines col.receipt { width: 16mm; } .exp-lines col.amount { width: 24mm; } .exp-lines col.file { width: 45mm; }
.exp-lines .group td { font-weight: 600; background: #f2f2f2; border-bottom: 0.75pt solid #1a1a1a; padding-top: 1.6mm; }
.exp-signatures { display: flex; gap: 12mm; margin: 12mm 0 0; break-inside: avoid; page-break-inside: avoid; font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 9pt; }
.exp-signatures > div { flex: 1; }
.exp-signatures .line { border-bottom: 0.75pt solid #1a1a1a; height: 12mm; }
.exp-signatures .label { display: flex; justify-content: space-between; color: #444; margin-top: 1.2mm; }
</style>`;

/** "Dec 3" (or "Dec 3, 2026" when the report spans more than one year), in the office locale. */
function shortDate(iso: string, locale: string, withYear: boolean): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  try {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
  } catch {
    return iso;
  }
}

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
  const withYear = report.from.slice(0, 4) !== report.to.slice(0, 4);
  const short = (d: string) => escapeHtml(shortDate(d, locale, withYear));
  // A cell cut with an ellipsis keeps its whole text as a tooltip for the on-screen preview.
  const cut = (text: string | undefined) => (text ? `<td title="${escapeHtml(text)}">${escapeHtml(text)}</td>` : '<td></td>');
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
    body.push(`<tr class="group"><td colspan="6">${bdi(category)}</td><td></td></tr>`);
    for (const l of lines) {
      body.push(
        `<tr><td>${short(l.date)}</td><td class="desc">${escapeHtml(l.description)}</td>${cut(l.vendor)}${cut(l.spentBy)}${cut(l.status)}<td>${l.receipt ? 'Yes' : '—'}</td>${money(l.amountCents)}</tr>`,
      );
    }
    const sub = lines.reduce((s, l) => s + l.amountCents, 0);
    body.push(
      `<tr class="subtotal"><td colspan="6">Subtotal ${escapeHtml(category)} (${lines.length})</td>${money(sub)}</tr>`,
    );
  }
  const receipts = report.lines.filter((l) => l.receipt);
  const missing = report.lines.length - receipts.length;

  const content = [
    REPORT_STYLES,
    LINE_STYLES,
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
          '<table class="report-table exp-lines"><colgroup><col class="date"><col class="desc"><col class="vendor"><col class="who"><col class="status"><col class="receipt"><col class="amount"></colgroup>',
          '<thead><tr><th>Date</th><th>Description</th><th>Vendor</th><th>Spent by</th><th>Status</th><th>Receipt</th><th class="num">Amount</th></tr></thead><tbody>',
          ...body,
          `<tr class="total"><td colspan="6">Total (${report.lines.length} expenses)</td>${money(totalCents)}</tr>`,
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
          '<table class="report-table exp-lines"><colgroup><col class="date"><col class="desc"><col class="file"><col class="amount"></colgroup>',
          '<thead><tr><th>Date</th><th>Description</th><th>Receipt file</th><th class="num">Amount</th></tr></thead><tbody>',
          ...receipts.map(
            (l) =>
              `<tr><td>${short(l.date)}</td><td class="desc">${escapeHtml(l.description)}</td>${cut(l.receipt)}${money(l.amountCents)}</tr>`,
          ),
          '</tbody></table>',
        ].join(''),
    missing > 0
      ? `<p class="report-meta">${missing} expense${missing === 1 ? '' : 's'} without a receipt.</p>`
      : '',
    '<div class="exp-signatures">',
    '<div><div class="line"></div><div class="label"><span>Submitted by</span><span>Date</span></div></div>',
    '<div><div class="line"></div><div class="label"><span>Approved by</span><span>Date</span></div></div>',
    '</div>',
    '</main>',
  ].join('\n');

  return renderPage({
    title: `${title}: ${report.from} to ${report.to}`,
    pageSize: report.pageSize ?? 'A4',
    company,
    content,
  });
}
