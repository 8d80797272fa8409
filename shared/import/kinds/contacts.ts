/**
 * Kind 'contacts': address books saved as CSV by Outlook ("First Name", "Last Name",
 * "Company", "Job Title", "Mobile Phone", "Business Phone", "Business Fax", "E-mail Address",
 * "Business Street"…, "Categories"), Google Contacts ("First Name"/"Name", "Organization
 * Name", "Phone 1 - Label" + "Phone 1 - Value", "E-mail 1 - Value", "Address 1 - Formatted",
 * "Labels") or by hand.
 *
 * - name: the name column, else first + middle + last name, else the organization, else the
 *   first email, else the first phone (the vCard import's rule); a row with none of name,
 *   organization, phone or email is refused.
 * - phones: each phone column with its kind (Phone → other, Mobile → mobile, Work → work,
 *   Home → home, Fax → fax); "Phone N" columns take their kind from their label column.
 *   Numbers are kept as written; one a spreadsheet rewrote in scientific notation
 *   ("4.47701E+11": its digits are lost) is refused by line.
 * - emails: up to three columns, each checked; Google's " ::: " (several values in one cell),
 *   commas and semicolons separate addresses in a cell; repeats (any case) are dropped.
 * - address: the whole-address column (its line breaks become ", "), else street, "city
 *   region postcode", country joined like the vCard import.
 * - birthday: a date read with the dateFormat option (or the column's own values); a birthday
 *   without a year (Google's "--04-15") and Outlook's "0/0/00" for none are no birthday; a
 *   two-digit year is never in the future ("3/12/65" is 1965); an impossible date is refused.
 * - tags: split on commas, semicolons and " ::: "; Google's system label "* myContacts" and
 *   the "* " mark of its other labels are dropped.
 */
import { z } from 'zod';
import { phoneKindOfLabel } from '../../contacts/phoneKind';
import type { PhoneKind } from '../../domain/contacts';
import type { ContactImportDraft } from '../types';
import { put, quoteValue, RowReader, startLine, type KindInput, type KindOutput } from './common';

const EMAIL_RE = z.regexes.email;
/** What Excel shows for a long number it could not keep: "4.47701E+11". */
const SCIENTIFIC = /^[+-]?\d(?:[.,]\d+)?E[+-]?\d+$/i;
const MULTI_SEP = /\s*:::\s*/;
const LIST_SEP = /\s*(?::::|[,;])\s*/;
const NO_YEAR = /^--\d{2}-?\d{2}$/;
const NO_DATE = /^0{1,4}[-/.]0{1,2}[-/.]0{1,4}$/;

const MAX_NUMBER = 40;
const MAX_TAG = 40;
const MAX_TAGS = 30;
const MAX_LIST = 20;

const PHONE_COLUMNS: readonly [field: string, kind: PhoneKind | 'label', labelField?: string][] = [
  ['phone', 'other'],
  ['mobile', 'mobile'],
  ['workPhone', 'work'],
  ['homePhone', 'home'],
  ['fax', 'fax'],
  ['phone1', 'label', 'phone1Label'],
  ['phone2', 'label', 'phone2Label'],
  ['phone3', 'label', 'phone3Label'],
];

const EMAIL_COLUMNS = ['email', 'email2', 'email3'] as const;
const ADDRESS_FIELDS = ['address', 'street', 'city', 'state', 'postalCode', 'country'] as const;

const oneLine = (s: string, joiner: string) =>
  s
    .split(/\s*(?:\r\n|\r|\n)\s*/)
    .filter((part) => part !== '')
    .join(joiner);

export function mapContacts(input: KindInput): KindOutput<ContactImportDraft> {
  const { table } = input;
  const errors: KindOutput<ContactImportDraft>['errors'] = [];
  const records: ContactImportDraft[] = [];
  const lines: number[] = [];
  const r = new RowReader('contacts', input, errors);
  const thisYear = new Date().getFullYear();

  const phonesOf = (): ContactImportDraft['phones'] => {
    const phones: ContactImportDraft['phones'] = [];
    const seen = new Set<string>();
    for (const [field, columnKind, labelField] of PHONE_COLUMNS) {
      const cell = r.text(field);
      if (cell === '') continue;
      const kind = columnKind === 'label' ? phoneKindOfLabel(r.text(labelField!)) : columnKind;
      for (const number of cell.split(MULTI_SEP).map((n) => oneLine(n, ' '))) {
        if (number === '' || seen.has(number)) continue;
        if (SCIENTIFIC.test(number)) {
          r.fail(
            field,
            `The ${r.noun(field)} ${quoteValue(number)} in column "${r.headerOf(field)}" is a phone number a spreadsheet rewrote in scientific notation, so its digits are lost; correct it in the file (format the column as text) or leave the column unmapped.`,
          );
          continue;
        }
        if (number.length > MAX_NUMBER) {
          r.fail(
            field,
            `The ${r.noun(field)} ${quoteValue(number)} in column "${r.headerOf(field)}" is ${number.length} characters long; a phone number has at most ${MAX_NUMBER}.`,
          );
          continue;
        }
        seen.add(number);
        phones.push({ number, kind });
      }
    }
    if (phones.length > MAX_LIST)
      r.fail(
        undefined,
        `This row has ${phones.length} phone numbers; a contact keeps at most ${MAX_LIST}.`,
      );
    return phones;
  };

  const emailsOf = (): string[] => {
    const emails: string[] = [];
    const seen = new Set<string>();
    for (const field of EMAIL_COLUMNS) {
      const cell = r.text(field);
      if (cell === '') continue;
      for (const email of cell.split(LIST_SEP)) {
        if (email === '') continue;
        if (email.length > 254 || !EMAIL_RE.test(email)) {
          r.fail(
            field,
            `The email ${quoteValue(email)} in column "${r.headerOf(field)}" is not a valid email address.`,
          );
          continue;
        }
        const key = email.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        emails.push(email);
      }
    }
    if (emails.length > MAX_LIST)
      r.fail(
        undefined,
        `This row has ${emails.length} email addresses; a contact keeps at most ${MAX_LIST}.`,
      );
    return emails;
  };

  const addressOf = (): string => {
    const whole = oneLine(r.text('address'), ', ');
    if (whole !== '') return whole;
    const place = [r.text('city'), r.text('state'), r.text('postalCode')]
      .map((v) => oneLine(v, ' '))
      .filter(Boolean)
      .join(' ');
    return [oneLine(r.text('street'), ', '), place, oneLine(r.text('country'), ' ')]
      .filter(Boolean)
      .join(', ');
  };

  const birthdayOf = (): string | undefined => {
    const text = r.text('birthday');
    if (text === '' || NO_YEAR.test(text) || NO_DATE.test(text)) return undefined;
    const date = r.date('birthday');
    if (date === undefined) return undefined;
    const year = Number(date.slice(0, 4));
    // "3/12/65" is read as 2065 by the general rule; nobody is born in the future.
    if (year > thisYear && /[-/.]\d{2}(?:\s|T|$)/.test(text))
      return `${String(year - 100).padStart(4, '0')}${date.slice(4)}`;
    return date;
  };

  const tagsOf = (): string[] => {
    const tags: string[] = [];
    const seen = new Set<string>();
    for (const raw of r.text('tags').split(LIST_SEP)) {
      const tag = raw.replace(/^\*\s*/, '').trim();
      if (tag === '' || /^mycontacts$/i.test(tag)) continue;
      if (tag.length > MAX_TAG) {
        r.fail(
          'tags',
          `The tag ${quoteValue(tag)} in column "${r.headerOf('tags')}" is ${tag.length} characters long; a tag has at most ${MAX_TAG}.`,
        );
        continue;
      }
      const key = tag.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      tags.push(tag);
    }
    if (tags.length > MAX_TAGS)
      r.fail(
        'tags',
        `This row has ${tags.length} tags in column "${r.headerOf('tags')}"; a contact keeps at most ${MAX_TAGS}.`,
      );
    return tags;
  };

  for (let i = 0; i < table.rows.length; i++) {
    const line = startLine(table, i);
    if (!r.begin(table.rows[i]!, line)) continue;

    const fullName = oneLine(r.text('name'), ' ');
    const parts = [r.text('firstName'), r.text('middleName'), r.text('lastName')]
      .map((v) => oneLine(v, ' '))
      .filter(Boolean)
      .join(' ');
    const organization = oneLine(r.text('organization'), ' ');
    const phones = phonesOf();
    const emails = emailsOf();
    const name = fullName || parts || organization || emails[0] || phones[0]?.number || '';
    const nameAt = fullName
      ? 'name'
      : parts
        ? r.text('firstName')
          ? 'firstName'
          : 'lastName'
        : 'organization';

    if (name === '') {
      if (r.ok)
        r.fail(
          undefined,
          'This row has no name, organization, phone number or email address, so there is nothing to import from it.',
        );
      continue;
    }
    if (fullName || parts) r.fits(nameAt, name, 200);

    const record: ContactImportDraft = { name, phones, emails, tags: [] };
    if (organization !== '' && r.fits('organization', organization, 200))
      record.organization = organization;
    const title = oneLine(r.text('title'), ' ');
    if (title !== '' && r.fits('title', title, 120)) record.title = title;
    const address = addressOf();
    const addressAt = ADDRESS_FIELDS.find((field) => r.text(field) !== '') ?? ADDRESS_FIELDS[0];
    if (address !== '' && r.fits(addressAt, address, 500)) record.address = address;
    put(record, 'birthday', birthdayOf());
    put(record, 'notes', r.optional('notes', 10000)?.replace(/\r\n|\r/g, '\n'));
    record.tags = tagsOf();

    if (r.ok) {
      records.push(record);
      lines.push(line);
    }
  }
  return { records, lines, errors };
}
