/**
 * Contacts as a caller-lookup source (issue 14.2): a number finds the contacts carrying it
 * through the multiEntry `phoneKeys` index; a name finds them through the name index (prefix)
 * and then a scan of name and organization (stopped at `limit`).
 */
import type { Contact } from '../../../shared/domain/contacts';
import type { PhoneMatch, PhoneSource } from '../../core/phoneDirectory';
import { hrefFor } from '../../core/router';
import type { BackdeskDb } from '../../db';
import { normalizePhone } from '../../../shared/contacts/phone';
import { contactsWithPhoneKey, searchContactsByName } from './repository';

function asMatch(c: Contact, number: string): PhoneMatch {
  return {
    table: 'contacts',
    id: c.id,
    name: c.name,
    role: c.organization ? `Contact · ${c.organization}` : 'Contact',
    phone: number,
    href: hrefFor('contacts', c.id),
    // Derived by the write hooks (renderer/db/indexFields.ts): the calls feature finds this
    // contact's calls by every number, and a vendor's contact brings the vendor's orders.
    phoneKeys: (c as Contact & { phoneKeys?: string[] }).phoneKeys ?? [],
    ...(c.vendorId ? { vendorId: c.vendorId } : {}),
  };
}

export const contactPhoneSource: PhoneSource = {
  table: 'contacts',
  tables: ['contacts'],
  async lookup(db: BackdeskDb, e164: string) {
    const rows = await contactsWithPhoneKey(e164, db);
    return rows.map((c) => asMatch(c, c.phones.find((p) => normalizePhone(p.number, db.phoneRegion) === e164)?.number ?? c.phones[0]?.number ?? e164));
  },
  async searchByName(db: BackdeskDb, text: string, limit: number) {
    const rows = await searchContactsByName(text, limit, db);
    return rows.map((c) => asMatch(c, c.phones[0]?.number ?? ''));
  },
};
