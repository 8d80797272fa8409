/**
 * Office documents (memos, letters, faxes, minutes…). The record shape is a contract with
 * the documents feature and shared/documents/renderDocumentHtml: `body` is plain text,
 * paragraphs split by blank lines, lines starting with '- ' are list items.
 */
import { z } from 'zod';
import { baseRecordShape, instantSchema, isoDateSchema } from './common';

export const DOCUMENT_TYPES = ['memo', 'letter', 'fax', 'minutes', 'message', 'report', 'scan'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const DOCUMENT_STATUSES = ['draft', 'final', 'sent'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

const documentFields = {
  type: z.enum(DOCUMENT_TYPES, { error: 'Type is memo, letter, fax, minutes, message, report or scan' }),
  title: z.string({ error: 'Title is required' }).trim().min(1, 'Title is required').max(300, 'Title is longer than 300 characters'),
  date: isoDateSchema,
  status: z.enum(DOCUMENT_STATUSES, { error: 'Status is draft, final or sent' }),
  to: z.string().optional(),
  from: z.string().optional(),
  cc: z.string().optional(),
  subject: z.string().optional(),
  body: z.string(),
  tags: z.array(z.string()),
  linkedTable: z.string().optional(),
  linkedId: z.string().optional(),
  printedAt: instantSchema.nullable().optional(),
};

export const documentSchema = z.object({ ...baseRecordShape, ...documentFields });
export type DocumentRecord = z.infer<typeof documentSchema>;

/** A document before it is stored: no id or timestamps. */
export const documentDraftSchema = z.object(documentFields);
export type DocumentDraft = z.input<typeof documentDraftSchema>;
