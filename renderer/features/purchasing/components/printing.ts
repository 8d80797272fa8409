/** The order as the print pipeline wants it: a 'purchaseOrder' document for renderDocumentHtml. */
import {
  defaultPageSize,
  renderDocumentHtml,
  renderDocumentTitle,
  type CompanyProfile,
  type DocumentInput,
  type PageSize,
} from '../../../../shared/documents';
import type { PurchaseOrder } from '../../../../shared/domain/purchasing';
import type { Vendor } from '../../../../shared/domain/vendors';
import type { Item } from '../../inventory';
import type { PrintRequest } from '../../../platform';

export function orderDocument(po: PurchaseOrder, vendor: Vendor | undefined, items: ReadonlyMap<string, Item>): DocumentInput {
  return {
    type: 'purchaseOrder',
    date: po.orderDate,
    title: po.number,
    body: '',
    purchaseOrder: {
      number: po.number,
      orderDate: po.orderDate,
      expectedDate: po.expectedDate ?? null,
      vendor: {
        name: vendor?.name ?? '(deleted vendor)',
        contactName: vendor?.contactName ?? null,
        address: vendor?.address ?? null,
        accountNumber: vendor?.accountNumber ?? null,
        email: vendor?.email ?? null,
        phone: vendor?.phone ?? null,
      },
      paymentTerms: vendor?.paymentTerms ?? null,
      deliveryAddress: po.deliveryAddress ?? null,
      lines: po.lines.map((l) => {
        const item = l.itemId ? items.get(l.itemId) : undefined;
        return {
          quantity: l.quantity,
          unit: item?.unit ?? null,
          sku: item?.sku ?? null,
          description: l.description,
          unitCostCents: l.unitCostCents,
        };
      }),
      shippingCents: po.shippingCents,
      taxCents: po.taxCents,
      notes: po.notes ?? null,
      draft: po.status === 'draft',
    },
  };
}

/**
 * The order on the office's paper (Settings), or on `paper` when this one print asks for the
 * other size (issue 16.13: it printed A4 whatever the office used). The page's own @page size
 * and the platform's page size always agree.
 */
export function orderPrintRequest(
  po: PurchaseOrder,
  vendor: Vendor | undefined,
  items: ReadonlyMap<string, Item>,
  company: CompanyProfile,
  paper?: PageSize | null,
): PrintRequest {
  const pageSize = paper ?? defaultPageSize(company);
  const doc: DocumentInput = { ...orderDocument(po, vendor, items), pageSize };
  return { html: renderDocumentHtml(doc, company), title: renderDocumentTitle(doc), pageSize };
}
