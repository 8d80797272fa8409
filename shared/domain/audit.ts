/**
 * Audit log: who changed what, written in the same transaction as the change. Summaries name
 * the record and the fields changed, never the values, so confidential data never leaks into
 * the log.
 */
import { z } from 'zod';
import { baseRecordShape, idSchema, instantSchema } from './common';

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore', 'import', 'stock', 'system'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditLogSchema = z.object({
  ...baseRecordShape,
  at: instantSchema,
  table: z.string().min(1),
  recordId: idSchema.or(z.literal('')),
  action: z.enum(AUDIT_ACTIONS),
  summary: z.string().max(1000),
});
export type AuditLogEntry = z.infer<typeof auditLogSchema>;
