/** Live reads of the address book for the screens. */
import { useDbQuery, useRepositoryList, useRepositoryRecord } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import { contactRepository, contactsLinkedTo } from './repository';

export const useContacts = (db?: BackdeskDb) => useRepositoryList(contactRepository, db);
export const useContact = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(contactRepository, id, db);
export const useDeletedContacts = (db?: BackdeskDb) => useDbQuery((d) => contactRepository.listDeleted(d), [], db);
/** Contacts linked to a vendor, candidate or employee (their pages can list them). */
export const useContactsLinkedTo = (table: 'vendors' | 'candidates' | 'employees', id: string | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (id ? contactsLinkedTo(table, id, d) : []), [table, id], db);
