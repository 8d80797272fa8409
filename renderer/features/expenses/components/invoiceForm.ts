/**
 * The invoice form's text fields and their conversion to a draft, shared by "New invoice" and
 * "Edit invoice" so both validate the same way (amount here, the rest by the zod schema).
 */
import type { Invoice, InvoiceDraft } from '../../../../shared/domain/expenses';
import { today } from '../../../../shared/lib/dates';

export interface InvoiceFormFields {
  vendorId: string;
  number: string;
  issueDate: string;
  dueDate: string;
  amount: string;
  purchaseOrderId: string;
}

export const emptyInvoiceForm = (): InvoiceFormFields => ({
  vendorId: '',
  number: '',
  issueDate: today(),
  dueDate: '',
  amount: '',
  purchaseOrderId: '',
});

export function invoiceToForm(i: Invoice, toInput: (cents: number) => string): InvoiceFormFields {
  return {
    vendorId: i.vendorId ?? '',
    number: i.number,
    issueDate: i.issueDate,
    dueDate: i.dueDate ?? '',
    amount: toInput(i.amountCents),
    purchaseOrderId: i.purchaseOrderId ?? '',
  };
}

/**
 * Empty optional fields become `undefined` so an edit can clear a due date or purchase order
 * (the repository's update treats undefined as "remove").
 */
export function invoiceFormToDraft(
  f: InvoiceFormFields,
  money: { parse: (text: string) => number | null; currency: string },
):
  | {
      draft: Pick<
        InvoiceDraft,
        'number' | 'vendorId' | 'issueDate' | 'dueDate' | 'amountCents' | 'purchaseOrderId'
      >;
    }
  | { error: string } {
  const cents = money.parse(f.amount);
  if (cents === null) return { error: `Enter the amount in ${money.currency}.` };
  return {
    draft: {
      number: f.number,
      vendorId: f.vendorId || undefined,
      issueDate: f.issueDate,
      dueDate: f.dueDate || undefined,
      amountCents: cents,
      purchaseOrderId: f.purchaseOrderId || undefined,
    },
  };
}
