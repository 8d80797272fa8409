/**
 * Attachments: file metadata linked to a record. The bytes are content-addressed by SHA-256:
 * - browser mode: the `attachmentBlobs` table, one row per distinct hash (`id` = the hash);
 * - Electron: the main process stores the file under the hash (electron/services/attachments)
 *   and `attachmentBlobs` stays empty.
 * Two attachments with the same content share one blob; a blob is removed only when no live
 * attachment refers to its hash any more.
 */
import { z } from 'zod';
import { BASE_OMIT, baseRecordShape, idSchema, instantSchema, requiredText } from './common';

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 hex digest');

export const attachmentShape = {
  ...baseRecordShape,
  hash: sha256HexSchema,
  name: requiredText('File name', 255),
  mimeType: z.string().max(200).default('application/octet-stream'),
  size: z.number().int().min(0),
  linkedTable: requiredText('Linked table', 64),
  linkedId: idSchema,
  /** Where the bytes are: this database or the main process's attachment store. */
  storage: z.enum(['idb', 'main']).default('idb'),
  /** Marked confidential (a candidate's or employee's document): its bytes are sealed with a passphrase set. */
  confidential: z.boolean().optional(),
};
export const attachmentSchema = z.object(attachmentShape);
export const attachmentDraftSchema = z.object(attachmentShape).omit(BASE_OMIT);
export type Attachment = z.infer<typeof attachmentSchema>;
export type AttachmentDraft = z.input<typeof attachmentDraftSchema>;

/** Content-addressed bytes (browser mode). Immutable, so no updatedAt/deletedAt. */
export const attachmentBlobSchema = z.object({
  id: sha256HexSchema,
  bytes: z.instanceof(Uint8Array),
  size: z.number().int().min(0),
  createdAt: instantSchema,
});
export type AttachmentBlob = z.infer<typeof attachmentBlobSchema>;
