/** Candidates from an import file (shared/import kind 'candidates'), and the rows that repeat a live candidate. */
import { candidateKey, planUniqueKeys } from '../../../shared/import';
import { getDb, type BackdeskDb } from '../../db';
import { candidateRepository, resolvePositionIds } from './repository';

/** Import drafts from shared/import (kind 'candidates'): position titles resolve to live positions. */
export interface CandidateImportRecord {
  name: string;
  email: string;
  phone?: string;
  position?: string;
  source?: string;
}

/**
 * Saves the rows as candidates, whole file or nothing (issue 15.3): a row whose email (the
 * natural key, ignoring case) is already a live candidate's, or an earlier row's, is skipped;
 * the rest are written in chunks stamped with the import batch, the last chunk committing it.
 */
export async function importCandidates(
  records: readonly CandidateImportRecord[],
  ctx: { onProgress?: (f: number) => void; signal?: AbortSignal; importBatchId?: string } = {},
  db: BackdeskDb = getDb(),
): Promise<{ created: number; updated: number; alreadyThere: number }> {
  const stored = new Map((await candidateRepository.list(db)).map((c) => [candidateKey(c), c.id]));
  const plan = planUniqueKeys(records, candidateKey, stored);
  const rows = plan.fresh.map((i) => records[i]!);
  const titles = [...new Set(rows.map((r) => r.position).filter((t): t is string => !!t))];
  const ids = await resolvePositionIds(titles, db);
  const drafts = rows.map((r) => ({
    name: r.name,
    email: r.email,
    phone: r.phone,
    source: r.source,
    positionId: r.position ? ids.get(r.position) : undefined,
    stage: 'Applied',
  }));
  const batchId = ctx.importBatchId;
  const written = await candidateRepository.bulkCreate(
    drafts,
    {
      chunkSize: 1000,
      auditNote: 'import',
      ...(batchId ? { importBatchId: batchId, commitBatch: { written: drafts.length } } : {}),
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
    },
    db,
  );
  return { created: written.length, updated: 0, alreadyThere: plan.stored.size + plan.repeats.size };
}

/** Import rows whose email (ignoring case) is already a live candidate's. */
export async function findCandidateDuplicates(
  records: readonly { email: string }[],
  db: BackdeskDb = getDb(),
): Promise<Map<number, string>> {
  const known = new Map(
    (await candidateRepository.list(db)).map((c) => [c.email.toLowerCase(), c.name]),
  );
  const out = new Map<number, string>();
  records.forEach((r, i) => {
    const name = known.get(r.email.toLowerCase());
    if (name !== undefined) out.set(i, `Already a candidate: ${name} has this email`);
  });
  return out;
}
