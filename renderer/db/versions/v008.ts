/**
 * Schema version 8: the Calendar (issue 13). Events are reshaped to the calendar engine's
 * model — wall time plus IANA zone, all-day ends exclusive, RRULE text with exceptions — and
 * indexed by their series' UTC bounds (`lastEnd`, `firstStart`; `midStart` and `longEnd` on
 * records spanning more than a day or a week only, so a window's read is three small ranges)
 * instead of `start`; by owner
 * and room for the diaries. Interview events stop being copies: interviews are read from their
 * own table, so the copies written by earlier versions are removed here. New tables: rooms,
 * diary profiles (working hours, private viewers), trips, and reminders already seen.
 * RELEASED FILES ARE NEVER EDITED.
 */
import type Dexie from 'dexie';
import { upgradeEventsToV008 } from './v008Upgrade';

export const V008_STORES = {
  events: 'id, lastEnd, firstStart, midStart, longEnd, ownerId, roomId, uid, deletedAt, [linkedTable+linkedId]',
  rooms: 'id, name',
  diaryProfiles: 'id',
  trips: 'id, travellerId, startDate, endDate',
  reminderDismissals: 'id',
} as const;

export function declareV008(db: Dexie): void {
  db.version(8)
    .stores(V008_STORES)
    .upgrade((tx) => upgradeEventsToV008(tx));
}
