/** A candidate's resume and cover letter, stored as attachments linked to them. */
import type { Attachment } from '../../../shared/domain/attachments';
import {
  ATTACHMENT_TABLES,
  getAttachmentBytes,
  listAttachments,
  prepareAttachment,
  removeAttachment,
  writePreparedAttachment,
} from '../../db/attachments';
import { getDb, type BackdeskDb } from '../../db';
import { writeTransaction } from '../../db/crud';
import { candidateRepository } from './repository';

export type CandidateFileSlot = 'resume' | 'coverLetter';

/** Stores a resume or cover letter and links it to the candidate (replacing the previous one). */
export async function attachCandidateFile(
  id: string,
  slot: CandidateFileSlot,
  /** `confidential`: sealed at rest with a passphrase set; only an office manager opens it (audited). */
  file: { name: string; mimeType?: string; bytes: Uint8Array; confidential?: boolean },
  db: BackdeskDb = getDb(),
): Promise<Attachment> {
  const prepared = await prepareAttachment({ ...file, linkedTable: 'candidates', linkedId: id });
  const field = slot === 'resume' ? 'resumeAttachmentId' : 'coverLetterAttachmentId';
  // New file, link and removal of the file it replaces in one transaction: a failure leaves
  // the candidate exactly as before, never with an orphaned or a leftover resume.
  return writeTransaction(db, [...ATTACHMENT_TABLES, 'candidates'], async () => {
    const c = await candidateRepository.require(id, db);
    const previous = c[field];
    const attachment = await writePreparedAttachment(db, prepared);
    await candidateRepository.update(id, { [field]: attachment.id }, db);
    if (previous) await removeAttachment(previous, db);
    return attachment;
  });
}

export const listCandidateFiles = (id: string, db?: BackdeskDb) =>
  listAttachments('candidates', id, db);
export { getAttachmentBytes };
