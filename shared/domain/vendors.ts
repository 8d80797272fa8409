/** Vendors: the shops and suppliers the office buys from. */
import { z } from 'zod';
import { BASE_OMIT, baseRecordShape, emailSchema, optionalText, requiredText } from './common';

export const vendorShape = {
  ...baseRecordShape,
  name: requiredText('Name'),
  contactName: optionalText('Contact name', 120),
  email: emailSchema,
  phone: optionalText('Phone', 40),
  address: optionalText('Address', 500),
  website: optionalText('Website', 300),
  accountNumber: optionalText('Account number', 64),
  /** e.g. 'Net 30'. */
  paymentTerms: optionalText('Payment terms', 64),
  notes: optionalText('Notes', 4000),
};
export const vendorSchema = z.object(vendorShape);
export const vendorDraftSchema = z.object(vendorShape).omit(BASE_OMIT);
export type Vendor = z.infer<typeof vendorSchema>;
export type VendorDraft = z.input<typeof vendorDraftSchema>;
