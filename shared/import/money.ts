/**
 * Numbers as people and spreadsheets write them → exact integers (cents for money), without
 * ever passing through a float, in either convention: "$1,234.56", "1.234,50 €", "1 234,50",
 * "CHF 1'234.50", "(12.00)" (accounting negative), "12-", ".5".
 *
 * Which of '.' and ',' is the decimal point is decided per value, because one file rarely says:
 * - both present: the later one is the decimal point ("1.234,50", "1,234.50");
 * - one of them, more than once: it groups thousands ("1,234,567");
 * - one of them, once, followed by exactly three digits after one to three leading digits
 *   (not "0"): it groups thousands ("1,234" = 1234.00, "1.234" = 1234.00), because that is the
 *   only reading an amount in cents can have when the other separator never appears;
 * - otherwise it is the decimal point ("1234.5", "12,50").
 * Spaces and apostrophes only ever group digits. Currency symbols and codes are accepted
 * before or after the number; any other letter makes the value not a number, so "12k" or
 * "6.37702E+15" is refused rather than read as 12 or 6.37.
 * More decimals than the scale allows are refused unless they are zeros, so money is never
 * silently rounded.
 */

export type NumberProblem = 'invalid' | 'too-precise' | 'too-large';

const EXTRA_CURRENCY_WORDS = [
  'kr',
  'fr',
  'sfr',
  'zł',
  'kč',
  'ft',
  'rs',
  'rm',
  'r',
  'lei',
  'lv',
  'us',
  'ca',
  'c',
  'a',
  'au',
  'nz',
  'hk',
  's',
  'dm',
  'eur',
  'usd',
  'gbp',
  'chf',
  'cad',
  'aud',
  'jpy',
  'sek',
  'nok',
  'dkk',
  'pln',
  'czk',
  'huf',
  'inr',
  'cny',
  'nzd',
];
let currencyWords: Set<string> | null = null;

function isCurrencyWord(word: string): boolean {
  if (!currencyWords) {
    currencyWords = new Set(EXTRA_CURRENCY_WORDS);
    const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
    if (supported) for (const code of supported('currency')) currencyWords.add(code.toLowerCase());
  }
  return currencyWords.has(word.toLowerCase());
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const isDigit = (c: number) => c >= DIGIT_0 && c <= DIGIT_9;
/** Characters that may appear inside the number: digits, . , and grouping spaces/apostrophes. */
const isBodyChar = (c: number) =>
  isDigit(c) ||
  c === 46 ||
  c === 44 ||
  c === 32 ||
  c === 39 ||
  c === 0x2019 ||
  c === 0xa0 ||
  c === 0x202f ||
  c === 0x2009;

/**
 * Reads the text around the number: spaces, signs, and (when allowed) currency symbols and
 * codes. Returns the number of minus signs, or -1 when anything else is there.
 */
function affixMinuses(affix: string, allowCurrency: boolean): number {
  if (affix === '') return 0;
  let minuses = 0;
  let rest = '';
  for (const ch of affix) {
    if (ch === '-' || ch === '\u2212') minuses++;
    else if (ch === '+' || /\s/u.test(ch)) continue;
    else if (allowCurrency && /\p{Sc}/u.test(ch)) rest += ' ';
    else rest += ch;
  }
  if (rest.trim() === '') return minuses;
  if (!allowCurrency) return -1;
  for (const word of rest.split(/[\s.]+/u)) {
    if (word === '') continue;
    if (!/^\p{L}+$/u.test(word) || !isCurrencyWord(word)) return -1;
  }
  return minuses;
}

/**
 * The common case without regular expressions: "-1234", "12.5", "$1234.56" (a dot followed by
 * one or two digits, or by up to `scale` digits, can only be a decimal point). Undefined when
 * the text needs the full rules.
 */
function parsePlain(s: string, scale: number, allowCurrency: boolean): number | undefined {
  const n = s.length;
  let i = 0;
  const negative = s.charCodeAt(0) === 45;
  if (negative) i = 1;
  // "$12.50", "-€3.10", "£5": one leading symbol is the usual spreadsheet money format.
  if (allowCurrency) {
    const c = s.charCodeAt(i);
    if (c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) i++;
  }
  let whole = 0;
  let wholeDigits = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) break;
    whole = whole * 10 + (c - DIGIT_0);
    wholeDigits++;
    i++;
  }
  if (wholeDigits === 0 || wholeDigits > 15) return undefined;
  let frac = 0;
  let fracDigits = 0;
  if (i < n) {
    if (s.charCodeAt(i) !== 46) return undefined;
    i++;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (!isDigit(c)) return undefined;
      frac = frac * 10 + (c - DIGIT_0);
      fracDigits++;
      i++;
    }
    // Three digits after a lone dot may be thousands ("1.234"): leave that to the full rules.
    if (fracDigits === 0 || fracDigits > scale || fracDigits === 3) return undefined;
  }
  const value = whole * 10 ** scale + frac * 10 ** (scale - fracDigits);
  if (!Number.isSafeInteger(value)) return undefined;
  return negative && value !== 0 ? -value : value;
}

/**
 * Parses `text` into an integer scaled by 10^scale (scale 2 = cents, 0 = whole numbers).
 * Returns null for a blank value, a number on success, or what was wrong.
 */
export function parseScaled(
  text: string,
  scale: number,
  allowCurrency: boolean,
): number | NumberProblem | null {
  let s = text.trim();
  if (s === '') return null;
  const simple = parsePlain(s, scale, allowCurrency);
  if (simple !== undefined) return simple;
  let minuses = 0;
  if (s.charCodeAt(0) === 40 && s.charCodeAt(s.length - 1) === 41) {
    minuses = 1;
    s = s.slice(1, -1).trim();
  }
  // Locate the number: from the first digit (or a separator right before it, for ".5") to the
  // last character that can belong to a number.
  const n = s.length;
  let start = 0;
  while (start < n && !isDigit(s.charCodeAt(start))) start++;
  if (start === n) return 'invalid';
  if (start > 0 && (s.charCodeAt(start - 1) === 46 || s.charCodeAt(start - 1) === 44)) start--;
  let end = start;
  while (end < n && isBodyChar(s.charCodeAt(end))) end++;
  // Trailing spaces belong to the suffix ("12 €").
  while (
    end > start &&
    !isDigit(s.charCodeAt(end - 1)) &&
    s.charCodeAt(end - 1) !== 46 &&
    s.charCodeAt(end - 1) !== 44
  )
    end--;

  const before = affixMinuses(s.slice(0, start), allowCurrency);
  const after = affixMinuses(s.slice(end), allowCurrency);
  if (before < 0 || after < 0) return 'invalid';
  minuses += before + after;
  if (minuses > 1) return 'invalid';

  let body = s.slice(start, end);
  // Spaces and apostrophes only ever group digits; '_' marks them as such below.
  if (/[\s'\u2019]/u.test(body)) body = body.replace(/[\s'\u2019]+/gu, '_');

  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let decimalAt = -1;
  if (lastDot >= 0 && lastComma >= 0) {
    decimalAt = Math.max(lastDot, lastComma);
  } else if (lastDot >= 0 || lastComma >= 0) {
    const at = lastDot >= 0 ? lastDot : lastComma;
    const sep = body[at]!;
    if (body.indexOf(sep) === at) {
      const lead = body.slice(0, at);
      const looksGrouped = body.length - at - 1 === 3 && /^[1-9]\d{0,2}$/.test(lead);
      if (!looksGrouped) decimalAt = at;
    }
  }

  const intPart = decimalAt >= 0 ? body.slice(0, decimalAt) : body;
  const fracPart = decimalAt >= 0 ? body.slice(decimalAt + 1) : '';
  if (!/^\d*$/.test(fracPart)) return 'invalid';
  const decimalChar = decimalAt >= 0 ? body[decimalAt]! : '';
  if (decimalChar && intPart.includes(decimalChar)) return 'invalid';

  let digits: string;
  if (/^\d*$/.test(intPart)) {
    digits = intPart;
  } else {
    const groups = intPart.split(/[.,_]/);
    const first = groups[0]!;
    if (!/^\d{1,3}$/.test(first)) return 'invalid';
    const rest = groups.slice(1);
    const thousands = rest.every((g) => /^\d{3}$/.test(g));
    // Indian grouping: 12,34,567.00.
    const lakh =
      rest.length > 1 &&
      /^\d{3}$/.test(rest[rest.length - 1]!) &&
      rest.slice(0, -1).every((g) => /^\d{2}$/.test(g));
    if (!thousands && !lakh) return 'invalid';
    digits = groups.join('');
  }
  if (digits === '' && fracPart === '') return 'invalid';

  let frac = fracPart;
  if (frac.length > scale) {
    if (/[1-9]/.test(frac.slice(scale))) return 'too-precise';
    frac = frac.slice(0, scale);
  }
  digits = digits.replace(/^0+(?=\d)/, '');
  if (digits.length > 15) return 'too-large';
  const value =
    Number(digits || '0') * 10 ** scale + (scale > 0 ? Number(frac.padEnd(scale, '0')) : 0);
  if (!Number.isSafeInteger(value)) return 'too-large';
  return minuses === 1 && value !== 0 ? -value : value;
}

/** Money in either convention → integer cents; null when blank. */
export function parseMoneyCents(text: string): number | NumberProblem | null {
  return parseScaled(text, 2, true);
}

/** A count such as a quantity: "12", "1,234", "12.00"; no currency. */
export function parseWholeNumber(text: string): number | NumberProblem | null {
  return parseScaled(text, 0, false);
}
