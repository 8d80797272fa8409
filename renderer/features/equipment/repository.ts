/** Equipment and its maintenance log; logging a service moves the next service date. */
import Dexie from 'dexie';
import {
  equipmentDraftSchema,
  equipmentSchema,
  maintenanceDraftSchema,
  maintenanceSchema,
  nextServiceAfter,
  type Equipment,
  type Maintenance,
  type MaintenanceDraft,
} from '../../../shared/domain/equipment';
import { getDb, type BackdeskDb } from '../../db';
import { auditEntry, createCrudRepository, quote, writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';

export const equipmentRepository = createCrudRepository({
  table: 'equipment',
  schema: equipmentSchema,
  draftSchema: equipmentDraftSchema,
  noun: 'equipment',
  label: (e) => e.name,
  compare: (a, b) => a.name.localeCompare(b.name),
});

export const maintenanceRepository = createCrudRepository({
  table: 'maintenance',
  schema: maintenanceSchema,
  draftSchema: maintenanceDraftSchema,
  noun: 'maintenance entry',
  label: (m) => `${m.kind} on ${m.date}`,
  compare: (a, b) => b.date.localeCompare(a.date),
});

export async function listMaintenance(equipmentId: string, db: BackdeskDb = getDb()): Promise<Maintenance[]> {
  const rows = await db.maintenance
    .where('[equipmentId+date]')
    .between([equipmentId, Dexie.minKey], [equipmentId, Dexie.maxKey])
    .reverse()
    .toArray();
  return rows.filter((m) => m.deletedAt === null);
}

/**
 * Logs maintenance; a service or inspection also sets the equipment's next service date from
 * its interval, in the same transaction.
 */
export async function logMaintenance(draft: MaintenanceDraft, db: BackdeskDb = getDb()): Promise<Maintenance> {
  const entry = maintenanceRepository.build(draft);
  await writeTransaction(db, ['maintenance', 'equipment', 'auditLog'], async () => {
    const eq = await db.equipment.get(entry.equipmentId);
    if (!eq || eq.deletedAt !== null) throw new RecordNotFoundError('equipment', entry.equipmentId);
    await db.maintenance.add(entry);
    await db.auditLog.add(auditEntry('maintenance', entry.id, 'create', `Logged ${entry.kind} for ${quote(eq.name)}`, entry.createdAt));
    if (entry.kind === 'service' || entry.kind === 'inspection') {
      const next = nextServiceAfter(entry.date, eq.serviceIntervalDays);
      if (next && (!eq.nextServiceDate || next > eq.nextServiceDate)) {
        const updated: Equipment = { ...eq, nextServiceDate: next, updatedAt: entry.createdAt };
        await db.equipment.put(updated);
      }
    }
  });
  return entry;
}

/** Live equipment due for service on or before `date`. */
export async function listServiceDue(date: string, db: BackdeskDb = getDb()): Promise<Equipment[]> {
  const rows = await db.equipment.where('nextServiceDate').belowOrEqual(date).toArray();
  return rows.filter((e) => e.deletedAt === null && e.status !== 'retired');
}
