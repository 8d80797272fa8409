/**
 * The v8 reshaping of events, kept apart so its test can call it on rows written by v7:
 * instants → wall time in the office zone (the PC's zone: no calendar setting existed before),
 * inclusive all-day ends → exclusive, notes → description, uid and series bounds filled in,
 * interview copies removed (interviews are read from their own table from now on).
 * RELEASED FILES ARE NEVER EDITED.
 */
import type { Transaction } from 'dexie';
import { seriesBounds, utcToWall, wallToUtc } from '../../../shared/calendar';
import { addDays } from '../../../shared/lib/dates';

/** An event row as versions 1–7 stored it. */
interface V7Event {
  id: string;
  title: string;
  kind?: string;
  allDay?: boolean;
  /** All-day: 'YYYY-MM-DD', end inclusive. Timed: ISO instants. */
  start: string;
  end: string;
  location?: string;
  attendeeIds?: string[];
  notes?: string;
  linkedTable?: string;
  linkedId?: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** The zone this PC's clock runs in, which is what a v7 screen showed the instants in. */
export function upgradeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** One v7 row → the v8 record (pure; exported for the test). */
export function reshapeV7Event(row: V7Event, zone: string): Record<string, unknown> {
  const { notes, ...rest } = row as V7Event & Record<string, unknown>;
  const allDay = row.allDay === true;
  const out: Record<string, unknown> = {
    ...rest,
    uid: row.id,
    kind: row.kind ?? 'meeting',
    allDay,
    attendeeIds: row.attendeeIds ?? [],
    exdates: [],
    rdates: [],
    overrides: [],
    guests: [],
    category: 'blue',
    private: false,
  };
  if (notes !== undefined && notes.trim() !== '') out.description = notes;
  if (allDay) {
    // An inclusive last day becomes the exclusive day after it.
    if (DATE_RE.test(row.end)) out.end = addDays(row.end, 1);
  } else {
    // The instants become wall time in the zone they were shown in, with that zone.
    try {
      out.start = utcToWall(row.start, zone);
      out.end = utcToWall(row.end, zone);
      out.timeZone = zone;
    } catch {
      // An instant that cannot be read is kept as it was; the record shows as invalid, not lost.
    }
  }
  try {
    Object.assign(out, seriesBounds(out as never, zone));
  } catch {
    const instant = (v: string, endOfDay: boolean) => (DATE_RE.test(v) ? `${v}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z` : wallOrInstant(v, zone));
    out.firstStart = instant(row.start, false);
    out.lastEnd = instant(row.end, true);
  }
  return out;
}

function wallOrInstant(v: string, zone: string): string {
  try {
    return /[zZ]|[+-]\d{2}:\d{2}$/.test(v) ? new Date(v).toISOString() : wallToUtc(v, zone);
  } catch {
    return v;
  }
}

export async function upgradeEventsToV008(tx: Transaction, zone: string = upgradeZone()): Promise<void> {
  const table = tx.table('events');
  const rows = (await table.toArray()) as V7Event[];
  const copies = rows.filter((r) => r.linkedTable === 'interviews').map((r) => r.id);
  const kept = rows.filter((r) => r.linkedTable !== 'interviews').map((r) => reshapeV7Event(r, zone));
  if (copies.length) await table.bulkDelete(copies);
  if (kept.length) await table.bulkPut(kept);
}
