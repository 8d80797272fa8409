/**
 * Equipment benchmark scenarios (issue 12.12), over one register of 10,000 items with 100,000
 * history entries spread over them (hand-overs, meter readings, maintenance log, repairs) plus
 * their maintenance plans and meters:
 *
 * - `equipment.register.10k-100k`: opening the register list — the reads the list page makes,
 *   every live item by name (listEquipment) and every "who has it now" row of the derived
 *   holders table (listEquipmentHolderRows). Baseline: the same two stores read raw from
 *   IndexedDB (getAll, no Dexie, no filtering or sorting) in the same run.
 * - `equipment.maintenanceDue.10k-100k`: the due-maintenance query — listDueMaintenance
 *   (renderer/features/equipment/plans.ts: the plans, their items and meter states, then
 *   dueMaintenance from shared/domain) for "this week". Baseline: the rows it reads (every
 *   plan, every item, every meter) read raw from IndexedDB in the same run.
 *
 * ratio = baseline ms / app ms (1.0 = as fast as reading the rows raw; higher is better).
 *
 * The database is seeded once with Dexie bulk writes in chunks of 5,000 (the derived holders
 * and meter values rebuilt by rebuildEquipmentDerived, as after a restore) and shared by both
 * scenarios; either one seeds it when run alone, the last one deletes it.
 */
import {
  currentLifetimeValue,
  dueMaintenance,
  equipmentSchema,
  handoverEntrySchema,
  lastOccurrenceOnOrBefore,
  maintenancePlanSchema,
  maintenanceSchema,
  meterReadingSchema,
  meterSchema,
  repairSchema,
  statusAfterHandover,
  type Equipment,
  type HandoverEntry,
  type Maintenance,
  type MaintenancePlan,
  type Meter,
  type MeterReading,
  type Repair,
} from '../../shared/domain';
import { addDays, addMonths, today } from '../../shared/lib/dates';
import { newId } from '../../shared/lib/ids';
import { openBackdeskDb, type BackdeskDb } from '../db';
import { listDueMaintenance, listEquipment, listEquipmentHolderRows, rebuildEquipmentDerived } from '../features/equipment';
import { deleteDatabase, requestToPromise } from './rawIdb';
import { type ScenarioResult, log, median, seededRandom } from './common';

const ITEMS = 10_000;
const HISTORY = 100_000;
const DB_NAME = 'bench-equipment';
const CHUNK = 5_000;
const RUNS = 9;

const KINDS: [string, string][] = [
  ['Laptop', 'Computer'],
  ['Monitor', 'Computer'],
  ['Desk phone', 'Phone'],
  ['Printer', 'Copier/printer'],
  ['Copier', 'Copier/printer'],
  ['Projector', 'Other'],
  ['Office chair', 'Furniture'],
  ['Standing desk', 'Furniture'],
  ['Microwave', 'Appliance'],
  ['Van', 'Vehicle'],
];
const LOCATIONS = ['Floor 1', 'Floor 2', 'Floor 3', 'Store room', 'Reception', 'Warehouse'];

export interface EquipmentBenchData {
  equipment: Equipment[];
  handovers: HandoverEntry[];
  meters: Meter[];
  readings: MeterReading[];
  plans: MaintenancePlan[];
  maintenance: Maintenance[];
  repairs: Repair[];
}

/** The register, deterministic for the seed; dates relative to `day0`. */
export function makeEquipmentData(day0: string, items = ITEMS, history = HISTORY): EquipmentBenchData {
  const rand = seededRandom(12);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const at = `${day0}T09:00:00.000Z`;
  const base = () => ({ id: newId(), createdAt: at, updatedAt: at, deletedAt: null });
  const data: EquipmentBenchData = { equipment: [], handovers: [], meters: [], readings: [], plans: [], maintenance: [], repairs: [] };
  const people = Array.from({ length: 300 }, () => newId());
  const meterOf = new Map<string, Meter>();

  for (let i = 0; i < items; i++) {
    const [kind, category] = KINDS[i % KINDS.length]!;
    const e: Equipment = {
      ...base(),
      name: `${kind} ${String(i + 1).padStart(5, '0')}`,
      assetTag: `BD-${String(i + 1).padStart(5, '0')}`,
      category,
      location: LOCATIONS[int(0, LOCATIONS.length - 1)],
      status: 'in-storage',
      purchaseDate: addDays(day0, -int(750, 2500)),
      purchaseCostCents: int(50, 5000) * 100,
      // Soft-deleted now and then: the list shows live items only.
      deletedAt: i % 200 === 199 ? at : null,
    };
    data.equipment.push(e);

    // Hand-overs: 3, 4 or 5 entries (out, in, out, …) over the last two years.
    let date = addDays(day0, -700 + int(0, 30));
    const entries = 3 + (i % 3);
    for (let k = 0; k < entries; k++) {
      if (k % 2 === 0) {
        data.handovers.push({
          ...base(),
          equipmentId: e.id,
          kind: 'check-out',
          date,
          toPersonId: people[int(0, people.length - 1)],
          ...(rand() < 0.5 ? { dueBack: addDays(date, int(7, 90)) } : {}),
        });
      } else {
        data.handovers.push({ ...base(), equipmentId: e.id, kind: 'check-in', date, condition: 'good' });
      }
      date = addDays(date, int(5, 120));
    }
    e.status = statusAfterHandover(data.handovers[data.handovers.length - 1]!);

    // Two maintenance log entries and one repair per item.
    for (let k = 0; k < 2; k++) {
      data.maintenance.push({ ...base(), equipmentId: e.id, date: addDays(day0, -int(1, 700)), kind: 'service', description: 'Scheduled service', costCents: int(0, 300) * 100 });
    }
    const reportedOn = addDays(day0, -int(0, 700));
    const fixedOn = addDays(reportedOn, int(0, 20));
    const open = i % 50 === 0;
    data.repairs.push({
      ...base(),
      equipmentId: e.id,
      problem: 'Stopped working',
      reportedOn,
      ...(open ? {} : { fixedOn: fixedOn > day0 ? day0 : fixedOn, fixedBy: 'in-house' as const, fixedByName: 'IT desk' }),
      costCents: open ? 0 : int(0, 400) * 100,
      parts: [],
    });
    if (open) e.status = 'in-repair';

    // Meters on three items in ten.
    if (i % 10 < 3) {
      const meter: Meter = { ...base(), equipmentId: e.id, name: kind === 'Van' ? 'Odometer' : 'Page count', unit: kind === 'Van' ? 'km' : 'pages' };
      data.meters.push(meter);
      meterOf.set(e.id, meter);
    }
  }

  // Readings make up the rest of the 100,000 history entries, monthly, spread over the meters.
  const readingCount = history - data.handovers.length - data.maintenance.length - data.repairs.length;
  const perMeter = Math.floor(readingCount / data.meters.length);
  let extra = readingCount - perMeter * data.meters.length;
  const lifetime = new Map<string, number>();
  for (const meter of data.meters) {
    const n = perMeter + (extra-- > 0 ? 1 : 0);
    let value = int(0, 50_000);
    const rows: MeterReading[] = [];
    for (let k = n - 1; k >= 0; k--) {
      value += int(200, 3_000);
      rows.push({ ...base(), meterId: meter.id, date: addMonths(day0, -k), value });
    }
    data.readings.push(...rows);
    lifetime.set(meter.id, currentLifetimeValue(rows) ?? 0);
  }

  // Plans: by meter or 3 months on metered items, every 6 months from the last service on a
  // quarter of the others, and a fixed yearly date on another quarter; about one in ten is
  // due or overdue this week, as in an office that keeps up.
  data.equipment.forEach((e, i) => {
    const meter = meterOf.get(e.id);
    const startDate = addMonths(e.purchaseDate!, 3);
    if (meter) {
      const current = lifetime.get(meter.id)!;
      data.plans.push({
        ...base(),
        equipmentId: e.id,
        name: 'Service',
        intervalEvery: 3,
        intervalUnit: 'months',
        scheduleMode: 'from-last-done',
        startDate,
        meterId: meter.id,
        meterEvery: 20_000,
        checklist: ['Clean', 'Inspect'],
        lastDone: { date: addDays(day0, -int(1, 95)), meterValue: Math.max(0, current - int(0, 19_000)) },
      });
    } else if (i % 4 === 0) {
      data.plans.push({ ...base(), equipmentId: e.id, name: 'Inspection', intervalEvery: 6, intervalUnit: 'months', scheduleMode: 'from-last-done', startDate, checklist: [], lastDone: { date: addDays(day0, -int(1, 190)) } });
    } else if (i % 4 === 1) {
      // A fixed yearly date; one in ten was missed last time round.
      const anchor = `${e.purchaseDate!.slice(0, 4)}-04-15`;
      const covers = lastOccurrenceOnOrBefore(anchor, 12, 'months', i % 40 === 5 ? addMonths(day0, -12) : day0);
      const lastDone = covers ? { date: covers > day0 ? day0 : covers, coversDueDate: covers } : undefined;
      data.plans.push({ ...base(), equipmentId: e.id, name: 'Yearly check', intervalEvery: 12, intervalUnit: 'months', scheduleMode: 'fixed', startDate: anchor, checklist: [], ...(lastDone ? { lastDone } : {}) });
    }
  });
  return data;
}

/** Every kind of row passes its schema (a sample of each, to keep seeding quick). */
function checkSchemas(data: EquipmentBenchData): void {
  const pairs: [string, { safeParse(v: unknown): { success: boolean } }, readonly unknown[]][] = [
    ['equipment', equipmentSchema, data.equipment],
    ['handovers', handoverEntrySchema, data.handovers],
    ['meters', meterSchema, data.meters],
    ['readings', meterReadingSchema, data.readings],
    ['plans', maintenancePlanSchema, data.plans],
    ['maintenance', maintenanceSchema, data.maintenance],
    ['repairs', repairSchema, data.repairs],
  ];
  for (const [name, schema, rows] of pairs)
    for (const row of rows.slice(0, 500)) if (!schema.safeParse(row).success) throw new Error(`bench ${name} row does not pass its schema: ${JSON.stringify(row)}`);
}

let seeded: { data: EquipmentBenchData; day: string } | null = null;

async function seed(): Promise<{ data: EquipmentBenchData; day: string }> {
  if (seeded) return seeded;
  const day = today();
  const t0 = performance.now();
  const data = makeEquipmentData(day);
  checkSchemas(data);
  const history = data.handovers.length + data.readings.length + data.maintenance.length + data.repairs.length;
  log(
    `equipment: generated ${data.equipment.length} items, ${history} history entries (${data.handovers.length} hand-overs, ` +
      `${data.readings.length} readings, ${data.maintenance.length} log entries, ${data.repairs.length} repairs), ` +
      `${data.plans.length} plans, ${data.meters.length} meters in ${(performance.now() - t0).toFixed(0)} ms`,
  );
  await deleteDatabase(DB_NAME);
  const db = await openBackdeskDb(DB_NAME);
  try {
    const t1 = performance.now();
    const write = async (table: string, rows: readonly object[]) => {
      for (let i = 0; i < rows.length; i += CHUNK) await db.table(table).bulkPut(rows.slice(i, i + CHUNK));
    };
    await write('equipment', data.equipment);
    await write('equipmentHandovers', data.handovers);
    await write('equipmentMeters', data.meters);
    await write('meterReadings', data.readings);
    await write('maintenancePlans', data.plans);
    await write('maintenance', data.maintenance);
    await write('equipmentRepairs', data.repairs);
    await db.transaction('rw', ['equipmentHandovers', 'equipmentHolders', 'meterReadings', 'equipmentMeters'], () => rebuildEquipmentDerived(db));
    log(`equipment: seeded in chunks of ${CHUNK} and rebuilt holders and meter values in ${(performance.now() - t1).toFixed(0)} ms`);
  } finally {
    db.close();
  }
  seeded = { data, day };
  return seeded;
}

async function dropSeed(): Promise<void> {
  seeded = null;
  await deleteDatabase(DB_NAME);
}

/** Raw getAll of `stores` in one read-only transaction; returns ms and row counts. */
async function rawRead(idb: IDBDatabase, stores: readonly string[]): Promise<{ ms: number; rows: number }> {
  const t0 = performance.now();
  const tx = idb.transaction([...stores], 'readonly');
  const all = await Promise.all(stores.map((s) => requestToPromise(tx.objectStore(s).getAll())));
  return { ms: performance.now() - t0, rows: all.reduce((n, rows) => n + rows.length, 0) };
}

/** Alternates the app's read and the raw baseline (after one warm-up of each); medians. */
async function compare(db: BackdeskDb, appRead: () => Promise<unknown>, stores: readonly string[]): Promise<{ app: number; raw: number; rawRows: number }> {
  const idb = await requestToPromise(indexedDB.open(DB_NAME));
  try {
    await appRead();
    let rawRows = (await rawRead(idb, stores)).rows;
    const app: number[] = [];
    const raw: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      await appRead();
      app.push(performance.now() - t0);
      const b = await rawRead(idb, stores);
      raw.push(b.ms);
      rawRows = b.rows;
    }
    return { app: median(app), raw: median(raw), rawRows };
  } finally {
    idb.close();
  }
}

async function registerList(): Promise<ScenarioResult> {
  const { data } = await seed();
  const db = await openBackdeskDb(DB_NAME);
  try {
    const read = () => Promise.all([listEquipment(db), listEquipmentHolderRows(db)]);
    const [items, holders] = await read();
    const live = data.equipment.filter((e) => e.deletedAt === null).length;
    if (items.length !== live) throw new Error(`the register listed ${items.length} items, expected ${live}`);
    if (holders.length === 0) throw new Error('no holder rows: the derived table was not rebuilt');
    const { app, raw, rawRows } = await compare(db, read, ['equipment', 'equipmentHolders']);
    log(`equipment register list: ${items.length} live items and ${holders.length} holders in ${app.toFixed(1)} ms; raw getAll of the same stores (${rawRows} rows) ${raw.toFixed(1)} ms`);
    return { value: app, unit: 'ms', baseline: raw, ratio: raw / app };
  } finally {
    db.close();
  }
}

async function maintenanceDue(): Promise<ScenarioResult> {
  const { data, day } = await seed();
  const db = await openBackdeskDb(DB_NAME);
  try {
    const until = addDays(day, 6);
    const read = () => listDueMaintenance({ today: day, until }, db);
    const due = await read();
    // The same answer from the generated rows in memory (meter values from their readings).
    const meterValues = new Map<string, number>();
    const byMeter = new Map<string, MeterReading[]>();
    for (const r of data.readings) byMeter.set(r.meterId, [...(byMeter.get(r.meterId) ?? []), r]);
    for (const [id, rows] of byMeter) meterValues.set(id, currentLifetimeValue(rows)!);
    const expected = dueMaintenance({ plans: data.plans, equipment: data.equipment, meterValues, today: day, until });
    if (due.length !== expected.length || due.some((d, i) => d.planId !== expected[i]!.planId))
      throw new Error(`listDueMaintenance gave ${due.length} plans, the same rule in memory ${expected.length}`);
    const { app, raw, rawRows } = await compare(db, read, ['maintenancePlans', 'equipment', 'equipmentMeters']);
    log(`equipment due maintenance: ${due.length} of ${data.plans.length} plans due this week in ${app.toFixed(1)} ms; raw getAll of plans, items and meters (${rawRows} rows) ${raw.toFixed(1)} ms`);
    return { value: app, unit: 'ms', baseline: raw, ratio: raw / app };
  } finally {
    db.close();
    await dropSeed();
  }
}

export const equipmentScenarios: Record<string, () => Promise<ScenarioResult>> = {
  'equipment.register.10k-100k': registerList,
  'equipment.maintenanceDue.10k-100k': maintenanceDue,
};
