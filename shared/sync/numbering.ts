/**
 * Document numbers that never collide between the office's PCs (issue 18.3). Each PC that syncs
 * has a number code of one or two capital letters and numbers in a series of its own, right
 * after the series' prefix: PC A makes 'PO-2026-A0001', 'REQ-A0001', 'BD-A0001', PC AB makes
 * 'REQ-AB0001'. A series counts only the numbers carrying its own code, so two PCs never hand
 * out the same number even offline, and numbers made before sync ('REQ-0042') stay as they are
 * without moving anyone's series. Letters then digits makes the form unambiguous: the letters
 * run up to the first digit, so 'A0001' can never be read as a number of 'AB' or the reverse.
 *
 * With no code (sync never set up on this PC) every series counts exactly as it always did.
 */

/** A PC's number code: one or two capital letters. */
export const NUMBER_CODE_PATTERN = /^[A-Z]{1,2}$/;

/** Separators an asset-tag prefix may end with ('BD-', 'HL/'); equipment's tag rules share them. */
export const ASSET_TAG_SEPARATORS = '-_/.#:';

/** Digits a new number is padded to, as every series always was ('0001'). */
export const SERIES_DIGITS = 4;

export class NumberCodeError extends Error {
  override readonly name = 'NumberCodeError';
}

/**
 * The code in the form numbers carry: trimmed, upper case; '' for none. A code that is not one
 * or two letters is refused rather than used, since a malformed code (a digit, three letters)
 * could make numbers another series also claims.
 */
export function normalizeNumberCode(code: string | null | undefined): string {
  const c = (code ?? '').trim().toUpperCase();
  if (c !== '' && !NUMBER_CODE_PATTERN.test(c)) {
    throw new NumberCodeError(`This PC's number code “${code}” is not one or two letters: set it in Settings → Sync.`);
  }
  return c;
}

/**
 * The digits of `rest` (what follows a series' prefix) when it is a number of `code`'s series:
 * the code's letters (any case) then digits only. undefined otherwise: an un-coded number, a
 * number of another code ('AB0001' for 'A'), or anything else.
 */
export function codedSeriesDigits(rest: string, code: string): string | undefined {
  const m = /^([A-Za-z]{1,2})(\d+)$/.exec(rest);
  return m && m[1]!.toUpperCase() === code ? m[2] : undefined;
}

/** Today's reading of an un-coded number: the digits after the prefix, nothing else. */
function plainDigitsValue(rest: string): number {
  return /^\d+$/.test(rest) ? Number(rest) : Number.NaN;
}

export interface SeriesOptions {
  /**
   * How an un-coded number after the prefix is read when this PC has no code; a series that
   * always read them its own way keeps it (purchase orders used Number()). Digits only by default.
   */
  uncodedValue?: (rest: string) => number;
}

/**
 * The next number of `prefix`'s series for the PC with `code` ('' for none), given the numbers
 * already used (deleted records' too: a number is never handed out twice). Without a code: one
 * past the highest un-coded number, as before sync. With one: one past the highest number of
 * that code, e.g. ('REQ-', ['REQ-0041', 'REQ-A0003', 'REQ-B0009'], 'A') → 'REQ-A0004'.
 */
export function nextSeriesNumber(prefix: string, existing: Iterable<string>, code = '', options: SeriesOptions = {}): string {
  const c = normalizeNumberCode(code);
  let max = 0;
  if (c === '') {
    const valueOf = options.uncodedValue ?? plainDigitsValue;
    for (const n of existing) {
      if (!n.startsWith(prefix)) continue;
      const v = valueOf(n.slice(prefix.length));
      if (Number.isInteger(v) && v > max) max = v;
    }
    return `${prefix}${String(max + 1).padStart(SERIES_DIGITS, '0')}`;
  }
  for (const n of existing) {
    if (!n.startsWith(prefix)) continue;
    const digits = codedSeriesDigits(n.slice(prefix.length), c);
    if (digits !== undefined && Number(digits) > max) max = Number(digits);
  }
  return `${prefix}${c}${String(max + 1).padStart(SERIES_DIGITS, '0')}`;
}

/** The series whose numbers are made on this PC, in the order Settings shows them. */
export const NUMBERED_SERIES = [
  { key: 'purchaseOrders', label: 'Purchase orders' },
  { key: 'purchaseRequests', label: 'Purchase requests' },
  { key: 'staffRequests', label: 'Staff requests' },
  { key: 'rfqs', label: 'Requests for quotation' },
  { key: 'assetTags', label: 'Asset tags' },
] as const;
export type NumberedSeriesKey = (typeof NUMBERED_SERIES)[number]['key'];

/** The prefix of a year's purchase orders. */
export function purchaseOrderPrefix(year: number): string {
  return `PO-${year}-`;
}
export const STAFF_REQUEST_PREFIX = 'REQ-';
export const RFQ_PREFIX = 'RFQ-';
export const PURCHASE_REQUEST_PREFIX = 'PR-';

/**
 * The first tag of an asset-tag series in an empty register: the prefix as typed, '-' after a
 * prefix that ends in a letter or digit, then the code and 0001 ('BD' + 'A' → 'BD-A0001').
 */
export function firstAssetTag(prefix: string, code = ''): string {
  const shown = prefix.trim();
  const last = shown[shown.length - 1];
  const separator = last === undefined || ASSET_TAG_SEPARATORS.includes(last) ? '' : '-';
  return `${shown}${separator}${normalizeNumberCode(code)}${'1'.padStart(SERIES_DIGITS, '0')}`;
}

export interface ExampleNumber {
  key: NumberedSeriesKey;
  label: string;
  example: string;
}

/**
 * What the first numbers of this PC look like, for Settings → Sync: ('A', 2026, 'BD') →
 * 'PO-2026-A0001', 'PR-A0001', 'REQ-A0001', 'RFQ-A0001', 'BD-A0001'. The asset prefix is the
 * office's (Settings → Equipment, getEquipmentSettings; 'BD' when not given).
 */
export function exampleNumbers(code: string, year: number, assetPrefix = 'BD'): ExampleNumber[] {
  const examples: Record<NumberedSeriesKey, string> = {
    purchaseOrders: nextSeriesNumber(purchaseOrderPrefix(year), [], code),
    staffRequests: nextSeriesNumber(STAFF_REQUEST_PREFIX, [], code),
    rfqs: nextSeriesNumber(RFQ_PREFIX, [], code),
    purchaseRequests: nextSeriesNumber(PURCHASE_REQUEST_PREFIX, [], code),
    assetTags: firstAssetTag(assetPrefix, code),
  };
  return NUMBERED_SERIES.map((s) => ({ key: s.key, label: s.label, example: examples[s.key] }));
}
