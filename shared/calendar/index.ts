/**
 * Calendar engine (DESIGN §3 Calendar): pure, RFC 5545 through ical.js. Reading and writing
 * ICS, expanding recurrences across time zones, editing one occurrence or a series' tail,
 * and finding free time. No I/O.
 */
export * from './types';
export { parseIcs } from './parseIcs';
export { toIcs } from './toIcs';
export { expandOccurrences } from './expand';
export { wallToUtc, utcToWall, isKnownTimeZone, resolveTzid, zoneOffsetLabel } from './zones';
export {
  seriesBounds,
  overrideOccurrence,
  cancelOccurrence,
  splitSeries,
  describeRecurrence,
  buildRrule,
  readRrule,
  type RecurrenceSpec,
} from './recurrence';
export { findFreeSlots, type WorkingHours, type FreeSlotQuery, type FreeSlot } from './freeSlots';
