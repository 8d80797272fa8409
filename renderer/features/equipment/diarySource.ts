/**
 * Equipment in the diaries (issue 13.6), read from equipment's own tables whenever a diary is
 * shown or a clash is checked (no copies in the calendar's events):
 * - bookings: busy time in the item's diary ('equipment:<id>') and the booker's ('person:<id>');
 * - maintenance: a plan's next due date as an all-day reminder in the item's diary (not busy).
 */
import type { DiaryItem, DiarySource } from '../../core/diaries';
import { nextDue } from '../../../shared/domain/equipmentMaintenance';
import { isOutOfService } from '../../../shared/domain/equipment';
import { addDays } from '../../../shared/lib/dates';
import type { BackdeskDb } from '../../db';
import { listEquipmentBookingsBetween } from './bookings';

/** Live bookings touching [fromInstant, toInstant), as busy diary items. */
export async function readBookingDiaryItems(db: BackdeskDb, fromInstant: string, toInstant: string): Promise<DiaryItem[]> {
  if (!(Date.parse(fromInstant) < Date.parse(toInstant))) return [];
  const rows = await listEquipmentBookingsBetween(fromInstant, toInstant, db);
  return rows.map(({ booking: b, equipmentName, assetTag, personName, purpose }): DiaryItem => {
    const detail = [personName, purpose].filter(Boolean).join(' · ');
    return {
      key: `booking:${b.id}`,
      source: 'booking',
      id: b.id,
      title: `Booking: ${equipmentName}${assetTag ? ` (${assetTag})` : ''}`,
      start: new Date(Date.parse(b.start)).toISOString(),
      end: new Date(Date.parse(b.end)).toISOString(),
      allDay: false,
      diaries: [`equipment:${b.equipmentId}`, `person:${b.personId}`],
      busy: true,
      href: `#/equipment/${b.equipmentId}`,
      ...(detail ? { detail } : {}),
      category: 'teal',
    };
  });
}

/**
 * The window's dates in every zone: an all-day item on day D is shown when D touches
 * [fromInstant, toInstant) somewhere between UTC−12 and UTC+14; the views place it by date.
 */
export function datesTouching(fromInstant: string, toInstant: string): { first: string; last: string } {
  const first = new Date(Date.parse(fromInstant) - 14 * 3_600_000).toISOString().slice(0, 10);
  const last = new Date(Date.parse(toInstant) + 14 * 3_600_000 - 1).toISOString().slice(0, 10);
  return { first, last };
}

/** Active plans of items in service whose next time-based due date falls in the window: all-day, not busy. */
export async function readMaintenanceDiaryItems(db: BackdeskDb, fromInstant: string, toInstant: string): Promise<DiaryItem[]> {
  if (!(Date.parse(fromInstant) < Date.parse(toInstant))) return [];
  const { first, last } = datesTouching(fromInstant, toInstant);
  const plans = (await db.maintenancePlans.toArray()).filter((p) => p.deletedAt === null && p.active !== false && p.intervalEvery !== undefined);
  if (plans.length === 0) return [];
  const items = await db.equipment.bulkGet([...new Set(plans.map((p) => p.equipmentId))]);
  const byId = new Map(items.flatMap((e) => (e && e.deletedAt === null && !isOutOfService(e.status) ? [[e.id, e] as const] : [])));
  const out: DiaryItem[] = [];
  for (const plan of plans) {
    const item = byId.get(plan.equipmentId);
    if (!item) continue;
    const { dueDate } = nextDue(plan, { today: first });
    if (!dueDate || dueDate < first || dueDate > last) continue;
    out.push({
      key: `maintenance:${plan.id}`,
      source: 'maintenance',
      id: plan.id,
      title: `Maintenance: ${plan.name}`,
      start: dueDate,
      end: addDays(dueDate, 1),
      allDay: true,
      diaries: [`equipment:${item.id}`],
      busy: false,
      href: `#/equipment/${item.id}`,
      detail: item.assetTag ? `${item.name} (${item.assetTag})` : item.name,
      category: 'orange',
    });
  }
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

export const bookingDiarySource: DiarySource = {
  name: 'booking',
  tables: ['equipmentBookings', 'equipment', 'employees'],
  read: readBookingDiaryItems,
};

export const maintenanceDiarySource: DiarySource = {
  name: 'maintenance',
  tables: ['maintenancePlans', 'equipment'],
  read: readMaintenanceDiaryItems,
};
