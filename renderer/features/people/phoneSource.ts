/**
 * Staff as a caller-lookup source (issue 14.2): a number finds the employees whose phone it is
 * through the multiEntry `phoneKeys` index (E.164, kept by the database's write hooks); a name
 * finds them by the name index (prefix) and then by a word inside the name. People who have
 * left are still found (a former colleague calling), with "left" in their role.
 */
import type { Employee } from '../../../shared/domain/people';
import { matchesTokens, normalizeForSearch, searchTokens } from '../../../shared/lib/text';
import type { PhoneMatch, PhoneSource } from '../../core/phoneDirectory';
import { hrefFor } from '../../core/router';
import type { BackdeskDb } from '../../db';

function asMatch(e: Employee): PhoneMatch {
  const role = ['Staff', e.department, e.status === 'left' ? 'left' : undefined].filter(Boolean).join(' · ');
  return { table: 'employees', id: e.id, name: e.name, role, phone: e.phone ?? '', href: hrefFor('people', e.id) };
}

export async function lookupEmployeePhone(db: BackdeskDb, e164: string): Promise<PhoneMatch[]> {
  const rows = await db.employees.where('phoneKeys').equals(e164).toArray();
  return rows.filter((e) => e.deletedAt === null).map(asMatch);
}

export async function searchEmployeeCallers(db: BackdeskDb, text: string, limit: number): Promise<PhoneMatch[]> {
  const tokens = searchTokens(text);
  if (!tokens.length || limit <= 0) return [];
  return db.transaction('r', ['employees'], async () => {
    const prefix = (await db.employees.where('name').startsWithIgnoreCase(text.trim()).limit(limit * 2).toArray()).filter((e) => e.deletedAt === null);
    if (prefix.length >= limit) return prefix.slice(0, limit).map(asMatch);
    const seen = new Set(prefix.map((e) => e.id));
    const more = await db.employees
      .filter((e) => e.deletedAt === null && !seen.has(e.id) && matchesTokens(normalizeForSearch(e.name), tokens))
      .limit(limit - prefix.length)
      .toArray();
    return [...prefix, ...more].map(asMatch);
  });
}

export const employeePhoneSource: PhoneSource = {
  table: 'employees',
  tables: ['employees'],
  lookup: lookupEmployeePhone,
  searchByName: searchEmployeeCallers,
};
