/**
 * Money is an integer number of minor units (cents) in the company currency (DESIGN §2).
 * Floats appear only at the last step of formatting, never in stored values or sums.
 */

const fractionDigitsCache = new Map<string, number>();

/** Minor-unit digits of an ISO 4217 currency per Intl (USD 2, JPY 0, BHD 3). */
export function currencyFractionDigits(currency: string): number {
  const code = currency.toUpperCase();
  let digits = fractionDigitsCache.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
      .maximumFractionDigits ?? 2;
    fractionDigitsCache.set(code, digits);
  }
  return digits;
}

/** True when Intl knows the code (a valid ISO 4217 currency). */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  if (supported) return supported('currency').includes(code);
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

const formatterCache = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, locale: string, display: 'symbol' | 'code'): Intl.NumberFormat {
  const key = `${locale}|${currency}|${display}`;
  let f = formatterCache.get(key);
  if (!f) {
    const digits = currencyFractionDigits(currency);
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: display,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatterCache.set(key, f);
  }
  return f;
}

/** `formatMoney(123456, 'USD', 'en-US')` → "$1,234.56". */
export function formatMoney(
  cents: number,
  currency: string,
  locale: string,
  options: { display?: 'symbol' | 'code' } = {},
): string {
  assertCents(cents);
  const digits = currencyFractionDigits(currency);
  return formatter(currency, locale, options.display ?? 'symbol').format(cents / 10 ** digits);
}

/** A plain number in major units for inputs ("1234.56"), no grouping, no symbol. */
export function centsToDecimalString(cents: number, currency: string): string {
  assertCents(cents);
  const digits = currencyFractionDigits(currency);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  if (digits === 0) return sign + String(abs);
  const base = 10 ** digits;
  return `${sign}${Math.floor(abs / base)}.${String(abs % base).padStart(digits, '0')}`;
}

/**
 * Parses what a person types ("1,234.56", "$12", "(45.00)", "-3.5", "1.234,56" for de-DE)
 * into minor units without going through a float. Returns null when it is not an amount.
 * `locale` decides which of '.' and ',' is the decimal separator.
 */
export function parseMoney(text: string, currency: string, locale = 'en-US'): number | null {
  const digits = currencyFractionDigits(currency);
  let s = text.trim();
  if (!s) return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith('-') || s.endsWith('-')) {
    negative = !negative;
    s = s.replace(/^-|-$/g, '');
  }
  // Drop currency symbols, codes and spaces (including narrow no-break spaces).
  s = s.replace(/[^\d.,'’\s-]/gu, '').replace(/[\s'’]/gu, '');
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  }
  const decimalSep = localeDecimalSeparator(locale);
  const groupSep = decimalSep === '.' ? ',' : '.';
  s = s.split(groupSep).join('');
  const parts = s.split(decimalSep);
  if (parts.length > 2) return null;
  const [whole = '', frac = ''] = parts;
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(frac) || (whole === '' && frac === '')) return null;
  if (frac.length > digits) {
    // More precision than the currency has: refuse rather than silently round money.
    if (/[1-9]/.test(frac.slice(digits))) return null;
  }
  const fracPadded = (frac + '0'.repeat(digits)).slice(0, digits);
  const value = Number(whole || '0') * 10 ** digits + Number(fracPadded || '0');
  if (!Number.isSafeInteger(value)) return null;
  return negative ? -value : value;
}

function localeDecimalSeparator(locale: string): string {
  const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value === ',' ? ',' : '.';
}

function assertCents(value: number): void {
  if (!Number.isSafeInteger(value)) {
    throw new TypeError(`Money must be an integer number of minor units, got ${value}`);
  }
}

/** Exact integer sum; throws on a non-integer so a float never sneaks into a total. */
export function sumCents(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) {
    assertCents(v);
    total += v;
  }
  assertCents(total);
  return total;
}

/**
 * Splits `total` into `parts` integers that differ by at most one and sum exactly to `total`
 * (the first `remainder` parts get the extra unit). Negative totals split the same way.
 * `allocateEvenly(1000, 3)` → [334, 333, 333].
 */
export function allocateEvenly(total: number, parts: number): number[] {
  assertCents(total);
  if (!Number.isInteger(parts) || parts < 1) throw new RangeError(`parts must be a positive integer, got ${parts}`);
  const sign = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  const base = Math.floor(abs / parts);
  const remainder = abs - base * parts;
  return Array.from({ length: parts }, (_, i) => sign * (base + (i < remainder ? 1 : 0)) + 0);
}

/**
 * Splits `total` in proportion to non-negative integer `weights` with the largest-remainder
 * method, so the parts sum exactly to `total`. Ties go to the earlier weight.
 */
export function allocateByWeights(total: number, weights: readonly number[]): number[] {
  assertCents(total);
  if (weights.length === 0) throw new RangeError('weights must not be empty');
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) throw new RangeError('weights must be non-negative numbers');
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (weightSum === 0) return allocateEvenly(total, weights.length);
  const sign = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  const exact = weights.map((w) => (abs * w) / weightSum);
  const floors = exact.map(Math.floor);
  let remainder = abs - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (remainder <= 0) break;
    floors[i] = floors[i]! + 1;
    remainder--;
  }
  return floors.map((v) => sign * v + 0);
}

/** Line total for a quantity at a unit cost, both integers. */
export function multiplyCents(unitCents: number, quantity: number): number {
  assertCents(unitCents);
  if (!Number.isInteger(quantity)) throw new TypeError(`quantity must be an integer, got ${quantity}`);
  const v = unitCents * quantity;
  assertCents(v);
  return v;
}

/** Short form for chart axes: "$22K", "1,2 Mio. €". Never for amounts a person must read exactly. */
export function formatMoneyCompact(cents: number, currency: string, locale: string): string {
  const digits = currencyFractionDigits(currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(
    cents / 10 ** digits,
  );
}

/**
 * An amount as a number of major units (12.34 for 1234 cents in USD, 1234 for JPY), only for
 * handing to a spreadsheet cell or a chart axis; stored and summed values stay in cents.
 */
export function centsToMajorUnits(cents: number, currency: string): number {
  assertCents(cents);
  return Number(centsToDecimalString(cents, currency));
}
