/**
 * An import run (issue 15.3): written 'running' before the first row, 'committed' after the
 * last. Rows carry its id (`importBatchId`), so a batch still 'running' at the next start
 * (the app was closed or crashed mid-import) is rolled back whole and the user told.
 */
import { z } from 'zod';
import { baseRecordShape, instantSchema } from './common';

export const IMPORT_BATCH_STATUSES = ['running', 'committed', 'rolled-back'] as const;
export type ImportBatchStatus = (typeof IMPORT_BATCH_STATUSES)[number];

export const importBatchSchema = z.object({
  ...baseRecordShape,
  /** The import kind ('items', 'expenses', 'contacts', …) or 'vcard' / 'ics'. */
  kind: z.string().min(1).max(40),
  fileName: z.string().max(500),
  status: z.enum(IMPORT_BATCH_STATUSES),
  startedAt: instantSchema,
  finishedAt: instantSchema.optional(),
  /** Rows the file held to import, and rows written so far. */
  total: z.number().int().nonnegative(),
  written: z.number().int().nonnegative(),
  /** What a rollback removed, in words, for the notice at start. */
  note: z.string().max(1000).optional(),
});
export type ImportBatch = z.infer<typeof importBatchSchema>;
