/**
 * CSV / TSV text → records, with the physical line each record starts on.
 *
 * Hand-written RFC 4180 state machine rather than a library: error messages must name the
 * file's line, and papaparse (the obvious candidate, and not a dependency of this project)
 * reports only character offsets, picks a single newline style per file, and would need a
 * second pass over the text to turn offsets into lines for rows whose quoted fields hold
 * newlines. Scanning once here gives exact lines for LF, CRLF, CR-only (old Mac) and mixed
 * endings, and is fast enough for 100,000-row files.
 *
 * Leniencies, each chosen so that a real-world file still imports without moving a value:
 * - spaces before an opening quote are ignored (`a, "b, c"` is two fields);
 * - text after a closing quote is kept as part of the value, with a warning;
 * - a quote inside an unquoted field is an ordinary character (`Macbook 13"`);
 * - a quote left open runs to the end of the file, with a warning naming its line;
 * - a record whose every value is empty (a blank line, or only delimiters, as spreadsheets
 *   leave behind) is not a record.
 * Values are trimmed; nothing else is changed (no unescaping, no formula evaluation).
 */

export interface ParsedRecords {
  records: string[][];
  lines: number[];
  warnings: string[];
  /** Offset just past the last record read (less than text.length when maxRecords stopped it). */
  end: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const MAX_DETAILED_WARNINGS = 5;

/** Line breaks in text[from, to): CRLF, LF and lone CR each count once. */
function countBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

export function parseDelimited(
  text: string,
  delimiter: string,
  options: { start?: number; startLine?: number; maxRecords?: number } = {},
): ParsedRecords {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const maxRecords = options.maxRecords ?? Infinity;
  const records: string[][] = [];
  const lines: number[] = [];
  const warnings: string[] = [];
  const strayQuoteLines: number[] = [];
  let i = options.start ?? 0;
  let line = options.startLine ?? 1;

  while (i < n && records.length < maxRecords) {
    const recordLine = line;
    const fields: string[] = [];
    let hasValue = false;
    for (;;) {
      let j = i;
      let c = text.charCodeAt(j);
      while (j < n && (c === SPACE || (c === TAB && d !== TAB))) c = text.charCodeAt(++j);
      let value: string;
      if (j < n && c === QUOTE) {
        const openLine = line;
        let k = j + 1;
        value = '';
        for (;;) {
          const q = text.indexOf('"', k);
          if (q === -1) {
            value += text.slice(k);
            line += countBreaks(text, k, n);
            k = n;
            warnings.push(
              `The quoted value that starts on line ${openLine} is never closed, so everything after it was read as that one value.`,
            );
            break;
          }
          value += text.slice(k, q);
          line += countBreaks(text, k, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            k = q + 2;
            continue;
          }
          k = q + 1;
          break;
        }
        const tailStart = k;
        while (k < n) {
          const t = text.charCodeAt(k);
          if (t === d || t === LF || t === CR) break;
          k++;
        }
        if (k > tailStart) {
          const tail = text.slice(tailStart, k);
          if (tail.trim() !== '') {
            value += tail;
            strayQuoteLines.push(line);
          }
        }
        value = value.trim();
        i = k;
      } else {
        let k = i;
        while (k < n) {
          const t = text.charCodeAt(k);
          if (t === d || t === LF || t === CR) break;
          k++;
        }
        value = text.slice(i, k).trim();
        i = k;
      }
      if (value !== '') hasValue = true;
      fields.push(value);
      if (i < n && text.charCodeAt(i) === d) {
        i++;
        continue;
      }
      if (i < n) {
        i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        line++;
      }
      break;
    }
    if (hasValue) {
      records.push(fields);
      lines.push(recordLine);
    }
  }

  if (strayQuoteLines.length > 0) {
    const shown = strayQuoteLines.slice(0, MAX_DETAILED_WARNINGS).join(', ');
    const more =
      strayQuoteLines.length > MAX_DETAILED_WARNINGS
        ? ` and ${strayQuoteLines.length - MAX_DETAILED_WARNINGS} more`
        : '';
    warnings.push(
      `Text follows a closing quote on line${strayQuoteLines.length > 1 ? 's' : ''} ${shown}${more}; it was kept as part of the value.`,
    );
  }
  return { records, lines, warnings, end: i };
}

export const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Picks , ; or tab by which one splits the first records into the same number of fields as
 * the header, with more than one field. Quoted content is skipped because the real parser is
 * used on a prefix. A .tsv name puts tab first among equals.
 */
export function detectDelimiter(text: string, fileName: string, start = 0): string {
  const prefer: readonly string[] = /\.(tsv|tab)$/i.test(fileName) ? ['\t', ',', ';'] : DELIMITERS;
  const sample =
    text.length - start > 65_536 ? text.slice(start, start + 65_536) : text.slice(start);
  let best = prefer[0]!;
  let bestScore = -1;
  for (const candidate of prefer) {
    const { records } = parseDelimited(sample, candidate, { maxRecords: 30 });
    // The last sampled record may be cut by the 64 KiB slice.
    const usable =
      sample.length < text.length - start && records.length > 2 ? records.slice(0, -1) : records;
    const width = usable[0]?.length ?? 0;
    if (width < 2) continue;
    let same = 0;
    for (let r = 1; r < usable.length; r++) if (usable[r]!.length === width) same++;
    const score = usable.length > 1 ? same / (usable.length - 1) : 0.5;
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}
