import { describe, expect, it } from 'vitest';
import { buildGridIndex, compareKeys, computeView, distinctValues, exportTable, type GridColumnSpec } from './view';

interface Row {
  name: string;
  sku?: string;
  qty: number | null;
  cat: string;
}
const rows: Row[] = [
  { name: 'Pens', sku: 'P-1', qty: 10, cat: 'Writing' },
  { name: 'paper', sku: 'A4', qty: 2, cat: 'Paper' },
  { name: 'Toner', qty: null, cat: 'Printing' },
  { name: 'Pencils', sku: 'P-2', qty: 10, cat: 'Writing' },
];
const columns: GridColumnSpec<Row>[] = [
  { id: 'name', header: 'Name', value: (r) => r.name },
  { id: 'sku', header: 'SKU', value: (r) => r.sku, filter: 'text' },
  { id: 'qty', header: 'Qty', value: (r) => r.qty, searchable: false },
  { id: 'cat', header: 'Category', value: (r) => r.cat, filter: 'select' },
];
const names = (rs: Row[]) => rs.map((r) => r.name);

describe('grid view', () => {
  it('sorts case-insensitively, ascending and descending, blanks last both ways', () => {
    expect(names(computeView(rows, columns, { search: '', filters: {}, sorting: [{ id: 'name', desc: false }] }))).toEqual(['paper', 'Pencils', 'Pens', 'Toner']);
    expect(names(computeView(rows, columns, { search: '', filters: {}, sorting: [{ id: 'qty', desc: false }] }))).toEqual(['paper', 'Pens', 'Pencils', 'Toner']);
    expect(names(computeView(rows, columns, { search: '', filters: {}, sorting: [{ id: 'qty', desc: true }] }))).toEqual(['Pens', 'Pencils', 'paper', 'Toner']);
  });

  it('sorts by several columns and keeps loaded order on ties', () => {
    const v = computeView(rows, columns, { search: '', filters: {}, sorting: [{ id: 'qty', desc: true }, { id: 'name', desc: false }] });
    expect(names(v)).toEqual(['Pencils', 'Pens', 'paper', 'Toner']);
  });

  it('searches every searchable column with all terms, case-insensitively', () => {
    expect(names(computeView(rows, columns, { search: 'p-', filters: {}, sorting: [] }))).toEqual(['Pens', 'Pencils']);
    expect(names(computeView(rows, columns, { search: 'writing pen', filters: {}, sorting: [] }))).toEqual(['Pens', 'Pencils']);
    // qty is not searchable: "10" matches nothing.
    expect(computeView(rows, columns, { search: '10', filters: {}, sorting: [] })).toEqual([]);
  });

  it('applies text and select column filters together with the search', () => {
    expect(names(computeView(rows, columns, { search: '', filters: { cat: 'Writing' }, sorting: [] }))).toEqual(['Pens', 'Pencils']);
    expect(names(computeView(rows, columns, { search: '', filters: { cat: 'Writing', sku: 'p-2' }, sorting: [] }))).toEqual(['Pencils']);
    expect(names(computeView(rows, columns, { search: 'toner', filters: { cat: 'Writing' }, sorting: [] }))).toEqual([]);
  });

  it('takes search text literally (no pattern characters), and a term never spans two values', () => {
    const odd: Row[] = [
      { name: 'Toner (black)', qty: 1, cat: 'Printing' },
      { name: 'Toner black', qty: 1, cat: 'a.b' },
      { name: 'Pen', sku: 'X', qty: 1, cat: 'Writing' },
    ];
    expect(names(computeView(odd, columns, { search: '(black)', filters: {}, sorting: [] }))).toEqual(['Toner (black)']);
    expect(names(computeView(odd, columns, { search: 'a.b', filters: {}, sorting: [] }))).toEqual(['Toner black']);
    expect(names(computeView(odd, columns, { search: '[', filters: { sku: '*' }, sorting: [] }))).toEqual([]);
    // "penx" would only match across Name and SKU.
    expect(computeView(odd, columns, { search: 'penx', filters: {}, sorting: [] })).toEqual([]);
  });

  it('gives the same answers over many rows, repeated and unique values alike (issue 16.17)', () => {
    const many: Row[] = [];
    for (let i = 0; i < 3000; i++) many.push({ name: `Item ${i % 7 === 0 ? 'PAPER' : 'pen'} ${i}`, sku: `S-${i}`, qty: i % 13, cat: ['Paper', 'Writing', 'Desk'][i % 3]! });
    const naive = (search: string, sku: string, cat: string) =>
      many
        .filter((r) => search.split(' ').every((t) => [r.name, r.sku ?? '', r.cat].some((v) => v.toLowerCase().includes(t))))
        .filter((r) => (r.sku ?? '').toLowerCase().includes(sku) && (!cat || r.cat === cat));
    const index = buildGridIndex(many, columns);
    for (const [search, sku, cat] of [['paper', '', ''], ['pen 1', 's-2', 'Desk'], ['desk', '9', ''], ['item', '', 'Writing']] as const) {
      const view = computeView(many, columns, { search, filters: { sku, cat }, sorting: [] }, index);
      expect(view).toEqual(naive(search, sku, cat));
    }
    // A cold sort of a filtered view and a sort with every key cached agree, ties in loaded order.
    const state = { search: 'paper', filters: {}, sorting: [{ id: 'qty', desc: true }] };
    const cold = computeView(many, columns, state, buildGridIndex(many, columns));
    const warm = buildGridIndex(many, columns);
    warm.sortKeys('qty');
    expect(computeView(many, columns, state, warm)).toEqual(cold);
    expect(cold.map((r) => r.qty)).toEqual([...cold.map((r) => r.qty!)].sort((a, b) => b - a));
    for (let k = 1; k < cold.length; k++) if (cold[k]!.qty === cold[k - 1]!.qty) expect(many.indexOf(cold[k]!)).toBeGreaterThan(many.indexOf(cold[k - 1]!));
  });

  it('lists distinct values for select filters', () => {
    expect(distinctValues(buildGridIndex(rows, columns), 'cat')).toEqual(['Paper', 'Printing', 'Writing']);
  });

  it('compares numbers before text and blanks last', () => {
    expect([3, 'b', '', 1, 'a'].sort(compareKeys)).toEqual([1, 3, 'a', 'b', '']);
  });

  it('exports the visible columns of the view in order, using exportValue', () => {
    const view = computeView(rows, columns, { search: '', filters: { cat: 'Writing' }, sorting: [{ id: 'name', desc: true }] });
    const cols: GridColumnSpec<Row>[] = [columns[0]!, { ...columns[2]!, exportValue: (r) => (r.qty ?? 0) * 2 }];
    expect(exportTable(view, cols)).toEqual({ headers: ['Name', 'Qty'], rows: [['Pens', 20], ['Pencils', 20]] });
  });

  // Speed at 100,000 rows is measured by the benchmark (inventory.sortFilter.100k), not here.
  it('sorts and filters 100,000 rows', () => {
    const big: Row[] = Array.from({ length: 100_000 }, (_, i) => ({ name: `Item ${(i * 7919) % 100_000}`, qty: i % 50, cat: `C${i % 20}` }));
    const v = computeView(big, columns, { search: 'item 1', filters: { cat: 'C3' }, sorting: [{ id: 'name', desc: false }] });
    expect(v.length).toBeGreaterThan(0);
    expect(v.every((r) => r.cat === 'C3' && r.name.toLowerCase().includes('item') && r.name.includes('1'))).toBe(true);
    expect(v.map((r) => r.name)).toEqual([...v.map((r) => r.name)].sort((a, b) => a.localeCompare(b)));
  });
});
