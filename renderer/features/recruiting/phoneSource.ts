/**
 * Candidates as a caller-lookup source (issue 14.2): a number finds the candidates whose phone
 * it is through the multiEntry `phoneKeys` index (E.164, kept by the database's write hooks),
 * with the position they applied for ("Candidate · Office Manager"); a name finds them by a
 * word of the name (candidates have no name index; the scan stops at `limit`). Erased
 * candidates are gone from the table; soft-deleted ones are left out.
 */
import type { Candidate } from '../../../shared/domain/recruiting';
import { matchesTokens, normalizeForSearch, searchTokens } from '../../../shared/lib/text';
import type { PhoneMatch, PhoneSource } from '../../core/phoneDirectory';
import { hrefFor } from '../../core/router';
import type { BackdeskDb } from '../../db';

async function asMatches(db: BackdeskDb, rows: Candidate[]): Promise<PhoneMatch[]> {
  const positionIds = [...new Set(rows.map((c) => c.positionId).filter((id): id is string => !!id))];
  const positions = positionIds.length ? await db.positions.bulkGet(positionIds) : [];
  const titles = new Map(positions.filter((p) => p && p.deletedAt === null).map((p) => [p!.id, p!.title]));
  return rows.map((c) => {
    const title = c.positionId ? titles.get(c.positionId) : undefined;
    return { table: 'candidates', id: c.id, name: c.name, role: title ? `Candidate · ${title}` : 'Candidate', phone: c.phone ?? '', href: hrefFor('recruiting', 'candidate', c.id) };
  });
}

export async function lookupCandidatePhone(db: BackdeskDb, e164: string): Promise<PhoneMatch[]> {
  const rows = await db.candidates.where('phoneKeys').equals(e164).toArray();
  return asMatches(db, rows.filter((c) => c.deletedAt === null));
}

export async function searchCandidateCallers(db: BackdeskDb, text: string, limit: number): Promise<PhoneMatch[]> {
  const tokens = searchTokens(text);
  if (!tokens.length || limit <= 0) return [];
  return db.transaction('r', ['candidates', 'positions'], async () => {
    const rows = await db.candidates
      .filter((c) => c.deletedAt === null && matchesTokens(normalizeForSearch(c.name), tokens))
      .limit(limit)
      .toArray();
    return asMatches(db, rows);
  });
}

export const candidatePhoneSource: PhoneSource = {
  table: 'candidates',
  tables: ['candidates', 'positions'],
  lookup: lookupCandidatePhone,
  searchByName: searchCandidateCallers,
};
