/**
 * Usage meters and their readings (issue 12.3). Readings are an append-only ledger: a reading
 * is checked against the meter's live readings (`validateReading`: never below the previous
 * one unless it is an explicit "meter replaced" entry), appended, and the meter's derived
 * state (last reading, lifetime value) is refreshed in the SAME transaction, with an audit
 * entry. A wrong reading is never edited: it is corrected by a later entry, or voided (a soft
 * delete with its own audit entry and reason), which refreshes the meter's state too.
 */
import Dexie from 'dexie';
import {
  METER_UNIT_LABELS,
  meterDraftSchema,
  meterReadingDraftSchema,
  meterReadingSchema,
  meterSchema,
  sortReadings,
  usagePerMonth,
  validateReading,
  type Meter,
  type MeterDraft,
  type MeterReading,
  type MeterReadingDraft,
} from '../../../shared/domain/equipmentMeters';
import { nowIso } from '../../../shared/lib/dates';
import { getDb, type BackdeskDb, type TableName } from '../../db';
import { auditEntry, createCrudRepository, quote, writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';
import { EQUIPMENT_DERIVED_TABLES, refreshMeterState } from './derivedState';

export const equipmentMeterRepository = createCrudRepository({
  table: 'equipmentMeters',
  schema: meterSchema,
  draftSchema: meterDraftSchema,
  noun: 'meter',
  label: (m) => `${m.name} (${METER_UNIT_LABELS[m.unit]})`,
  compare: (a, b) => a.name.localeCompare(b.name) || a.createdAt.localeCompare(b.createdAt),
});

export const meterReadingRepository = createCrudRepository({
  table: 'meterReadings',
  schema: meterReadingSchema,
  draftSchema: meterReadingDraftSchema,
  noun: 'meter reading',
  label: (r) => `${r.value} on ${r.date}${r.replaced ? ' (meter replaced)' : ''}`,
});

/** The tables a reading write touches (readings, the meter's derived state, the audit log). */
export const METER_READING_TABLES: readonly TableName[] = ['meterReadings', 'equipmentMeters', 'equipment', 'auditLog', ...EQUIPMENT_DERIVED_TABLES];

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** Adds a meter (copier pages, odometer km…) to a live item. */
export async function createEquipmentMeter(draft: MeterDraft, db: BackdeskDb = getDb()): Promise<Meter> {
  const meter = equipmentMeterRepository.build(draft);
  await writeTransaction(db, ['equipmentMeters', 'equipment', 'auditLog'], async () => {
    const eq = await db.equipment.get(meter.equipmentId);
    if (!eq || eq.deletedAt !== null) throw new RecordNotFoundError('equipment', meter.equipmentId);
    await db.equipmentMeters.add(meter);
    await db.auditLog.add(
      auditEntry('equipmentMeters', meter.id, 'create', `Added meter ${quote(meter.name)} (${METER_UNIT_LABELS[meter.unit]}) to ${quote(eq.name)}`, meter.createdAt),
    );
  });
  return meter;
}

async function liveReadings(db: BackdeskDb, meterId: string): Promise<MeterReading[]> {
  const rows = await db.meterReadings
    .where('[meterId+date]')
    .between([meterId, Dexie.minKey], [meterId, Dexie.maxKey])
    .toArray();
  return rows.filter((r) => r.deletedAt === null);
}

/**
 * Appends a reading after checking it against the meter's live readings; refuses a value
 * below the previous reading (unless it is a "meter replaced" entry) with the domain's
 * sentence (its dates written by `options.formatDate`, default YYYY-MM-DD). Returns the
 * reading and the meter with its refreshed state.
 */
export async function addMeterReading(
  draft: MeterReadingDraft,
  db: BackdeskDb = getDb(),
  options: { formatDate?: (date: string) => string } = {},
): Promise<{ reading: MeterReading; meter: Meter }> {
  const reading = meterReadingRepository.build(draft);
  return writeTransaction(db, METER_READING_TABLES, async () => {
    const meter = await db.equipmentMeters.get(reading.meterId);
    if (!meter || meter.deletedAt !== null) throw new RecordNotFoundError('equipmentMeters', reading.meterId);
    const problem = validateReading(await liveReadings(db, meter.id), reading, options.formatDate);
    if (problem) throw new Error(problem);
    await db.meterReadings.add(reading);
    const eq = await db.equipment.get(meter.equipmentId);
    const what = reading.replaced
      ? `Meter ${quote(meter.name)} replaced on ${reading.date}: new meter at ${fmt(reading.value)}${reading.oldMeterFinalValue !== undefined ? `, old meter ended at ${fmt(reading.oldMeterFinalValue)}` : ''}`
      : `Meter ${quote(meter.name)} read ${fmt(reading.value)} ${METER_UNIT_LABELS[meter.unit]} on ${reading.date}`;
    await db.auditLog.add(auditEntry('meterReadings', reading.id, 'create', `${what}${eq ? ` (${eq.name})` : ''}`, reading.createdAt));
    const updated = await refreshMeterState(db, meter.id);
    return { reading, meter: updated ?? meter };
  });
}

/**
 * Voids a wrong reading (the reading stays in the database, soft-deleted, with an audit entry
 * giving the reason); the meter's state is refreshed in the same transaction. Readings after
 * it must still follow the ones before it, otherwise the void is refused.
 */
export async function voidMeterReading(readingId: string, reason: string, db: BackdeskDb = getDb()): Promise<Meter | undefined> {
  const why = reason.trim();
  if (!why) throw new Error('Give a reason for voiding the reading.');
  return writeTransaction(db, METER_READING_TABLES, async () => {
    const reading = await db.meterReadings.get(readingId);
    if (!reading || reading.deletedAt !== null) throw new RecordNotFoundError('meterReadings', readingId);
    const rest = sortReadings((await liveReadings(db, reading.meterId)).filter((r) => r.id !== readingId));
    for (let i = 1; i < rest.length; i++) {
      const problem = validateReading(rest.slice(0, i), rest[i]!);
      if (problem) throw new Error(`This reading cannot be voided: without it, a later reading breaks the order. ${problem}`);
    }
    const at = nowIso();
    await db.meterReadings.put({ ...reading, deletedAt: at, updatedAt: at });
    await db.auditLog.add(auditEntry('meterReadings', readingId, 'delete', `Voided meter reading ${fmt(reading.value)} of ${reading.date}: ${why.slice(0, 300)}`, at));
    return refreshMeterState(db, reading.meterId);
  });
}

/** An item's live meters, by name. */
export async function listEquipmentMeters(equipmentId: string, db: BackdeskDb = getDb()): Promise<Meter[]> {
  const rows = await db.equipmentMeters.where('equipmentId').equals(equipmentId).toArray();
  return rows.filter((m) => m.deletedAt === null).sort((a, b) => a.name.localeCompare(b.name) || a.createdAt.localeCompare(b.createdAt));
}

/** A meter's live readings in ledger order (oldest first). */
export async function listMeterReadings(meterId: string, db: BackdeskDb = getDb()): Promise<MeterReading[]> {
  return sortReadings(await liveReadings(db, meterId));
}

/** Usage per calendar month of a meter (oldest first), for its chart. */
export async function meterUsagePerMonth(meterId: string, db: BackdeskDb = getDb()): Promise<Array<{ month: string; usage: number }>> {
  return usagePerMonth(await liveReadings(db, meterId));
}
