/// <reference types="vite/client" />
/**
 * vCard reading on files nobody on this project wrote (../shared/fixtures/vcard, ical.js's
 * parser samples), on realistic exports written here after the real programs' output
 * (fixtures/: iPhone, Outlook 2.1, Google Contacts, a file with broken cards), and writing:
 * parseVcards(toVcf(x)) = x for random drafts.
 */
import { describe, expect, it } from 'vitest';
import type { ContactDraft, PhoneKind } from './types';
import { deriveNameParts, parseVcards, toVcf } from './vcard';

// Read as text by Vite: the shared files from beside the project (../shared/fixtures/vcard,
// never copied into it), and this module's own realistic exports (./fixtures).
const SHARED = import.meta.glob<string>('../../../shared/fixtures/vcard/*.vcf', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const OWN = import.meta.glob<string>('./fixtures/*.vcf', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const fileText = (files: Record<string, string>, name: string): string => {
  const key = Object.keys(files).find((k) => k.endsWith(`/${name}`));
  if (key === undefined) throw new Error(`No fixture ${name}`);
  return files[key]!;
};
const shared = (name: string) => fileText(SHARED, name);
const own = (name: string) => fileText(OWN, name);
const one = (text: string) => {
  const r = parseVcards(text);
  expect(r.errors).toEqual([]);
  expect(r.contacts).toHaveLength(1);
  return r.contacts[0]!;
};

describe('parseVcards on the shared fixtures (ical.js samples)', () => {
  it('reads every file without throwing', () => {
    const names = Object.keys(SHARED).map((k) => k.slice(k.lastIndexOf('/') + 1));
    expect(names.sort()).toEqual([
      'vcard21_charset.vcf',
      'vcard21_comprehensive.vcf',
      'vcard21_encoding.vcf',
      'vcard21_type_params.vcf',
      'vcard3.vcf',
      'vcard4.vcf',
      'vcard_grouped.vcf',
    ]);
    for (const [name, text] of Object.entries(SHARED))
      expect(() => parseVcards(text), name).not.toThrow();
  });

  it('vcard21_charset: CHARSET parameters on plain values', () => {
    expect(one(shared('vcard21_charset.vcf'))).toEqual({
      name: 'Test Charset',
      organization: 'Test Organization',
      phones: [],
      emails: ['test@example.com'],
      notes: 'This note uses ISO-8859-1 charset',
    });
  });

  it('vcard21_comprehensive: escapes, bare types, a street with a line break, BASE64 skipped', () => {
    expect(one(shared('vcard21_comprehensive.vcf'))).toEqual({
      name: 'Mr. John Q. Public, Esq.',
      nameParts: { family: 'Public', given: 'John', additional: 'Quinlan', prefix: 'Mr.', suffix: 'Esq.' },
      organization: 'ABC, Inc.',
      title: 'Senior Software Engineer',
      tags: ['Programmer'],
      phones: [
        { number: '+1-213-555-1234', kind: 'work' },
        { number: '+1-213-555-5678', kind: 'fax' },
      ],
      emails: ['john@example.com'],
      address: '123 Main Street, Apt 5B, Any Town CA 91921, USA',
      birthday: '1970-01-15',
      notes: 'This is a test note\nwith multiple lines\nand special chars: ,;\\',
    });
  });

  it('vcard21_encoding: Latin-1 quoted-printable with soft line breaks, a folded BASE64 photo', () => {
    expect(one(shared('vcard21_encoding.vcf'))).toEqual({
      name: 'Test Encoding',
      phones: [],
      emails: [],
      notes:
        'This is a test with speciäl chäracters and a line that is quite long and needs to be wrapped according to the Quoted-Printable encoding rules.',
    });
  });

  it('vcard21_type_params: bare 2.1 types and repeated TYPE= (WORK+CELL is mobile, HOME+FAX is fax)', () => {
    expect(one(shared('vcard21_type_params.vcf'))).toEqual({
      name: 'Test Type Parameters',
      nameParts: { family: 'Parameters', given: 'Type' },
      phones: [
        { number: '+1-555-1234', kind: 'work' },
        { number: '+1-555-5678', kind: 'fax' },
        { number: '+1-555-9999', kind: 'mobile' },
      ],
      emails: ['test@example.com'],
      address: '123 Main St, Springfield IL 62701, USA',
    });
  });

  it('vcard3 (RFC 2426): folded lines, repeated N and BDAY, photos, an AGENT card that makes no contact', () => {
    expect(one(shared('vcard3.vcf'))).toEqual({
      name: 'Mr. John Q. Public, Esq.',
      nameParts: { family: 'Public', given: 'John', additional: 'Quinlan', prefix: 'Mr.', suffix: 'Esq.' },
      organization: 'ABC, Inc.',
      title: 'Director, Research and Development',
      tags: ['TRAVEL AGENT', 'INTERNET', 'IETF', 'INDUSTRY', 'INFORMATION TECHNOLOGY'],
      phones: [{ number: '+1-213-555-1234', kind: 'work' }],
      emails: ['jqpublic@xyz.dom1.com', 'jdoe@isp.net', 'jane_doe@abc.com'],
      address: '123 Main Street, Any Town CA 91921-1234',
      birthday: '1996-04-15',
      notes: 'This fax number is operational 0800 to 1715 EST, Mon-Fri.',
    });
  });

  it('vcard3: without FN the name comes from the first N, prefix and suffixes included', () => {
    const text = shared('vcard3.vcf').replace(/^FN:.*\r?\n/m, '');
    expect(one(text).name).toBe('Mr. John Quinlan Public, Esq.');
    const second = text.replace(/^N:Public.*\r?\n/m, '');
    expect(one(second).name).toBe('Dr. John Philip Paul Stevenson, Jr., M.D., A.C.P.');
    // The 3.0 BDAY date-time keeps its date as written.
    const dt = text.replace(/^BDAY:1996-04-15\r?\n/m, '');
    expect(one(dt).birthday).toBe('1953-10-15');
  });

  it('vcard4 (RFC 6350): tel: URI, a birthday without a year left out, the address in order', () => {
    expect(one(shared('vcard4.vcf'))).toEqual({
      name: 'J. Doe',
      nameParts: { family: 'Stevenson', given: 'John', additional: 'Philip Paul', prefix: 'Dr.', suffix: 'Jr., M.D., A.C.P.' },
      organization: 'ABC, Inc.',
      title: 'Research Scientist',
      phones: [{ number: '+33-01-23-45-67', kind: 'home' }],
      emails: ['jqpublic@xyz.example.com'],
      address: 'street, apt, pobox, city state zipcode, country',
      notes: 'This fax number is operational 0800 to 1715 EST, Mon-Fri',
    });
  });

  it('vcard_grouped: only addresses is nothing to import (an error on the line where it begins)', () => {
    const r = parseVcards(shared('vcard_grouped.vcf'));
    expect(r.contacts).toEqual([]);
    expect(r.errors).toEqual([
      { line: 1, message: expect.stringMatching(/no name, organization, phone number or email/) },
    ]);
    // With a name, the first ADR (ungrouped) is the address; the ITEM1. group does not get in the way.
    const named = shared('vcard_grouped.vcf').replace('VERSION:4.0', 'VERSION:4.0\nFN:Grouped');
    expect(one(named).address).toBe('street, apt, pobox, city state zipcode, country');
    const pref = named.replace('ITEM1.ADR;TYPE=home', 'ITEM1.ADR;TYPE=home;PREF=1');
    expect(one(pref).address).toBe('street1, apt1, pobox1, city1 state1 zipcode1, country1');
  });
});

describe('parseVcards on realistic exports', () => {
  it('an iPhone export: grouped TEL with X-ABLabel, folded base64 photos, company card, no-year birthday', () => {
    const r = parseVcards(own('iphone.vcf'));
    expect(r.errors).toEqual([]);
    expect(r.contacts).toEqual([
      {
        name: 'Anna Müller',
        organization: 'Blumen Müller GmbH',
        title: 'Inhaberin',
        phones: [
          { number: '+49 30 1234567', kind: 'mobile' },
          { number: '030 7654321', kind: 'other' },
          { number: '+49 30 7654322', kind: 'fax' },
          { number: '+49 171 2345678', kind: 'mobile' },
        ],
        emails: ['anna@blumen-mueller.example'],
        address: 'Hauptstraße 5, Hinterhaus, Berlin 10115, Deutschland',
      },
      {
        name: 'Stadtwerke Berlin',
        organization: 'Stadtwerke Berlin',
        phones: [
          { number: '0800 123 4567', kind: 'other' },
          { number: '+49 30 99887766', kind: 'fax' },
        ],
        emails: ['service@stadtwerke.example'],
      },
      {
        name: 'Dr. Chidi Okafor',
        phones: [
          { number: '+44 20 7946 0958', kind: 'other' },
          { number: '+44 1632 960123', kind: 'home' },
        ],
        emails: [],
        birthday: '1979-02-28',
        notes: 'Knows the landlord 🏠\nCall after 6pm',
      },
    ]);
  });

  it('an Outlook 2.1 export: QP UTF-8 split across soft line breaks, Windows-1252 QP, a BASE64 photo ended by a blank line', () => {
    const r = parseVcards(own('outlook21.vcf'));
    expect(r.errors).toEqual([]);
    expect(r.contacts).toEqual([
      {
        name: 'Jürgen Gärtner',
        organization: 'Gärtnerei Süd',
        title: 'Geschäftsführer',
        phones: [
          { number: '+49 89 1234560', kind: 'work' },
          { number: '0171 9876543', kind: 'mobile' },
          { number: '+49 89 1234569', kind: 'fax' },
        ],
        emails: ['j.gaertner@gaertnerei-sued.example'],
        address: 'Münchner Straße 12, Hinterhof, München Bayern 80331, Deutschland',
        birthday: '1965-03-12',
        notes:
          'Liefert dienstags und freitags.\nBitte den Hintereingang benutzen – Klingel „Büro“.',
      },
      {
        name: 'Renée Lévesque',
        phones: [{ number: '01 23 45 67 89', kind: 'home' }],
        emails: ['renee.levesque@example.fr'],
        notes: 'Préfère être appelée le matin.',
      },
    ]);
  });

  it('a Google Contacts 3.0 export: folded escaped notes, several emails (a repeat in other case left out), ORG-only company card', () => {
    const r = parseVcards(own('google3.vcf'));
    expect(r.errors).toEqual([]);
    expect(r.contacts).toEqual([
      {
        name: 'Priya Raman',
        organization: 'Northwind Traders',
        title: 'Head of Procurement; EMEA & APAC',
        // Google's own group myContacts is not a tag.
        tags: ['Suppliers'],
        phones: [
          { number: '+91 98765 43210', kind: 'mobile' },
          { number: '(415) 555-0134 ext. 22', kind: 'work' },
        ],
        emails: ['priya.raman@northwind.example', 'priya.r@mail.example'],
        address: '500 Howard St, Suite 300, San Francisco CA 94105, US',
        birthday: '1988-11-02',
        notes:
          'Prefers email. Met at the trade fair, Hall 4.\nAssistant: Tom (ext. 23); call before 10am.\nDelivery address differs from the office – see the purchase order for the loading dock.',
      },
      {
        name: 'Acme Office Supplies',
        organization: 'Acme Office Supplies',
        phones: [{ number: '+1 212-555-0199', kind: 'work' }],
        emails: [],
      },
      {
        name: '山田 太郎',
        nameParts: { family: '山田', given: '太郎' },
        phones: [{ number: '03-1234-5678', kind: 'home' }],
        emails: [],
        notes:
          '年賀状を送る 🎍 — 住所は東京都千代田区丸の内一丁目, ビルの受付でお名前を伝えてください。',
      },
    ]);
  });

  it('a file with broken cards: each error at the line its card begins, the rest imported', () => {
    const r = parseVcards(own('broken.vcf'));
    expect(r.contacts.map((c) => c.name)).toEqual(['Alice Good', 'Carol Fine', 'Fred Friday']);
    // Fred's nested AGENT card (Anne, lines 25–29) neither ends his card nor becomes a contact.
    expect(r.contacts[2]!.phones).toEqual([{ number: '+1 555 0102', kind: 'mobile' }]);
    expect(r.errors).toEqual([
      {
        line: 6,
        message:
          'The card for "Bob Broken" is never closed (its END:VCARD line is missing before the next card starts on line 10), so it was not imported.',
      },
      {
        line: 15,
        message:
          'This card has no name, organization, phone number or email address, so there is nothing to import from it.',
      },
      {
        line: 32,
        message:
          'The card for "Dan Dangling" is never closed (its END:VCARD line is missing before the end of the file), so it was not imported.',
      },
    ]);
  });

  it('reads the same with CRLF, CR or LF line ends and with a byte-order mark', () => {
    for (const name of ['iphone.vcf', 'outlook21.vcf', 'google3.vcf', 'broken.vcf']) {
      const text = own(name);
      const expected = parseVcards(text);
      const lf = text.replace(/\r\n/g, '\n');
      expect(parseVcards(lf), name).toEqual(expected);
      expect(parseVcards(lf.replace(/\n/g, '\r')), name).toEqual(expected);
      expect(parseVcards(lf.replace(/\n/g, '\r\n')), name).toEqual(expected);
      expect(parseVcards('\uFEFF' + text), name).toEqual(expected);
    }
  });
});

describe('parseVcards details', () => {
  const card = (...lines: string[]) => ['BEGIN:VCARD', ...lines, 'END:VCARD', ''].join('\r\n');

  it('birthday forms: basic and extended dates, date-times; no year or impossible → none', () => {
    const bday = (v: string) => one(card('VERSION:4.0', 'FN:B', v)).birthday;
    expect(bday('BDAY:19960415')).toBe('1996-04-15');
    expect(bday('BDAY:1996-04-15')).toBe('1996-04-15');
    expect(bday('BDAY:1953-10-15T23:10:00Z')).toBe('1953-10-15');
    expect(bday('BDAY:1987-09-27T08:30:00-06:00')).toBe('1987-09-27');
    expect(bday('BDAY;VALUE=date:2000-02-29')).toBe('2000-02-29');
    expect(bday('BDAY:--0415')).toBeUndefined();
    expect(bday('BDAY:--04-15')).toBeUndefined();
    expect(bday('BDAY:1996')).toBeUndefined();
    expect(bday('BDAY:1999-02-29')).toBeUndefined();
    expect(bday('BDAY;VALUE=text:circa 1800')).toBeUndefined();
    expect(bday('BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-15')).toBeUndefined();
    // The first whole date among repeated BDAYs.
    expect(one(card('FN:B', 'BDAY:--0415', 'BDAY:1990-01-02', 'BDAY:1991-01-02')).birthday).toBe(
      '1990-01-02',
    );
  });

  it('phone kinds from TYPE lists, quoted lists, bare params and labels; tel: URIs keep the rest as written', () => {
    const c = one(
      card(
        'VERSION:4.0',
        'FN:K',
        'TEL;TYPE="work,fax":+1 555 0001',
        'TEL;TYPE=cell:+1 555 0002',
        'TEL;VALUE=uri;TYPE="voice,home":tel:+1-555-0003;ext=7',
        'TEL;PREF=1:555 0004',
        'item9.TEL:555 0005',
        'ITEM9.X-ABLABEL:Work',
        'TEL;TYPE=textphone:555 0006',
        'TEL:',
        'TEL;TYPE=cell:+1 555 0002',
      ),
    );
    expect(c.phones).toEqual<{ number: string; kind: PhoneKind }[]>([
      { number: '+1 555 0001', kind: 'fax' },
      { number: '+1 555 0002', kind: 'mobile' },
      { number: '+1-555-0003;ext=7', kind: 'home' },
      { number: '555 0004', kind: 'other' },
      { number: '555 0005', kind: 'work' },
      { number: '555 0006', kind: 'other' },
    ]);
  });

  it('name: FN, else N, else ORG, else the email, else the number; blank FN falls through', () => {
    expect(one(card('VERSION:3.0', 'FN: ', 'N:Lee;Ann;;;')).name).toBe('Ann Lee');
    expect(one(card('VERSION:3.0', 'N:;;;;', 'ORG:Acme;Sales')).name).toBe('Acme');
    expect(one(card('VERSION:3.0', 'EMAIL:who@example.com')).name).toBe('who@example.com');
    expect(one(card('VERSION:3.0', 'TEL:+1 555 0100')).name).toBe('+1 555 0100');
    expect(one(card('VERSION:3.0', 'N:Smith;;;;Jr.')).name).toBe('Smith, Jr.');
    expect(one(card('VERSION:3.0', 'FN:Ann\\nLee')).name).toBe('Ann Lee');
  });

  it('the 2.1 AGENT forms: "AGENT:" then a card, "AGENT:BEGIN:VCARD" and its lines; an escaped one-line AGENT', () => {
    const agent = [
      'VERSION:2.1',
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N:Agent;Anne',
      'TEL:1',
      'END:VCARD',
    ];
    const a = parseVcards(card('VERSION:2.1', 'N:Boss;Bea', 'AGENT:', ...agent.slice(1), 'TEL:2'));
    expect(a).toEqual({
      contacts: [{ name: 'Bea Boss', phones: [{ number: '2', kind: 'other' }], emails: [] }],
      errors: [],
    });
    const b = parseVcards(
      card('VERSION:2.1', 'N:Boss;Bea', 'AGENT:BEGIN:VCARD', 'N:Agent;Anne', 'END:VCARD', 'TEL:2'),
    );
    expect(b).toEqual(a);
    // A nested card inside the nested card still ends where it should.
    const c = parseVcards(
      card(
        'VERSION:2.1',
        'N:Boss;Bea',
        'AGENT:',
        'BEGIN:VCARD',
        'AGENT:',
        'BEGIN:VCARD',
        'N:X',
        'END:VCARD',
        'END:VCARD',
        'TEL:2',
      ),
    );
    expect(c).toEqual(a);
    // An agent never closed leaves the outer card unclosed.
    const d = parseVcards(['BEGIN:VCARD', 'N:Boss;Bea', 'AGENT:', 'BEGIN:VCARD', 'N:X'].join('\n'));
    expect(d.contacts).toEqual([]);
    expect(d.errors).toEqual([
      { line: 1, message: expect.stringMatching(/"Bea Boss" is never closed/) },
    ]);
  });

  it('a BEGIN:VCARD inside a card (not an AGENT) ends that card as an error; the new card imports', () => {
    const r = parseVcards(
      ['BEGIN:VCARD', 'FN:One', 'BEGIN:VCARD', 'FN:Two', 'END:VCARD', 'END:VCARD', ''].join('\n'),
    );
    expect(r.contacts.map((c) => c.name)).toEqual(['Two']);
    expect(r.errors).toEqual([
      { line: 1, message: expect.stringMatching(/"One" is never closed.*line 3/) },
    ]);
  });

  it('2.1 folding keeps the white space; 3.0/4.0 folding removes one space or tab', () => {
    expect(one(card('VERSION:2.1', 'FN:Long', 'NOTE:one two', ' three')).notes).toBe(
      'one two three',
    );
    expect(one(card('VERSION:3.0', 'FN:Long', 'NOTE:one two th', ' ree', '\tfour')).notes).toBe(
      'one two threefour',
    );
  });

  it('a QP soft break never swallows END:VCARD; =0D=0A becomes a line break; lower-case hex', () => {
    const r = parseVcards(
      [
        'BEGIN:VCARD',
        'VERSION:2.1',
        'FN:Q',
        'NOTE;QUOTED-PRINTABLE;CHARSET=UTF-8:a=0d=0ab=c3=a9=',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
    expect(r).toEqual({
      contacts: [{ name: 'Q', phones: [], emails: [], notes: 'a\nbé' }],
      errors: [],
    });
  });

  it('data-URI and BASE64 photos over many lines do not break the card', () => {
    const data = 'A'.repeat(2000);
    const folded = ('PHOTO:data:image/jpeg;base64,' + data).match(/.{1,74}/g)!.join('\r\n ');
    const c = one(card('VERSION:4.0', 'FN:Pic', folded, 'TEL:1'));
    expect(c).toEqual({ name: 'Pic', phones: [{ number: '1', kind: 'other' }], emails: [] });
    // 2.1 writers that put BASE64 lines without indentation (no ':' on them) and end with a blank line.
    const raw = ['VERSION:2.1', 'FN:Pic', 'PHOTO;JPEG;BASE64:', 'QUJD', 'REVG', '', 'TEL:1'];
    expect(one(card(...raw))).toEqual(c);
  });

  it('quoted parameter values may hold ":" and ";" (vCard 4.0 ADR;LABEL="…")', () => {
    const c = one(
      card(
        'VERSION:4.0',
        'FN:Label',
        'ADR;TYPE=work;LABEL="Suite 5: Front desk; 1 Main St\\nSpringfield":;;1 Main St;Springfield;;;',
      ),
    );
    expect(c.address).toBe('1 Main St, Springfield');
  });

  it('an Android 2.1 export: quoted-printable UTF-8 in a structured N without FN', () => {
    const c = one(
      card(
        'VERSION:2.1',
        'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=B1=B1=E7=94=B0;=E5=A4=AA=E9=83=8E;;;',
        'TEL;CELL:090-1234-5678',
        'X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Taro;1;;;;;;;;;;;;;',
      ),
    );
    expect(c).toEqual({
      name: '太郎 山田',
      phones: [{ number: '090-1234-5678', kind: 'mobile' }],
      emails: [],
    });
  });

  it('a file without cards is one error on line 1', () => {
    expect(parseVcards('')).toEqual({
      contacts: [],
      errors: [{ line: 1, message: 'The file is empty; there are no contacts in it.' }],
    });
    expect(parseVcards('Name,Phone\nAnn,555\n').errors).toEqual([
      { line: 1, message: expect.stringMatching(/No contact card was found/) },
    ]);
  });

  it('stray END:VCARD lines and text between cards are ignored', () => {
    const r = parseVcards(
      ['END:VCARD', 'junk', card('FN:A'), 'more junk', card('FN:B')].join('\n'),
    );
    expect(r.contacts.map((c) => c.name)).toEqual(['A', 'B']);
    expect(r.errors).toEqual([]);
  });
});

// ─── toVcf ─────────────────────────────────────────────────────────────────────────────────────

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'Ann',
  'Lee',
  "O'Brien",
  'Müller',
  'Łukasz',
  'Zoë',
  '山田',
  '太郎',
  'Ελένη',
  'Иван',
  'محمد',
  '🙂',
  '👩‍💼',
  'Acme, Inc.',
  'a;b',
  'back\\slash',
  'x:y',
  'c/o',
  'Straße',
  '—',
  '&',
  '"quoted"',
  'tab\there',
  'ÅÄÖ',
  'Ñandú',
  'ü̈',
  '🏳️‍🌈',
];

function draft(rand: () => number): ContactDraft {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const words = (n: number) =>
    Array.from({ length: n }, () => pick(PIECES)).join(pick([' ', ' ', ', ', '-']));
  const maybe = (p: number) => rand() < p;
  const kinds: PhoneKind[] = ['mobile', 'work', 'home', 'fax', 'other'];
  const name = words(1 + Math.floor(rand() * 6)).trim();
  const c: ContactDraft = { name, phones: [], emails: [] };
  if (maybe(0.5)) c.organization = maybe(0.3) ? name : words(1 + Math.floor(rand() * 3)).trim();
  if (maybe(0.4)) c.title = words(2).trim();
  const phones = Math.floor(rand() * 4);
  for (let i = 0; i < phones; i++) {
    const number = `+${1 + Math.floor(rand() * 98)} ${Math.floor(rand() * 1e4)}-${i}${Math.floor(rand() * 1e6)}${maybe(0.2) ? ' ext. 12' : ''}`;
    c.phones.push({ number, kind: pick(kinds) });
  }
  const emails = Math.floor(rand() * 3);
  for (let i = 0; i < emails; i++) c.emails.push(`p${i}.${Math.floor(rand() * 1e6)}@example.com`);
  if (maybe(0.5)) c.address = words(4 + Math.floor(rand() * 8)).trim();
  if (maybe(0.4))
    c.birthday = `${1900 + Math.floor(rand() * 120)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  if (maybe(0.6))
    c.notes = Array.from({ length: 1 + Math.floor(rand() * 4) }, () =>
      words(1 + Math.floor(rand() * 30)),
    )
      .join(pick(['\n', '\n\n']))
      .trim();
  if (maybe(0.4)) {
    const tags: string[] = [];
    for (let i = 0; i < 1 + Math.floor(rand() * 3); i++) {
      const tag = pick(PIECES).replace(/\s+/g, ' ').trim();
      if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    }
    if (tags.length) c.tags = tags;
  }
  return c;
}

describe('toVcf', () => {
  it('writes vCard 3.0 with CRLF, escaped text, lines of at most 75 octets', () => {
    const vcf = toVcf([
      {
        name: 'Ann Lee',
        organization: 'Lee; Sons, Ltd',
        phones: [
          { number: '+1 212 555 0100', kind: 'mobile' },
          { number: '+1 212 555 0101', kind: 'fax' },
        ],
        emails: ['ann@example.com'],
        notes: 'Line one\nLine two, with a comma; and a semicolon \\ backslash. ' + 'ü'.repeat(60),
        birthday: '1980-02-29',
      },
    ]);
    expect(vcf.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\n')).toBe(
      true,
    );
    expect(vcf).toContain('ORG:Lee\\; Sons\\, Ltd\r\n');
    expect(vcf).toContain('TEL;TYPE=CELL:+1 212 555 0100\r\n');
    expect(vcf).toContain('TEL;TYPE=FAX:+1 212 555 0101\r\n');
    expect(vcf).toContain(
      'NOTE:Line one\\nLine two\\, with a comma\\; and a semicolon \\\\ backslash',
    );
    expect(vcf.endsWith('END:VCARD\r\n')).toBe(true);
    expect(vcf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const enc = new TextEncoder();
    for (const line of vcf.split('\r\n')) expect(enc.encode(line).length).toBeLessThanOrEqual(75);
    expect(toVcf([])).toBe('');
  });

  it('folds on character boundaries: no UTF-8 sequence or emoji is cut', () => {
    const name = '👩‍💼'.repeat(40) + 'é'.repeat(40) + '山'.repeat(40);
    const vcf = toVcf([{ name, phones: [], emails: [] }]);
    for (const line of vcf.split('\r\n')) {
      expect(line).not.toMatch(/[\uD800-\uDBFF]$/); // no lone high surrogate at a line end
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(one(vcf).name).toBe(name);
  });

  it('reads CATEGORIES as tags (escaped commas kept, repeats dropped) and writes them back', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kim Park\r\nCATEGORIES:client,Courier\\, local,CLIENT\r\nCATEGORIES:landlord\r\nEND:VCARD\r\n';
    expect(one(text).tags).toEqual(['client', 'Courier, local', 'landlord']);
    expect(toVcf([one(text)])).toContain('CATEGORIES:client,Courier\\, local,landlord\r\n');
    expect(one('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:No Tags\r\nEND:VCARD\r\n').tags).toBeUndefined();
  });

  it('keeps a card\'s N: read on import, written back on export (round trip)', () => {
    const card = one(shared('vcard3.vcf'));
    expect(card.nameParts).toEqual({ family: 'Public', given: 'John', additional: 'Quinlan', prefix: 'Mr.', suffix: 'Esq.' });
    expect(toVcf([card])).toContain('\r\nN:Public;John;Quinlan;Mr.;Esq.\r\n');
    expect(one(toVcf([card])).nameParts).toEqual(card.nameParts);
    // A card whose N names no person (N:;;;;) keeps saying so.
    const company = one('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Harbor Print Shop\r\nN:;;;;\r\nX-ABSHOWAS:COMPANY\r\nEND:VCARD\r\n');
    expect(company.nameParts).toEqual({});
    expect(toVcf([company])).toContain('\r\nN:;;;;\r\n');
    // An N that says no more than the display name is not kept twice.
    expect(one('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\nEND:VCARD\r\n').nameParts).toBeUndefined();
  });

  it('derives N honestly when a contact keeps none: companies, branches, honorifics, suffixes', () => {
    const n = (name: string, organization?: string) => toVcf([{ name, ...(organization ? { organization } : {}), phones: [], emails: [] }]).match(/\r\nN:(.*)\r\n/)![1];
    expect(n('FedEx Office Marginal Way', 'FedEx Office')).toBe(';;;;');
    expect(n('Acme', 'Acme')).toBe(';;;;');
    expect(n('Dr. Janet Cole')).toBe('Cole;Janet;;Dr.;');
    expect(n('Prof. Dr. Anna Maria Weber', 'Uni')).toBe('Weber;Anna;Maria;Prof. Dr.;');
    expect(n('Mr. John Q. Public, Esq.')).toBe('Public;John;Q.;Mr.;Esq.');
    expect(n('Sam Ortiz Jr.')).toBe('Ortiz;Sam;;;Jr.');
    expect(n('Lee Park, PhD, MD')).toBe('Park;Lee;;;PhD\\, MD');
    expect(n('Cole, Janet')).toBe('Cole;Janet;;;');
    expect(n('Madonna')).toBe(';Madonna;;;');
    expect(n('Karen Boucher', 'Northeast Office Supply Co.')).toBe('Boucher;Karen;;;');
    expect(deriveNameParts({ name: 'Ms. Dana Whitfield III' })).toEqual({ prefix: 'Ms.', given: 'Dana', family: 'Whitfield', suffix: 'III' });
  });

  it('a company card keeps N empty and says so', () => {
    const vcf = toVcf([{ name: 'Acme', organization: 'Acme', phones: [], emails: [] }]);
    expect(vcf).toContain('N:;;;;\r\n');
    expect(vcf).toContain('X-ABSHOWAS:COMPANY\r\n');
  });

  it('parseVcards(toVcf(x)) gives x back for 500 random drafts (commas, semicolons, line breaks, non-Latin text, emoji)', () => {
    const rand = seeded(20261204);
    const drafts = Array.from({ length: 500 }, () => draft(rand));
    const back = parseVcards(toVcf(drafts));
    expect(back.errors).toEqual([]);
    expect(back.contacts).toEqual(drafts);
    // One at a time too, so a mismatch names its draft.
    for (const d of drafts.slice(0, 50)) expect(parseVcards(toVcf([d])).contacts).toEqual([d]);
  });

  it('round-trips what it read from real exports', () => {
    for (const text of [
      own('iphone.vcf'),
      own('outlook21.vcf'),
      own('google3.vcf'),
      shared('vcard3.vcf'),
    ]) {
      const { contacts } = parseVcards(text);
      expect(parseVcards(toVcf(contacts)).contacts).toEqual(contacts);
    }
  });
});
