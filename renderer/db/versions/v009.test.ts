/**
 * v009 (DESIGN §2 Migrations): a database written by version 8 opens with the front desk's
 * index fields filled — phone numbers keyed in E.164 with the office's region taken from its
 * locale (a British office's '020 7946 0958' is +44…), calls given an outcome, tasks a
 * checklist and, while open, their open due key — and every other field kept as it was.
 */
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { getStoredSchemaVersion, openBackdeskDb } from '../index';
import { testDbOptions } from '../testing';
import { declareSchema, SCHEMA_VERSION } from './index';

const at = '2026-11-01T10:00:00.000Z';
const base = { createdAt: at, updatedAt: at, deletedAt: null };

async function writeV8(name: string, options: ReturnType<typeof testDbOptions>, locale: string | undefined) {
  const old = new Dexie(name, options);
  declareSchema(old, 8);
  await old.open();
  if (locale) await old.table('settings').put({ ...base, id: 'companyProfile', value: { name: 'Harbor Lane', locale } });
  await old.table('vendors').bulkPut([
    { ...base, id: 'v-local', name: 'London Toner', phone: '020 7946 0958' },
    { ...base, id: 'v-intl', name: 'CleanRight', phone: '+1 207-555-0195' },
    { ...base, id: 'v-none', name: 'Walk-in Market' },
    { ...base, id: 'v-word', name: 'Ask at the desk', phone: 'reception' },
  ]);
  await old.table('employees').put({ ...base, id: 'e1', name: 'Priya Shah', status: 'active', phone: '07700 900123' });
  await old.table('candidates').put({ ...base, id: 'c1', name: 'Bo Chan', email: 'bo@example.com', stage: 'Applied', phone: '+44 7700 900456' });
  await old.table('calls').bulkPut([
    { ...base, id: 'call1', takenAt: at, direction: 'incoming', caller: 'London Toner', phone: '020 7946 0958', status: 'new', message: 'Call back' },
    { ...base, id: 'call2', takenAt: at, direction: 'incoming', caller: 'Someone', status: 'done', outcome: 'voicemail' },
  ]);
  await old.table('tasks').bulkPut([
    { ...base, id: 't-open', title: 'Post the parcel', status: 'open', due: '2026-11-05' },
    { ...base, id: 't-undated', title: 'Tidy the store room', status: 'in-progress' },
    { ...base, id: 't-done', title: 'Order toner', status: 'done', due: '2026-10-30', completedAt: at },
    { ...base, id: 't-cancelled', title: 'Old errand', status: 'cancelled', due: '2026-10-01' },
    { ...base, id: 't-deleted', title: 'Deleted', status: 'open', due: '2026-11-02', deletedAt: at },
    { ...base, id: 't-list', title: 'With a list', status: 'open', due: '2026-11-06', checklist: [{ id: 'x', text: 'Tape', done: true }] },
  ]);
  old.close();
}

describe('upgrade from version 8 to 9', () => {
  it("keys every phone with the office's region from its locale and fills the tasks' and calls' new fields", async () => {
    const options = testDbOptions();
    await writeV8('v8-gb', options, 'en-GB');
    expect(await getStoredSchemaVersion('v8-gb', options)).toBe(8);
    const db = await openBackdeskDb('v8-gb', options);
    const keys = async (table: string, id: string) => ((await db.table(table).get(id)) as { phoneKeys?: string[] }).phoneKeys;
    expect(await keys('vendors', 'v-local')).toEqual(['+442079460958']);
    expect(await keys('vendors', 'v-intl')).toEqual(['+12075550195']);
    expect(await keys('vendors', 'v-none')).toEqual([]);
    expect(await keys('vendors', 'v-word')).toEqual([]);
    expect(await keys('employees', 'e1')).toEqual(['+447700900123']);
    expect(await keys('candidates', 'c1')).toEqual(['+447700900456']);
    expect(await db.vendors.where('phoneKeys').equals('+442079460958').primaryKeys()).toEqual(['v-local']);
    // Nothing else about the records changed.
    expect(await db.vendors.get('v-local')).toEqual({ ...base, id: 'v-local', name: 'London Toner', phone: '020 7946 0958', phoneKeys: ['+442079460958'] });

    expect(await db.calls.get('call1')).toMatchObject({ phoneKey: '+442079460958', outcome: 'talked', message: 'Call back' });
    expect(await db.calls.get('call2')).toMatchObject({ outcome: 'voicemail' });
    expect(await db.calls.get('call2')).not.toHaveProperty('phoneKey');
    expect(await db.calls.where('phoneKey').equals('+442079460958').primaryKeys()).toEqual(['call1']);

    const tasks = new Map((await db.tasks.toArray()).map((t) => [t.id, t as typeof t & { openDue?: string }]));
    expect([...tasks.values()].map((t) => [t.id, t.openDue]).sort()).toEqual([
      ['t-cancelled', undefined],
      ['t-deleted', undefined],
      ['t-done', undefined],
      ['t-list', '2026-11-06'],
      ['t-open', '2026-11-05'],
      ['t-undated', '~'],
    ]);
    expect(tasks.get('t-open')!.checklist).toEqual([]);
    expect(tasks.get('t-list')!.checklist).toEqual([{ id: 'x', text: 'Tape', done: true }]);
    expect(await db.tasks.where('openDue').between('', '~', true, true).primaryKeys()).toEqual(['t-open', 't-list', 't-undated']);
    expect(await db.contacts.count()).toBe(0);
    db.close();
    expect(await getStoredSchemaVersion('v8-gb', options)).toBe(SCHEMA_VERSION);
  });

  it('reads national numbers as the United States when the office has no profile yet', async () => {
    const options = testDbOptions();
    await writeV8('v8-new', options, undefined);
    const db = await openBackdeskDb('v8-new', options);
    expect(((await db.vendors.get('v-local')) as { phoneKeys?: string[] }).phoneKeys).toEqual([]);
    expect(((await db.vendors.get('v-intl')) as { phoneKeys?: string[] }).phoneKeys).toEqual(['+12075550195']);
    db.close();
  });
});
