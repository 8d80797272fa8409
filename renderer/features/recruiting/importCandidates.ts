/** Candidates from an import file (shared/import kind 'candidates'), and the rows that repeat a live candidate. */
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

export async function importCandidates(
  records: readonly CandidateImportRecord[],
  ctx: { onProgress?: (f: number) => void; signal?: AbortSignal } = {},
  db: BackdeskDb = getDb(),
): Promise<{ created: number; updated: number }> {
  const titles = [...new Set(records.map((r) => r.position).filter((t): t is string => !!t))];
  const ids = await resolvePositionIds(titles, db);
  const drafts = records.map((r) => ({
    name: r.name,
    email: r.email,
    phone: r.phone,
    source: r.source,
    positionId: r.position ? ids.get(r.position) : undefined,
    stage: 'Applied',
  }));
  let created = 0;
  const CHUNK = 1000;
  for (let i = 0; i < drafts.length; i += CHUNK) {
    if (ctx.signal?.aborted) break;
    const chunk = drafts.slice(i, i + CHUNK);
    await candidateRepository.bulkCreate(chunk, { auditNote: 'import' }, db);
    created += chunk.length;
    ctx.onProgress?.(created / drafts.length);
  }
  if (drafts.length === 0) ctx.onProgress?.(1);
  return { created, updated: 0 };
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
