/** The count sheet for the given items as a print request, on the office's paper. */
import { defaultPageSize, renderCountSheetHtml } from '../../../../shared/documents';
import type { Item } from '../../../../shared/domain/inventory';
import { today } from '../../../../shared/lib/dates';
import type { PrintRequest } from '../../../platform';
import type { CompanyProfile } from '../../../../shared/documents';

export function countSheetRequest(items: readonly Item[], company: CompanyProfile, showExpected: boolean): PrintRequest {
  const date = today();
  const pageSize = defaultPageSize(company);
  const html = renderCountSheetHtml(
    { date, showExpected, pageSize, items: items.map((i) => ({ name: i.name, sku: i.sku, unit: i.unit, location: i.location, expected: i.quantityOnHand })) },
    company,
  );
  return { html, title: `Stock count sheet ${date}`, pageSize };
}
