/**
 * Column widths that fit the grid's width (issue 16.7: the Amount heading of Expenses sat at
 * x≈1524, off a 1366 window, and Invoices' Status and Amount beyond the table's edge). A column
 * with a `width` keeps it (dates, amounts, statuses); the others share what is left by what
 * they usually hold (header and a sample of values; the square root, so short columns are not
 * starved), so a description gets more room than a category, and long text ends in an ellipsis
 * instead of pushing key columns off.
 */
import type { GridColumn } from './columns';

/** Rows read to judge a column's usual length: spread over the list, never all 100,000. */
const SAMPLE = 200;
/** Narrowest share a column without a width is given (px). */
export const MIN_AUTO_WIDTH = 56;

/** How much room a column usually wants, in characters: its header or most of its values. */
export function columnWeight<T>(column: GridColumn<T>, rows: readonly T[]): number {
  const lengths: number[] = [];
  const step = Math.max(1, Math.floor(rows.length / SAMPLE));
  for (let i = 0; i < rows.length && lengths.length < SAMPLE; i += step) {
    const v = column.value(rows[i]!);
    lengths.push(v === null || v === undefined ? 0 : String(v).length);
  }
  lengths.sort((a, b) => a - b);
  // Most values, not the one outlier: the 80th percentile.
  const typical = lengths.length ? lengths[Math.floor((lengths.length - 1) * 0.8)]! : 0;
  return Math.min(40, Math.max(4, column.header.length + 2, typical));
}

/** A CSS width of a column in px (rem and px understood), or null when it cannot be read. */
export function widthPx(width: string, remPx: number): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)(rem|em|px)\s*$/.exec(width);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] === 'px' ? n : n * remPx;
}

/**
 * The width (px) of each column without its own, sharing `available` px left by the ones
 * with a width, in proportion to the square roots of their weights; a column with its own
 * width gets null (its CSS width stands). Never narrower than its minWidth or MIN_AUTO_WIDTH.
 */
export function fitColumnWidths(
  columns: readonly { width?: string; minWidth?: string; weight: number }[],
  available: number,
  remPx: number,
): (number | null)[] {
  let left = available;
  for (const c of columns) if (c.width) left -= widthPx(c.width, remPx) ?? 8 * remPx;
  const out: (number | null)[] = columns.map(() => null);
  // Columns whose share would be under the minimum get the minimum; the rest share what remains.
  const share = columns.map((c) => Math.sqrt(Math.max(1, c.weight)));
  const least = columns.map((c) => Math.max(MIN_AUTO_WIDTH, (c.minWidth && widthPx(c.minWidth, remPx)) || 0));
  let open = columns.flatMap((c, i) => (c.width ? [] : [i]));
  for (;;) {
    const weights = open.reduce((sum, i) => sum + share[i]!, 0) || 1;
    const narrow = open.filter((i) => (left * share[i]!) / weights < least[i]!);
    if (!narrow.length) {
      for (const i of open) out[i] = Math.floor((left * share[i]!) / weights);
      return out;
    }
    for (const i of narrow) {
      out[i] = least[i]!;
      left -= least[i]!;
    }
    open = open.filter((i) => !narrow.includes(i));
  }
}
