/**
 * The grid's in-memory view: global search, column filters and multi-column sort over a loaded
 * array, kept free of React so it can be unit-tested and benchmarked (renderer/bench/inventory).
 *
 * Speed at 100,000 rows comes from doing per-row work once per data array, not per keystroke,
 * and from allocating nothing per row in the hot path: a search or text filter tests each
 * value with one case-insensitive RegExp (no lower-cased copies, answers for repeated values
 * remembered); sort keys are computed
 * lazily, only for the rows a cold sort orders, and cached; a sort then compares precomputed
 * keys with `<` (no localeCompare, which costs a microsecond per call).
 */

export type CellValue = string | number | boolean | null | undefined;

export interface GridColumnSpec<T> {
  id: string;
  header: string;
  /** The value sorted, filtered, searched and exported. */
  value: (row: T) => CellValue;
  /** Part of the global search (default: true). */
  searchable?: boolean;
  /** 'text': contains, case-insensitive; 'select': equals one of the column's values. */
  filter?: 'text' | 'select';
  /** What goes in an export when it differs from `value` (e.g. money as a decimal number). */
  exportValue?: (row: T) => CellValue;
}

export interface SortSpec {
  id: string;
  desc: boolean;
}

export interface GridViewState {
  search: string;
  /** Column id → filter text (text columns) or exact value (select columns); '' = none. */
  filters: Record<string, string>;
  sorting: SortSpec[];
}

export const EMPTY_VIEW: GridViewState = { search: '', filters: {}, sorting: [] };

type SortKey = string | number;

export interface GridIndex<T> {
  readonly rows: readonly T[];
  /** Sort keys of every row (computed once, then cached). */
  sortKeys(columnId: string): SortKey[];
  /**
   * Sort keys of the given rows, aligned with `positions`: from the cache when there is one,
   * else computed for those rows only (a cold sort of a filtered view pays for what it shows).
   */
  sortKeysAt(columnId: string, positions: readonly number[]): SortKey[];
  /** Each row's value as text ('' when blank), cached per column. */
  text(columnId: string): string[];
}

function textOf(v: CellValue): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v : String(v);
}

/** Blank values sort after everything else in both directions, like spreadsheets do. */
function sortKeyOf(v: CellValue): SortKey {
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'boolean') return v ? 1 : 0;
  return textOf(v).toLowerCase();
}

export function buildGridIndex<T>(rows: readonly T[], columns: readonly GridColumnSpec<T>[]): GridIndex<T> {
  const byId = new Map(columns.map((c) => [c.id, c]));
  const keys = new Map<string, SortKey[]>();
  const texts = new Map<string, string[]>();
  const n = rows.length;
  const column = (id: string) => {
    const c = byId.get(id);
    if (!c) throw new Error(`Unknown grid column "${id}"`);
    return c;
  };
  return {
    rows,
    sortKeys(id) {
      let k = keys.get(id);
      if (!k) {
        const c = column(id);
        // Built with push: a packed array (new Array(100_000) may be a slow dictionary).
        k = [];
        for (let i = 0; i < n; i++) k.push(sortKeyOf(c.value(rows[i]!)));
        keys.set(id, k);
      }
      return k;
    },
    sortKeysAt(id, positions) {
      const all = keys.get(id) ?? (positions.length * 2 >= n ? this.sortKeys(id) : undefined);
      const out: SortKey[] = [];
      if (all) for (const i of positions) out.push(all[i]!);
      else {
        const c = column(id);
        for (const i of positions) out.push(sortKeyOf(c.value(rows[i]!)));
      }
      return out;
    },
    text(id) {
      let t = texts.get(id);
      if (!t) {
        const c = column(id);
        t = [];
        for (let i = 0; i < n; i++) t.push(textOf(c.value(rows[i]!)));
        texts.set(id, t);
      }
      return t;
    },
  };
}

/** Compares two sort keys; numbers before text; '' (blank) last. */
export function compareKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0;
  const aBlank = a === '';
  const bBlank = b === '';
  if (aBlank !== bBlank) return aBlank ? 1 : -1;
  const aNum = typeof a === 'number';
  const bNum = typeof b === 'number';
  if (aNum !== bNum) return aNum ? -1 : 1;
  return a < b ? -1 : 1;
}

/**
 * A case-insensitive "contains" test of a value. A RegExp with the i flag matches without a
 * lower-cased copy of every value, and the answer for a value already seen is remembered:
 * columns such as category or location repeat a few values over 100,000 rows. A column whose
 * values keep being new (names, SKUs) stops remembering after a few hundred (issue 16.17).
 */
function containsTest(needle: string): (text: string) => boolean {
  const re = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  let seen: Map<string, boolean> | null = new Map();
  return (text) => {
    if (!seen) return re.test(text);
    let hit = seen.get(text);
    if (hit === undefined) {
      hit = re.test(text);
      seen.set(text, hit);
      if (seen.size > 256) seen = null;
    }
    return hit;
  };
}

/** Row positions (into index.rows) that pass the search and every column filter. */
export function filterPositions<T>(index: GridIndex<T>, columns: readonly GridColumnSpec<T>[], state: Pick<GridViewState, 'search' | 'filters'>): number[] {
  const { rows } = index;
  const n = rows.length;
  const equals: { value: (row: T) => CellValue; wanted: string }[] = [];
  const contains: { value: (row: T) => CellValue; test: (text: string) => boolean }[] = [];
  for (const c of columns) {
    const f = state.filters[c.id];
    if (!f) continue;
    if (c.filter === 'select') equals.push({ value: c.value, wanted: f });
    else contains.push({ value: c.value, test: containsTest(f) });
  }
  // Every term must be in one of the searchable values (not across two of them); each
  // (term, column) pair has its own test so a column's repeated values are remembered.
  const searchable = columns.filter((c) => c.searchable !== false).map((c) => c.value);
  const terms = state.search
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => searchable.map((value) => ({ value, test: containsTest(t) })));
  // Cheapest checks first: equality, then column filters, then the search.
  const out: number[] = [];
  outer: for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    for (const e of equals) if (textOf(e.value(row)) !== e.wanted) continue outer;
    for (const c of contains) if (!c.test(textOf(c.value(row)))) continue outer;
    terms: for (const term of terms) {
      for (const c of term) if (c.test(textOf(c.value(row)))) continue terms;
      continue outer;
    }
    out.push(i);
  }
  return out;
}

/** Sorts positions in place by the sort specs (stable: ties keep their loaded order). */
export function sortPositions<T>(index: GridIndex<T>, positions: number[], sorting: readonly SortSpec[]): number[] {
  if (sorting.length === 0 || positions.length < 2) return positions;
  // Keys aligned with positions; an order over 0..m-1 is sorted, then mapped back.
  const specs = sorting.map((s) => ({ keys: index.sortKeysAt(s.id, positions), dir: s.desc ? -1 : 1 }));
  const m = positions.length;
  const order: number[] = [];
  for (let k = 0; k < m; k++) order.push(k);
  order.sort((a, b) => {
    for (const s of specs) {
      const ka = s.keys[a]!;
      const kb = s.keys[b]!;
      if (ka === kb) continue;
      // Blanks stay last whichever way the column is sorted.
      if (ka === '' || kb === '') return ka === '' ? 1 : -1;
      return compareKeys(ka, kb) * s.dir;
    }
    return a - b;
  });
  const original = positions.slice();
  for (let k = 0; k < m; k++) positions[k] = original[order[k]!]!;
  return positions;
}

/** The rows a grid shows for a state: filtered, then sorted. */
export function computeView<T>(
  rows: readonly T[],
  columns: readonly GridColumnSpec<T>[],
  state: GridViewState,
  index: GridIndex<T> = buildGridIndex(rows, columns),
): T[] {
  const positions = sortPositions(index, filterPositions(index, columns, state), state.sorting);
  const out = new Array<T>(positions.length);
  for (let i = 0; i < positions.length; i++) out[i] = rows[positions[i]!]!;
  return out;
}

/** Distinct non-blank values of a column, sorted, for a select filter. */
export function distinctValues<T>(index: GridIndex<T>, columnId: string): string[] {
  const set = new Set(index.text(columnId));
  set.delete('');
  return [...set].sort((a, b) => a.localeCompare(b));
}

/** The header and cells of an export of the current view: visible columns, in view order. */
export function exportTable<T>(view: readonly T[], columns: readonly GridColumnSpec<T>[]): { headers: string[]; rows: CellValue[][] } {
  return {
    headers: columns.map((c) => c.header),
    rows: view.map((r) => columns.map((c) => (c.exportValue ?? c.value)(r))),
  };
}
