/**
 * Migrations (DESIGN §2): a database written by every earlier schema version opens with the
 * current BackdeskDb, keeps every record, and gets correct upgrade results. Also: a database
 * from a newer version is refused and left intact, and 'versionchange' lets another window
 * upgrade.
 */
import { describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { generateSampleOffice } from '../../shared/sample';
import type { CalendarEvent, Expense, Item, StockMovement } from '../../shared/domain';
import { eventSchema } from '../../shared/domain/calendar';
import { computeInventoryTotals } from '../../shared/domain/inventory';
import { computeLowStock } from '../../shared/domain/dashboard';
import { BackdeskDb, onDatabaseReplaced } from './database';
import { NewerSchemaError, mapDbError } from './errors';
import { computeExpenseTotals } from '../features/expenses/expenseTotals';
import { getStoredSchemaVersion, openBackdeskDb, SCHEMA_VERSION } from './index';
import { declareSchema } from './versions';
import { testDbOptions } from './testing';
import { exportStoredDatabase, type DatabaseSnapshot } from './backup';
import { reshapeV7Event, upgradeZone, type V7Event } from './versions/v008Upgrade';
import { phoneKeysOf, regionOfLocale } from '../../shared/contacts/phone';
import { openDueKey, type Task } from '../../shared/domain/tasks';
import type { Call } from '../../shared/domain/calls';

const office = generateSampleOffice(7, '2026-11-22');
const at = '2026-11-22T10:00:00.000Z';
const inventoryIssue = (): StockMovement => {
  const m: StockMovement = { ...office.stockMovements[0]!, id: 'issue1', itemId: office.items[0]!.id, kind: 'issued', quantity: -1, balanceAfter: 0, date: '2026-10-05' };
  delete m.countedQuantity;
  return m;
};

/**
 * Events as versions 1–7 stored them (instants, inclusive all-day ends, notes, interview
 * copies); v8 reshapes them, so they are written here rather than taken from today's sample.
 */
const v7Events: V7Event[] = [
  { id: 'ev1', title: 'Team meeting', kind: 'meeting', allDay: false, start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T10:00:00.000Z', location: 'Room 1', attendeeIds: [office.employees[0]!.id], notes: 'Agenda in the shared folder', createdAt: at, updatedAt: at, deletedAt: null },
  { id: 'ev2', title: 'Thanksgiving', kind: 'meeting', allDay: true, start: '2026-11-26', end: '2026-11-27', attendeeIds: [], createdAt: at, updatedAt: at, deletedAt: null },
  { id: 'ev3', title: 'Visit to Leeds', kind: 'travel', allDay: false, start: '2026-11-24T08:00:00.000Z', end: '2026-11-24T18:00:00.000Z', attendeeIds: [], linkedTable: 'documents', linkedId: 'doc1', createdAt: at, updatedAt: at, deletedAt: null },
  { id: 'ev4', title: 'Interview: Ann Lee', kind: 'interview', allDay: false, start: '2026-11-25T14:00:00.000Z', end: '2026-11-25T15:00:00.000Z', attendeeIds: [office.employees[1]!.id], linkedTable: 'interviews', linkedId: 'iv1', createdAt: at, updatedAt: at, deletedAt: null },
];

/** A call and a task as versions 1–8 wrote them: no outcome, no checklist (v9 fills them). */
function legacyCall(): Call {
  const c = { ...office.calls[0]!, id: 'call-v8', phone: '(207) 555-0195' } as Partial<Call>;
  delete c.outcome;
  return c as Call;
}
function legacyTasks(): Task[] {
  const open = { ...office.tasks[0]!, id: 'task-v8-open', status: 'open', due: '2026-11-30' } as Partial<Task>;
  const done = { ...office.tasks[0]!, id: 'task-v8-done', status: 'done', due: '2026-11-20' } as Partial<Task>;
  for (const t of [open, done]) {
    delete t.checklist;
    delete (t as Record<string, unknown>).openDue;
  }
  return [open as Task, done as Task];
}

/** The events as a version wrote them: v7's shape up to 7, the calendar engine's from 8. */
const eventsOfVersion = (version: number) =>
  version >= 8 ? v7Events.filter((e) => e.linkedTable !== 'interviews').map((e) => reshapeV7Event(e, upgradeZone())) : v7Events;

/** A few rows for every table a version may have (written by `version`). */
function fixtures(version = SCHEMA_VERSION): Record<string, unknown[]> {
  const take = <T>(rows: T[], n = 5) => rows.slice(0, n);
  const expenses: Expense[] = [
    ...take(office.expenses, 20),
    { ...office.expenses[30]!, deletedAt: at }, // soft-deleted: must not count in totals
    { ...office.expenses[31]!, categoryId: undefined }, // uncategorised
  ];
  delete (expenses[expenses.length - 1] as Partial<Expense>).categoryId;
  return {
    items: take(office.items),
    stockMovements: [...take(office.stockMovements), inventoryIssue()],
    vendors: take(office.vendors),
    purchaseOrders: take(office.purchaseOrders),
    equipment: take(office.equipment),
    maintenance: take(office.maintenance),
    budgets: take(office.budgets),
    budgetCategories: take(office.budgetCategories),
    expenses,
    invoices: take(office.invoices),
    positions: take(office.positions),
    candidates: take(office.candidates),
    interviews: take(office.interviews),
    employees: take(office.employees),
    hrRecords: take(office.hrRecords),
    events: eventsOfVersion(version),
    calls: [...take(office.calls), legacyCall()],
    documents: take(office.documents),
    tasks: [...take(office.tasks), ...legacyTasks()],
    attachments: [
      { id: 'att1', hash: 'a'.repeat(64), name: 'receipt.pdf', mimeType: 'application/pdf', size: 3, linkedTable: 'expenses', linkedId: office.expenses[0]!.id, storage: 'idb', createdAt: at, updatedAt: at, deletedAt: null },
    ],
    attachmentBlobs: [{ id: 'a'.repeat(64), bytes: new Uint8Array([1, 2, 3]), size: 3, createdAt: at }],
    settings: [{ id: 'companyProfile', value: office.companyProfile, createdAt: at, updatedAt: at, deletedAt: null }],
    auditLog: [{ id: 'log1', at, table: 'items', recordId: office.items[0]!.id, action: 'create', summary: 'Created item', createdAt: at, updatedAt: at, deletedAt: null }],
    expenseTotals: computeExpenseTotals(expenses),
    ...inventoryAggregates(take(office.items), [...take(office.stockMovements), inventoryIssue()]),
    lowStock: computeLowStock(take(office.items)),
    // v007's tables: no version before them ever wrote rows, so no upgrade reshapes any.
    // equipmentHolders is derived from the hand-overs (rebuilt on load), so it has no rows here.
    equipmentHandovers: take(office.equipmentHandovers),
    equipmentHolders: [],
    equipmentMeters: take(office.equipmentMeters),
    meterReadings: take(office.meterReadings),
    maintenancePlans: take(office.maintenancePlans),
    equipmentRepairs: take(office.equipmentRepairs),
    equipmentBookings: take(office.equipmentBookings),
    consumableLinks: take(office.consumableLinks),
    // v008's new tables: no earlier version wrote rows.
    rooms: [{ id: 'room1', name: 'Board room', capacity: 12, active: true, createdAt: at, updatedAt: at, deletedAt: null }],
    diaryProfiles: [{ id: 'person:emp1', days: [1, 2, 3, 4], start: '08:00', end: '16:00', viewerIds: [], createdAt: at, updatedAt: at, deletedAt: null }],
    trips: [{ id: 'trip1', travellerId: 'emp1', purpose: 'Client visit', startDate: '2026-11-24', endDate: '2026-11-25', status: 'planned', legs: [], attachmentIds: [], expenseIds: [], createdAt: at, updatedAt: at, deletedAt: null }],
    reminderDismissals: [{ id: 'ev1|2026-11-23T09:00:00', dismissedAt: at, createdAt: at, updatedAt: at, deletedAt: null }],
    // v009's new table: no earlier version wrote rows.
    contacts: [{ id: 'contact1', name: 'Olivia Bennett', phones: [{ number: '(207) 555-0101', kind: 'work' }], emails: [], tags: [], createdAt: at, updatedAt: at, deletedAt: null }],
    // v010's new table: no earlier version wrote rows.
    importBatches: [{ id: 'batch1', kind: 'items', fileName: 'items.csv', status: 'committed', startedAt: at, finishedAt: at, total: 5, written: 5, createdAt: at, updatedAt: at, deletedAt: null }],
    // v011's new tables: no earlier version wrote rows.
    staffRequests: [{ id: 'req1', number: 'REQ-0001', requesterId: 'emp1', kind: 'repair', what: 'Printer jams on tray 2', urgency: 'normal', status: 'new', attachmentIds: [], closedAt: null, createdAt: at, updatedAt: at, deletedAt: null }],
    purchaseRequests: [{ id: 'pr1', number: 'PR-0001', requesterId: 'emp1', description: 'Desk chair', quantity: 1, estimatedUnitCostCents: 32_500, status: 'pending', autoApproved: false, createdAt: at, updatedAt: at, deletedAt: null }],
    rfqs: [{ id: 'rfq1', number: 'RFQ-2026-001', title: 'Laptops', status: 'sent', lines: [{ id: 'l1', description: 'Laptop', quantity: 3 }], vendorIds: [], quotes: [], createdAt: at, updatedAt: at, deletedAt: null }],
    projects: [{ id: 'proj1', name: 'Office move', status: 'active', milestones: [], createdAt: at, updatedAt: at, deletedAt: null }],
    // v012's sync tables (this PC's side of the conversation with the server).
    syncOutbox: [{ seq: 1, docId: 'vendors:v1', at }],
    syncRevs: [{ docId: 'vendors:v1', rev: '1-abc', contentHash: '00000000000000' }],
    syncConflicts: [],
  };
}

/** v003's aggregates as the recompute gives them (an issue is added so usage is not empty). */
function inventoryAggregates(items: Item[], movements: StockMovement[]) {
  const { totals, usage } = computeInventoryTotals(items, movements);
  return { inventoryTotals: totals, itemUsage: usage };
}

/**
 * A row as the current schema holds it after the upgrades: v9 keys the phones (E.164, with the
 * office's region from its locale), gives calls an outcome and tasks a checklist and their
 * open due key.
 */
function upgraded(table: string, row: unknown): unknown {
  const r = { ...(row as Record<string, unknown>) };
  const region = regionOfLocale(office.companyProfile.locale);
  if (table === 'vendors' || table === 'employees' || table === 'candidates') r.phoneKeys = phoneKeysOf([r.phone as string | undefined], region);
  if (table === 'calls') {
    const key = phoneKeysOf([r.phone as string | undefined], region)[0];
    if (key) r.phoneKey = key;
    r.outcome ??= 'talked';
  }
  if (table === 'tasks') {
    r.checklist ??= [];
    const due = openDueKey(r as unknown as Task);
    if (due === undefined) delete r.openDue;
    else r.openDue = due;
  }
  return r;
}

const byKey = (rows: unknown[]) =>
  rows.slice().sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** Writes fixtures with a Dexie that knows only versions 1…`version`; returns what it wrote. */
async function writeWithVersion(name: string, version: number, options: ReturnType<typeof testDbOptions>) {
  const old = new Dexie(name, options);
  declareSchema(old, version);
  await old.open();
  const data = fixtures(version);
  const written: Record<string, unknown[]> = {};
  await old.transaction('rw', old.tables, async () => {
    for (const table of old.tables) {
      const given = data[table.name];
      if (!given) throw new Error(`No fixture for table ${table.name}: add one when adding a table`);
      // From v9 on, the app's write hooks keep the derived keys, so a database of that age has them.
      const rows = version >= 9 ? given.map((r) => upgraded(table.name, r)) : given;
      await table.bulkPut(rows);
      written[table.name] = rows;
    }
  });
  old.close();
  return { written, data };
}

describe('schema history', () => {
  it('declares at least two versions and every table in the current one', () => {
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
    const db = new BackdeskDb('declare-only', testDbOptions());
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(fixtures()).sort());
  });
});

for (let from = 1; from < SCHEMA_VERSION; from++) {
  describe(`upgrade from version ${from}`, () => {
    it('keeps every record and fills what the upgrades add', async () => {
      const options = testDbOptions();
      const name = `from-v${from}`;
      const { written, data } = await writeWithVersion(name, from, options);
      expect(await getStoredSchemaVersion(name, options)).toBe(from);

      // The hook sees the old data, so the app can back it up before the upgrade runs.
      let backup: DatabaseSnapshot | null = null;
      const beforeUpgrade = vi.fn(async () => {
        backup = await exportStoredDatabase(name, options);
      });
      const db = await openBackdeskDb(name, { ...options, beforeUpgrade });
      expect(beforeUpgrade).toHaveBeenCalledWith(from, SCHEMA_VERSION);
      expect(backup!.schemaVersion).toBe(from);
      expect(Object.keys(backup!.tables).sort()).toEqual(Object.keys(written).sort());
      expect(byKey(backup!.tables.items!)).toEqual(byKey(written.items!));
      expect(db.verno).toBe(SCHEMA_VERSION);

      for (const [table, rows] of Object.entries(written)) {
        if (table === 'events') continue;
        expect(byKey(await db.table(table).toArray()), table).toEqual(byKey(rows.map((r) => upgraded(table, r))));
      }
      // v009: the phone keys are filled and indexed, calls have an outcome, tasks a checklist and
      // an open due key while open (none once done).
      expect(await db.vendors.where('phoneKeys').equals('+12075550195').count()).toBe(1);
      expect((await db.calls.get('call-v8'))?.outcome).toBe('talked');
      expect(await db.calls.where('phoneKey').equals('+12075550195').primaryKeys()).toContain('call-v8');
      expect((await db.tasks.get('task-v8-open'))?.checklist).toEqual([]);
      expect(await db.tasks.where('openDue').equals('2026-11-30').primaryKeys()).toContain('task-v8-open');
      expect(await db.tasks.where('openDue').aboveOrEqual('').primaryKeys()).not.toContain('task-v8-done');
      expect(await db.contacts.count()).toBe(from >= 9 ? 1 : 0);
      // v008: events reshaped to wall time in the PC's zone, interview copies removed (a v8
      // database already holds them so).
      const events = await db.events.toArray();
      const expectedEvents = v7Events.filter((e) => e.linkedTable !== 'interviews').map((e) => reshapeV7Event(e, upgradeZone()));
      expect(byKey(events)).toEqual(byKey(expectedEvents));
      for (const e of events) expect(eventSchema.safeParse(e).success, e.id).toBe(true);
      expect(events.find((e) => e.id === 'ev2')).toMatchObject({ start: '2026-11-26', end: '2026-11-28' });
      expect(events.find((e) => e.id === 'ev1')).toMatchObject({ description: 'Agenda in the shared folder', uid: 'ev1', timeZone: upgradeZone() });
      expect(await db.events.where('lastEnd').aboveOrEqual('2026-11-24T00:00:00.000Z').count()).toBe(2);
      // v002: the aggregate is filled from the expenses already there, deleted ones excluded.
      const totals = await db.expenseTotals.toArray();
      expect(byKey(totals)).toEqual(byKey(data.expenseTotals!));
      const live = (data.expenses as Expense[]).filter((e) => e.deletedAt === null);
      expect(totals.reduce((s, t) => s + t.amountCents, 0)).toBe(live.reduce((s, e) => s + e.amountCents, 0));
      expect(totals.some((t) => t.categoryId === '')).toBe(true);
      expect(await db.expenseTotals.where('month').equals(live[0]!.date.slice(0, 7)).count()).toBeGreaterThan(0);
      // v003: inventory aggregates filled from the items and movements already there.
      expect(byKey(await db.inventoryTotals.toArray())).toEqual(byKey(data.inventoryTotals!));
      expect(byKey(await db.itemUsage.toArray())).toEqual(byKey(data.itemUsage!));
      expect((await db.itemUsage.toArray()).some((u) => u.month === '2026-10' && u.issued === 1)).toBe(true);
      // v005: events are found by what they are linked to through the new index (v008 removed the interview copies).
      const linked = (written.events as CalendarEvent[]).filter((e) => e.linkedTable && e.linkedId && e.linkedTable !== 'interviews');
      expect(linked.length).toBeGreaterThan(0);
      for (const e of linked) {
        const found = await db.events.where('[linkedTable+linkedId]').equals([e.linkedTable!, e.linkedId!]).toArray();
        expect(found.map((f) => f.id)).toContain(e.id);
      }
      // v004: the below-minimum set filled from the items already there.
      expect(data.lowStock!.length).toBeGreaterThan(0);
      expect(byKey(await db.lowStock.toArray())).toEqual(byKey(data.lowStock!));
      expect((await db.lowStock.orderBy('gap').first())?.gap).toBe(Math.min(...(data.lowStock as { gap: number }[]).map((r) => r.gap)));
      db.close();
      expect(await getStoredSchemaVersion(name, options)).toBe(SCHEMA_VERSION);
    });
  });
}

describe('opening guards', () => {
  it('does not call beforeUpgrade for a new or current database', async () => {
    const options = testDbOptions();
    const beforeUpgrade = vi.fn();
    (await openBackdeskDb('fresh', { ...options, beforeUpgrade })).close();
    (await openBackdeskDb('fresh', { ...options, beforeUpgrade })).close();
    expect(beforeUpgrade).not.toHaveBeenCalled();
  });

  it('refuses a database written by a newer schema and leaves it untouched', async () => {
    const options = testDbOptions();
    const newer = new Dexie('newer', options);
    declareSchema(newer, SCHEMA_VERSION);
    newer.version(SCHEMA_VERSION + 1).stores({ future: 'id', items: 'id, name' });
    await newer.open();
    await newer.table('future').put({ id: 'f1' });
    await newer.table('items').put(office.items[0]!);
    newer.close();

    await expect(openBackdeskDb('newer', options)).rejects.toBeInstanceOf(NewerSchemaError);
    await expect(openBackdeskDb('newer', options)).rejects.toThrow(/newer version of Backdesk/);

    // The lazily opened singleton path is guarded too, before any read or patch.
    const lazy = new BackdeskDb('newer', options);
    const error = await lazy.items.count().catch((e: unknown) => e);
    expect(mapDbError(error)).toBeInstanceOf(NewerSchemaError);
    lazy.close();

    expect(await getStoredSchemaVersion('newer', options)).toBe(SCHEMA_VERSION + 1);
    const again = new Dexie('newer', options);
    declareSchema(again, SCHEMA_VERSION);
    again.version(SCHEMA_VERSION + 1).stores({ future: 'id', items: 'id, name' });
    await again.open();
    expect(await again.table('future').get('f1')).toEqual({ id: 'f1' });
    expect(await again.table('items').count()).toBe(1);
    again.close();
  });

  it('closes on versionchange so another window can upgrade, and tells the shell', async () => {
    const options = testDbOptions();
    const db = await openBackdeskDb('shared', options);
    const replaced = vi.fn();
    const stop = onDatabaseReplaced(replaced);
    const other = new Dexie('shared', options);
    declareSchema(other, SCHEMA_VERSION);
    other.version(SCHEMA_VERSION + 1).stores({ future: 'id' });
    await other.open(); // would hang if `db` kept its connection open
    expect(replaced).toHaveBeenCalledWith(db);
    expect(db.isOpen()).toBe(false);
    other.close();
    stop();
  });
});
