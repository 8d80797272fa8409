/**
 * The invoice form's text fields and their conversion to a draft, shared by "New invoice" and
 * "Edit invoice" so both validate the same way (amount here, the rest by the zod schema).
 */
import type { Invoice, InvoiceDraft } from '../../../../shared/domain/expenses';
import { today } from '../../../../shared/lib/dates';
import { dueDateFromTerms } from '../../../../shared/domain/vendors';

export interface InvoiceFormFields {
  vendorId: string;
  number: string;
  issueDate: string;
  dueDate: string;
  amount: string;
  purchaseOrderId: string;
  /** True once the user typed the due date; until then it follows the vendor's terms. */
  dueTyped?: boolean;
}

export const emptyInvoiceForm = (): InvoiceFormFields => ({
  vendorId: '',
  number: '',
  issueDate: today(),
  // Until a vendor is chosen, the office's usual terms (InvoiceFields follows the vendor's).
  dueDate: dueDateFromTerms(today(), undefined).dueDate,
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
    // A stored due date is kept as it is, whatever the vendor's terms say today.
    dueTyped: i.dueDate !== undefined,
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
  // Issue 16.10: an invoice without a due date never reaches the list to pay.
  if (!f.dueDate.trim()) return { error: 'Enter the due date: an open invoice needs one to be on the list to pay.' };
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
