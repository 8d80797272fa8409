/**
 * Document numbers that never collide between the office's PCs (issue 18.3). Each PC that
 * syncs has a number code of one or two capital letters (Settings → Sync); its numbers carry
 * it right after the series prefix and count only among themselves: PC A writes PO-2026-A0001,
 * A0002 …, PC B writes PO-2026-B0001 … — two PCs offline at once can never mint the same number.
 * Without a code (an office that never synced) numbers are exactly as before: PO-2026-0001.
 * The code's letters end where the digits begin, so 'A' and 'AB' series never mix.
 */

/** Next number of `prefix` among `existing`, in this PC's series (`code` '' = the plain series). */
export function nextSeriesNumber(prefix: string, existing: Iterable<string>, code = '', digits = 4): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escaped}${code}(\\d+)$`, 'i');
  let max = 0;
  for (const n of existing) {
    const m = pattern.exec(n.trim());
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}${code}${String(max + 1).padStart(digits, '0')}`;
}

/** What this PC's numbers look like, for Settings → Sync. */
export function exampleNumbers(code: string, year: number, assetPrefix = 'BD-'): { label: string; example: string }[] {
  return [
    { label: 'Purchase orders', example: nextSeriesNumber(`PO-${year}-`, [], code) },
    { label: 'Purchase requests', example: nextSeriesNumber('PR-', [], code) },
    { label: 'Staff requests', example: nextSeriesNumber('REQ-', [], code) },
    { label: 'Requests for quotation', example: nextSeriesNumber('RFQ-', [], code) },
    { label: 'Asset tags', example: nextSeriesNumber(assetPrefix.endsWith('-') ? assetPrefix : `${assetPrefix}-`, [], code) },
  ];
}
