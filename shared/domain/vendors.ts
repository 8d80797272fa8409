/** Vendors: the shops and suppliers the office buys from. */
import { z } from 'zod';
import { BASE_OMIT, baseRecordShape, emailSchema, optionalText, requiredText } from './common';

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
};
export const vendorSchema = z.object(vendorShape);
export const vendorDraftSchema = z.object(vendorShape).omit(BASE_OMIT);
export type Vendor = z.infer<typeof vendorSchema>;
export type VendorDraft = z.input<typeof vendorDraftSchema>;
