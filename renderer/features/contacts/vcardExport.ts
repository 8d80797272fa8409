/**
 * vCard export (issue 14.1): every contact, or the ones the list shows (filtered or selected),
 * as one .vcf file through the contacts engine (`toVcf`), so phones and mail programs read them.
 */
import { toVcf } from '../../../shared/contacts';
import type { Contact } from '../../../shared/domain/contacts';
import { today } from '../../../shared/lib/dates';
import { contactToCard } from './vcardImport';

export interface VcardExportFile {
  text: string;
  fileName: string;
  count: number;
}

/** The file for some contacts: 'contacts-2026-12-04.vcf', or the contact's name for one. */
export function buildVcardExport(contacts: readonly Contact[], on: string = today()): VcardExportFile {
  const text = toVcf(contacts.map(contactToCard));
  const single = contacts.length === 1 ? contacts[0]!.name.replace(/[\\/:*?"<>|]+/g, ' ').trim() : '';
  return { text, fileName: `${single || `contacts-${on}`}.vcf`, count: contacts.length };
}
