/**
 * Contacts as guests of calendar events (issue 14.1 with 13.2): contacts with an email address,
 * found by name, organization or email as the event dialog's guest field is typed.
 */
import { matchesTokens, normalizeForSearch, searchTokens } from '../../../shared/lib/text';
import type { GuestMatch, GuestSource } from '../../core/guestDirectory';
import type { BackdeskDb } from '../../db';

export async function searchContactGuests(db: BackdeskDb, text: string, limit: number): Promise<GuestMatch[]> {
  const tokens = searchTokens(text);
  if (!tokens.length || limit <= 0) return [];
  const rows = await db.contacts
    .filter((c) => c.deletedAt === null && c.emails.length > 0 && matchesTokens(normalizeForSearch([c.name, c.organization, ...c.emails].filter(Boolean).join(' ')), tokens))
    .limit(limit)
    .toArray();
  return rows.map((c) => {
    const wanted = c.emails.find((e) => matchesTokens(normalizeForSearch(e), tokens)) ?? c.emails[0]!;
    return { kind: 'contact', id: c.id, name: c.name, email: wanted, ...(c.organization ? { detail: c.organization } : {}) };
  });
}

export const contactGuestSource: GuestSource = {
  name: 'contacts',
  tables: ['contacts'],
  search: searchContactGuests,
};
