/**
 * Natural keys of imported records (issue 15.3): how a re-run of the same file knows a row is
 * already there, so it is skipped (or merged) instead of written twice — against the stored
 * records and against earlier rows of the same file. Pure; the saving features look the keys
 * up in their own tables.
 *
 * Two kinds of key:
 * - **unique**: at most one record per key (an item's SKU, a candidate's email). A row whose key
 *   is stored, or seen earlier in the file, is that record.
 * - **counted**: identical rows can be real and distinct (two coffees for 3.50 on one day in a
 *   bank export, five untagged chairs). The n-th row with a key is the n-th record with it: a
 *   re-import skips as many as are stored, a file with two identical rows still makes two.
 */
import { normalizeForSearch } from '../lib/text';
import { expenseDuplicateKey } from './kinds/expenses';

const text = (s: string | undefined): string => (s === undefined ? '' : normalizeForSearch(s));

/** Items: the SKU (case and spaces ignored), else name + unit. Unique. */
export function itemKey(r: { sku?: string | undefined; name: string; unit?: string | undefined }): string {
  const sku = text(r.sku);
  return sku ? `sku:${sku}` : `name:${text(r.name)}|${text(r.unit ?? 'each') || 'each'}`;
}

/** Vendors: the name, ignoring case, accents and spacing. Unique. */
export function vendorKey(r: { name: string }): string {
  return text(r.name);
}

/** Expenses: date + amount + description (case and spacing ignored). Counted. */
export function expenseKey(r: { date: string; amountCents: number; description: string }): string {
  return expenseDuplicateKey(r);
}

/** Candidates: the email, ignoring case. Unique. */
export function candidateKey(r: { email: string }): string {
  return r.email.trim().toLowerCase();
}

/** Employees: the email, else the name. Unique. */
export function employeeKey(r: { email?: string | undefined; name: string }): string {
  const email = r.email?.trim().toLowerCase();
  return email ? `email:${email}` : `name:${text(r.name)}`;
}

/** The asset tag as the register stores and looks it up ('bd- 0042' → 'BD-0042'). */
export function assetTagKey(tag: string): string {
  return tag.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/**
 * Equipment: the asset tag (unique), else the serial number (unique), else name, make, model
 * and location (counted: five untagged chairs are five chairs).
 */
export function equipmentKey(r: {
  assetTag?: string | undefined;
  serial?: string | undefined;
  name: string;
  manufacturer?: string | undefined;
  model?: string | undefined;
  location?: string | undefined;
}): { key: string; counted: boolean } {
  if (r.assetTag?.trim()) return { key: `tag:${assetTagKey(r.assetTag)}`, counted: false };
  if (r.serial?.trim()) return { key: `serial:${text(r.serial)}`, counted: false };
  return { key: `row:${text(r.name)}|${text(r.manufacturer)}|${text(r.model)}|${text(r.location)}`, counted: true };
}

/** Calendar events: the UID plus the start (a moved occurrence shares its series' UID). Unique. */
export function eventKey(r: { uid: string; start: string }): string {
  return `${r.uid}|${r.start}`;
}

export interface KeyPlan<S> {
  /** Indices of rows to write. */
  fresh: number[];
  /** Rows whose key is a stored record's: index → that record. */
  stored: Map<number, S>;
  /** Rows whose key an earlier row of the file had: index → the earlier row's index. */
  repeats: Map<number, number>;
}

/**
 * Unique keys: each row is new, the stored record with its key, or a repeat of an earlier row.
 * `keyOf` may return undefined for a row without a key (always new).
 */
export function planUniqueKeys<R, S>(
  rows: readonly R[],
  keyOf: (row: R) => string | undefined,
  stored: ReadonlyMap<string, S>,
): KeyPlan<S> {
  const plan: KeyPlan<S> = { fresh: [], stored: new Map(), repeats: new Map() };
  const first = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = keyOf(row);
    if (key === undefined) {
      plan.fresh.push(i);
      return;
    }
    const earlier = first.get(key);
    if (earlier !== undefined) {
      plan.repeats.set(i, earlier);
      return;
    }
    first.set(key, i);
    const match = stored.get(key);
    if (match !== undefined) plan.stored.set(i, match);
    else plan.fresh.push(i);
  });
  return plan;
}

/**
 * Counted keys: the n-th row with a key is already there when at least n stored records have
 * it. Returns the indices of rows to write and the number already there.
 */
export function planCountedKeys<R>(
  rows: readonly R[],
  keyOf: (row: R) => string,
  storedCounts: ReadonlyMap<string, number>,
): { fresh: number[]; alreadyThere: number } {
  const seen = new Map<string, number>();
  const fresh: number[] = [];
  let alreadyThere = 0;
  rows.forEach((row, i) => {
    const key = keyOf(row);
    const nth = (seen.get(key) ?? 0) + 1;
    seen.set(key, nth);
    if (nth <= (storedCounts.get(key) ?? 0)) alreadyThere++;
    else fresh.push(i);
  });
  return { fresh, alreadyThere };
}

/** How many times each key occurs (stored records' side of planCountedKeys). */
export function countKeys<R>(rows: Iterable<R>, keyOf: (row: R) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    const k = keyOf(r);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}
