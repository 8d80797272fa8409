/**
 * Office documents (memos, letters, faxes, minutes…). The record shape is a contract with
 * the documents feature and shared/documents/renderDocumentHtml: `body` is plain text,
 * paragraphs split by blank lines, lines starting with '- ' are list items.
 */
import { z } from 'zod';
import { sealedValueSchema } from '../encryption';
import { structuredBodySchema } from '../documents/types';
import { baseRecordShape, instantSchema, isoDateSchema, limitedText } from './common';

/** Limits of a document's text (issue 15.9): the editor and preview stay responsive at them. */
export const DOCUMENT_LIMITS = {
  title: 300,
  subject: 300,
  /** To, From and Cc: names, or a list of names. */
  party: 1000,
  body: 200_000,
  tags: 50,
  tag: 60,
} as const;

const partyText = (label: string) => limitedText(label, DOCUMENT_LIMITS.party).optional();
const subjectText = limitedText('Subject', DOCUMENT_LIMITS.subject).optional();
const bodyText = limitedText('Body', DOCUMENT_LIMITS.body);

export const DOCUMENT_TYPES = ['memo', 'letter', 'fax', 'minutes', 'message', 'report', 'scan'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const DOCUMENT_STATUSES = ['draft', 'final', 'sent'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const MAX_VERSIONS = 50;
export const MAX_PRINT_LOG = 100;

export const printLogEntrySchema = z.object({
  at: instantSchema,
  action: z.enum(['print', 'pdf']),
  /** How many letters a merge printed, when this was a merge. */
  recipients: z.number().int().min(0).optional(),
});
export type PrintLogEntry = z.infer<typeof printLogEntrySchema>;

export const documentVersionSchema = z.object({
  savedAt: instantSchema,
  title: limitedText('Title', DOCUMENT_LIMITS.title),
  date: isoDateSchema,
  status: z.enum(DOCUMENT_STATUSES),
  to: partyText('To'),
  from: partyText('From'),
  cc: partyText('Cc'),
  subject: subjectText,
  body: bodyText,
  richBody: structuredBodySchema.optional(),
});
export type DocumentVersion = z.infer<typeof documentVersionSchema>;

const documentFields = {
  type: z.enum(DOCUMENT_TYPES, { error: 'Type is memo, letter, fax, minutes, message, report or scan' }),
  title: z.string({ error: 'Title is required' }).trim().min(1, 'Title is required').max(DOCUMENT_LIMITS.title, 'Title is longer than 300 characters'),
  date: isoDateSchema,
  status: z.enum(DOCUMENT_STATUSES, { error: 'Status is draft, final or sent' }),
  to: partyText('To'),
  from: partyText('From'),
  cc: partyText('Cc'),
  subject: subjectText,
  body: bodyText,
  tags: z.array(limitedText('Tag', DOCUMENT_LIMITS.tag)).max(DOCUMENT_LIMITS.tags, `At most ${DOCUMENT_LIMITS.tags} tags`),
  linkedTable: limitedText('Linked table', 64).optional(),
  linkedId: limitedText('Linked record', 64).optional(),
  printedAt: instantSchema.nullable().optional(),
  /** The editor's sanitized content; `body` then holds its plain text (search, old readers). */
  richBody: structuredBodySchema.optional(),
  recipientAddress: limitedText('Address', 1000).optional(),
  pageSize: z.enum(['A4', 'Letter']).optional(),
  logoPosition: z.enum(['left', 'center', 'right']).optional(),
  signature: z.boolean().optional(),
  signatureText: limitedText('Signature', 1000).optional(),
  /** The "while you were out" slip and fax cover fields. */
  message: z
    .object({
      time: z.string().max(40).optional(),
      company: z.string().max(200).optional(),
      phone: z.string().max(60).optional(),
      pages: z.string().max(20).optional(),
      flags: z.array(z.string().max(40)).max(20).optional(),
    })
    .optional(),
  /** A user's copy of a template: listed among templates, not in the register. */
  isTemplate: z.boolean().optional(),
  /** The scanned or received file this register entry stands for (type 'scan'). */
  attachmentId: limitedText('Attachment', 64).optional(),
  printLog: z.array(printLogEntrySchema).max(MAX_PRINT_LOG).optional(),
  /** Earlier contents of a final document, oldest first, saved when it was changed. */
  versions: z.array(documentVersionSchema).max(MAX_VERSIONS).optional(),
  /** Marked confidential: sealed at rest with a passphrase set, hidden from staff, opening it audited. */
  confidential: z.boolean().optional(),
  /** Confidential fields sealed with the office's data key while a passphrase is set (issue 15.4). */
  sealed: sealedValueSchema.optional(),
};

export const documentSchema = z.object({ ...baseRecordShape, ...documentFields });
export type DocumentRecord = z.infer<typeof documentSchema>;

/** A document before it is stored: no id or timestamps. */
export const documentDraftSchema = z.object(documentFields);
export type DocumentDraft = z.input<typeof documentDraftSchema>;
