/**
 * Text folding for search: case- and diacritic-insensitive, so "cafe" finds "Café" and
 * "MULLER" finds "Müller". Letters that Unicode does not decompose (ø, ß, æ, ł…) are mapped
 * by hand because offices type names the way their keyboard lets them.
 */

const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const SPECIAL_RE = /[ßæœøłđðþı]/g;
const MARKS_RE = /\p{M}+/gu;
// eslint-disable-next-line no-control-regex
const ASCII_RE = /^[\x00-\x7f]*$/;

/** Lowercase, strip diacritics, collapse whitespace. */
export function normalizeForSearch(text: string): string {
  // Most office text is plain ASCII: skip Unicode decomposition, the costly part of a scan.
  if (ASCII_RE.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (ch) => SPECIAL[ch] ?? ch)
    .replace(/\s+/g, ' ')
    .trim();
}

/** British spelling alias, since both get typed. */
export const normaliseForSearch = normalizeForSearch;

/** Query words, normalized; empty when the query is blank. */
export function searchTokens(query: string): string[] {
  const n = normalizeForSearch(query);
  return n ? n.split(' ') : [];
}

/** True when every token occurs somewhere in the (already normalized) haystack. */
export function matchesTokens(normalizedHaystack: string, tokens: readonly string[]): boolean {
  for (const t of tokens) if (!normalizedHaystack.includes(t)) return false;
  return true;
}

/** Convenience for one-off checks; normalizes both sides. */
export function textMatches(haystack: string, query: string): boolean {
  return matchesTokens(normalizeForSearch(haystack), searchTokens(query));
}

/** Uppercase initials for avatars: "Ana María López" → "AL". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  const first = words[0]![0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]![0] ?? '') : '';
  return (first + last).toUpperCase();
}

/**
 * Compares names the way people sort them ("Item 2" before "Item 10", case ignored). One shared
 * collator: `localeCompare` builds one per call, which is many times slower over 100,000 rows.
 */
export const compareText: (a: string, b: string) => number = new Intl.Collator(undefined, {
  numeric: true,
  sensitivity: 'base',
}).compare;

/**
 * Bidi controls (issue 15.9): marks and overrides that change the order characters are shown
 * in without being seen themselves — '\u202Eexe.fdp\u202C' shows as "pdf.exe". A name shown
 * next to other text is isolated (<bdi>); a file name holding any is flagged.
 */
const BIDI_NAMES: Record<string, string> = {
  '\u061C': 'ALM',
  '\u200E': 'LRM',
  '\u200F': 'RLM',
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};
const BIDI_RE = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const BIDI_TEST = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export interface BidiControl {
  /** Index in the text (UTF-16). */
  index: number;
  /** 'U+202E' */
  codePoint: string;
  /** Its short name: 'RLO' (right-to-left override), 'PDF', 'LRI', … */
  name: string;
}

/** The bidi controls in `text`, in order; empty for ordinary text. */
export function bidiControls(text: string): BidiControl[] {
  const out: BidiControl[] = [];
  for (const m of text.matchAll(BIDI_RE)) {
    const ch = m[0];
    out.push({ index: m.index, codePoint: `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, name: BIDI_NAMES[ch] ?? '?' });
  }
  return out;
}

export function hasBidiControls(text: string): boolean {
  return BIDI_TEST.test(text);
}

/** The text as stored, in reading order, with its bidi controls removed: what it really says. */
export function stripBidi(text: string): string {
  return text.replace(BIDI_RE, '');
}

/** The text in reading order with each bidi control made visible: 'exe.fdp' → '[RLO]exe.fdp[PDF]'. */
export function revealBidi(text: string): string {
  return text.replace(BIDI_RE, (ch) => `[${BIDI_NAMES[ch] ?? '?'}]`);
}

/**
 * How the text shows on screen, left to right, for the overrides an attacker uses: the
 * characters under a right-to-left override (RLO or RLE … to PDF, or to the end) reversed,
 * the other controls dropped. (Right-to-left letters without controls are left as they are: a
 * full bidi algorithm is the renderer's job, and such names are shown isolated anyway.)
 */
export function bidiShownAs(text: string): string {
  let out = '';
  const stack: { rtl: boolean; buf: string }[] = [];
  const push = (s: string) => {
    const top = stack.at(-1);
    if (top) top.buf += s;
    else out += s;
  };
  const pop = () => {
    const top = stack.pop();
    if (top) push(top.rtl ? [...top.buf].reverse().join('') : top.buf);
  };
  for (const ch of text) {
    const name = BIDI_NAMES[ch];
    if (name === 'RLO' || name === 'RLE') stack.push({ rtl: true, buf: '' });
    else if (name === 'LRO' || name === 'LRE' || name === 'LRI' || name === 'RLI' || name === 'FSI') stack.push({ rtl: false, buf: '' });
    else if (name === 'PDF' || name === 'PDI') pop();
    else if (!name) push(ch);
  }
  while (stack.length > 0) pop();
  return out;
}

/**
 * The sentence shown beside a file name that holds bidi controls, or null when it holds none:
 * "This file name hides its real ending: shown as “pdf.exe”, really “exe.fdp”."
 */
export function bidiFileNameWarning(name: string): string | null {
  if (!hasBidiControls(name)) return null;
  const really = stripBidi(name);
  const shown = bidiShownAs(name);
  if (shown !== really) return `This file name hides its real ending: shown as “${shown}”, really “${really}”.`;
  return `This file name holds hidden direction marks (${[...new Set(bidiControls(name).map((c) => c.codePoint))].join(', ')}); it is really “${really}”.`;
}
