/**
 * The import parser against files nobody on this project wrote (../shared/fixtures, see its
 * README): csv-spectrum's expected parses, and Snipe-IT's own import samples including its
 * deliberately broken ones. Lives outside shared/ because it reads files with node:fs.
 *
 * Two csv-spectrum fixtures disagree with themselves as stored here, and the test says so
 * rather than bending the parser:
 * - the *_crlf.csv files arrived with LF endings (their CRs were stripped when they were
 *   copied), while newlines_crlf.json still expects "\r\n" inside the quoted value. The file is
 *   checked as stored (with the JSON's CRLFs read as LF) and with its CRLF endings restored
 *   (against the JSON exactly), which is what the fixture exists to test;
 * - location_coordinates.json is one object, not an array, and gives the phone number as
 *   "1234567890" while the CSV holds "2095257564" (so upstream). Every other value must match,
 *   and the phone must be the CSV's own value.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mapRows, parseTable, type ParsedTable } from '../../shared/import/index';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = path.resolve(repoRoot, '..', 'shared', 'fixtures');
const spectrum = path.join(fixtures, 'csv-spectrum');
const snipeIt = path.join(fixtures, 'snipe-it');

const read = (file: string) => new Uint8Array(readFileSync(file));

type Expected = Record<string, string>[];

function expectedTable(name: string): { headers: string[]; rows: string[][] } {
  const json = JSON.parse(
    readFileSync(path.join(spectrum, 'json', name.replace(/\.csv$/, '.json')), 'utf8'),
  ) as Expected | Record<string, string>;
  const objects = Array.isArray(json) ? json : [json];
  const headers = Object.keys(objects[0] ?? {});
  return { headers, rows: objects.map((o) => headers.map((h) => o[h]!)) };
}

describe('csv-spectrum: parseTable equals the expected JSON', () => {
  const files = readdirSync(path.join(spectrum, 'csvs')).filter((f) => f.endsWith('.csv'));

  it('has fixtures to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  for (const file of files) {
    it(file, () => {
      const bytes = read(path.join(spectrum, 'csvs', file));
      const expected = expectedTable(file);
      const stored = parseTable(bytes, file);
      expect(stored.warnings).toEqual([]);
      expect(stored.delimiter).toBe(',');
      expect(stored.encoding).toBe('utf-8');

      if (file === 'location_coordinates.csv') {
        const phone = expected.headers.indexOf('Contact Phone Number');
        expect(stored.headers).toEqual(expected.headers);
        expect(stored.rows.length).toBe(1);
        expect(stored.rows[0]!.filter((_, i) => i !== phone)).toEqual(
          expected.rows[0]!.filter((_, i) => i !== phone),
        );
        expect(stored.rows[0]![phone]).toBe('2095257564');
        return;
      }

      const text = new TextDecoder().decode(bytes);
      if (file.includes('_crlf') && !text.includes('\r')) {
        expect({ headers: stored.headers, rows: stored.rows }).toEqual({
          headers: expected.headers,
          rows: expected.rows.map((r) => r.map((v) => v.replace(/\r\n/g, '\n'))),
        });
        const restored = parseTable(new TextEncoder().encode(text.replace(/\n/g, '\r\n')), file);
        expect({ headers: restored.headers, rows: restored.rows }).toEqual(expected);
        expect(restored.rowLines).toEqual(stored.rowLines);
        return;
      }
      expect({ headers: stored.headers, rows: stored.rows }).toEqual(expected);
    });
  }

  it('counts the lines of multi-line values', () => {
    expect(
      parseTable(read(path.join(spectrum, 'csvs', 'newlines.csv')), 'newlines.csv').rowLines,
    ).toEqual([2, 3, 5]);
    expect(
      parseTable(read(path.join(spectrum, 'csvs', 'quotes_and_newlines.csv')), 'q.csv').rowLines,
    ).toEqual([2, 5]);
  });
});

/** An independent splitter for one physical line (no line breaks inside quotes). */
function splitLine(line: string): string[] {
  const out: string[] = [];
  const re = /\s*("(?:[^"]|"")*"|[^,]*)\s*(,|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const raw = m[1]!;
    out.push((raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw).trim());
    if (m[2] === '') break;
  }
  return out;
}

function value(table: ParsedTable, row: number, header: string): string {
  const col = table.headers.indexOf(header);
  expect(col, header).toBeGreaterThanOrEqual(0);
  return table.rows[row]![col]!;
}

describe('Snipe-IT samples', () => {
  const files = readdirSync(snipeIt).filter((f) => f.endsWith('.csv'));

  it('has the samples', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'consumables-sample.csv',
        'users-sample.csv',
        'assets-sample-BAD.csv',
        'assets-sample-BLANKS.csv',
      ]),
    );
  });

  for (const file of files) {
    it(`${file} parses with a header and aligned rows`, () => {
      const t = parseTable(read(path.join(snipeIt, file)), file);
      expect(t.headers.length).toBeGreaterThan(1);
      expect(t.rows.length).toBeGreaterThan(0);
      expect(t.rowLines.length).toBe(t.rows.length);
      for (const row of t.rows) expect(row.length).toBe(t.headers.length);
      expect(new Set(t.headers).size).toBe(t.headers.length);
      expect(t.headers[0]).not.toMatch(/^\uFEFF/);
    });
  }

  for (const file of ['assets-sample-BAD.csv', 'assets-sample-BLANKS.csv']) {
    it(`${file}: CR line endings, header warnings, and every value under its own header`, () => {
      const bytes = read(path.join(snipeIt, file));
      const t = parseTable(bytes, file);
      expect(t.encoding).toBe('windows-1252');
      expect(t.warnings.length).toBeGreaterThan(0);
      expect(t.rows.length).toBe(200);
      expect(t.rowLines).toEqual(Array.from({ length: 200 }, (_, i) => i + 2));

      const rawLines = new TextDecoder('latin1').decode(bytes).split(/\r\n|\r|\n/);
      const rawHeader = splitLine(rawLines[0]!);
      expect(t.headers.length).toBe(rawHeader.length);
      t.rows.forEach((row, i) => {
        const raw = splitLine(rawLines[t.rowLines[i]! - 1]!);
        t.headers.forEach((header, col) => {
          // Compare under each unique header; 1252 vs Latin-1 differ only in 0x80–0x9F.
          expect(
            value(t, i, header).replace(/[^\x20-\x7e]/g, '?'),
            `line ${t.rowLines[i]} ${header}`,
          ).toBe(raw[col]!.replace(/[^\x20-\x7e]/g, '?'));
        });
      });

      expect(value(t, 0, 'Full Name')).toBe('Bonnie Nelson');
      expect(value(t, 0, 'item Name')).toBe('eget nunc donec quis');
      expect(value(t, 0, 'Model Number')).toBe('6.37702E+15');
      expect(value(t, 0, 'Supplier')).toBe('Blogspan');
    });
  }

  it('BAD: repeated headers are renamed and warned about, values stay in their own column', () => {
    const t = parseTable(
      read(path.join(snipeIt, 'assets-sample-BAD.csv')),
      'assets-sample-BAD.csv',
    );
    expect(t.warnings).toEqual([
      'The header "Category" appears in columns 6 and 13; column 13 is named "Category (2)".',
      'The header "Company" appears in columns 4 and 17; column 17 is named "Company (2)".',
    ]);
    expect(value(t, 0, 'Category')).toBe('quam');
    expect(value(t, 0, 'Category (2)')).toBe('quam');
    expect(value(t, 0, 'Company')).toBe('Alpha');
    expect(value(t, 0, 'Company (2)')).toBe('Alpha');
    expect(value(t, 1, 'Company')).toBe('');
  });

  it('BLANKS: blank headers get names and warnings, and their empty values stay put', () => {
    const t = parseTable(
      read(path.join(snipeIt, 'assets-sample-BLANKS.csv')),
      'assets-sample-BLANKS.csv',
    );
    expect(t.warnings).toEqual(
      [5, 9, 14].map(
        (c) =>
          `Column ${c} has no header name; its values are not imported unless you map it (it is listed as "Column ${c}").`,
      ),
    );
    for (const row of t.rows) expect([row[4], row[8], row[13]]).toEqual(['', '', '']);
    expect(value(t, 0, 'Category')).toBe('quam');
  });

  it('BAD and BLANKS import as equipment without errors', () => {
    for (const file of ['assets-sample-BAD.csv', 'assets-sample-BLANKS.csv']) {
      const r = mapRows('equipment', parseTable(read(path.join(snipeIt, file)), file));
      expect(r.errors).toEqual([]);
      expect(r.records.length).toBe(200);
      expect(r.records[0]).toMatchObject({
        name: 'eget nunc donec quis',
        assetTag: '970882174-8',
        purchaseDate: '2016-04-05',
        purchaseCostCents: 13328959,
      });
    }
  });

  it('licenses-sample.csv: quoted values with blank lines inside keep the row lines exact', () => {
    const t = parseTable(read(path.join(snipeIt, 'licenses-sample.csv')), 'licenses-sample.csv');
    expect(t.rows.length).toBe(50);
    expect(t.rowLines.slice(0, 3)).toEqual([2, 5, 6]);
    expect(value(t, 0, 'notes')).toMatch(/justo\. In blandit .*\n\nProin interdum/s);
    expect(value(t, 1, 'Full Name')).toBe('Brant Turley');
  });

  it('consumables-sample.csv imports as items with no manual mapping', () => {
    const t = parseTable(
      read(path.join(snipeIt, 'consumables-sample.csv')),
      'consumables-sample.csv',
    );
    const r = mapRows('items', t);
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual([
      {
        name: 'Dragline',
        sku: '6381392801995066',
        category: 'Soft Flooring and Base',
        location: 'Cherven Bryag',
        quantity: 50,
        minQuantity: 100,
        unitCostCents: 3520,
        vendorName: 'Towne Group Two',
        notes:
          'tortor sollicitudin mi sit amet lobortis sapien sapien non mi integer ac neque duis bibendum morbi non quam nec',
      },
      expect.objectContaining({
        name: 'Trencher',
        sku: '3563525570373877',
        quantity: 54,
        minQuantity: 92,
        unitCostCents: 5310,
      }),
      expect.objectContaining({
        name: 'Crawler',
        vendorName: 'Cormier, Ryan and Cummerata',
        quantity: 97,
        unitCostCents: 2508,
      }),
    ]);
  });

  it('users-sample.csv imports as employees, joining first and last names', () => {
    const t = parseTable(read(path.join(snipeIt, 'users-sample.csv')), 'users-sample.csv');
    expect(t.headers[0]).toBe('First Name');
    const r = mapRows('employees', t);
    expect(r.errors).toEqual([]);
    expect(r.records.length).toBe(100);
    expect(r.records[0]).toEqual({
      name: 'Reagen Tenant',
      email: 'rtenant0@istockphoto.com',
      title: 'Nurse Practicioner',
      startDate: '2022-03-18',
    });
    // Some users have no last name or email: still imported, by first name.
    expect(r.records[9]).toEqual(expect.objectContaining({ name: 'Juan' }));
    expect(r.records[9]!.email).toBeUndefined();
  });

  it('assets-sample.csv imports as equipment with M/D/YY purchase dates', () => {
    const r = mapRows(
      'equipment',
      parseTable(read(path.join(snipeIt, 'assets-sample.csv')), 'assets-sample.csv'),
    );
    expect(r.errors).toEqual([]);
    expect(r.records[0]).toMatchObject({
      name: 'Backhoe',
      assetTag: 'ICC-2065556',
      model: 'Macbook Pro 13"',
      purchaseDate: '2023-01-23',
      purchaseCostCents: 226613,
    });
  });

  it('locations-sample.csv maps as vendors with joined addresses', () => {
    const r = mapRows(
      'vendors',
      parseTable(read(path.join(snipeIt, 'locations-sample.csv')), 'locations-sample.csv'),
    );
    expect(r.errors).toEqual([]);
    expect(r.records[0]).toEqual({
      name: 'Peace River',
      contactName: 'Danika Mostyn',
      address: '8 Brentwood Court, Birendranagar, AB T8S, CA',
    });
  });
});
