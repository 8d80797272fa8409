import { describe, expect, it } from 'vitest';
import { mapRows, mapRowsDetailed, parseTable, suggestMapping } from '../index';

const table = (s: string) => parseTable(new TextEncoder().encode(s), 'contacts.csv');
const csv = (...rows: string[][]) =>
  rows
    .map((r) => r.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(','))
    .join('\r\n') + '\r\n';

// Outlook's "Export to a file → Comma Separated Values" header (the columns that matter, in
// Outlook's order, with its neighbours that must not be mistaken for them).
const OUTLOOK_HEADERS = [
  'Title',
  'First Name',
  'Middle Name',
  'Last Name',
  'Suffix',
  'Company',
  'Department',
  'Job Title',
  'Business Street',
  'Business Street 2',
  'Business City',
  'Business State',
  'Business Postal Code',
  'Business Country/Region',
  'Home Street',
  'Home City',
  'Home State',
  'Home Postal Code',
  'Home Country/Region',
  "Assistant's Phone",
  'Business Fax',
  'Business Phone',
  'Business Phone 2',
  'Company Main Phone',
  'Home Fax',
  'Home Phone',
  'Mobile Phone',
  'Other Phone',
  'Pager',
  'Primary Phone',
  'Anniversary',
  "Assistant's Name",
  'Birthday',
  'Categories',
  'E-mail Address',
  'E-mail Type',
  'E-mail Display Name',
  'E-mail 2 Address',
  'E-mail 3 Address',
  'Gender',
  'Initials',
  'Keywords',
  'Location',
  "Manager's Name",
  'Notes',
  'Office Location',
  'Web Page',
];

function outlookRow(values: Record<string, string>): string[] {
  const row = OUTLOOK_HEADERS.map((h) => values[h] ?? '');
  // Outlook writes 0/0/00 for dates it does not have.
  if (!values.Birthday) row[OUTLOOK_HEADERS.indexOf('Birthday')] = '0/0/00';
  row[OUTLOOK_HEADERS.indexOf('Anniversary')] = '0/0/00';
  row[OUTLOOK_HEADERS.indexOf('Gender')] = 'Unspecified';
  return row;
}

// Google Contacts' "Export → Google CSV" header (2024 layout).
const GOOGLE_HEADERS = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Phonetic First Name',
  'Phonetic Middle Name',
  'Phonetic Last Name',
  'Name Prefix',
  'Name Suffix',
  'Nickname',
  'File As',
  'Organization Name',
  'Organization Title',
  'Organization Department',
  'Birthday',
  'Notes',
  'Photo',
  'Labels',
  'E-mail 1 - Label',
  'E-mail 1 - Value',
  'E-mail 2 - Label',
  'E-mail 2 - Value',
  'Phone 1 - Label',
  'Phone 1 - Value',
  'Phone 2 - Label',
  'Phone 2 - Value',
  'Address 1 - Label',
  'Address 1 - Formatted',
  'Address 1 - Street',
  'Address 1 - City',
  'Address 1 - PO Box',
  'Address 1 - Region',
  'Address 1 - Postal Code',
  'Address 1 - Country',
  'Address 1 - Extended Address',
  'Website 1 - Label',
  'Website 1 - Value',
];
const googleRow = (values: Record<string, string>) => GOOGLE_HEADERS.map((h) => values[h] ?? '');

describe("mapRows('contacts') — an Outlook CSV", () => {
  it('suggests the mapping from Outlook headers ("Job Title", not the Mr/Ms "Title")', () => {
    expect(suggestMapping('contacts', OUTLOOK_HEADERS)).toEqual({
      firstName: 'First Name',
      middleName: 'Middle Name',
      lastName: 'Last Name',
      organization: 'Company',
      title: 'Job Title',
      phone: 'Primary Phone',
      mobile: 'Mobile Phone',
      workPhone: 'Business Phone',
      homePhone: 'Home Phone',
      fax: 'Business Fax',
      email: 'E-mail Address',
      email2: 'E-mail 2 Address',
      email3: 'E-mail 3 Address',
      street: 'Business Street',
      city: 'Business City',
      state: 'Business State',
      postalCode: 'Business Postal Code',
      country: 'Business Country/Region',
      birthday: 'Birthday',
      notes: 'Notes',
      tags: 'Categories',
    });
  });

  it('maps people and companies, phones with their kinds, errors by file line', () => {
    const text = csv(
      OUTLOOK_HEADERS,
      outlookRow({
        Title: 'Mr.',
        'First Name': 'Jürgen',
        'Last Name': 'Gärtner',
        Company: 'Gärtnerei Süd',
        'Job Title': 'Geschäftsführer',
        'Business Street': 'Münchner Straße 12\nHinterhof',
        'Business City': 'München',
        'Business State': 'Bayern',
        'Business Postal Code': '80331',
        'Business Country/Region': 'Deutschland',
        'Business Phone': '+49 89 1234560',
        'Mobile Phone': '0171 9876543',
        'Business Fax': '+49 89 1234569',
        Birthday: '3/12/1965',
        Categories: 'Lieferanten;Pflanzen',
        'E-mail Address': 'j.gaertner@gaertnerei-sued.example',
        'E-mail Type': 'SMTP',
        'E-mail Display Name': 'Jürgen Gärtner (j.gaertner@gaertnerei-sued.example)',
        Notes: 'Liefert dienstags.\r\nHintereingang benutzen.',
      }),
      outlookRow({
        Company: 'Stadtwerke',
        'Company Main Phone': '0800 123 4567',
        'Primary Phone': '0800 123 4567',
      }),
      outlookRow({ 'First Name': 'Ann', 'Last Name': 'Lee', Birthday: '2/30/1980' }),
      outlookRow({
        'First Name': 'Bo',
        'Mobile Phone': '4.47701E+11',
        'E-mail Address': 'bo at example',
      }),
      outlookRow({ 'First Name': 'Cy', 'Home Phone': '(212) 555-0100', Birthday: '7/4/76' }),
      outlookRow({}),
    );
    const r = mapRowsDetailed('contacts', table(text));
    expect(r.records).toEqual([
      {
        name: 'Jürgen Gärtner',
        organization: 'Gärtnerei Süd',
        title: 'Geschäftsführer',
        // In the order of the kinds: phone, mobile, work, home, fax.
        phones: [
          { number: '0171 9876543', kind: 'mobile' },
          { number: '+49 89 1234560', kind: 'work' },
          { number: '+49 89 1234569', kind: 'fax' },
        ],
        emails: ['j.gaertner@gaertnerei-sued.example'],
        address: 'Münchner Straße 12, Hinterhof, München Bayern 80331, Deutschland',
        birthday: '1965-03-12',
        notes: 'Liefert dienstags.\nHintereingang benutzen.',
        tags: ['Lieferanten', 'Pflanzen'],
      },
      {
        name: 'Stadtwerke',
        organization: 'Stadtwerke',
        phones: [{ number: '0800 123 4567', kind: 'other' }],
        emails: [],
        tags: [],
      },
      {
        name: 'Cy',
        phones: [{ number: '(212) 555-0100', kind: 'home' }],
        emails: [],
        birthday: '1976-07-04',
        tags: [],
      },
    ]);
    // Row 1 spans lines 2–4 (line breaks inside quoted street and notes).
    expect(r.lines).toEqual([2, 5, 8]);
    expect(r.errors).toEqual([
      {
        line: 6,
        column: 'Birthday',
        message:
          'The birthday "2/30/1980" in column "Birthday" is not a real date: February 1980 has 29 days.',
      },
      {
        line: 7,
        column: 'Mobile Phone',
        message:
          'The mobile phone "4.47701E+11" in column "Mobile Phone" is a phone number a spreadsheet rewrote in scientific notation, so its digits are lost; correct it in the file (format the column as text) or leave the column unmapped.',
      },
      {
        line: 7,
        column: 'E-mail Address',
        message:
          'The email "bo at example" in column "E-mail Address" is not a valid email address.',
      },
      {
        line: 9,
        message:
          'This row has no name, organization, phone number or email address, so there is nothing to import from it.',
      },
    ]);
  });
});

describe("mapRows('contacts') — a Google Contacts CSV", () => {
  it('labels give phone kinds, " ::: " holds several values, no-year birthdays are none', () => {
    const text = csv(
      GOOGLE_HEADERS,
      googleRow({
        'First Name': 'Priya',
        'Last Name': 'Raman',
        'Organization Name': 'Northwind Traders',
        'Organization Title': 'Head of Procurement',
        Birthday: '1988-11-02',
        Notes: 'Prefers email, call before 10am; assistant Tom.',
        Labels: 'Suppliers ::: * myContacts ::: * starred',
        'E-mail 1 - Label': '* Work',
        'E-mail 1 - Value': 'priya.raman@northwind.example ::: PRIYA.RAMAN@northwind.example',
        'E-mail 2 - Label': 'Home',
        'E-mail 2 - Value': 'priya.r@mail.example',
        'Phone 1 - Label': 'Mobile',
        'Phone 1 - Value': '+91 98765 43210',
        'Phone 2 - Label': 'Work Fax',
        'Phone 2 - Value': '(415) 555-0135 ::: (415) 555-0136',
        'Address 1 - Label': 'Work',
        'Address 1 - Formatted': '500 Howard St, Suite 300\nSan Francisco, CA 94105\nUS',
        'Address 1 - Street': '500 Howard St, Suite 300',
        'Address 1 - City': 'San Francisco',
      }),
      googleRow({
        'First Name': '太郎',
        'Last Name': '山田',
        Birthday: '--04-15',
        'Phone 1 - Label': 'Main',
        'Phone 1 - Value': '03-1234-5678',
        Labels: '* myContacts',
      }),
      googleRow({
        'Organization Name': 'Acme Office Supplies',
        'Phone 1 - Value': '+1 212-555-0199',
        'Address 1 - Street': '1 Main St',
        'Address 1 - City': 'Springfield',
        'Address 1 - Region': 'IL',
        'Address 1 - Postal Code': '62701',
        'Address 1 - Country': 'US',
      }),
      googleRow({ 'E-mail 1 - Value': 'someone@example.com' }),
    );
    const r = mapRows('contacts', table(text));
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual([
      {
        name: 'Priya Raman',
        organization: 'Northwind Traders',
        title: 'Head of Procurement',
        phones: [
          { number: '+91 98765 43210', kind: 'mobile' },
          { number: '(415) 555-0135', kind: 'fax' },
          { number: '(415) 555-0136', kind: 'fax' },
        ],
        emails: ['priya.raman@northwind.example', 'priya.r@mail.example'],
        address: '500 Howard St, Suite 300, San Francisco, CA 94105, US',
        birthday: '1988-11-02',
        notes: 'Prefers email, call before 10am; assistant Tom.',
        tags: ['Suppliers', 'starred'],
      },
      {
        name: '太郎 山田',
        phones: [{ number: '03-1234-5678', kind: 'other' }],
        emails: [],
        tags: [],
      },
      {
        name: 'Acme Office Supplies',
        organization: 'Acme Office Supplies',
        phones: [{ number: '+1 212-555-0199', kind: 'other' }],
        emails: [],
        address: '1 Main St, Springfield IL 62701, US',
        tags: [],
      },
      { name: 'someone@example.com', phones: [], emails: ['someone@example.com'], tags: [] },
    ]);
  });

  it('reads the older Google CSV layout (Name, Given Name, Group Membership, "Phone 1 - Type")', () => {
    const headers = [
      'Name',
      'Given Name',
      'Additional Name',
      'Family Name',
      'Birthday',
      'Notes',
      'Group Membership',
      'E-mail 1 - Type',
      'E-mail 1 - Value',
      'Phone 1 - Type',
      'Phone 1 - Value',
      'Organization 1 - Type',
      'Organization 1 - Name',
      'Organization 1 - Title',
    ];
    expect(suggestMapping('contacts', headers)).toMatchObject({
      name: 'Name',
      firstName: 'Given Name',
      middleName: 'Additional Name',
      lastName: 'Family Name',
      tags: 'Group Membership',
      email: 'E-mail 1 - Value',
      phone1: 'Phone 1 - Value',
      phone1Label: 'Phone 1 - Type',
      organization: 'Organization 1 - Name',
      title: 'Organization 1 - Title',
    });
    const r = mapRows(
      'contacts',
      table(
        csv(headers, [
          'Ann Lee',
          'Ann',
          '',
          'Lee',
          '1990-05-06',
          '',
          '* My Contacts ::: VIP',
          '* Home',
          'ann@example.com',
          'Mobile',
          '+44 7700 900123',
          '',
          'Lee & Co',
          'Owner',
        ]),
      ),
    );
    expect(r).toEqual({
      records: [
        {
          name: 'Ann Lee',
          organization: 'Lee & Co',
          title: 'Owner',
          phones: [{ number: '+44 7700 900123', kind: 'mobile' }],
          emails: ['ann@example.com'],
          birthday: '1990-05-06',
          tags: ['My Contacts', 'VIP'],
        },
      ],
      errors: [],
    });
  });
});

describe("mapRows('contacts') — rules", () => {
  it('a full name column wins over first and last name; tags split on commas and semicolons, repeats dropped', () => {
    const r = mapRows(
      'contacts',
      table(
        'Full Name,First Name,Last Name,Tags,Phone,Fax\nDr. Ann Lee,Ann,Lee,"vip; supplier, VIP",555 0100,555 0101\n',
      ),
    );
    expect(r.records).toEqual([
      {
        name: 'Dr. Ann Lee',
        phones: [
          { number: '555 0100', kind: 'other' },
          { number: '555 0101', kind: 'fax' },
        ],
        emails: [],
        tags: ['vip', 'supplier'],
      },
    ]);
  });

  it('reads birthdays with the dateFormat option and refuses impossible ones by line', () => {
    const t = table('Name,Birthday\nA,15/04/1996\nB,30/02/1996\nC,13/40/2024\nD,1996-04-15\n');
    const r = mapRows('contacts', t, undefined, { dateFormat: 'DD/MM/YYYY' });
    expect(r.records.map((c) => [c.name, c.birthday])).toEqual([
      ['A', '1996-04-15'],
      ['D', '1996-04-15'],
    ]);
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'Birthday'],
      [4, 'Birthday'],
    ]);
    expect(r.errors[0]!.message).toMatch(
      /^The birthday "30\/02\/1996" in column "Birthday" is not a real date/,
    );
    // Without the option, the column's own values decide the order (15/04 can only be day first).
    expect(
      mapRows('contacts', table('Name,Birthday\nA,15/04/1996\nB,03/04/1996\n')).records[1]!
        .birthday,
    ).toBe('1996-04-03');
  });

  it('a hand mapping picks columns by header; an unknown mapping key is a clear error', () => {
    const t = table('Who,Cell,Mail\nAnn,555 0100,ann@example.com\n');
    expect(mapRows('contacts', t, { name: 'Who', mobile: 'Cell', email: 'Mail' }).records).toEqual([
      {
        name: 'Ann',
        phones: [{ number: '555 0100', kind: 'mobile' }],
        emails: ['ann@example.com'],
        tags: [],
      },
    ]);
    const bad = mapRows('contacts', t, { name: 'Who', phoneNumber: 'Cell' });
    expect(bad.records).toEqual([]);
    expect(bad.errors).toEqual([
      {
        line: 1,
        message: expect.stringMatching(
          /^The mapping names a field "phoneNumber" that the contacts import does not have; its fields are name, firstName, .*mobile.*tags\.$/,
        ),
      },
    ]);
    expect(mapRows('contacts', t, { name: 'Nope' }).errors).toContainEqual({
      line: 1,
      column: 'Nope',
      message: 'The column "Nope" chosen for Name is not in this file; choose one of its columns.',
    });
  });

  it('needs a name, first/last name or organization column', () => {
    expect(mapRows('contacts', table('Phone,Email\n555,a@b.example\n')).errors).toEqual([
      {
        line: 1,
        message:
          'No column is mapped to Name (or to First name or Last name or Organization); choose the column that holds it before importing.',
      },
    ]);
  });

  it('refuses over-long values and rows with the wrong number of values, naming the column', () => {
    const long = 'x'.repeat(201);
    const r = mapRows(
      'contacts',
      table(`Name,Phone,Tags\n${long},1,\nB,${'1'.repeat(41)},\nC,2,${'t'.repeat(41)}\nD,3\n`),
    );
    expect(r.records).toEqual([]);
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'Name'],
      [3, 'Phone'],
      [4, 'Tags'],
      [5, undefined],
    ]);
  });
});
