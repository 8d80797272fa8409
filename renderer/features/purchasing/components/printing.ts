/** The order as the print pipeline wants it: a 'purchaseOrder' document for renderDocumentHtml. */
import {
  defaultPageSize,
  renderDocumentHtml,
  renderDocumentTitle,
  type CompanyProfile,
  type DocumentInput,
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
    },
  };
}

export function orderPrintRequest(
  po: PurchaseOrder,
  vendor: Vendor | undefined,
  items: ReadonlyMap<string, Item>,
  company: CompanyProfile,
): PrintRequest {
  const doc = orderDocument(po, vendor, items);
  return { html: renderDocumentHtml(doc, company), title: renderDocumentTitle(doc), pageSize: defaultPageSize(company.locale) };
}
