import { describe, expect, it } from 'vitest';
import {
  blockingErrors,
  confirmState,
  delimiterName,
  errorRowCount,
  mappedFields,
  mappingProblems,
  previewCell,
  recordsToCommit,
} from './logic';
import { ImportSession, fullMapping } from './protocol';

const enc = (s: string) => new TextEncoder().encode(s);

describe('wizard logic', () => {
  it('names delimiters for people', () => {
    expect(delimiterName(';')).toBe('Semicolon (;)');
    expect(delimiterName('\t')).toBe('Tab');
  });

  it('asks for required fields, accepting the alternatives a field allows', () => {
    expect(mappingProblems('items', { name: '', sku: 'SKU' })).toEqual([
      'Choose the column for Name.',
    ]);
    expect(mappingProblems('items', { name: 'Item' })).toEqual([]);
    expect(mappingProblems('expenses', { date: 'D', description: 'M', amountCents: '' })).toEqual([
      'Choose the column for Amount (or for Debit (money out) or Credit (money in)).',
    ]);
    expect(
      mappingProblems('expenses', { date: 'D', description: 'M', amountCents: '', debit: 'Out' }),
    ).toEqual([]);
  });

  it('counts rows with errors once each, and separates mapping errors', () => {
    const errors = [
      { line: 1, message: 'No column is mapped to Name' },
      { line: 4, column: 'Qty', message: 'a' },
      { line: 4, column: 'Price', message: 'b' },
      { line: 9, message: 'c' },
    ];
    expect(errorRowCount(errors)).toBe(2);
    expect(blockingErrors(errors)).toHaveLength(1);
  });

  it('imports valid rows only once skipping the rows with errors is confirmed', () => {
    expect(
      confirmState({ validCount: 5, errorRows: 0, skipErrorsTicked: false, blocking: 0 }),
    ).toEqual({
      label: 'Import 5 valid rows',
      enabled: true,
    });
    const pending = confirmState({
      validCount: 3,
      errorRows: 2,
      skipErrorsTicked: false,
      blocking: 0,
    });
    expect(pending.label).toBe('Import 3 valid rows, skip 2 rows with errors');
    expect(pending.enabled).toBe(false);
    expect(pending.hint).toContain('Skip the 2 rows with errors');
    expect(
      confirmState({ validCount: 3, errorRows: 2, skipErrorsTicked: true, blocking: 0 }).enabled,
    ).toBe(true);
    expect(
      confirmState({ validCount: 1, errorRows: 1, skipErrorsTicked: true, blocking: 0 }).label,
    ).toBe('Import 1 valid row, skip 1 row with errors');
    expect(
      confirmState({ validCount: 0, errorRows: 2, skipErrorsTicked: true, blocking: 0 }).enabled,
    ).toBe(false);
    expect(
      confirmState({ validCount: 4, errorRows: 0, skipErrorsTicked: true, blocking: 1 }).enabled,
    ).toBe(false);
  });

  it('drops flagged duplicates only when asked', () => {
    const dups = new Map([[1, 'Same as an expense of 2026-01-02']]);
    expect(recordsToCommit(['a', 'b', 'c'], dups, false)).toEqual(['a', 'b', 'c']);
    expect(recordsToCommit(['a', 'b', 'c'], dups, true)).toEqual(['a', 'c']);
  });

  it('lists mapped fields and formats preview cells', () => {
    expect([...mappedFields({ name: 'Item', sku: '', quantity: 'Qty' })]).toEqual([
      'name',
      'quantity',
    ]);
    expect(previewCell('unitCostCents', 123450)).toBe('$1,234.50');
    expect(previewCell('amountCents', -450, { currency: 'EUR', locale: 'de-DE' })).toBe(
      '-4,50\u00a0€',
    );
    expect(previewCell('quantity', 3)).toBe('3');
    expect(previewCell('notes', undefined)).toBe('');
  });
});

describe('ImportSession (the worker code path)', () => {
  it('parses once, suggests a full mapping, and maps with the user’s choices', () => {
    const s = new ImportSession();
    const summary = s.parse(
      'items',
      enc('\uFEFFArtikel;Qty;Preis\nPaper;3;"1.234,50 €"\nPens;x;1\n'),
      'supplies.csv',
    );
    expect(summary).toMatchObject({
      rowCount: 2,
      delimiter: ';',
      encoding: 'utf-8',
      encodingLabel: 'UTF-8 with byte-order mark',
      headers: ['Artikel', 'Qty', 'Preis'],
    });
    expect(summary.mapping).toEqual(fullMapping('items', { quantity: 'Qty' }));
    expect(summary.mapping.name).toBe('');
    const outcome = s.map(
      'items',
      { ...summary.mapping, name: 'Artikel', unitCostCents: 'Preis' },
      {},
    );
    expect(outcome.records).toEqual([{ name: 'Paper', quantity: 3, unitCostCents: 123450 }]);
    expect(outcome.lines).toEqual([2]);
    expect(outcome.errors).toHaveLength(1);
    expect(outcome.errors[0]).toMatchObject({ line: 3, column: 'Qty' });
  });

  it('reports a failure as a message instead of throwing', () => {
    const s = new ImportSession();
    expect(s.handle({ type: 'map', id: 7, kind: 'items', mapping: {}, options: {} })).toEqual({
      type: 'failed',
      id: 7,
      message: 'No file has been read yet.',
    });
  });

  it('suggests expense options', () => {
    const s = new ImportSession();
    const summary = s.parse(
      'expenses',
      enc('Date,Description,Amount\n31/01/2026,Coffee,-4.50\n'),
      'bank.csv',
      'en-GB',
    );
    expect(summary.options).toEqual({ dateFormat: 'DD/MM/YYYY', amountSign: 'negative-is-spend' });
  });
});
