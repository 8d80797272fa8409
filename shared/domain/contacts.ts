/**
 * Contacts (issue 14): the office's one address book of outside people and organisations.
 * A contact may be linked to the record it already is elsewhere (a vendor's contact person, a
 * candidate, an employee) so the phone never shows two strangers for one person.
 * `phoneKeys` / `emailKeys` are derived (E.164 numbers and lower-case emails) and kept by the
 * database's write hooks (renderer/db/indexFields.ts) for caller lookup and duplicate checks.
 */
import { z } from 'zod';
import { BASE_OMIT, baseRecordShape, idSchema, isoDateSchema, optionalText, requiredText } from './common';

export const PHONE_KINDS = ['mobile', 'work', 'home', 'fax', 'other'] as const;
export type PhoneKind = (typeof PHONE_KINDS)[number];

export const contactPhoneSchema = z.object({
  /** As written by the user or the imported file. */
  number: requiredText('Phone number', 40),
  kind: z.enum(PHONE_KINDS).default('other'),
});
export type ContactPhone = z.infer<typeof contactPhoneSchema>;

/** The record types a contact can be linked to (it *is* that vendor's person, that candidate…). */
export const CONTACT_LINK_TABLES = ['vendors', 'candidates', 'employees'] as const;
export type ContactLinkTable = (typeof CONTACT_LINK_TABLES)[number];

/** vCard N kept from an imported card (exported back as written); absent: derived from the name. `{}`: no person. */
export const namePartsSchema = z.object({
  family: optionalText('Family name', 200),
  given: optionalText('Given name', 200),
  additional: optionalText('Middle names', 200),
  prefix: optionalText('Name prefix', 100),
  suffix: optionalText('Name suffix', 100),
});
export type NameParts = z.infer<typeof namePartsSchema>;

export const contactShape = {
  ...baseRecordShape,
  name: requiredText('Name', 200),
  organization: optionalText('Organization', 200),
  title: optionalText('Job title', 120),
  phones: z.array(contactPhoneSchema).max(20, 'At most 20 phone numbers').default([]),
  emails: z
    .array(z.email({ error: 'Enter an email address like name@example.com' }))
    .max(20, 'At most 20 email addresses')
    .default([]),
  address: optionalText('Address', 500),
  birthday: isoDateSchema.optional(),
  notes: optionalText('Notes', 10000),
  tags: z.array(requiredText('Tag', 40)).max(30, 'At most 30 tags').default([]),
  /** The structured name of the card it was imported from (vCard N), when it said more than the name. */
  nameParts: namePartsSchema.optional(),
  /** The vendor this person works for (a vendor's contact person). */
  vendorId: idSchema.optional(),
  candidateId: idSchema.optional(),
  employeeId: idSchema.optional(),
};
export const contactSchema = z.object(contactShape);
export const contactDraftSchema = z.object(contactShape).omit(BASE_OMIT);
export type Contact = z.infer<typeof contactSchema>;
export type ContactDraft = z.input<typeof contactDraftSchema>;

/** The records a phone number can belong to, in the order caller lookup lists them. */
export const PHONE_OWNER_TABLES = ['contacts', 'vendors', 'employees', 'candidates'] as const;
export type PhoneOwnerTable = (typeof PHONE_OWNER_TABLES)[number];
