/**
 * The equipment module's derived state (DESIGN §2 "ledgers, not overwrites … the current
 * state is derived and kept in the same transaction"): the `equipmentHolders` row of an item
 * (who has it now, from the hand-over ledger) and a meter's last and lifetime values (from its
 * readings). Writers call `refreshHolder` / `refreshMeterState` INSIDE the transaction that
 * appends to a ledger; `rebuildEquipmentDerived` recomputes everything after a bulk load
 * (restore, the sample office) through the registry in db/derived.ts.
 */
import { currentHolder, type EquipmentHolder, type HandoverEntry } from '../../../shared/domain/equipmentLedger';
import { currentLifetimeValue, latestReading, type Meter, type MeterReading } from '../../../shared/domain/equipmentMeters';
import type { BackdeskDb, TableName } from '../../db/database';
import Dexie from 'dexie';

/** Tables the refreshers write (add them to the writer's transaction). */
export const EQUIPMENT_DERIVED_TABLES: readonly TableName[] = ['equipmentHolders', 'equipmentMeters'];

function holderRow(equipmentId: string, entries: readonly HandoverEntry[]): EquipmentHolder | null {
  const h = currentHolder(entries);
  return h ? { equipmentId, ...h } : null;
}

/** Rewrites one item's holder row from its ledger (deletes it when the item is in). */
export async function refreshHolder(db: BackdeskDb, equipmentId: string): Promise<EquipmentHolder | null> {
  const entries = await db.equipmentHandovers
    .where('[equipmentId+date]')
    .between([equipmentId, Dexie.minKey], [equipmentId, Dexie.maxKey])
    .toArray();
  const row = holderRow(equipmentId, entries);
  if (row) await db.equipmentHolders.put(row);
  else await db.equipmentHolders.delete(equipmentId);
  return row;
}

function meterState(readings: readonly MeterReading[]): Pick<Meter, 'lastReadingOn' | 'lastValue' | 'lifetimeValue'> {
  const last = latestReading(readings);
  const lifetime = currentLifetimeValue(readings);
  return {
    ...(last ? { lastReadingOn: last.date, lastValue: last.value } : {}),
    ...(lifetime !== undefined ? { lifetimeValue: lifetime } : {}),
  };
}

function withState(meter: Meter, readings: readonly MeterReading[]): Meter {
  const { lastReadingOn: _a, lastValue: _b, lifetimeValue: _c, ...rest } = meter;
  return { ...rest, ...meterState(readings) };
}

/** Rewrites one meter's derived values from its readings; returns the updated meter. */
export async function refreshMeterState(db: BackdeskDb, meterId: string): Promise<Meter | undefined> {
  const meter = await db.equipmentMeters.get(meterId);
  if (!meter) return undefined;
  const readings = await db.meterReadings
    .where('[meterId+date]')
    .between([meterId, Dexie.minKey], [meterId, Dexie.maxKey])
    .toArray();
  const next = withState(meter, readings);
  await db.equipmentMeters.put(next);
  return next;
}

/** Full recompute of every holder row and meter state, inside the caller's transaction. */
export async function rebuildEquipmentDerived(db: BackdeskDb): Promise<void> {
  const byItem = new Map<string, HandoverEntry[]>();
  await db.equipmentHandovers.each((e) => {
    const list = byItem.get(e.equipmentId);
    if (list) list.push(e);
    else byItem.set(e.equipmentId, [e]);
  });
  const rows: EquipmentHolder[] = [];
  for (const [id, entries] of byItem) {
    const row = holderRow(id, entries);
    if (row) rows.push(row);
  }
  await db.equipmentHolders.clear();
  await db.equipmentHolders.bulkPut(rows);

  const byMeter = new Map<string, MeterReading[]>();
  await db.meterReadings.each((r) => {
    const list = byMeter.get(r.meterId);
    if (list) list.push(r);
    else byMeter.set(r.meterId, [r]);
  });
  const meters = await db.equipmentMeters.toArray();
  await db.equipmentMeters.bulkPut(meters.map((m) => withState(m, byMeter.get(m.id) ?? [])));
}
