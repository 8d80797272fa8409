/**
 * The stock count sheet: under the letterhead, one section per location (cupboard or shelf)
 * with a table of item, SKU, unit, optionally the expected quantity, and a blank "Counted"
 * column to fill in by hand; a "counted by" signature line closes the sheet. Every user
 * value goes through escapeHtml.
 */
import type { CompanyProfile, PageSize } from '../types';
import { bdi, escapeHtml } from './escape';
import { formatDocumentDate } from './format';
import { renderPage } from './layout';

export interface CountSheetItem {
  name: string;
  sku?: string | undefined;
  unit: string;
  location?: string | undefined;
  expected: number;
}

export interface CountSheetInput {
  date: string;
  items: readonly CountSheetItem[];
  /** Print the quantity the books expect (a blind count leaves it off). */
  showExpected: boolean;
  pageSize?: PageSize;
}

export const NO_LOCATION = 'No location';

/** Items grouped by location (sorted, "No location" last), names sorted inside each. */
export function groupByLocation<T extends { name: string; location?: string | undefined }>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const i of items) {
    const loc = i.location?.trim() || NO_LOCATION;
    const list = groups.get(loc) ?? [];
    list.push(i);
    groups.set(loc, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === NO_LOCATION ? 1 : b === NO_LOCATION ? -1 : a.localeCompare(b)))
    .map(([loc, list]) => [loc, list.sort((a, b) => a.name.localeCompare(b.name))]);
}

const STYLES = `
.count-location { font-family: system-ui, sans-serif; font-size: 12pt; margin: 6mm 0 2mm; break-after: avoid; }
.count-table { width: 100%; border-collapse: collapse; font-size: 10pt; margin-bottom: 3mm; table-layout: fixed; }
.count-table .sku { width: 34mm; }
.count-table .unit { width: 20mm; }
.count-table thead { display: table-header-group; }
.count-table tr { break-inside: avoid; }
.count-table th, .count-table td { border-bottom: 0.5pt solid #b5b5b5; padding: 1.8mm 2.5mm; text-align: left; }
.count-table th { font-family: system-ui, sans-serif; font-weight: 600; border-bottom: 1pt solid #1a1a1a; background: #f2f2f2; }
.count-table .num { text-align: right; width: 20mm; }
.count-table .counted { width: 28mm; border-bottom: 0.75pt solid #444; }
.count-sign { margin-top: 12mm; display: flex; gap: 12mm; break-inside: avoid; font-family: system-ui, sans-serif; font-size: 10pt; }
.count-sign div { flex: 1; border-top: 0.75pt solid #444; padding-top: 1.5mm; }
`;

export function renderCountSheetHtml(sheet: CountSheetInput, company: CompanyProfile): string {
  const groups = groupByLocation(sheet.items);
  const head = `<tr><th>Item</th><th class="sku">SKU</th><th class="unit">Unit</th>${sheet.showExpected ? '<th class="num">Expected</th>' : ''}<th class="counted">Counted</th></tr>`;
  const sections = groups
    .map(([loc, items]) => {
      const rows = items
        .map(
          (i) =>
            `<tr><td>${bdi(i.name)}</td><td>${escapeHtml(i.sku ?? '')}</td><td>${escapeHtml(i.unit)}</td>${
              sheet.showExpected ? `<td class="num">${escapeHtml(String(i.expected))}</td>` : ''
            }<td class="counted"></td></tr>`,
        )
        .join('');
      return `<section><h2 class="count-location">${escapeHtml(loc)}</h2><table class="count-table"><thead>${head}</thead><tbody>${rows}</tbody></table></section>`;
    })
    .join('');
  const day = formatDocumentDate(sheet.date, company.locale);
  const total = sheet.items.length;
  return renderPage({
    title: `Stock count sheet ${sheet.date}`,
    pageSize: sheet.pageSize ?? 'A4',
    company,
    headerLabel: [(company.name ?? '').trim(), 'Stock count sheet'].filter(Boolean).join(' · '),
    extraStyles: STYLES,
    content: `<main class="doc doc-report"><h1 class="doc-title">STOCK COUNT SHEET</h1><p><strong>${escapeHtml(day)}</strong> · ${total} item${total === 1 ? '' : 's'} in ${groups.length} location${groups.length === 1 ? '' : 's'}</p><hr class="doc-rule">${
      total ? sections : '<p>No items to count.</p>'
    }<div class="count-sign"><div>Counted by</div><div>Signature</div><div>Date</div></div></main>`,
  });
}
