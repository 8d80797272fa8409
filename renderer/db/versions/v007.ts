/**
 * Schema version 7: the Equipment module (issue 12). New tables for the hand-over ledger and
 * its derived "who has it now" rows, usage meters and their readings, maintenance plans,
 * repairs, bookings and the supplies an item uses; the equipment table gains a status index
 * (the Dashboard's "under repair" card). No existing record changes shape, so there is no
 * upgrade(). RELEASED FILES ARE NEVER EDITED.
 */
import type Dexie from 'dexie';

export const V007_STORES = {
  equipment: 'id, name, assetTag, nextServiceDate, status, deletedAt',
  // Append-only ledger, one item's entries in day order; a person's past hand-overs.
  equipmentHandovers: 'id, [equipmentId+date], toPersonId',
  // Derived, keyed by item: what a person holds now, and overdue returns by due-back day.
  equipmentHolders: 'equipmentId, personId, dueBack',
  equipmentMeters: 'id, equipmentId',
  // Append-only ledger, one meter's readings in day order.
  meterReadings: 'id, [meterId+date]',
  maintenancePlans: 'id, equipmentId',
  equipmentRepairs: 'id, equipmentId, reportedOn',
  // One item's bookings (clash check) and the calendar's range reads.
  equipmentBookings: 'id, equipmentId, personId, start',
  // Both directions: an item's supplies, and which machines a supply is for (reorder list).
  consumableLinks: 'id, equipmentId, itemId',
} as const;

export function declareV007(db: Dexie): void {
  db.version(7).stores(V007_STORES);
}
