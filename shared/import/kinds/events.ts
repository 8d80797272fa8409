/**
 * Kind 'events': a simple CSV calendar (title, start, end, location), including the Outlook
 * and Google export layout with separate date and time columns and an "All day event" flag.
 * An event whose start has no time of day is all-day ('YYYY-MM-DD', end inclusive); a timed
 * event becomes an ISO instant. A time written without a zone is on the office clock (the
 * computer's time zone), because that is how people write meeting times.
 */
import { parseTimeText, type TimeOfDay } from '../dates';
import type { EventImportDraft } from '../types';
import { put, RowReader, startLine, type KindInput, type KindOutput } from './common';

function toInstant(date: string, t: TimeOfDay): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (t.zone) {
    const hh = String(t.hour).padStart(2, '0');
    const mm = String(t.minute).padStart(2, '0');
    const ss = String(t.second).padStart(2, '0');
    return new Date(`${date}T${hh}:${mm}:${ss}${t.zone}`).toISOString();
  }
  return new Date(y, m - 1, d, t.hour, t.minute, t.second).toISOString();
}

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
    if (r.text('start') === '')
      r.fail('start', 'The start is empty; every event needs a start date.');
    const end = r.dateTime('end');
    const startTimeText = r.text('startTime');
    const endTimeText = r.text('endTime');
    const startTime = startTimeText
      ? r.time('startTime')
      : start?.time
        ? (parseTimeText(start.time) ?? undefined)
        : undefined;
    const endTime = endTimeText
      ? r.time('endTime')
      : end?.time
        ? (parseTimeText(end.time) ?? undefined)
        : undefined;
    const allDayFlag = r.flag('allDay');
    const location = r.optional('location', 200);
    if (!r.ok || !start) continue;

    const allDay = allDayFlag ?? startTime === undefined;
    const record: EventImportDraft = { title, start: start.date, allDay };
    if (allDay) {
      if (end) {
        if (end.date < start.date) {
          r.fail('end', `The event ends (${end.date}) before it starts (${start.date}).`);
          continue;
        }
        record.end = end.date;
      }
    } else {
      const startAt = toInstant(
        start.date,
        startTime ?? { hour: 0, minute: 0, second: 0, zone: undefined },
      );
      record.start = startAt;
      if (end || endTime) {
        const endDate = end?.date ?? start.date;
        const endAt = toInstant(
          endDate,
          endTime ?? { hour: 0, minute: 0, second: 0, zone: undefined },
        );
        if (Date.parse(endAt) < Date.parse(startAt)) {
          r.fail(
            r.has('endTime') && endTimeText ? 'endTime' : 'end',
            'The event ends before it starts.',
          );
          continue;
        }
        record.end = endAt;
      }
    }
    put(record, 'location', location);
    records.push(record);
    lines.push(line);
  }
  return { records, lines, errors };
}
