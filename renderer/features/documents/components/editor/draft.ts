/**
 * The editor's draft as plain data: the fields a form edits, read from a stored document (or
 * blank for a new one), compared to tell whether anything is unsaved, and turned into the
 * template input the preview and the printer render.
 */
import {
  type CompanyProfile,
  DOCUMENT_KIND_LABELS,
  type DocumentInput,
  type LogoPosition,
  type PageSize,
  type StructuredBody,
  fillDocumentPlaceholders,
  formatDocumentDate,
  placeholderValues,
  toStructuredBody,
} from '../../../../../shared/documents';
import type { DocumentRecord, DocumentType } from '../../../../../shared/domain';
import { today } from '../../../../../shared/lib/dates';
import type { RecipientRecord } from '../../recipients';
import type { SlipField } from '../kinds';

export interface DocFields {
  to: string;
  from: string;
  cc: string;
  subject: string;
  recipientAddress: string;
  date: string;
  body: StructuredBody;
  tags: string;
  logoPosition: LogoPosition;
  signature: boolean;
  signatureText: string;
  message: Record<SlipField, string> & { flags: string[] };
  /** The record the document is addressed to ('vendors', 'employees', 'candidates'). */
  linkedTable: string;
  linkedId: string;
  /** Marked confidential: sealed at rest with a passphrase set, opened only on purpose (issue 15.4). */
  confidential: boolean;
}

export function fieldsOf(doc: DocumentRecord | undefined, type: DocumentType = 'memo'): DocFields {
  return {
    to: doc?.to ?? '',
    from: doc?.from ?? '',
    cc: doc?.cc ?? '',
    subject: doc?.subject ?? '',
    recipientAddress: doc?.recipientAddress ?? '',
    date: doc?.date ?? today(),
    // Documents written before the rich editor keep their plain text and are read as such.
    body: doc?.richBody ?? toStructuredBody(doc?.body ?? ''),
    tags: (doc?.tags ?? []).join(', '),
    logoPosition: doc?.logoPosition ?? 'left',
    // A new letter signs off by default; other kinds only when asked.
    signature: doc?.signature ?? (doc === undefined && type === 'letter'),
    signatureText: doc?.signatureText ?? '',
    message: {
      time: doc?.message?.time ?? '',
      company: doc?.message?.company ?? '',
      phone: doc?.message?.phone ?? '',
      pages: doc?.message?.pages ?? '',
      flags: doc?.message?.flags ?? [],
    },
    linkedTable: doc?.linkedTable ?? '',
    linkedId: doc?.linkedId ?? '',
    confidential: doc?.confidential ?? false,
  };
}

export function sameFields(a: DocFields, b: DocFields): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function isBlank(fields: DocFields, type: DocumentType): boolean {
  return sameFields({ ...fields, date: '' }, { ...fieldsOf(undefined, type), date: '' });
}

/**
 * What the page shows: the document with {{placeholders}} filled from its own fields and
 * the company profile (templates print their placeholders as written).
 */
export function toInput(
  type: DocumentType,
  fields: Pick<DocFields, 'to' | 'from' | 'cc' | 'subject' | 'date' | 'recipientAddress'> &
    Partial<Omit<DocFields, 'body'>> & { body: StructuredBody | string },
  pageSize: PageSize,
  company: CompanyProfile,
  fill: boolean,
  title?: string,
  recipient?: RecipientRecord,
): DocumentInput {
  const input: DocumentInput = {
    type,
    title,
    date: fields.date,
    to: fields.to,
    from: fields.from,
    cc: fields.cc,
    subject: fields.subject,
    recipientAddress: fields.recipientAddress,
    body: fields.body,
    pageSize,
    layout: {
      logoPosition: fields.logoPosition ?? 'left',
      signature: fields.signature ?? false,
      signatureText: fields.signatureText ?? '',
    },
    message: fields.message ?? null,
  };
  if (!fill) return input;
  return fillDocumentPlaceholders(
    input,
    placeholderValues({
      company,
      date: formatDocumentDate(fields.date, company.locale),
      sender: { name: fields.from },
      // The record the letter is addressed to fills contact, email and phone; the typed
      // name and address win over the record's, since the user may have corrected them.
      recipient: { ...recipient, name: fields.to, address: fields.recipientAddress },
    }),
  );
}

export function titleOf(fields: DocFields, type: DocumentType): string {
  return fields.subject.trim() || `Untitled ${DOCUMENT_KIND_LABELS[type].toLowerCase()}`;
}
