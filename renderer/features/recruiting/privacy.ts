/** What recruiting keeps about a person, on request: the export of everything about a candidate, their complete erasure, and who is due for erasure. */
import { dueForErasure, type Candidate } from '../../../shared/domain/recruiting';
import { nowIso, today } from '../../../shared/lib/dates';
import { readAttachmentFilesLinkedTo } from '../../db/attachments';
import { RecordNotFoundError } from '../../db/errors';
import { EMPLOYEE_WRITE_TABLES, eraseCandidateLinkInTx } from '../people';
import { listEventsLinkedTo } from '../calendar';
import { eraseLinkedRecordsInTx, linkedEraserTables } from '../../core/erasure';
import { getDb, type BackdeskDb } from '../../db';
import { auditEntry, writeTransaction } from '../../db/crud';
import { candidateRepository } from './repository';
import { revealConfidential } from '../../db/sealing';

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * Everything stored about one candidate, for a subject-access request: the record (notes are
 * its timeline), interviews with scorecards, their calendar events and the files in base64.
 */
export async function exportCandidateData(id: string, db: BackdeskDb = getDb()) {
  // Sealed confidential fields are opened for the export (an office manager's task; logged).
  const stored = await candidateRepository.require(id, db);
  const candidate = stored.sealed ? await revealConfidential<Candidate>('candidates', id, db) : stored;
  const interviews = await Promise.all(
    (await db.interviews.where('candidateId').equals(id).toArray()).map((i) =>
      i.sealed ? revealConfidential<typeof i>('interviews', i.id, db) : i,
    ),
  );
  const events = await listEventsLinkedTo(
    'interviews',
    interviews.map((i) => i.id),
    db,
  );
  const files = (await readAttachmentFilesLinkedTo('candidates', id, db)).map(
    ({ attachment: a, bytes }) => ({
      name: a.name,
      mimeType: a.mimeType,
      size: a.size,
      deleted: a.deletedAt !== null,
      base64: bytes ? toBase64(bytes) : null,
    }),
  );
  return {
    format: 'backdesk-candidate-export',
    version: 1,
    exportedAt: nowIso(),
    candidate,
    notes: candidate.timeline ?? [],
    interviews,
    scorecards: interviews.flatMap((i) =>
      (i.scorecards ?? []).map((s) => ({ interviewId: i.id, ...s })),
    ),
    calendarEvents: events,
    files,
  };
}

/**
 * Erases a candidate completely, in one transaction: the record with its notes, interviews
 * and scorecards, their calendar events, documents and attachments (bytes too, unless another
 * record shares the same file), and every audit entry about them. What remains is one audit
 * entry saying an erasure happened, with no name and no id.
 */
export async function eraseCandidate(id: string, db: BackdeskDb = getDb()): Promise<void> {
  // Calendar, documents and attachments each erase what they keep about the candidate; the
  // registry (core/erasure.ts) spares recruiting an import of documents, which reads candidates.
  const linkedTables = linkedEraserTables(['calendar', 'documents', 'attachments']);
  await writeTransaction(
    db,
    ['candidates', 'interviews', ...linkedTables, ...EMPLOYEE_WRITE_TABLES],
    async () => {
      const candidate = await db.candidates.get(id);
      if (!candidate) throw new RecordNotFoundError('candidates', id);
      const interviewIds = (await db.interviews.where('candidateId').equals(id).toArray()).map(
        (i) => i.id,
      );

      // Each owning feature erases its own rows linked to the candidate, with their audit entries.
      await eraseLinkedRecordsInTx(db, 'interviews', interviewIds);
      await eraseLinkedRecordsInTx(db, 'candidates', [id]);
      // An employee hired from this candidate stays (they are staff now) but loses the link.
      if (candidate.employeeId) await eraseCandidateLinkInTx(db, candidate.employeeId, id);

      for (const key of [['candidates', id], ...interviewIds.map((i) => ['interviews', i])]) {
        await db.auditLog.where('[table+recordId]').equals(key).delete();
      }
      await db.interviews.bulkDelete(interviewIds);
      await db.candidates.delete(id);
      await db.auditLog.add(
        auditEntry(
          'candidates',
          '',
          'delete',
          'Erased a candidate and all their data on request',
          nowIso(),
        ),
      );
    },
  );
}

/** Candidates whose retention date has passed. */
export async function listDueForErasure(
  on: string = today(),
  db: BackdeskDb = getDb(),
): Promise<Candidate[]> {
  return dueForErasure(await candidateRepository.list(db), on);
}
