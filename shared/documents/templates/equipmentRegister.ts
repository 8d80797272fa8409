/**
 * The equipment register printout (issue 12.10): every listed item with its tag, name,
 * category, location, status, who has it, purchase date, cost and warranty end; grouped by
 * category (or location), tags in order inside each group, with a subtotal per group, a grand
 * total and a count by status. Landscape, so nine columns read at a normal size. The caller
 * resolves names (holder, status label); every user value is escaped here.
 */
import { formatMoney } from '../../lib/money';
import type { CompanyProfile, PageSize } from '../types';
import { bdi, escapeHtml } from './escape';
import { formatDocumentDate } from './format';
import { renderPage } from './layout';
import { REPORT_STYLES } from './reportStyles';

export interface EquipmentRegisterRow {
  tag?: string | undefined;
  name: string;
  category?: string | undefined;
  location?: string | undefined;
  /** The status as the user reads it ('Under repair'). */
  status: string;
  /** Who or where has it now ('Grace Hopper', 'Meeting room 2'). */
  holder?: string | undefined;
  purchaseDate?: string | undefined;
  costCents?: number | undefined;
  warrantyEnd?: string | undefined;
}

export type EquipmentRegisterGrouping = 'category' | 'location';

export interface EquipmentRegisterInput {
  title?: string;
  /** What the list is narrowed to: "Status: Under repair", "Search: laptop". */
  scope?: string[];
  rows: readonly EquipmentRegisterRow[];
  preparedOn: string;
  groupBy?: EquipmentRegisterGrouping;
  pageSize?: PageSize;
}

const NONE: Record<EquipmentRegisterGrouping, string> = { category: 'No category', location: 'No location' };

/** Tags compare by their digits as numbers ('BD-9' before 'BD-10'); untagged items last, by name. */
function compareRows(a: EquipmentRegisterRow, b: EquipmentRegisterRow): number {
  if (a.tag && !b.tag) return -1;
  if (!a.tag && b.tag) return 1;
  if (a.tag && b.tag) {
    const byTag = a.tag.localeCompare(b.tag, 'en', { numeric: true, sensitivity: 'base' });
    if (byTag !== 0) return byTag;
  }
  return a.name.localeCompare(b.name);
}

/** Rows in groups (sorted by name, the "No …" group last), each group sorted by tag. */
export function groupEquipmentRegister(
  rows: readonly EquipmentRegisterRow[],
  groupBy: EquipmentRegisterGrouping = 'category',
): [string, EquipmentRegisterRow[]][] {
  const none = NONE[groupBy];
  const groups = new Map<string, EquipmentRegisterRow[]>();
  for (const r of rows) {
    const key = (groupBy === 'category' ? r.category : r.location)?.trim() || none;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === none ? 1 : b === none ? -1 : a.localeCompare(b)))
    .map(([k, list]) => [k, list.sort(compareRows)]);
}

export function equipmentRegisterTotals(rows: readonly EquipmentRegisterRow[]): {
  count: number;
  costCents: number;
  byStatus: [string, number][];
} {
  const byStatus = new Map<string, number>();
  let costCents = 0;
  for (const r of rows) {
    costCents += r.costCents ?? 0;
    byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
  }
  return { count: rows.length, costCents, byStatus: [...byStatus.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])) };
}

/** '2026-03-14' → '14 Mar 2026' / 'Mar 14, 2026': short enough for a table cell. */
export function shortDocumentDate(date: string | undefined, locale: string | null | undefined): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const instant = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (instant.toISOString().slice(0, 10) !== date) return date;
  try {
    return new Intl.DateTimeFormat(locale || undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(instant);
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(instant);
  }
}

const STYLES = `
@page { size: __SIZE__ landscape; }
.reg-table { table-layout: fixed; font-size: 8.5pt; }
.reg-table th, .reg-table td { padding: 1mm 1.6mm; }
.reg-table td { overflow-wrap: anywhere; }
.reg-table .c-tag { width: 11%; }
.reg-table .c-name { width: 19%; }
.reg-table .c-cat { width: 10%; }
.reg-table .c-loc { width: 11%; }
.reg-table .c-status { width: 8%; }
.reg-table .c-holder { width: 12%; }
.reg-table .c-date { width: 10%; }
.reg-table .c-cost { width: 9%; }
.reg-table .date { white-space: nowrap; }
.reg-table .tag { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: 8pt; overflow-wrap: break-word; }
.reg-group td { font-weight: 600; background: #e9e9e9; border-top: 0.75pt solid #888; break-after: avoid; }
`;

export function renderEquipmentRegisterHtml(register: EquipmentRegisterInput, company: CompanyProfile): string {
  const currency = company.currency || 'USD';
  const locale = company.locale || 'en-US';
  const pageSize = register.pageSize ?? 'A4';
  const groupBy = register.groupBy ?? 'category';
  const money = (c: number | undefined) =>
    `<td class="num">${c === undefined ? '' : escapeHtml(formatMoney(c, currency, locale))}</td>`;
  const short = (d: string | undefined) => escapeHtml(shortDocumentDate(d, locale));
  const title = register.title?.trim() || 'Equipment register';
  const totals = equipmentRegisterTotals(register.rows);
  const groups = groupEquipmentRegister(register.rows, groupBy);
  const groupNoun = groupBy === 'category' ? 'categories' : 'locations';

  const body: string[] = [];
  for (const [group, rows] of groups) {
    body.push(`<tr class="reg-group"><td colspan="9">${escapeHtml(group)} (${rows.length})</td></tr>`);
    for (const r of rows)
      body.push(
        `<tr><td class="tag">${escapeHtml(r.tag ?? '')}</td><td>${bdi(r.name)}</td><td>${escapeHtml(r.category ?? '')}</td><td>${escapeHtml(r.location ?? '')}</td><td>${escapeHtml(r.status)}</td><td>${bdi(r.holder ?? '')}</td><td class="date">${short(r.purchaseDate)}</td>${money(r.costCents)}<td class="date">${short(r.warrantyEnd)}</td></tr>`,
      );
    const sub = rows.reduce((s, r) => s + (r.costCents ?? 0), 0);
    body.push(
      `<tr class="subtotal"><td colspan="7">Subtotal ${escapeHtml(group)} (${rows.length} item${rows.length === 1 ? '' : 's'})</td>${money(sub)}<td></td></tr>`,
    );
  }

  const content = [
    REPORT_STYLES,
    '<main class="doc doc-report">',
    `<h1 class="doc-title">${escapeHtml(title.toUpperCase())}</h1>`,
    '<p class="report-meta">',
    ...(register.scope ?? []).map((s) => `<span>${escapeHtml(s)}</span>`),
    `<span>Grouped by ${groupBy}</span>`,
    `<span>Prepared ${escapeHtml(formatDocumentDate(register.preparedOn, locale))}</span>`,
    '</p>',
    '<div class="report-summary">',
    `<div><small>Items</small><b>${totals.count}</b></div>`,
    `<div><small>Purchase cost</small><b>${escapeHtml(formatMoney(totals.costCents, currency, locale))}</b></div>`,
    ...totals.byStatus.slice(0, 4).map(([status, n]) => `<div><small>${escapeHtml(status)}</small><b>${n}</b></div>`),
    '</div>',
    register.rows.length === 0
      ? '<p>No equipment to list.</p>'
      : [
          '<table class="report-table reg-table"><colgroup><col class="c-tag"><col class="c-name"><col class="c-cat"><col class="c-loc"><col class="c-status"><col class="c-holder"><col class="c-date"><col class="c-cost"><col class="c-date"></colgroup>',
          '<thead><tr><th>Asset tag</th><th>Name</th><th>Category</th><th>Location</th><th>Status</th><th>Who has it</th><th>Purchased</th><th class="num">Cost</th><th>Warranty ends</th></tr></thead><tbody>',
          ...body,
          `<tr class="total"><td colspan="7">Total (${totals.count} item${totals.count === 1 ? '' : 's'} in ${groups.length} ${groups.length === 1 ? groupNoun.replace(/ies$/, 'y').replace(/s$/, '') : groupNoun})</td>${money(totals.costCents)}<td></td></tr>`,
          '</tbody></table>',
        ].join(''),
    '</main>',
  ].join('\n');

  return renderPage({
    title: `${title} ${register.preparedOn}`,
    pageSize,
    company,
    headerLabel: [(company.name ?? '').trim(), title].filter(Boolean).join(' · '),
    extraStyles: STYLES.replace('__SIZE__', pageSize === 'Letter' ? 'letter' : 'A4'),
    content,
  });
}
