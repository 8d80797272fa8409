/**
 * Audit log: who changed what, written in the same transaction as the change. Summaries name
 * the record and the fields changed, never the values, so confidential data never leaks into
 * the log.
 */
import { z } from 'zod';
import { baseRecordShape, idSchema, instantSchema } from './common';

/**
 * `view`: someone opened a confidential field or document (issue 15.5); `security`: lock,
 * unlock, passphrase and user changes; `backup`: backups written, restored or failed.
 */
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore', 'import', 'stock', 'system', 'view', 'security', 'backup'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditLogSchema = z.object({
  ...baseRecordShape,
  at: instantSchema,
  table: z.string().min(1).max(64, 'That table name is too long'),
  recordId: idSchema.or(z.literal('')),
  action: z.enum(AUDIT_ACTIONS),
  summary: z.string().max(1000),
  /** Who was at the keyboard (the user chosen at unlock); absent before users existed. */
  actor: z.string().max(200).optional(),
});
export type AuditLogEntry = z.infer<typeof auditLogSchema>;
