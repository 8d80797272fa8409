/**
 * Vendors as a caller-lookup source (issue 14.2): a number finds the vendors whose phone it is
 * through the multiEntry `phoneKeys` index (E.164, kept by the database's write hooks); a name
 * finds them by the name index (prefix) and then by a word inside the name.
 */
import type { Vendor } from '../../../shared/domain/vendors';
import { matchesTokens, normalizeForSearch, searchTokens } from '../../../shared/lib/text';
import type { PhoneMatch, PhoneSource } from '../../core/phoneDirectory';
import { hrefFor } from '../../core/router';
import type { BackdeskDb } from '../../db';

function asMatch(v: Vendor): PhoneMatch {
  return { table: 'vendors', id: v.id, name: v.name, role: v.contactName ? `Vendor · ${v.contactName}` : 'Vendor', phone: v.phone ?? '', href: hrefFor('vendors', v.id) };
}

export async function lookupVendorPhone(db: BackdeskDb, e164: string): Promise<PhoneMatch[]> {
  const rows = await db.vendors.where('phoneKeys').equals(e164).toArray();
  return rows.filter((v) => v.deletedAt === null).map(asMatch);
}

export async function searchVendorCallers(db: BackdeskDb, text: string, limit: number): Promise<PhoneMatch[]> {
  const tokens = searchTokens(text);
  if (!tokens.length || limit <= 0) return [];
  return db.transaction('r', ['vendors'], async () => {
    const prefix = (await db.vendors.where('name').startsWithIgnoreCase(text.trim()).limit(limit * 2).toArray()).filter((v) => v.deletedAt === null);
    if (prefix.length >= limit) return prefix.slice(0, limit).map(asMatch);
    const seen = new Set(prefix.map((v) => v.id));
    const more = await db.vendors
      .filter((v) => v.deletedAt === null && !seen.has(v.id) && matchesTokens(normalizeForSearch(`${v.name} ${v.contactName ?? ''}`), tokens))
      .limit(limit - prefix.length)
      .toArray();
    return [...prefix, ...more].map(asMatch);
  });
}

export const vendorPhoneSource: PhoneSource = {
  table: 'vendors',
  tables: ['vendors'],
  lookup: lookupVendorPhone,
  searchByName: searchVendorCallers,
};
