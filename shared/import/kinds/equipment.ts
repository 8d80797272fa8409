/**
 * Kind 'equipment': printers, laptops and the like, as asset registers (Snipe-IT assets)
 * export them. Snipe-IT dates are M/D/YY; without a chosen dateFormat the column's own values
 * decide the day-month order.
 */
import type { EquipmentImportDraft } from '../types';
import { put, RowReader, startLine, type KindInput, type KindOutput } from './common';

export function mapEquipment(input: KindInput): KindOutput<EquipmentImportDraft> {
  const { table } = input;
  const errors: KindOutput<EquipmentImportDraft>['errors'] = [];
  const records: EquipmentImportDraft[] = [];
  const lines: number[] = [];
  const r = new RowReader('equipment', input, errors);

  for (let i = 0; i < table.rows.length; i++) {
    const line = startLine(table, i);
    if (!r.begin(table.rows[i]!, line)) continue;

    const name = r.text('name');
    if (name === '')
      r.fail(
        r.has('name') ? 'name' : undefined,
        'The name is empty; every piece of equipment needs a name.',
      );
    else r.fits('name', name, 200);

    const record: EquipmentImportDraft = { name };
    put(record, 'assetTag', r.optional('assetTag', 40));
    put(record, 'serial', r.optional('serial', 80));
    put(record, 'model', r.optional('model', 80));
    put(record, 'category', r.optional('category', 80));
    put(record, 'location', r.optional('location', 120));
    put(record, 'purchaseDate', r.date('purchaseDate'));
    put(record, 'purchaseCostCents', r.money('purchaseCostCents', false));
    put(record, 'notes', r.optional('notes', 4000));

    if (r.ok) {
      records.push(record);
      lines.push(line);
    }
  }
  return { records, lines, errors };
}
