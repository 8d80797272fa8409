/**
 * Kind 'events': a simple CSV calendar (title, start, end, location, description, time zone),
 * including the Outlook and Google export layout with separate date and time columns and an
 * "All day event" flag. Records come out in the calendar engine's shape (shared/calendar
 * CalendarEventDraft without its uid):
 * - an event whose start has no time of day is all-day: 'YYYY-MM-DD' dates with an EXCLUSIVE
 *   end. The file's end date is the last day of the event, as people write it in a sheet
 *   ('Office closed, 24 Dec, 26 Dec' is three days), so the record ends the day after it; no
 *   end date means one day.
 * - a timed event keeps its WALL time 'YYYY-MM-DDTHH:mm:ss'. A time written with 'Z' or an
 *   offset ('10:00+02:00') is turned into UTC wall time with `timeZone` 'UTC'; a "Time zone"
 *   column (IANA, or Outlook's Windows names) gives the zone of the written times; otherwise
 *   the time is floating (no `timeZone`): the office clock, which the saving feature fills in.
 *   An end on another offset than the start is converted the same way. No end means one hour.
 */
import { resolveTzid } from '../../calendar/zones';
import { addDays } from '../../lib/dates';
import { parseTimeText, type TimeOfDay } from '../dates';
import type { EventImportDraft } from '../types';
import { put, quoteValue, RowReader, startLine, type KindInput, type KindOutput } from './common';

const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes added to a naive wall time, read as UTC so no DST of this PC interferes. */
function shiftWall(wall: string, minutes: number): string {
  const t = Date.parse(`${wall}Z`) + minutes * 60_000;
  return new Date(t).toISOString().slice(0, 19);
}

/** A date and time of day → wall time, with the zone the text itself named ('UTC' after converting an offset). */
function wallOf(date: string, t: TimeOfDay): { wall: string; utc: boolean } {
  const wall = `${date}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
  if (!t.zone) return { wall, utc: false };
  if (t.zone === 'Z' || t.zone === '+00:00' || t.zone === '-00:00') return { wall, utc: true };
  return { wall: new Date(`${wall}${t.zone}`).toISOString().slice(0, 19), utc: true };
}

function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A zone column's value → an IANA name, or null when no zone of that name is known. */
function zoneOf(text: string): string | null {
  if (text === '') return null;
  if (/^(utc|gmt|z)$/i.test(text)) return 'UTC';
  let resolved: string | null = null;
  try {
    resolved = resolveTzid(text);
  } catch {
    resolved = null;
  }
  if (resolved) return resolved;
  return isIanaZone(text) ? text : null;
}

const ZERO: TimeOfDay = { hour: 0, minute: 0, second: 0, zone: undefined };

export function mapEvents(input: KindInput): KindOutput<EventImportDraft> {
  const { table } = input;
  const errors: KindOutput<EventImportDraft>['errors'] = [];
  const records: EventImportDraft[] = [];
  const lines: number[] = [];
  const r = new RowReader('events', input, errors);

  for (let i = 0; i < table.rows.length; i++) {
    const line = startLine(table, i);
    if (!r.begin(table.rows[i]!, line)) continue;

    const title = r.text('title');
    if (title === '') r.fail('title', 'The title is empty; every event needs a title.');
    else r.fits('title', title, 200);

    const start = r.dateTime('start');
    if (r.text('start') === '') r.fail('start', 'The start is empty; every event needs a start date.');
    const end = r.dateTime('end');
    const startTimeText = r.text('startTime');
    const endTimeText = r.text('endTime');
    const startTime = startTimeText ? r.time('startTime') : start?.time ? (parseTimeText(start.time) ?? undefined) : undefined;
    const endTime = endTimeText ? r.time('endTime') : end?.time ? (parseTimeText(end.time) ?? undefined) : undefined;
    const allDayFlag = r.flag('allDay');
    const location = r.optional('location', 200);
    const description = r.optional('description', 10000);
    const zoneText = r.text('timeZone');
    const zone = zoneOf(zoneText);
    if (zoneText !== '' && zone === null)
      r.fail('timeZone', `The time zone ${quoteValue(zoneText)} in column "${r.headerOf('timeZone')}" is not one this computer knows; write it like Europe/London or America/New_York.`);
    if (!r.ok || !start) continue;

    const allDay = allDayFlag ?? startTime === undefined;
    let record: EventImportDraft;
    if (allDay) {
      const last = end?.date ?? start.date;
      if (last < start.date) {
        r.fail('end', `The event ends (${last}) before it starts (${start.date}).`);
        continue;
      }
      record = { title, allDay: true, start: start.date, end: addDays(last, 1) };
    } else {
      const s = wallOf(start.date, startTime ?? ZERO);
      const timeZone = s.utc ? 'UTC' : (zone ?? undefined);
      let endWall: string;
      if (end || endTime) {
        const e = wallOf(end?.date ?? start.date, endTime ?? ZERO);
        // An end written without an offset is on the same clock as the start.
        endWall = e.wall;
        if (e.utc && !s.utc) {
          r.fail(r.has('endTime') && endTimeText ? 'endTime' : 'end', 'The end names a time zone offset but the start does not; write both the same way.');
          continue;
        }
        if (endWall < s.wall) {
          r.fail(r.has('endTime') && endTimeText ? 'endTime' : 'end', 'The event ends before it starts.');
          continue;
        }
      } else {
        endWall = shiftWall(s.wall, 60);
      }
      record = { title, allDay: false, start: s.wall, end: endWall };
      put(record, 'timeZone', timeZone);
    }
    put(record, 'description', description);
    put(record, 'location', location);
    records.push(record);
    lines.push(line);
  }
  return { records, lines, errors };
}
