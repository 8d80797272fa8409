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

  it('parses and maps 100,000 item rows quickly', () => {
    const lines = ['Name,SKU,Category,Unit,Location,Quantity,Min,Target,Unit cost,Vendor,Notes'];
    for (let i = 0; i < 100_000; i++) {
      lines.push(
        `Item ${i},SKU-${i},Paper,ream,Cupboard ${i % 20},${i % 500},10,50,"$${(i % 1000) + 1}.${String(i % 100).padStart(2, '0')}",Vendor ${i % 30},"note, ${i}"`,
      );
    }
    const bytes = new TextEncoder().encode(lines.join('\r\n') + '\r\n');
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      const t = parseTable(bytes, 'items.csv');
      const r = mapRows('items', t);
      const elapsed = performance.now() - t0;
      best = Math.min(best, elapsed);
      expect(r.records.length).toBe(100_000);
      expect(r.errors).toEqual([]);
    }
    console.info(
      `parse + map of 100,000 item rows (${(bytes.length / 1e6).toFixed(1)} MB): best of 3 ${best.toFixed(0)} ms`,
    );
    expect(best).toBeLessThan(2000);
  });
});
