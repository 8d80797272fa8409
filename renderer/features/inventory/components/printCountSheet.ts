/** Prints (or saves as PDF) the count sheet for the given items through the platform bridge. */
import { defaultPageSize, renderCountSheetHtml } from '../../../../shared/documents';
import type { Item } from '../../../../shared/domain/inventory';
import { today } from '../../../../shared/lib/dates';
import { getPlatform, type PrintOutcome } from '../../../platform';
import type { CompanyProfile } from '../../../../shared/documents';

export function countSheetRequest(items: readonly Item[], company: CompanyProfile, showExpected: boolean) {
  const date = today();
  const pageSize = defaultPageSize(company.locale);
  const html = renderCountSheetHtml(
    { date, showExpected, pageSize, items: items.map((i) => ({ name: i.name, sku: i.sku, unit: i.unit, location: i.location, expected: i.quantityOnHand })) },
    company,
  );
  return { html, title: `Stock count sheet ${date}`, pageSize };
}

export function printCountSheet(items: readonly Item[], company: CompanyProfile, showExpected: boolean, mode: 'print' | 'pdf'): Promise<PrintOutcome> {
  const req = countSheetRequest(items, company, showExpected);
  return mode === 'print' ? getPlatform().print(req) : getPlatform().saveAsPdf(req);
}
