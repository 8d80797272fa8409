/**
 * The Dashboard's equipment cards (issue 12.4, 12.10), one read for all three: maintenance due
 * this week (overdue plans included, through listDueMaintenance with until = today + 6),
 * overdue returns (listOverdueReturns) and items under repair (the equipment `status` index,
 * with the day the open repair was reported). Each card gets its count and its first rows; the
 * card links to the full list.
 */
import { addDays, diffDays } from '../../../shared/lib/dates';
import { isRepairOpen } from '../../../shared/domain/equipmentRepairs';
import { getDb, type BackdeskDb } from '../../db';
import { listOverdueReturns, type EquipmentOverdueReturn } from './handovers';
import { listDueMaintenance, type DueMaintenanceRow } from './plans';

/** Rows each card shows; the count covers them all. */
export const EQUIPMENT_CARD_ROWS = 5;

export interface EquipmentUnderRepairRow {
  equipmentId: string;
  name: string;
  assetTag?: string;
  /** The day the oldest open repair was reported, when one is on record. */
  reportedOn?: string;
  /** Whole days since then (0 on the day). */
  days?: number;
  problem?: string;
}

export interface EquipmentDashboard {
  today: string;
  /** The last day of "this week" (today + 6). */
  until: string;
  maintenanceDue: { count: number; overdue: number; rows: DueMaintenanceRow[] };
  overdueReturns: { count: number; rows: EquipmentOverdueReturn[] };
  underRepair: { count: number; rows: EquipmentUnderRepairRow[] };
}

/** Live items under repair, longest out first (those without an open repair last, by name). */
export async function listEquipmentUnderRepair(today: string, db: BackdeskDb = getDb()): Promise<EquipmentUnderRepairRow[]> {
  const items = (await db.equipment.where('status').equals('in-repair').toArray()).filter((e) => e.deletedAt === null);
  if (items.length === 0) return [];
  const repairs = await db.equipmentRepairs.where('equipmentId').anyOf(items.map((e) => e.id)).toArray();
  const oldestOpen = new Map<string, { reportedOn: string; problem: string }>();
  for (const r of repairs) {
    if (!isRepairOpen(r)) continue;
    const seen = oldestOpen.get(r.equipmentId);
    if (!seen || r.reportedOn < seen.reportedOn) oldestOpen.set(r.equipmentId, { reportedOn: r.reportedOn, problem: r.problem });
  }
  return items
    .map((e): EquipmentUnderRepairRow => {
      const open = oldestOpen.get(e.id);
      return {
        equipmentId: e.id,
        name: e.name,
        ...(e.assetTag ? { assetTag: e.assetTag } : {}),
        ...(open ? { reportedOn: open.reportedOn, days: Math.max(0, diffDays(open.reportedOn, today)), problem: open.problem } : {}),
      };
    })
    .sort((a, b) => (a.reportedOn ?? '9999').localeCompare(b.reportedOn ?? '9999') || a.name.localeCompare(b.name));
}

export async function readEquipmentDashboard(today: string, db: BackdeskDb = getDb()): Promise<EquipmentDashboard> {
  const until = addDays(today, 6);
  const [due, overdue, repair] = await Promise.all([
    listDueMaintenance({ today, until }, db),
    listOverdueReturns(today, db),
    listEquipmentUnderRepair(today, db),
  ]);
  // Most overdue first (the oldest due-back day).
  const overdueSorted = [...overdue].sort((a, b) => b.daysOverdue - a.daysOverdue || a.name.localeCompare(b.name));
  return {
    today,
    until,
    maintenanceDue: { count: due.length, overdue: due.filter((d) => d.status === 'overdue').length, rows: due.slice(0, EQUIPMENT_CARD_ROWS) },
    overdueReturns: { count: overdue.length, rows: overdueSorted.slice(0, EQUIPMENT_CARD_ROWS) },
    underRepair: { count: repair.length, rows: repair.slice(0, EQUIPMENT_CARD_ROWS) },
  };
}
