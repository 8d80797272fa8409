/** Vendors: the shops and suppliers the office buys from. */
import { z } from 'zod';
import { addDays, endOfMonth } from '../lib/dates';
import { BASE_OMIT, baseRecordShape, emailSchema, idSchema, optionalText, requiredText } from './common';

// A web address as people type it: with or without http(s)://, a host with a dot, no spaces.
// Other schemes (javascript:, file:) are refused so nothing but a web page can ever be opened.
const WEBSITE_RE = /^(https?:\/\/)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?::\d{1,5})?(?:[/?#]\S*)?$/i;

export function isWebsite(value: string): boolean {
  return WEBSITE_RE.test(value.trim());
}

/** 'example.com/shop' → 'https://example.com/shop'; undefined when it is not a web address. */
export function websiteUrl(value: string | undefined): string | undefined {
  if (!value || !isWebsite(value)) return undefined;
  const v = value.trim();
  return /^https?:\/\//i.test(v) ? v : `https://${v}`;
}

export const vendorShape = {
  ...baseRecordShape,
  name: requiredText('Name'),
  contactName: optionalText('Contact name', 120),
  email: emailSchema,
  phone: optionalText('Phone', 40),
  address: optionalText('Address', 500),
  website: optionalText('Website', 300).refine((v) => v === undefined || v === '' || isWebsite(v), {
    error: 'Enter a web address like www.example.com',
  }),
  accountNumber: optionalText('Account number', 64),
  /** e.g. 'Net 30'. */
  paymentTerms: optionalText('Payment terms', 64),
  /** Days from sending an order to it arriving; the reorder list plans with it. */
  leadTimeDays: z
    .number({ error: 'Lead time is a number of days' })
    .int('Lead time is whole days')
    .min(0, 'Lead time cannot be negative')
    .max(365, 'Lead time is at most 365 days')
    .optional(),
  /** 1–5 stars, how happy the office is with them. */
  rating: z
    .number({ error: 'Rating is 1 to 5 stars' })
    .int('Rating is whole stars')
    .min(1, 'Rating is 1 to 5 stars')
    .max(5, 'Rating is 1 to 5 stars')
    .optional(),
  notes: optionalText('Notes', 4000),
  /** The budget category this vendor's bills usually go to (paying an invoice uses it, issue 16.10). */
  defaultCategoryId: idSchema.optional(),
};
export const vendorSchema = z.object(vendorShape);
export const vendorDraftSchema = z.object(vendorShape).omit(BASE_OMIT);
export type Vendor = z.infer<typeof vendorSchema>;
export type VendorDraft = z.input<typeof vendorDraftSchema>;

/** Days after the invoice date an office pays when the vendor states no terms (Net 30). */
export const DEFAULT_PAYMENT_DAYS = 30;

export interface PaymentTerms {
  days: number;
  /** Counted from the end of the invoice's month ("Net 30 EOM"). */
  endOfMonth: boolean;
}

/**
 * Reads payment terms as offices write them: "Net 30", "30 days", "net30", "2/10 Net 30" (the
 * net days count), "Net 30 EOM", "Due on receipt", "COD", "Immediate". undefined when the text
 * says no number of days.
 */
export function parsePaymentTerms(text: string | undefined): PaymentTerms | undefined {
  const t = (text ?? '').trim().toLowerCase();
  if (!t) return undefined;
  const eom = /\beom\b|end of (the )?month/.test(t);
  if (/on receipt|upon receipt|\bcod\b|cash on delivery|immediate|prepaid|in advance/.test(t)) return { days: 0, endOfMonth: false };
  const net = /net\s*(\d{1,3})/.exec(t) ?? /(\d{1,3})\s*(?:days?|d)\b/.exec(t);
  if (net) return { days: Number(net[1]), endOfMonth: eom };
  if (eom) return { days: 0, endOfMonth: true };
  return undefined;
}

/** The due date of an invoice issued on `issueDate` under the vendor's terms, and why. */
export function dueDateFromTerms(issueDate: string, vendor: Pick<Vendor, 'name' | 'paymentTerms'> | undefined): { dueDate: string; basis: string } {
  const terms = parsePaymentTerms(vendor?.paymentTerms);
  if (!terms) {
    const why = !vendor ? 'no vendor chosen' : vendor.paymentTerms ? `"${vendor.paymentTerms}" names no number of days` : `${vendor.name} has no payment terms`;
    return { dueDate: addDays(issueDate, DEFAULT_PAYMENT_DAYS), basis: `${DEFAULT_PAYMENT_DAYS} days (${why})` };
  }
  const from = terms.endOfMonth ? endOfMonth(issueDate) : issueDate;
  return { dueDate: addDays(from, terms.days), basis: `${vendor!.paymentTerms} (${vendor!.name})` };
}
