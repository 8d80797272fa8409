/**
 * Kind 'items' (issue 3 item 10): supplies with a starting quantity. A SKU may appear once per
 * file, because re-import updates items by SKU and two rows for one SKU would silently
 * overwrite each other; the later row is refused and names the earlier line. SKUs are
 * compared without case, as people type them either way.
 */
import type { ItemImportDraft } from '../types';
import { put, quoteValue, RowReader, startLine, type KindInput, type KindOutput } from './common';

export function mapItems(input: KindInput): KindOutput<ItemImportDraft> {
  const { table } = input;
  const errors: KindOutput<ItemImportDraft>['errors'] = [];
  const records: ItemImportDraft[] = [];
  const lines: number[] = [];
  const r = new RowReader('items', input, errors);
  const skuLines = new Map<string, number>();

  for (let i = 0; i < table.rows.length; i++) {
    const line = startLine(table, i);
    if (!r.begin(table.rows[i]!, line)) continue;

    const name = r.text('name');
    if (name === '')
      r.fail(r.has('name') ? 'name' : undefined, 'The name is empty; every item needs a name.');
    else r.fits('name', name, 200);

    const sku = r.optional('sku', 64);
    if (sku !== undefined) {
      const key = sku.toLowerCase();
      const earlier = skuLines.get(key);
      if (earlier !== undefined) {
        r.fail(
          'sku',
          `SKU ${quoteValue(sku)} already appears on line ${earlier}; this row was not imported.`,
        );
      } else {
        skuLines.set(key, line);
      }
    }

    const record: ItemImportDraft = { name, quantity: r.wholeNumber('quantity', 0) };
    put(record, 'sku', sku);
    put(record, 'category', r.optional('category', 80));
    put(record, 'unit', r.optional('unit', 40));
    put(record, 'location', r.optional('location', 120));
    put(record, 'minQuantity', r.wholeNumber('minQuantity', undefined));
    put(record, 'targetQuantity', r.wholeNumber('targetQuantity', undefined));
    const packSize = r.wholeNumber('packSize', undefined);
    if (packSize === 0)
      r.fail('packSize', 'The pack size is 0; a pack holds at least 1 unit.');
    else put(record, 'packSize', packSize);
    put(record, 'unitCostCents', r.money('unitCostCents', false));
    put(record, 'vendorName', r.optional('vendorName', 200));
    put(record, 'notes', r.optional('notes', 4000));

    if (r.ok) {
      records.push(record);
      lines.push(line);
    }
  }
  return { records, lines, errors };
}
