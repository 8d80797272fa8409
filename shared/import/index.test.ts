import { describe, expect, it } from 'vitest';
import { KNOWN_FIELDS, mapRows, mapRowsDetailed, parseTable, type ParsedTable } from './index';

const table = (s: string) => parseTable(new TextEncoder().encode(s), 'data.csv');

describe('import contract', () => {
  it('returns synchronously with the documented shapes', () => {
    const t = table('Name,Qty\nPaper,5\n');
    expect(t).toEqual({
      headers: ['Name', 'Qty'],
      rows: [['Paper', '5']],
      rowLines: [2],
      delimiter: ',',
      encoding: 'utf-8',
      warnings: [],
    });
    expect(mapRows('items', t)).toEqual({ records: [{ name: 'Paper', quantity: 5 }], errors: [] });
  });

  it('gives the line of each record in mapRowsDetailed', () => {
    const r = mapRowsDetailed('items', table('Name\nA\n\n"B\nb"\nC\n'));
    expect(r.records.map((x) => x.name)).toEqual(['A', 'B\nb', 'C']);
    expect(r.lines).toEqual([2, 4, 6]);
  });

  it('maps an empty table to nothing, without errors', () => {
    const empty = table('');
    for (const kind of Object.keys(KNOWN_FIELDS) as (keyof typeof KNOWN_FIELDS)[]) {
      expect(mapRows(kind, empty)).toEqual({ records: [], errors: [] });
    }
  });

  it('accepts a table built by hand', () => {
    const t: ParsedTable = {
      headers: ['Name', 'Qty'],
      rows: [[' Paper ', ' 3 ']],
      rowLines: [2],
      delimiter: ',',
      encoding: 'utf-8',
      warnings: [],
    };
    expect(mapRows('items', t).records).toEqual([{ name: 'Paper', quantity: 3 }]);
  });

  it('refuses an unknown kind loudly', () => {
    expect(() => mapRows('widgets' as never, table('a\n1\n'))).toThrow(RangeError);
  });

  it('never lets a value from a renamed repeated column land in the first one', () => {
    const t = table('Name,Qty,Name\nPaper,5,Pens\n');
    expect(t.headers).toEqual(['Name', 'Qty', 'Name (2)']);
    expect(mapRows('items', t).records).toEqual([{ name: 'Paper', quantity: 5 }]);
    expect(mapRows('items', t, { name: 'Name (2)' }).records).toEqual([
      { name: 'Pens', quantity: 5 },
    ]);
  });

  // Its speed is the benchmark's import scenario, not a timed test.
  it('parses and maps 100,000 item rows', () => {
    const lines = ['Name,SKU,Category,Unit,Location,Quantity,Min,Target,Unit cost,Vendor,Notes'];
    for (let i = 0; i < 100_000; i++) {
      lines.push(
        `Item ${i},SKU-${i},Paper,ream,Cupboard ${i % 20},${i % 500},10,50,"$${(i % 1000) + 1}.${String(i % 100).padStart(2, '0')}",Vendor ${i % 30},"note, ${i}"`,
      );
    }
    const bytes = new TextEncoder().encode(lines.join('\r\n') + '\r\n');
    const r = mapRows('items', parseTable(bytes, 'items.csv'));
    expect(r.records.length).toBe(100_000);
    expect(r.errors).toEqual([]);
    expect(r.records[99_999]).toMatchObject({ name: 'Item 99999', sku: 'SKU-99999', notes: 'note, 99999' });
  });
});
