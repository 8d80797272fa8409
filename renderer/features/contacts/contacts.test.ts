/**
 * Contacts data (issue 14.1, 14.2): caller lookup across contacts, vendors, staff and
 * candidates through their phone sources; the vCard preview (errors with their line, duplicates
 * of existing contacts, of other records and within the file), the import in one transaction
 * with skip / import anyway / merge, the export round trip, Ctrl+K and guest look-ups.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseVcards } from '../../../shared/contacts';
import type { BackdeskDb } from '../../db';
import { openTestDb } from '../../db/testing';
import { lookupPhone, searchCallersByName } from '../../core/phoneDirectory';
import { searchEverything } from '../../core/search';
import { searchGuests } from '../../core/guestDirectory';
import '../vendors/registrations';
import '../people/registrations';
import '../recruiting/registrations';
import './registrations';
import { contactRepository } from './repository';
import { compatibleNames, findContactDuplicates, sameName } from './duplicates';
import { defaultChoice, importVcardCards, mergeCardInto, previewVcardFile, type DuplicateChoice } from './vcardImport';
import { buildVcardExport } from './vcardExport';
import { findContactRowDuplicates, importContactRows } from './csvImport';
import { mapRows, parseTable, type ImportRecordMap } from '../../../shared/import';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const at = '2026-12-01T09:00:00.000Z';
const base = { createdAt: at, updatedAt: at, deletedAt: null };

async function seedOthers() {
  await db.vendors.add({ ...base, id: 'v1', name: 'CleanRight Janitorial Supply', phone: '+1 207-555-0195' } as never);
  await db.employees.add({ ...base, id: 'e1', name: 'Priya Shah', status: 'active', department: 'Finance', phone: '207.555.0142' } as never);
  await db.positions.add({ ...base, id: 'p1', title: 'Office Manager', status: 'open' } as never);
  await db.candidates.add({ ...base, id: 'c1', name: 'Bo Chan', email: 'bo@example.com', stage: 'Applied', positionId: 'p1', phone: '(207) 555-0177' } as never);
}

const vcf = (...cards: string[]) => cards.join('\r\n') + '\r\n';
const card = (lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');

describe('caller lookup', () => {
  it('finds a number written any way among contacts, vendors, staff and candidates', async () => {
    await seedOthers();
    const olivia = await contactRepository.create(
      { name: 'Olivia Bennett', organization: 'CleanRight', phones: [{ number: '207-555-0100', kind: 'mobile' }, { number: '(207) 555 0195', kind: 'work' }], emails: [] },
      db,
    );
    const found = await lookupPhone('(207) 555-0195', db);
    expect(found.e164).toBe('+12075550195');
    expect(found.matches).toEqual([
      { table: 'contacts', id: olivia.id, name: 'Olivia Bennett', role: 'Contact · CleanRight', phone: '(207) 555 0195', href: `#/contacts/${olivia.id}`, phoneKeys: ['+12075550100', '+12075550195'] },
      { table: 'vendors', id: 'v1', name: 'CleanRight Janitorial Supply', role: 'Vendor', phone: '+1 207-555-0195', href: '#/vendors/v1' },
    ]);
    expect((await lookupPhone('+12075550142', db)).matches).toEqual([
      { table: 'employees', id: 'e1', name: 'Priya Shah', role: 'Staff · Finance', phone: '207.555.0142', href: '#/people/e1' },
    ]);
    expect((await lookupPhone('207 555 0177', db)).matches).toEqual([
      { table: 'candidates', id: 'c1', name: 'Bo Chan', role: 'Candidate · Office Manager', phone: '(207) 555-0177', href: '#/recruiting/candidate/c1' },
    ]);
    expect(await lookupPhone('reception', db)).toEqual({ e164: null, matches: [] });
    // A deleted contact is not a caller.
    await contactRepository.softDelete(olivia.id, db);
    expect((await lookupPhone('(207) 555-0195', db)).matches.map((m) => m.table)).toEqual(['vendors']);
  });

  it('finds callers by name across the sources, contacts first', async () => {
    await seedOthers();
    await contactRepository.create({ name: 'Priya Patel', phones: [{ number: '207-555-0111', kind: 'work' }], emails: [] }, db);
    const names = (await searchCallersByName('pri', 8, db)).map((m) => `${m.table}:${m.name}`);
    expect(names).toEqual(['contacts:Priya Patel', 'employees:Priya Shah']);
    expect((await searchCallersByName('janitorial', 8, db)).map((m) => m.id)).toEqual(['v1']);
    expect((await searchCallersByName('chan', 8, db)).map((m) => m.role)).toEqual(['Candidate · Office Manager']);
  });

  it('Ctrl+K finds a contact by name, organization, email and phone digits; the event dialog by name with an email', async () => {
    const c = await contactRepository.create(
      { name: 'Dana Whitfield', organization: 'Harbor Legal', phones: [{ number: '(207) 555-0123', kind: 'work' }], emails: ['dana@harborlegal.example'] },
      db,
    );
    await contactRepository.create({ name: 'Dana Noemail', phones: [{ number: '207 555 0999', kind: 'work' }], emails: [] }, db);
    for (const q of ['whitfield', 'harbor legal', 'dana@harbor', '2075550123', '555-0123', '+1 207 555 0123']) {
      const hits = await searchEverything(q, 20, db);
      expect(hits.find((h) => h.table === 'contacts')?.id, q).toBe(c.id);
    }
    expect((await searchEverything('2075550123', 20, db))[0]).toMatchObject({ module: 'contacts', title: 'Dana Whitfield', subtitle: 'Contact · Harbor Legal · (207) 555-0123' });
    expect(await searchGuests(db, 'dana')).toEqual([{ kind: 'contact', id: c.id, name: 'Dana Whitfield', email: 'dana@harborlegal.example', detail: 'Harbor Legal' }]);
  });
});

describe('vCard import', () => {
  const file = vcf(
    card(['FN:Olivia Bennett', 'ORG:CleanRight;Sales', 'TEL;TYPE=CELL:+1 207 555 0100', 'EMAIL:olivia@cleanright.example']),
    card(['FN:Nobody', 'NOTE:no way to reach them']).replace('FN:Nobody\r\n', ''),
    card(['FN:Front desk CleanRight', 'TEL;TYPE=WORK:(207) 555-0195']),
    card(['FN:Ann Lee', 'TEL:207-555-0300', 'EMAIL:ANN@example.com']),
    card(['FN:Ann Lee (again)', 'EMAIL:ann@example.com']),
    card(['FN:Sam Ortiz', 'TEL;TYPE=HOME:207 555 0400', 'BDAY:1990-04-15', 'CATEGORIES:courier,myContacts']),
  );

  it('previews errors with their line and duplicates of contacts, vendors and the file', async () => {
    await seedOthers();
    const existing = await contactRepository.create({ name: 'Olivia B.', phones: [{ number: '(207) 555-0100', kind: 'work' }], emails: [] }, db);
    const preview = await previewVcardFile('phone.vcf', file, db);
    expect(preview.errors).toHaveLength(1);
    expect(preview.errors[0]).toMatchObject({ line: 8, text: 'BEGIN:VCARD' });
    expect(preview.cards.map((c) => [c.draft.name, c.line])).toEqual([
      ['Olivia Bennett', 1],
      ['Front desk CleanRight', 12],
      ['Ann Lee', 17],
      ['Ann Lee (again)', 23],
      ['Sam Ortiz', 28],
    ]);
    const [olivia, desk, ann, again, sam] = preview.cards;
    expect(olivia!.matches).toEqual([
      { kind: 'contact', table: 'contacts', id: existing.id, name: 'Olivia B.', role: 'Contact', href: `#/contacts/${existing.id}`, reasons: ['phone (207) 555-0100'] },
    ]);
    expect(desk!.matches).toMatchObject([{ kind: 'vendor', id: 'v1', name: 'CleanRight Janitorial Supply', role: 'Vendor', reasons: ['phone (207) 555-0195'] }]);
    expect(ann!.matches).toEqual([]);
    expect(again!.matches).toEqual([{ kind: 'file', cardIndex: 2, name: 'Ann Lee', role: 'Card 3 of this file', reasons: ['email ann@example.com'] }]);
    expect(sam!.matches).toEqual([]);
  });

  it('imports the chosen cards in one transaction: merge, link, skip, import anyway', async () => {
    await seedOthers();
    const existing = await contactRepository.create({ name: 'Olivia B.', phones: [{ number: '(207) 555-0100', kind: 'work' }], emails: [], tags: ['cleaning'] }, db);
    const preview = await previewVcardFile('phone.vcf', file, db);
    const choices = new Map<number, DuplicateChoice>([[3, 'skip']]); // Olivia merges, the desk links (defaults)
    const result = await importVcardCards(preview.cards, choices, { fileName: 'phone.vcf' }, db);
    expect(result).toEqual({ created: 3, merged: 1, skipped: 1 });
    const all = await contactRepository.list(db);
    expect(all.map((c) => c.name)).toEqual(['Ann Lee', 'Front desk CleanRight', 'Olivia B.', 'Sam Ortiz']);
    const merged = all.find((c) => c.id === existing.id)!;
    expect(merged).toMatchObject({ name: 'Olivia B.', organization: 'CleanRight', emails: ['olivia@cleanright.example'], tags: ['cleaning'] });
    expect(merged.phones).toHaveLength(1);
    expect(((await db.contacts.get(existing.id)) as { emailKeys?: string[] }).emailKeys).toEqual(['olivia@cleanright.example']);
    expect(all.find((c) => c.name === 'Front desk CleanRight')!.vendorId).toBe('v1');
    expect(all.find((c) => c.name === 'Sam Ortiz')).toMatchObject({ birthday: '1990-04-15', phones: [{ number: '207 555 0400', kind: 'home' }], tags: ['courier'] });
    const log = await db.auditLog.where('table').equals('contacts').toArray();
    expect(log.map((l) => l.summary)).toContain('Imported 3 contacts from phone.vcf');
    expect(log.map((l) => l.summary)).toContain('Merged a card from phone.vcf into contact "Olivia B."');
    // The file is one committed batch (issue 15.3), stamped on what it created and merged into.
    const [batch] = await db.importBatches.toArray();
    expect(batch).toMatchObject({ kind: 'vcard', fileName: 'phone.vcf', status: 'committed', written: 4 });
    expect(all.filter((c) => c.importBatchId === batch!.id).map((c) => c.name)).toEqual(['Ann Lee', 'Front desk CleanRight', 'Olivia B.', 'Sam Ortiz']);
    // Imported anyway, the repeat of Ann is a second contact.
    const again = await importVcardCards([preview.cards[3]!], new Map([[3, 'import']]), { fileName: 'phone.vcf' }, db);
    expect(again.created).toBe(1);
    expect((await contactRepository.list(db)).filter((c) => c.name.startsWith('Ann Lee'))).toHaveLength(2);
  });

  it('writes nothing when a merge target vanished after the preview', async () => {
    const existing = await contactRepository.create({ name: 'Olivia B.', phones: [{ number: '(207) 555-0100', kind: 'work' }], emails: [] }, db);
    const preview = await previewVcardFile('phone.vcf', file, db);
    await contactRepository.softDelete(existing.id, db);
    await expect(importVcardCards(preview.cards, new Map(), { fileName: 'phone.vcf' }, db)).rejects.toThrow(/is gone/);
    expect(await contactRepository.list(db)).toEqual([]);
    expect(await db.importBatches.count()).toBe(0);
  });

  it('merges without overwriting: new numbers by their key, new emails, empty fields filled', () => {
    const existing = contactRepository.build({ name: 'Ann', organization: 'Acme', phones: [{ number: '207-555-0100', kind: 'work' }], emails: ['ann@acme.example'], notes: 'Prefers mornings' });
    const merged = mergeCardInto(existing, { name: 'Ann Lee', organization: 'Other', title: 'Buyer', phones: [{ number: '+1 (207) 555-0100', kind: 'mobile' }, { number: '207 555 0101', kind: 'mobile' }], emails: ['ANN@acme.example', 'ann@home.example'], notes: 'Met at the fair' }, 'US');
    expect(merged).toMatchObject({
      name: 'Ann',
      organization: 'Acme',
      title: 'Buyer',
      phones: [{ number: '207-555-0100', kind: 'work' }, { number: '207 555 0101', kind: 'mobile' }],
      emails: ['ann@acme.example', 'ann@home.example'],
      notes: 'Prefers mornings\n\nMet at the fair',
    });
  });

  it('flags a form draft that repeats an existing contact, but not the contact itself', async () => {
    const c = await contactRepository.create({ name: 'Ann Lee', phones: [], emails: ['ann@example.com'] }, db);
    expect((await findContactDuplicates([{ phones: [], emails: [' Ann@Example.com '] }], db))[0]!.map((m) => m.id)).toEqual([c.id]);
    expect((await findContactDuplicates([{ phones: [], emails: ['ann@example.com'] }], db, { ignoreContactId: c.id }))[0]).toEqual([]);
  });
});

describe('vCard duplicates: merge only the evidently same person (review 8)', () => {
  const vcf = (...cards: string[][]) => cards.map((l) => ['BEGIN:VCARD', 'VERSION:3.0', ...l, 'END:VCARD'].join('\r\n')).join('\r\n') + '\r\n';

  it('names compare without case, accents, punctuation, honorifics or word order', () => {
    expect(sameName('Dr. Zoë Müller', 'muller, zoe')).toBe(true);
    expect(sameName('Test Type Parameters', 'Test Charset')).toBe(false);
    expect(compatibleNames('Olivia Bennett', 'Olivia B.')).toBe(true);
    expect(compatibleNames('Ann Lee', 'Ann Marie Lee')).toBe(true);
    expect(compatibleNames('Ann Lee', 'Bob Lee-Smith')).toBe(false);
    expect(compatibleNames('Karen Boucher', 'Front desk')).toBe(false);
  });

  it('a shared email with another name imports by default; the same name or a shared phone with a fitting name merges', async () => {
    const charset = await contactRepository.create({ name: 'Test Charset', phones: [], emails: ['test@example.com'] }, db);
    await contactRepository.create({ name: 'Kim Park', phones: [{ number: '(207) 555-0150', kind: 'work' }], emails: [] }, db);
    await contactRepository.create({ name: 'Olivia B.', phones: [{ number: '(207) 555-0100', kind: 'work' }], emails: [] }, db);
    const preview = await previewVcardFile(
      'x.vcf',
      vcf(
        ['FN:Test Type Parameters', 'EMAIL:test@example.com'],
        ['FN:charset, TEST', 'EMAIL:TEST@example.com'],
        ['FN:Reception', 'TEL:207-555-0150'],
        ['FN:Olivia Bennett', 'TEL:207 555 0100'],
        ['FN:Olivia Bennett', 'EMAIL:olivia@example.com', 'TEL:207 555 0100'],
        ['FN:Pat Doe', 'EMAIL:olivia@example.com'],
      ),
      db,
    );
    expect(preview.cards.map((c) => [c.draft.name, defaultChoice(c)])).toEqual([
      ['Test Type Parameters', 'import'],
      ['charset, TEST', 'merge'],
      ['Reception', 'import'],
      ['Olivia Bennett', 'merge'],
      ['Olivia Bennett', 'merge'],
      ['Pat Doe', 'import'],
    ]);
    // The match is still shown for the user to choose.
    expect(preview.cards[0]!.matches).toMatchObject([{ kind: 'contact', id: charset.id, reasons: ['email test@example.com'] }]);
    const result = await importVcardCards(preview.cards.slice(0, 1), new Map(), { fileName: 'x.vcf' }, db);
    expect(result).toEqual({ created: 1, merged: 0, skipped: 0 });
    expect((await contactRepository.list(db)).map((c) => c.name)).toContain('Test Type Parameters');
  });
});

describe('vCard structured names (review 7)', () => {
  it('keeps N from the card, writes it back on export; a merge keeps the contact\'s own', async () => {
    const text = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mr. John Q. Public\\, Esq.\r\nN:Public;John;Quinlan;Mr.;Esq.\r\nTEL:(207) 555-0111\r\nEND:VCARD\r\n';
    const preview = await previewVcardFile('j.vcf', text, db);
    await importVcardCards(preview.cards, new Map(), { fileName: 'j.vcf' }, db);
    const [john] = await contactRepository.list(db);
    expect(john!.nameParts).toEqual({ family: 'Public', given: 'John', additional: 'Quinlan', prefix: 'Mr.', suffix: 'Esq.' });
    const out = buildVcardExport([john!]).text;
    expect(out).toContain('\r\nN:Public;John;Quinlan;Mr.;Esq.\r\n');
    expect(parseVcards(out).contacts[0]!.nameParts).toEqual(john!.nameParts);
    const merged = mergeCardInto(john!, { name: 'John Public', phones: [], emails: [], nameParts: { family: 'X' } }, 'US');
    expect(merged.nameParts).toEqual(john!.nameParts);
    const fedex = await contactRepository.create({ name: 'FedEx Office Marginal Way', organization: 'FedEx Office', phones: [], emails: [] }, db);
    expect(buildVcardExport([fedex]).text).toContain('\r\nN:;;;;\r\n');
  });
});

describe('vCard export', () => {
  it('writes cards the engine reads back as they were', async () => {
    const a = await contactRepository.create(
      { name: 'Zoë Müller, PhD', organization: 'Harbor; Legal', title: 'Partner', phones: [{ number: '+44 20 7946 0958', kind: 'work' }, { number: '(207) 555-0101', kind: 'mobile' }], emails: ['zoe@harbor.example'], address: '12 Quay St, Portland ME 04101', birthday: '1980-02-29', notes: 'Line one\nLine two', tags: ['legal'] },
      db,
    );
    const b = await contactRepository.create({ name: 'Front desk', phones: [{ number: '207 555 0000', kind: 'fax' }], emails: [] }, db);
    const file = buildVcardExport([a, b], '2026-12-04');
    expect(file).toMatchObject({ fileName: 'contacts-2026-12-04.vcf', count: 2 });
    const back = parseVcards(file.text);
    expect(back.errors).toEqual([]);
    expect(back.contacts).toEqual([
      { name: 'Zoë Müller, PhD', organization: 'Harbor; Legal', title: 'Partner', phones: a.phones, emails: a.emails, address: a.address, birthday: a.birthday, notes: a.notes, tags: ['legal'] },
      { name: 'Front desk', phones: b.phones, emails: [] },
    ]);
    expect(buildVcardExport([b]).fileName).toBe('Front desk.vcf');
  });
});

describe('CSV import', () => {
  it('commits the rows the wizard maps (kind contacts) and flags the known ones first', async () => {
    const text = 'Name,Company,Mobile Phone,Business Phone,E-mail Address,Categories\r\nAnn Lee,Acme,207-555-0300,,ann@example.com,suppliers\r\nBo Chan,,,(207) 555-0400,,\r\n';
    const table = await parseTable(new TextEncoder().encode(text), 'contacts.csv');
    const mapped = await mapRows('contacts', table);
    expect(mapped.errors).toEqual([]);
    const records = mapped.records as ImportRecordMap['contacts'][];
    await contactRepository.create({ name: 'Bo C.', phones: [{ number: '+1 207 555 0400', kind: 'work' }], emails: [] }, db);
    const dupes = await findContactRowDuplicates(records, db);
    expect([...dupes.keys()]).toEqual([1]);
    expect(dupes.get(1)).toBe('Already known: Bo C. (Contact, same phone (207) 555-0400)');
    const progress: number[] = [];
    expect(await importContactRows(records, { onProgress: (f) => progress.push(f) }, db)).toEqual({ created: 1, updated: 0, alreadyThere: 1 });
    expect(progress.at(-1)).toBe(1);
    // Bo Chan shares Bo C.'s number and the names fit: the same person, already there (issue 15.3), as the vCard import decides.
    expect((await contactRepository.list(db)).map((c) => c.name).sort()).toEqual(['Ann Lee', 'Bo C.']);
    const ann = (await contactRepository.list(db)).find((c) => c.name === 'Ann Lee')!;
    expect(ann).toMatchObject({ organization: 'Acme', emails: ['ann@example.com'], phones: [{ number: '207-555-0300', kind: 'mobile' }] });
    expect((await lookupPhone('2075550300', db)).matches.map((m) => m.name)).toEqual(['Ann Lee']);
  });
});
