/**
 * Splits the flowing preview page into sheets: each sheet ends before the last line, list
 * item or table row that still fits, the way the print layout avoids splitting them, and a
 * merged letter always starts a new sheet.
 */

/** [start, end) of each page's slice of the flowing page, in CSS pixels from its top. */
export function paginate(candidates: number[], contentEnd: number, top: number, pageContent: number, forced: number[] = [], maxPages = 30): [number, number][] {
  const sorted = [...new Set(candidates)].sort((a, b) => a - b);
  const pages: [number, number][] = [];
  let start = top;
  while (start < contentEnd - 1 && pages.length < maxPages) {
    const limit = start + pageContent;
    const forcedBreak = forced.find((f) => f > start + 1 && f <= limit);
    let end: number;
    if (forcedBreak !== undefined) end = forcedBreak;
    else if (contentEnd <= limit) end = contentEnd;
    else {
      const fits = sorted.filter((t) => t > start + 1 && t <= limit);
      end = fits.length > 0 ? fits[fits.length - 1]! : limit;
    }
    pages.push([start, end]);
    start = end;
  }
  return pages.length > 0 ? pages : [[top, top + pageContent]];
}

