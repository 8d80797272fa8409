/**
 * Kind 'equipment': printers, laptops and the like, as asset registers (Snipe-IT assets)
 * export them. Snipe-IT dates are M/D/YY; without a chosen dateFormat the column's own values
 * decide the day-month order. Snipe-IT's "Warranty" is a number of months from the purchase
 * date; it becomes the warranty end date.
 *
 * Never a value in the wrong field: a tag, serial or model that a spreadsheet rewrote in
 * scientific notation ("6.37702E+15": the digits are gone) is refused by line rather than
 * saved as if it were the number; an asset tag seen twice is refused on the later line,
 * naming the earlier one.
 */
import { normalizeAssetTag } from '../../domain/equipment';
import { addMonths } from '../../lib/dates';
import { parseWholeNumber } from '../money';
import type { EquipmentImportDraft } from '../types';
import { put, quoteValue, RowReader, startLine, type KindInput, type KindOutput } from './common';

/** What Excel shows for a long number it could not keep: "6.37702E+15", "5.02E+18". */
const SCIENTIFIC = /^[+-]?\d(?:[.,]\d+)?E[+-]?\d+$/i;

const MAX_WARRANTY_MONTHS = 1200;

export function mapEquipment(input: KindInput): KindOutput<EquipmentImportDraft> {
  const { table } = input;
  const errors: KindOutput<EquipmentImportDraft>['errors'] = [];
  const records: EquipmentImportDraft[] = [];
  const lines: number[] = [];
  const r = new RowReader('equipment', input, errors);
  /** Normalized tag → the line it was first seen on (rows with other errors included). */
  const tagLines = new Map<string, number>();

  /** Optional text that is not a spreadsheet's scientific notation of a long number. */
  const code = (field: string, max: number): string | undefined => {
    const v = r.optional(field, max);
    if (v !== undefined && SCIENTIFIC.test(v)) {
      r.fail(
        field,
        `The ${r.noun(field)} ${quoteValue(v)} in column "${r.headerOf(field)}" is a long number a spreadsheet rewrote in scientific notation, so its digits are lost; correct it in the file or leave the column unmapped.`,
      );
      return undefined;
    }
    return v;
  };

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
    const tag = code('assetTag', 40);
    if (tag !== undefined) {
      const key = normalizeAssetTag(tag);
      const first = tagLines.get(key);
      if (first !== undefined)
        r.fail(
          'assetTag',
          `The asset tag ${quoteValue(tag)} in column "${r.headerOf('assetTag')}" is already on line ${first} of this file; an asset tag belongs to one item only.`,
        );
      else tagLines.set(key, line);
    }
    put(record, 'assetTag', tag);
    put(record, 'category', r.optional('category', 80));
    put(record, 'manufacturer', r.optional('manufacturer', 80));
    put(record, 'model', code('model', 80));
    put(record, 'serial', code('serial', 80));
    put(record, 'location', r.optional('location', 120));
    const purchaseDate = r.date('purchaseDate');
    put(record, 'purchaseDate', purchaseDate);
    put(record, 'purchaseCostCents', r.money('purchaseCostCents', false));

    let warrantyEnd = r.date('warrantyEnd');
    const monthsText = r.text('warrantyMonths');
    if (warrantyEnd === undefined && monthsText !== '') {
      const months = parseWholeNumber(monthsText);
      const where = `in column "${r.headerOf('warrantyMonths')}"`;
      if (typeof months !== 'number' || months < 0 || months > MAX_WARRANTY_MONTHS)
        r.fail(
          'warrantyMonths',
          `The warranty ${quoteValue(monthsText)} ${where} is not a number of months (0 to ${MAX_WARRANTY_MONTHS}).`,
        );
      else if (purchaseDate !== undefined) warrantyEnd = addMonths(purchaseDate, months);
      else if (!r.text('purchaseDate'))
        r.fail(
          'warrantyMonths',
          `The warranty of ${months} months ${where} counts from the purchase date, and this row has none; add the purchase date or a warranty end date.`,
        );
    }
    if (warrantyEnd !== undefined && purchaseDate !== undefined && warrantyEnd < purchaseDate)
      r.fail(
        r.has('warrantyEnd') ? 'warrantyEnd' : 'warrantyMonths',
        `The warranty cannot end (${warrantyEnd}) before the purchase date (${purchaseDate}).`,
      );
    put(record, 'warrantyEnd', warrantyEnd);
    put(record, 'vendorName', r.optional('vendorName', 200));
    put(record, 'notes', r.optional('notes', 4000));

    if (r.ok) {
      records.push(record);
      lines.push(line);
    }
  }
  return { records, lines, errors };
}
