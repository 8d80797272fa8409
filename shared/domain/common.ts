/**
 * Building blocks every record schema uses (DESIGN §2): string ids, ISO timestamps, soft
 * delete, integer cents, 'YYYY-MM-DD' dates. Error messages are written for the person who
 * typed the value, because import and form errors show them verbatim.
 */
import { z } from 'zod';
import { isIsoDate } from '../lib/dates';

export const idSchema = z.string({ error: 'An id is required' }).min(1, 'An id is required').max(64, 'That id is too long');

/** A calendar day, 'YYYY-MM-DD', that exists. */
export const isoDateSchema = z
  .string({ error: 'Enter a date like 2026-11-22' })
  .refine(isIsoDate, { error: 'Enter a real date like 2026-11-22' });

const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 instant with a zone ('2026-11-22T09:30:00.000Z'). */
export const instantSchema = z
  .string({ error: 'Enter a date and time' })
  .refine((v) => INSTANT_RE.test(v) && !Number.isNaN(Date.parse(v)), {
    error: 'Enter a date and time like 2026-11-22T09:30:00Z',
  });

/** Integer minor units; negative allowed (refunds, credits). */
export const centsSchema = z
  .number({ error: 'Enter an amount' })
  .int('Amounts are whole cents')
  .refine(Number.isSafeInteger, { error: 'That amount is too large' });

export const nonNegativeCentsSchema = centsSchema.refine((v) => v >= 0, { error: 'The amount cannot be negative' });

export const quantitySchema = z.number({ error: 'Enter a quantity' }).int('Quantities are whole numbers');
export const nonNegativeQuantitySchema = quantitySchema.min(0, 'The quantity cannot be negative');

/** 'Subject is longer than 300 characters' (numbers grouped: '200,000'). */
export const tooLongMessage = (label: string, max: number) => `${label} is longer than ${max.toLocaleString('en-US')} characters`;

/**
 * Text kept as typed (not trimmed) with a length limit: every text field has one (issue 15.9;
 * renderer/db/schemaLimits.test.ts refuses a million characters in every field of every table).
 */
export const limitedText = (label: string, max: number) => z.string({ error: `${label} must be text` }).max(max, tooLongMessage(label, max));

/** Trimmed text that must not be empty. */
export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, tooLongMessage(label, max));

/** Trimmed optional text. Blank strings are dropped by `dropBlankStrings` before parsing. */
export const optionalText = (label: string, max = 2000) =>
  z.string({ error: `${label} must be text` }).trim().max(max, tooLongMessage(label, max)).optional();

export const emailSchema = z.email({ error: 'Enter an email address like name@example.com' }).optional();

/**
 * Removes keys whose value is a blank string, so an empty form field or import cell means
 * "not given" rather than failing a format check (an empty email is no email).
 */
export function dropBlankStrings<T>(value: T): T {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string' && v.trim() === '') continue;
    out[k] = v;
  }
  return out as T;
}

export const baseRecordShape = {
  id: idSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
  /** Soft delete: null while the record is live (and absent from the `deletedAt` index). */
  deletedAt: instantSchema.nullable(),
  /** Set on rows an import wrote: the batch that is rolled back if the import never finished (issue 15.3). */
  importBatchId: idSchema.optional(),
};

export const BASE_FIELDS = ['id', 'createdAt', 'updatedAt', 'deletedAt'] as const;
export type BaseField = (typeof BASE_FIELDS)[number];

export interface BaseRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** `{ id: true, createdAt: true, … }` for `schema.omit(...)`. */
export const BASE_OMIT = { id: true, createdAt: true, updatedAt: true, deletedAt: true } as const;

/** Tables a record may be linked to (attachments, documents, tasks, events). */
export const linkShape = {
  linkedTable: optionalText('Linked table', 64),
  linkedId: optionalText('Linked record', 64),
};

/** Turns zod issues into one readable sentence per problem: "Name is required (name)". */
export function formatZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      // A whole sentence already says which field it means ("The due-back date … is before
      // the check-out date …."); only a bare message ("Required") gets the field's name.
      const path = issue.path.map(String).join('.');
      return path && !/[.!?]$/.test(issue.message.trim()) ? `${issue.message} (${path})` : issue.message;
    })
    .join('; ');
}
