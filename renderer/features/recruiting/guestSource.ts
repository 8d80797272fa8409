/**
 * Candidates as guests of calendar events (issue 13.2): found by name or email from the event
 * dialog through the core guest directory. Soft-deleted candidates are left out (erased ones
 * are gone from the table). A cursor stops after `limit` matches.
 */
import { matchesTokens, normalizeForSearch, searchTokens } from '../../../shared/lib/text';
import type { GuestMatch, GuestSource } from '../../core/guestDirectory';
import type { BackdeskDb } from '../../db';

export async function searchCandidateGuests(db: BackdeskDb, text: string, limit: number): Promise<GuestMatch[]> {
  const tokens = searchTokens(text);
  if (!tokens.length || limit <= 0) return [];
  const rows = await db.candidates
    .filter((c) => c.deletedAt === null && matchesTokens(normalizeForSearch(`${c.name} ${c.email}`), tokens))
    .limit(limit)
    .toArray();
  return rows.map((c) => ({ kind: 'candidate', id: c.id, name: c.name, email: c.email }));
}

export const candidateGuestSource: GuestSource = {
  name: 'candidates',
  tables: ['candidates'],
  search: searchCandidateGuests,
};
