/**
 * Kind 'vendors'. Address parts that exports keep in separate columns (Snipe-IT: address,
 * address2, city, state, zip, country) are joined into the one address the vendor record has.
 */
import type { VendorImportDraft } from '../types';
import { put, RowReader, startLine, type KindInput, type KindOutput } from './common';

export function mapVendors(input: KindInput): KindOutput<VendorImportDraft> {
  const { table } = input;
  const errors: KindOutput<VendorImportDraft>['errors'] = [];
  const records: VendorImportDraft[] = [];
  const lines: number[] = [];
  const r = new RowReader('vendors', input, errors);

  for (let i = 0; i < table.rows.length; i++) {
    const line = startLine(table, i);
    if (!r.begin(table.rows[i]!, line)) continue;

    const name = r.text('name');
    if (name === '')
      r.fail(r.has('name') ? 'name' : undefined, 'The name is empty; every vendor needs a name.');
    else r.fits('name', name, 200);

    const stateZip = [r.text('state'), r.text('postalCode')].filter(Boolean).join(' ');
    const address = [
      r.text('address'),
      r.text('address2'),
      r.text('city'),
      stateZip,
      r.text('country'),
    ]
      .filter(Boolean)
      .join(', ');

    const record: VendorImportDraft = { name };
    put(record, 'contactName', r.optional('contactName', 120));
    put(record, 'email', r.email('email'));
    put(record, 'phone', r.optional('phone', 40));
    if (address !== '' && r.fits(r.has('address') ? 'address' : 'city', address, 500))
      record.address = address;

    if (r.ok) {
      records.push(record);
      lines.push(line);
    }
  }
  return { records, lines, errors };
}
