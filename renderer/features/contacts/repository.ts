/**
 * Contacts (issue 14.1): the office's address book. Records are validated with the contact
 * schema and audited through the shared CRUD machinery; the derived `phoneKeys` / `emailKeys`
 * are written by the database's hooks (renderer/db/indexFields.ts), never here.
 */
import { contactDraftSchema, contactSchema, type Contact, type ContactDraft } from '../../../shared/domain/contacts';
import { normalizeForSearch } from '../../../shared/lib/text';
import { getDb, type BackdeskDb } from '../../db';
import { createCrudRepository } from '../../db/crud';

export const contactRepository = createCrudRepository({
  table: 'contacts',
  schema: contactSchema,
  draftSchema: contactDraftSchema,
  noun: 'contact',
  label: (c) => c.name,
  compare: (a, b) => a.name.localeCompare(b.name),
});

/** The derived index fields the hooks add to a stored contact. */
export type StoredContact = Contact & { phoneKeys?: string[]; emailKeys?: string[] };

export function createContact(draft: ContactDraft, db: BackdeskDb = getDb()): Promise<Contact> {
  return contactRepository.create(draft, db);
}

export function updateContact(id: string, patch: Partial<ContactDraft>, db: BackdeskDb = getDb()): Promise<Contact> {
  return contactRepository.update(id, patch, db);
}

export function deleteContact(id: string, db: BackdeskDb = getDb()): Promise<void> {
  return contactRepository.softDelete(id, db);
}

export function restoreContact(id: string, db: BackdeskDb = getDb()): Promise<Contact> {
  return contactRepository.restore(id, db);
}

/** Every live contact, by name (the address book's list; sorted and filtered in memory). */
export function listContacts(db: BackdeskDb = getDb()): Promise<Contact[]> {
  return contactRepository.list(db);
}

/** Live contacts carrying a number (E.164) among their phones: one multiEntry index get. */
export async function contactsWithPhoneKey(e164: string, db: BackdeskDb = getDb()): Promise<StoredContact[]> {
  const rows = (await db.contacts.where('phoneKeys').equals(e164).toArray()) as StoredContact[];
  return rows.filter((c) => c.deletedAt === null);
}

/** Live contacts with an email address (compared in lower case). */
export async function contactsWithEmail(email: string, db: BackdeskDb = getDb()): Promise<StoredContact[]> {
  const rows = (await db.contacts.where('emailKeys').equals(email.trim().toLowerCase()).toArray()) as StoredContact[];
  return rows.filter((c) => c.deletedAt === null);
}

/** Live contacts linked to a vendor, a candidate or an employee. */
export async function contactsLinkedTo(table: 'vendors' | 'candidates' | 'employees', id: string, db: BackdeskDb = getDb()): Promise<Contact[]> {
  const index = table === 'vendors' ? 'vendorId' : table === 'candidates' ? 'candidateId' : 'employeeId';
  const rows = await db.contacts.where(index).equals(id).toArray();
  return rows.filter((c) => c.deletedAt === null).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Live contacts whose name starts with `text` (the name index), then those whose name,
 * organization or email contains every word of it, at most `limit`.
 */
export async function searchContactsByName(text: string, limit: number, db: BackdeskDb = getDb()): Promise<Contact[]> {
  const q = text.trim();
  if (!q || limit <= 0) return [];
  return db.transaction('r', ['contacts'], async () => {
    const prefix = (await db.contacts.where('name').startsWithIgnoreCase(q).limit(limit * 2).toArray()).filter((c) => c.deletedAt === null);
    if (prefix.length >= limit) return prefix.slice(0, limit);
    const tokens = normalizeForSearch(q).split(' ');
    const seen = new Set(prefix.map((c) => c.id));
    const more = await db.contacts
      .filter((c) => {
        if (c.deletedAt !== null || seen.has(c.id)) return false;
        const hay = normalizeForSearch([c.name, c.organization, ...c.emails].filter(Boolean).join(' '));
        return tokens.every((t) => hay.includes(t));
      })
      .limit(limit - prefix.length)
      .toArray();
    return [...prefix, ...more];
  });
}
