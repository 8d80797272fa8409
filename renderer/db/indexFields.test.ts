/**
 * The derived index fields (renderer/db/indexFields.ts) are kept on every write path: add,
 * put of a new record, bulkAdd / bulkPut, Table.update, Collection.modify, and a repository's
 * update — which puts a record parsed by its zod schema, so the derived keys are absent from
 * what it writes and must be worked out again even when the phones did not change. A change of
 * the office's region re-keys every stored number.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from './database';
import { openTestDb } from './testing';
import { rekeyPhoneIndex } from './indexFields';
import { contactRepository } from '../features/contacts/repository';
import { vendorRepository } from '../features/vendors/repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const at = '2026-12-01T09:00:00.000Z';
const base = { createdAt: at, updatedAt: at, deletedAt: null };
type Row = Record<string, unknown>;
const row = async (table: string, id: string) => (await db.table(table).get(id)) as Row;

describe('derived index fields', () => {
  it('are set on create: phone keys in E.164, email keys in lower case, the open due key', async () => {
    const c = await contactRepository.create(
      { name: 'Olivia Bennett', phones: [{ number: '(207) 555-0101', kind: 'work' }, { number: '+44 20 7946 0958', kind: 'mobile' }, { number: 'ask reception', kind: 'other' }], emails: ['Olivia@Example.COM'] },
      db,
    );
    expect(await row('contacts', c.id)).toMatchObject({ phoneKeys: ['+12075550101', '+442079460958'], emailKeys: ['olivia@example.com'] });
    expect(await db.contacts.where('phoneKeys').equals('+442079460958').primaryKeys()).toEqual([c.id]);

    await db.vendors.add({ ...base, id: 'v1', name: 'CleanRight', phone: '+1 207-555-0195' } as never);
    expect((await row('vendors', 'v1')).phoneKeys).toEqual(['+12075550195']);
    await db.calls.add({ ...base, id: 'call1', takenAt: at, direction: 'incoming', caller: 'Ann', phone: '207.555.0195', outcome: 'talked', status: 'done' } as never);
    expect((await row('calls', 'call1')).phoneKey).toBe('+12075550195');
    await db.tasks.bulkAdd([
      { ...base, id: 't1', title: 'Post the parcel', status: 'open', due: '2026-12-04' },
      { ...base, id: 't2', title: 'Someday', status: 'open' },
      { ...base, id: 't3', title: 'Done one', status: 'done', due: '2026-12-01' },
    ] as never);
    expect((await db.tasks.toArray()).map((t) => [t.id, (t as Row).openDue])).toEqual([
      ['t1', '2026-12-04'],
      ['t2', '~'],
      ['t3', undefined],
    ]);
    expect(await db.tasks.where('openDue').below('~').primaryKeys()).toEqual(['t1']);
  });

  it('survive a repository update that leaves the phones alone, and follow one that changes them', async () => {
    const c = await contactRepository.create({ name: 'Ann Lee', phones: [{ number: '(207) 555-0101', kind: 'work' }], emails: ['ann@example.com'] }, db);
    await contactRepository.update(c.id, { title: 'Office manager' }, db);
    expect(await row('contacts', c.id)).toMatchObject({ title: 'Office manager', phoneKeys: ['+12075550101'], emailKeys: ['ann@example.com'] });
    await contactRepository.update(c.id, { phones: [{ number: '207-555-0199', kind: 'mobile' }], emails: [] }, db);
    expect(await row('contacts', c.id)).toMatchObject({ phoneKeys: ['+12075550199'], emailKeys: [] });
    expect(await db.contacts.where('phoneKeys').equals('+12075550101').count()).toBe(0);

    const v = await vendorRepository.create({ name: 'PrintWorks', phone: '(207) 555-0164' }, db);
    await vendorRepository.update(v.id, { name: 'PrintWorks Imaging' }, db);
    expect((await row('vendors', v.id)).phoneKeys).toEqual(['+12075550164']);
    await vendorRepository.update(v.id, { phone: '' }, db);
    expect((await row('vendors', v.id)).phoneKeys).toEqual([]);
    // A soft delete keeps the keys (lookups skip deleted records themselves).
    await vendorRepository.update(v.id, { phone: '207 555 0111' }, db);
    await vendorRepository.softDelete(v.id, db);
    expect((await row('vendors', v.id)).phoneKeys).toEqual(['+12075550111']);
  });

  it('follow Table.update, Collection.modify and bulkPut', async () => {
    await db.employees.add({ ...base, id: 'e1', name: 'Priya Shah', status: 'active', phone: '207-555-0142' } as never);
    await db.employees.update('e1', { phone: '207-555-0143' });
    expect((await row('employees', 'e1')).phoneKeys).toEqual(['+12075550143']);
    await db.employees.toCollection().modify((e: Row) => {
      e.phone = '+1 (207) 555-0144';
    });
    expect((await row('employees', 'e1')).phoneKeys).toEqual(['+12075550144']);
    await db.employees.update('e1', { phone: undefined });
    expect((await row('employees', 'e1')).phoneKeys).toEqual([]);

    await db.tasks.add({ ...base, id: 't1', title: 'Call the bank', status: 'open', due: '2026-12-04' } as never);
    await db.tasks.update('t1', { status: 'done' });
    // Absent from the record's value (undefined is no key) and so from the index.
    expect((await row('tasks', 't1')).openDue).toBeUndefined();
    expect(await db.tasks.where('openDue').aboveOrEqual('').count()).toBe(0);
    await db.tasks.where('id').equals('t1').modify({ status: 'open', due: '2026-12-09' });
    expect((await row('tasks', 't1')).openDue).toBe('2026-12-09');
    await db.tasks.update('t1', { deletedAt: at });
    expect((await row('tasks', 't1')).openDue).toBeUndefined();
    expect(await db.tasks.where('openDue').aboveOrEqual('').count()).toBe(0);

    await db.candidates.bulkPut([{ ...base, id: 'c1', name: 'Bo Chan', email: 'bo@example.com', stage: 'Applied', phone: '(207) 555-0177' }] as never);
    expect((await row('candidates', 'c1')).phoneKeys).toEqual(['+12075550177']);
    // bulkPut over an existing record with its keys stripped (a restore of parsed records).
    const stripped = { ...(await row('candidates', 'c1')) };
    delete stripped.phoneKeys;
    await db.candidates.bulkPut([stripped] as never);
    expect((await row('candidates', 'c1')).phoneKeys).toEqual(['+12075550177']);
  });

  it('are re-keyed with the new region when the office moves country', async () => {
    await db.vendors.bulkAdd([
      { ...base, id: 'us', name: 'Maine Paper', phone: '(207) 555-0195' },
      { ...base, id: 'uk', name: 'London Toner', phone: '020 7946 0958' },
      { ...base, id: 'intl', name: 'Intl Co', phone: '+1 207 555 0100' },
    ] as never);
    await db.calls.add({ ...base, id: 'call1', takenAt: at, direction: 'incoming', caller: 'London Toner', phone: '020 7946 0958', outcome: 'talked', status: 'done' } as never);
    expect((await row('vendors', 'uk')).phoneKeys).toEqual([]);
    expect(await row('calls', 'call1')).not.toHaveProperty('phoneKey');

    db.phoneRegion = 'GB';
    expect(await rekeyPhoneIndex(db)).toBe(3); // us, uk and the call; the written +1 number is unchanged
    expect((await row('vendors', 'us')).phoneKeys).toEqual(['+442075550195']);
    expect((await row('vendors', 'uk')).phoneKeys).toEqual(['+442079460958']);
    expect((await row('vendors', 'intl')).phoneKeys).toEqual(['+12075550100']);
    expect((await row('calls', 'call1')).phoneKey).toBe('+442079460958');
    expect(await db.vendors.where('phoneKeys').equals('+442079460958').primaryKeys()).toEqual(['uk']);
    expect(await rekeyPhoneIndex(db)).toBe(0);
    // New writes use the new region too.
    await db.vendors.add({ ...base, id: 'uk2', name: 'Kent Office', phone: '01632 960 001' } as never);
    expect((await row('vendors', 'uk2')).phoneKeys).toEqual(['+441632960001']);
  });
});
