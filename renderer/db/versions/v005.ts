/**
 * Schema version 5: events get a `[linkedTable+linkedId]` index, so the calendar can find the
 * events written for a record (an interview's calendar entry) without reading every event —
 * erasing or exporting a candidate used to scan the whole table. Events without a link are
 * simply absent from the index. No data changes, so no upgrade(). RELEASED FILES ARE NEVER
 * EDITED.
 */
import type Dexie from 'dexie';

export const V005_STORES = {
  events: 'id, start, deletedAt, [linkedTable+linkedId]',
} as const;

export function declareV005(db: Dexie): void {
  db.version(5).stores(V005_STORES);
}
