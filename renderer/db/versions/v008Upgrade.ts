/**
 * The v8 reshaping of events, kept apart so its test can call it on rows written by v7:
 * instants → wall time in the office zone (the PC's zone: no calendar setting existed before),
 * inclusive all-day ends → exclusive, notes → description, uid and series bounds filled in
 * (with `midStart`/`longEnd` on records spanning more than a day/a week, as the repository
 * writes them),
 * interview copies removed (interviews are read from their own table from now on).
 * RELEASED FILES ARE NEVER EDITED.
 */
import type { Transaction } from 'dexie';
import { seriesBounds, utcToWall } from '../../../shared/calendar';
import { spanIndexFields } from '../../../shared/domain/calendar';
import { addDays } from '../../../shared/lib/dates';

/** An event row as versions 1–7 stored it. */
export interface V7Event {
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
    // What seriesBounds gives a one-off: its instants, or its days widened by 14 hours each side.
    const day = (d: string, hours: number) => new Date(Date.parse(`${d}T00:00:00.000Z`) + hours * 3600_000).toISOString();
    const instant = (v: string) => (Number.isNaN(Date.parse(v)) ? '1970-01-01T00:00:00.000Z' : new Date(v).toISOString());
    out.firstStart = allDay && DATE_RE.test(row.start) ? day(row.start, -14) : instant(row.start);
    out.lastEnd = allDay && DATE_RE.test(String(out.end)) ? day(String(out.end), 14) : instant(row.end);
  }
  return Object.assign(out, spanIndexFields(out as { firstStart: string; lastEnd: string }));
}

export async function upgradeEventsToV008(tx: Transaction, zone: string = upgradeZone()): Promise<void> {
  const table = tx.table('events');
  const rows = (await table.toArray()) as V7Event[];
  const copies = rows.filter((r) => r.linkedTable === 'interviews').map((r) => r.id);
  const kept = rows.filter((r) => r.linkedTable !== 'interviews').map((r) => reshapeV7Event(r, zone));
  if (copies.length) await table.bulkDelete(copies);
  if (kept.length) await table.bulkPut(kept);
}
