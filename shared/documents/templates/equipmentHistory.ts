/**
 * The per-item history sheet (issue 12.10): the item's details, who had it and when (the
 * hand-over ledger), its meters, the maintenance log and plans, its repairs with their costs,
 * and the total cost of ownership (purchase + repairs + maintenance). The caller resolves names
 * and labels; every user value is escaped here. Each section says plainly when it is empty.
 */
import { formatMoney } from '../../lib/money';
import type { CompanyProfile, PageSize } from '../types';
import { escapeHtml } from './escape';
import { formatDocumentDate } from './format';
import { renderPage } from './layout';
import { REPORT_STYLES } from './reportStyles';
import { shortDocumentDate } from './equipmentRegister';

export interface EquipmentHistoryDetails {
  name: string;
  tag?: string | undefined;
  category?: string | undefined;
  manufacturer?: string | undefined;
  model?: string | undefined;
  serial?: string | undefined;
  location?: string | undefined;
  status: string;
  /** Who or where has it now. */
  holder?: string | undefined;
  vendor?: string | undefined;
  purchaseDate?: string | undefined;
  purchaseCostCents?: number | undefined;
  warrantyEnd?: string | undefined;
  /** The end of the expected life (purchase date + expected life). */
  lifeEnds?: string | undefined;
  /** 'Retired on 2026-01-10: broken beyond repair'. */
  retirement?: string | undefined;
  notes?: string | undefined;
}

export interface EquipmentHistoryHandover {
  date: string;
  kind: 'check-out' | 'check-in';
  /** To whom (check-out) or from whom / received by (check-in). */
  who?: string | undefined;
  dueBack?: string | undefined;
  condition?: string | undefined;
  note?: string | undefined;
}

export interface EquipmentHistoryMeter {
  name: string;
  unit: string;
  readings: number;
  firstReadingOn?: string | undefined;
  lastReadingOn?: string | undefined;
  /** The last value read on the meter now fitted. */
  lastValue?: number | undefined;
  /** Everything counted since the first reading, across meter replacements. */
  lifetimeValue?: number | undefined;
}

export interface EquipmentHistoryWork {
  date: string;
  kind: string;
  description: string;
  performedBy?: string | undefined;
  costCents: number;
}

export interface EquipmentHistoryPlan {
  name: string;
  /** 'Every 3 months from the last service', 'Every 50,000 pages'. */
  schedule: string;
  lastDone?: string | undefined;
  /** 'Due Apr 1, 2026 (in 5 days)': the caller writes its dates as the sheet does. */
  next: string;
  checklist: readonly string[];
}

export interface EquipmentHistoryRepair {
  reportedOn: string;
  problem: string;
  reportedBy?: string | undefined;
  fixedOn?: string | undefined;
  fixedBy?: string | undefined;
  downtimeDays: number;
  costCents: number;
}

export interface EquipmentHistoryInput {
  preparedOn: string;
  pageSize?: PageSize;
  item: EquipmentHistoryDetails;
  handovers: readonly EquipmentHistoryHandover[];
  meters: readonly EquipmentHistoryMeter[];
  maintenance: readonly EquipmentHistoryWork[];
  plans: readonly EquipmentHistoryPlan[];
  repairs: readonly EquipmentHistoryRepair[];
  cost: { purchaseCents: number; repairsCents: number; maintenanceCents: number; totalCents: number };
  /** Why the item is flagged for replacement, when it is. */
  replacement?: string | undefined;
}

const STYLES = `
.hist-details { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; margin: 0 0 4mm; font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 9.5pt; }
.hist-details div { display: flex; gap: 3mm; border-bottom: 0.5pt solid #dcdcdc; padding: 1mm 0; break-inside: avoid; }
.hist-details dt { width: 32mm; flex: none; color: #555; }
.hist-details dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.hist-title { font-size: 18pt; letter-spacing: 0.01em; overflow-wrap: anywhere; }
.hist-notes { font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 9.5pt; white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 4mm; }
.hist-table { table-layout: fixed; }
.hist-table td { overflow-wrap: anywhere; }
.hist-date { width: 24mm; }
.hist-num { width: 26mm; }
.hist-checklist { margin: 1mm 0 0; padding-left: 5mm; color: #444; font-size: 8.5pt; }
.report-flag { font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 10pt; }
.hist-tag { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; }
`;

export function renderEquipmentHistoryHtml(input: EquipmentHistoryInput, company: CompanyProfile): string {
  const currency = company.currency || 'USD';
  const locale = company.locale || 'en-US';
  const money = (c: number) => escapeHtml(formatMoney(c, currency, locale));
  const num = (n: number | undefined) => (n === undefined ? '' : escapeHtml(n.toLocaleString(locale, { maximumFractionDigits: 2 })));
  const d = (date: string | undefined) => escapeHtml(shortDocumentDate(date, locale));
  const t = (s: string | undefined) => escapeHtml(s ?? '');
  const { item } = input;

  const details: [string, string][] = [
    ['Asset tag', item.tag ? `<span class="hist-tag">${t(item.tag)}</span>` : ''],
    ['Status', t(item.status)],
    ['Category', t(item.category)],
    ['Who has it', t(item.holder) || 'Nobody (not checked out)'],
    ['Manufacturer', t(item.manufacturer)],
    ['Location', t(item.location)],
    ['Model', t(item.model)],
    ['Vendor', t(item.vendor)],
    ['Serial number', t(item.serial)],
    ['Purchased', [d(item.purchaseDate), item.purchaseCostCents !== undefined ? money(item.purchaseCostCents) : ''].filter(Boolean).join(' · ')],
    ['Warranty ends', d(item.warrantyEnd)],
    ['Expected life ends', d(item.lifeEnds)],
  ];
  if (item.retirement) details.push(['Retired', t(item.retirement)]);

  const table = (head: string, rows: string[], empty: string, cols: string) =>
    rows.length === 0
      ? `<p class="report-meta">${empty}</p>`
      : `<table class="report-table hist-table"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;

  const handovers = [...input.handovers].sort((a, b) => a.date.localeCompare(b.date));
  const handoverRows = handovers.map(
    (h) =>
      `<tr><td>${d(h.date)}</td><td>${h.kind === 'check-out' ? 'Checked out' : 'Checked in'}</td><td>${t(h.who)}</td><td>${
        h.kind === 'check-out' ? (h.dueBack ? `Due back ${d(h.dueBack)}` : '') : t(h.condition)
      }</td><td>${t(h.note)}</td></tr>`,
  );
  const meterRows = input.meters.map(
    (m) =>
      `<tr><td>${t(m.name)}</td><td>${t(m.unit)}</td><td class="num">${m.readings}</td><td>${d(m.firstReadingOn)}</td><td>${d(m.lastReadingOn)}</td><td class="num">${num(m.lastValue)}</td><td class="num">${num(m.lifetimeValue)}</td></tr>`,
  );
  const work = [...input.maintenance].sort((a, b) => a.date.localeCompare(b.date));
  const workCents = work.reduce((s, w) => s + w.costCents, 0);
  const workRows = work.map(
    (w) =>
      `<tr><td>${d(w.date)}</td><td>${t(w.kind)}</td><td>${t(w.description)}</td><td>${t(w.performedBy)}</td><td class="num">${money(w.costCents)}</td></tr>`,
  );
  if (workRows.length) workRows.push(`<tr class="total"><td colspan="4">Maintenance (${work.length})</td><td class="num">${money(workCents)}</td></tr>`);
  const planRows = input.plans.map(
    (p) =>
      `<tr><td>${t(p.name)}${
        p.checklist.length ? `<ul class="hist-checklist">${p.checklist.map((c) => `<li>${t(c)}</li>`).join('')}</ul>` : ''
      }</td><td>${t(p.schedule)}</td><td>${d(p.lastDone) || 'Never'}</td><td>${t(p.next)}</td></tr>`,
  );
  const repairs = [...input.repairs].sort((a, b) => a.reportedOn.localeCompare(b.reportedOn));
  const repairCents = repairs.reduce((s, r) => s + r.costCents, 0);
  const downtime = repairs.reduce((s, r) => s + r.downtimeDays, 0);
  const repairRows = repairs.map(
    (r) =>
      `<tr><td>${d(r.reportedOn)}</td><td>${t(r.problem)}${r.reportedBy ? `<br><small>Reported by ${t(r.reportedBy)}</small>` : ''}</td><td>${
        r.fixedOn ? d(r.fixedOn) : 'Open'
      }</td><td>${t(r.fixedBy)}</td><td class="num">${r.downtimeDays}</td><td class="num">${money(r.costCents)}</td></tr>`,
  );
  if (repairRows.length)
    repairRows.push(
      `<tr class="total"><td colspan="4">Repairs (${repairs.length})</td><td class="num">${downtime}</td><td class="num">${money(repairCents)}</td></tr>`,
    );

  const c = input.cost;
  const content = [
    REPORT_STYLES,
    '<main class="doc doc-report">',
    `<h1 class="doc-title hist-title">${t(item.name)}</h1>`,
    `<p class="report-meta"><span>Equipment history sheet</span>${item.tag ? `<span>${t(item.tag)}</span>` : ''}<span>Prepared ${escapeHtml(formatDocumentDate(input.preparedOn, locale))}</span></p>`,
    '<div class="report-summary">',
    `<div><small>Total cost of ownership</small><b>${money(c.totalCents)}</b></div>`,
    `<div><small>Hand-overs</small><b>${handovers.length}</b></div>`,
    `<div><small>Repairs</small><b>${repairs.length}</b></div>`,
    `<div><small>Days out of service</small><b>${downtime}</b></div>`,
    '</div>',
    input.replacement ? `<p class="report-flag">Flagged for replacement: ${t(input.replacement)}</p>` : '',
    '<h2 class="report-section">Details</h2>',
    `<dl class="hist-details">${details.map(([k, v]) => `<div><dt>${k}</dt><dd>${v || '—'}</dd></div>`).join('')}</dl>`,
    item.notes ? `<p class="hist-notes">${t(item.notes)}</p>` : '',
    '<h2 class="report-section">Hand-overs</h2>',
    table(
      '<th>Date</th><th>Hand-over</th><th>Who or where</th><th>Due back / condition</th><th>Note</th>',
      handoverRows,
      'Never checked out.',
      '<col class="hist-date"><col style="width:24mm"><col><col style="width:44mm"><col>',
    ),
    '<h2 class="report-section">Meters</h2>',
    table(
      '<th>Meter</th><th>Unit</th><th class="num">Readings</th><th>First</th><th>Last</th><th class="num">Last reading</th><th class="num">Lifetime</th>',
      meterRows,
      'No meters.',
      '<col><col style="width:16mm"><col style="width:18mm"><col class="hist-date"><col class="hist-date"><col class="hist-num"><col class="hist-num">',
    ),
    '<h2 class="report-section">Maintenance log</h2>',
    table(
      '<th>Date</th><th>Kind</th><th>Work done</th><th>By</th><th class="num">Cost</th>',
      workRows,
      'No maintenance recorded.',
      '<col class="hist-date"><col style="width:22mm"><col><col style="width:34mm"><col class="hist-num">',
    ),
    '<h2 class="report-section">Maintenance plans</h2>',
    table(
      '<th>Plan</th><th>Schedule</th><th>Last done</th><th>Next</th>',
      planRows,
      'No maintenance plans.',
      '<col><col style="width:44mm"><col class="hist-date"><col style="width:44mm">',
    ),
    '<h2 class="report-section">Repairs</h2>',
    table(
      '<th>Reported</th><th>Problem</th><th>Fixed</th><th>Fixed by</th><th class="num">Days down</th><th class="num">Cost</th>',
      repairRows,
      'No repairs.',
      '<col class="hist-date"><col><col class="hist-date"><col style="width:30mm"><col style="width:18mm"><col class="hist-num">',
    ),
    '<h2 class="report-section">Total cost of ownership</h2>',
    '<table class="report-table hist-table"><colgroup><col><col class="hist-num"></colgroup><tbody>',
    `<tr><td>Purchase</td><td class="num">${money(c.purchaseCents)}</td></tr>`,
    `<tr><td>Repairs</td><td class="num">${money(c.repairsCents)}</td></tr>`,
    `<tr><td>Maintenance</td><td class="num">${money(c.maintenanceCents)}</td></tr>`,
    `<tr class="total"><td>Total</td><td class="num">${money(c.totalCents)}</td></tr>`,
    '</tbody></table>',
    '</main>',
  ].join('\n');

  const shortName = item.name.length > 60 ? `${item.name.slice(0, 57)}…` : item.name;
  return renderPage({
    title: `Equipment history: ${item.name}${item.tag ? ` (${item.tag})` : ''}`,
    pageSize: input.pageSize ?? 'A4',
    company,
    headerLabel: [(company.name ?? '').trim(), `History: ${shortName}${item.tag ? ` (${item.tag})` : ''}`].filter(Boolean).join(' · '),
    extraStyles: STYLES,
    content,
  });
}
