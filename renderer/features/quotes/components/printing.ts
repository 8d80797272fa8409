/** The request for quotation as the print pipeline wants it, one per vendor (shared/documents/templates/rfq). */
import type { CompanyProfile, PageSize } from '../../../../shared/documents';
import { renderRfqHtml, renderRfqTitle } from '../../../../shared/documents/templates/rfq';
import type { Rfq } from '../../../../shared/domain/quotes';
import { today as todayIso } from '../../../../shared/lib/dates';
import type { Vendor } from '../../vendors';
import type { Item } from '../../inventory';
import type { PrintRequest } from '../../../platform';

export function rfqPrintRequest(
  rfq: Rfq,
  vendor: Vendor | undefined,
  items: ReadonlyMap<string, Item>,
  company: CompanyProfile,
  pageSize: PageSize,
): PrintRequest {
  const vendorName = vendor?.name ?? '(deleted vendor)';
  const html = renderRfqHtml(
    {
      number: rfq.number,
      title: rfq.title,
      date: rfq.sentOn ?? todayIso(),
      replyBy: rfq.replyBy ?? null,
      vendor: {
        name: vendorName,
        contactName: vendor?.contactName ?? null,
        address: vendor?.address ?? null,
        email: vendor?.email ?? null,
        phone: vendor?.phone ?? null,
        accountNumber: vendor?.accountNumber ?? null,
      },
      lines: rfq.lines.map((l) => {
        const item = l.itemId ? items.get(l.itemId) : undefined;
        return { description: l.description, quantity: l.quantity, unit: item?.unit ?? null, sku: item?.sku ?? null };
      }),
      notes: rfq.notes ?? null,
      replyTo: company.email ?? null,
      pageSize,
    },
    company,
  );
  return { html, title: renderRfqTitle(rfq.number, vendorName), pageSize };
}
