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


/** One sheet of a preview: its slice of the flowing page and where it sits among the letters. */
export interface Sheet {
  start: number;
  end: number;
  /** 1-based letter (a single document is letter 1). */
  letter: number;
  /** 1-based page within the letter, of `pages`. */
  page: number;
  pages: number;
}

/**
 * Sheets for a page of one or more letters (a mail merge, issue 16.6): each letter is
 * paginated on its own, from its top to the end of its content, so a letter never runs onto
 * another's sheet and each knows its own page count.
 */
export function paginateLetters(
  candidates: number[],
  letters: readonly { top: number; bottom: number }[],
  pageContent: number,
): Sheet[] {
  const sheets: Sheet[] = [];
  letters.forEach(({ top, bottom }, index) => {
    const inside = candidates.filter((c) => c > top && c < bottom);
    const slices = paginate(inside, bottom, top, pageContent);
    slices.forEach(([start, end], page) =>
      sheets.push({ start, end, letter: index + 1, page: page + 1, pages: slices.length }),
    );
  });
  return sheets;
}

/**
 * For each element (its letter and top), the index of the sheet it starts on: the sheet of
 * its letter whose slice holds its top (before the first: the first; past the last: the last).
 */
export function assignToSheets(elements: readonly { letter: number; top: number }[], sheets: readonly Sheet[]): number[] {
  const firstOf = new Map<number, number>();
  const lastOf = new Map<number, number>();
  sheets.forEach((sheet, index) => {
    if (!firstOf.has(sheet.letter)) firstOf.set(sheet.letter, index);
    lastOf.set(sheet.letter, index);
  });
  return elements.map(({ letter, top }) => {
    const first = firstOf.get(letter) ?? 0;
    const last = lastOf.get(letter) ?? sheets.length - 1;
    for (let i = first; i <= last; i += 1) if (top < sheets[i]!.end) return i;
    return last;
  });
}
