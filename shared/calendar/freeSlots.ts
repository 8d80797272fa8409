/**
 * Free-slot finder: the first slots of a given length, inside every participant's working
 * hours, where none of them (and the room) is busy. Pure: busy time comes in as instants.
 */

export interface WorkingHours {
  /** ISO weekdays worked, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** 'HH:mm' wall times in `timeZone`; end after start. */
  start: string;
  end: string;
  timeZone: string;
}

export interface FreeSlotQuery {
  /** One entry per person or room: their busy intervals [start, end) as UTC instants and their hours (a room has none: always open). */
  participants: { key: string; busy: { start: string; end: string }[]; hours?: WorkingHours }[];
  durationMinutes: number;
  /** Search from this instant (rounded up to the step). */
  from: string;
  /** Search up to this instant. */
  until: string;
  /** Slots start on multiples of this many minutes in the first participant's zone; default 15. */
  stepMinutes?: number;
  /** How many slots to return; default 10. At most one slot per free gap is listed first… see tests. */
  limit?: number;
}

export interface FreeSlot {
  start: string;
  end: string;
}

export function findFreeSlots(query: FreeSlotQuery): FreeSlot[] {
  void query;
  throw new Error('findFreeSlots: not built yet');
}
