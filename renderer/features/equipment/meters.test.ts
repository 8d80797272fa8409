/** Meters and readings: the ledger refuses a reading below the previous one, keeps the meter's state in the same transaction. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { auditEntriesFor, openTestDb } from '../../db/testing';
import { writeTransaction } from '../../db/crud';
import { equipmentRepository } from './repository';
import {
  METER_READING_TABLES,
  addMeterReading,
  createEquipmentMeter,
  listEquipmentMeters,
  listMeterReadings,
  meterUsagePerMonth,
  voidMeterReading,
} from './meters';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

async function copierMeter() {
  const eq = await equipmentRepository.create({ name: 'Copier' }, db);
  const meter = await createEquipmentMeter({ equipmentId: eq.id, name: 'Page count', unit: 'pages' }, db);
  return { eq, meter };
}

describe('meters', () => {
  it('adds a meter to a live item only, with an audit entry', async () => {
    const { eq, meter } = await copierMeter();
    expect(await listEquipmentMeters(eq.id, db)).toEqual([meter]);
    expect((await auditEntriesFor(db, meter.id)).map((a) => a.summary)).toEqual(['Added meter "Page count" (pages) to "Copier"']);
    await expect(createEquipmentMeter({ equipmentId: 'missing', name: 'Km', unit: 'km' }, db)).rejects.toThrow();
    await expect(createEquipmentMeter({ equipmentId: eq.id, name: '', unit: 'km' }, db)).rejects.toThrow(/Meter name/);
  });

  it('appends readings and keeps last and lifetime values', async () => {
    const { meter } = await copierMeter();
    await addMeterReading({ meterId: meter.id, date: '2026-01-10', value: 1000 }, db);
    const { meter: after } = await addMeterReading({ meterId: meter.id, date: '2026-02-10', value: 1800 }, db);
    expect(after).toMatchObject({ lastReadingOn: '2026-02-10', lastValue: 1800, lifetimeValue: 1800 });
    expect(await db.equipmentMeters.get(meter.id)).toMatchObject({ lastValue: 1800, lifetimeValue: 1800 });
    expect((await listMeterReadings(meter.id, db)).map((r) => r.value)).toEqual([1000, 1800]);
  });

  it('refuses a reading below the previous one with the domain sentence, writing nothing', async () => {
    const { meter } = await copierMeter();
    await addMeterReading({ meterId: meter.id, date: '2026-01-10', value: 1000 }, db);
    await expect(addMeterReading({ meterId: meter.id, date: '2026-01-20', value: 900 }, db)).rejects.toThrow(
      'The reading 900 is below the previous reading 1,000 (2026-01-10). If the meter was replaced or reset, record it as "meter replaced".',
    );
    await expect(addMeterReading({ meterId: meter.id, date: '2026-01-01', value: 1200 }, db)).rejects.toThrow(/before the latest reading/);
    expect(await db.meterReadings.count()).toBe(1);
    expect(await db.equipmentMeters.get(meter.id)).toMatchObject({ lastValue: 1000, lifetimeValue: 1000 });
  });

  it('accepts a "meter replaced" entry and the lifetime continues across it', async () => {
    const { meter } = await copierMeter();
    await addMeterReading({ meterId: meter.id, date: '2026-01-10', value: 1000 }, db);
    // Old meter ended at 1,500; the new one started at 0 and shows 200 on the day.
    const { meter: replaced } = await addMeterReading(
      { meterId: meter.id, date: '2026-02-01', value: 200, replaced: true, startValue: 0, oldMeterFinalValue: 1500 },
      db,
    );
    expect(replaced).toMatchObject({ lastValue: 200, lifetimeValue: 1700 });
    // Later readings compare with the new meter.
    const { meter: later } = await addMeterReading({ meterId: meter.id, date: '2026-03-01', value: 700 }, db);
    expect(later).toMatchObject({ lastValue: 700, lifetimeValue: 2200 });
    await expect(addMeterReading({ meterId: meter.id, date: '2026-03-02', value: 650 }, db)).rejects.toThrow(/below the previous reading 700/);
    expect(await meterUsagePerMonth(meter.id, db)).toEqual([
      { month: '2026-02', usage: 700 },
      { month: '2026-03', usage: 500 },
    ]);
  });

  it('refuses an old meter final value below the previous reading', async () => {
    const { meter } = await copierMeter();
    await addMeterReading({ meterId: meter.id, date: '2026-01-10', value: 1000 }, db);
    await expect(
      addMeterReading({ meterId: meter.id, date: '2026-02-01', value: 10, replaced: true, oldMeterFinalValue: 900 }, db),
    ).rejects.toThrow(/old meter's last value \(900\) is below/);
  });

  it('writes the reading, the meter state and the audit entry in one transaction', async () => {
    const { meter } = await copierMeter();
    await expect(
      writeTransaction(db, METER_READING_TABLES, async () => {
        await addMeterReading({ meterId: meter.id, date: '2026-01-10', value: 1000 }, db);
        // Inside the transaction the state is already there …
        expect(await db.equipmentMeters.get(meter.id)).toMatchObject({ lastValue: 1000 });
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    // … and a failure afterwards takes all of it back.
    expect(await db.meterReadings.count()).toBe(0);
    expect((await db.equipmentMeters.get(meter.id))!.lastValue).toBeUndefined();
    expect(await db.auditLog.where('table').equals('meterReadings').count()).toBe(0);
    const { reading } = await addMeterReading({ meterId: meter.id, date: '2026-01-10', value: 1000 }, db);
    expect((await auditEntriesFor(db, reading.id)).map((a) => a.summary)).toEqual(['Meter "Page count" read 1,000 pages on 2026-01-10 (Copier)']);
  });

  it('voids a wrong reading with a reason and refreshes the state; refuses a void that breaks the order', async () => {
    const { meter } = await copierMeter();
    await addMeterReading({ meterId: meter.id, date: '2026-01-10', value: 1000 }, db);
    const { reading: typo } = await addMeterReading({ meterId: meter.id, date: '2026-01-20', value: 10000 }, db);
    await expect(voidMeterReading(typo.id, ' ', db)).rejects.toThrow(/reason/);
    const m = await voidMeterReading(typo.id, 'Typed one zero too many', db);
    expect(m).toMatchObject({ lastValue: 1000, lifetimeValue: 1000 });
    expect((await listMeterReadings(meter.id, db)).map((r) => r.value)).toEqual([1000]);
    expect((await auditEntriesFor(db, typo.id)).map((a) => a.action)).toEqual(['create', 'delete']);
    const { reading: swap } = await addMeterReading({ meterId: meter.id, date: '2026-02-01', value: 200, replaced: true, startValue: 0 }, db);
    await addMeterReading({ meterId: meter.id, date: '2026-03-01', value: 700 }, db);
    // Without the replacement entry, 700 would follow 1,000: the void is refused and nothing changes.
    await expect(voidMeterReading(swap.id, 'wrong', db)).rejects.toThrow(/cannot be voided.*below the previous reading 1,000/);
    expect(await db.equipmentMeters.get(meter.id)).toMatchObject({ lastValue: 700, lifetimeValue: 1700 });
  });
});
