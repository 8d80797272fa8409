/**
 * What the call form writes into Caller and Company for a matched number (issue 14, review 10).
 * A contact is a person: their name, and their organization as the company. A vendor is the
 * company; the caller is the person there when one is known — a contact of that vendor who has
 * the same number, else the vendor's contact name — and left empty otherwise (the company's
 * name is not written twice). Staff and candidates are people without a company.
 */
import type { PhoneMatch } from '../../core/phoneDirectory';

export interface CallerFill {
  caller: string;
  company: string;
}

/** The organization in a contact's role ("Contact · Acme Office Supply" → "Acme Office Supply"). */
export function organizationOf(match: PhoneMatch): string {
  if (match.table !== 'contacts') return '';
  const at = match.role.indexOf(' · ');
  return at < 0 ? '' : match.role.slice(at + 3).trim();
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Caller and Company for `match`, one of the records the number found (`matches`, all of them);
 * `vendorContactName` is the vendor's contactName when `match` is a vendor.
 */
export function callerFillFor(
  match: PhoneMatch,
  matches: readonly PhoneMatch[],
  vendorContactName?: string,
): CallerFill {
  switch (match.table) {
    case 'contacts':
      return { caller: match.name, company: organizationOf(match) };
    case 'vendors': {
      const colleague = matches.find(
        (m) => m.table === 'contacts' && organizationOf(m) !== '' && same(organizationOf(m), match.name),
      );
      return { caller: colleague?.name ?? vendorContactName?.trim() ?? '', company: match.name };
    }
    default:
      return { caller: match.name, company: '' };
  }
}
