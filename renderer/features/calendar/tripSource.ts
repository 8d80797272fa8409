/**
 * Trips in the traveller's diary (issue 13.8), read from the trips table whenever a diary is
 * shown or a clash is checked (no copies in events), in 'person:<travellerId>':
 * - the trip itself, an all-day span over its dates; BUSY while it is planned or booked (the
 *   traveller is away: nobody books them a meeting then), not once it is done;
 * - each journey (flight, train, car…) as busy time at its instants (a flight from 10:30 London
 *   time to 13:25 New York time is the instants those mean);
 * - a hotel stay as days, check-in day to check-out day (a stay 4→7 Jan shows on the 4th, 5th
 *   and 6th), not busy: the trip's span already holds the time, and a timed block over the
 *   whole stay would fill the week view.
 * Cancelled trips are left out. Clicking any of them opens the trip.
 */
import { zoneOffsetLabel } from '../../../shared/calendar';
import type { Trip, TripLeg } from '../../../shared/domain/calendar';
import { addDays } from '../../../shared/lib/dates';
import { getCompanyProfile } from '../../core/settings';
import { registerDiarySource, type DiaryItem, type DiarySource } from '../../core/diaries';
import type { BackdeskDb } from '../../db';
import { getCalendarSettings } from './calendarSettings';
import { legInstants, legTitle, listTripsBetween } from './trips';

const HOUR = 3_600_000;

const wallFormats = new Map<string, Intl.DateTimeFormat>();
/** A wall time the app's way in `locale`: '6:15 PM' or, with its day, 'Mon, Dec 7, 6:15 PM'. */
function wallText(wall: string, locale: string, withDay: boolean): string {
  const key = `${locale}|${withDay}`;
  let f = wallFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', hour: 'numeric', minute: '2-digit', ...(withDay ? { weekday: 'short', day: 'numeric', month: 'short' } : {}) });
    wallFormats.set(key, f);
  }
  return f.format(Date.parse(`${wall.slice(0, 16)}:00Z`));
}

/**
 * The extra line under a leg: carrier, the local times with their zones when a zone differs
 * from the office's ('6:15 PM New York (GMT-5) → Tue, Dec 8, 6:20 AM London (GMT)', the day
 * given when the local dates differ, in the app's wording for `locale`), confirmation. The
 * local times are said here, so a leg's item carries no zone of its own for the views to add.
 */
export function legDetail(leg: TripLeg, officeZone: string, locale = 'en-US'): string {
  const { start, end } = legInstants(leg);
  const parts: string[] = [];
  if (leg.kind === 'hotel') {
    if (leg.from && leg.carrier) parts.push(leg.from);
    // A stay shows as days: its hours go here, in the hotel's own zone.
    const zone = leg.startTimeZone !== officeZone ? ` ${zoneOffsetLabel(leg.startTimeZone, start, locale)}` : '';
    parts.push(`check-in ${wallText(leg.start, locale, false)}, check-out ${wallText(leg.end, locale, false)}${zone}`);
  } else if (leg.carrier && leg.number) parts.push(leg.carrier);
  if (leg.kind !== 'hotel' && (leg.startTimeZone !== officeZone || leg.endTimeZone !== officeZone)) {
    const days = leg.start.slice(0, 10) !== leg.end.slice(0, 10);
    parts.push(
      `${wallText(leg.start, locale, days)} ${zoneOffsetLabel(leg.startTimeZone, start, locale)} → ${wallText(leg.end, locale, days)} ${zoneOffsetLabel(leg.endTimeZone, end, locale)}`,
    );
  }
  if (leg.confirmation) parts.push(`Confirmation ${leg.confirmation}`);
  return parts.join(' · ');
}

/** A trip's span holds the traveller's time while it is still ahead (planned or booked). */
const AWAY_STATUSES: readonly Trip['status'][] = ['planned', 'booked'];

/** The diary items of one trip: the all-day span, each journey as busy time, hotel stays as days. */
export function tripDiaryItems(trip: Trip, officeZone: string, locale = 'en-US'): DiaryItem[] {
  if (trip.status === 'cancelled' || trip.deletedAt !== null) return [];
  const diary = `person:${trip.travellerId}` as const;
  const href = `#/calendar/trips/${encodeURIComponent(trip.id)}`;
  const items: DiaryItem[] = [
    {
      key: `trip:${trip.id}`,
      source: 'trip',
      id: trip.id,
      title: `Trip: ${trip.purpose}`,
      start: trip.startDate,
      end: addDays(trip.endDate, 1),
      allDay: true,
      diaries: [diary],
      busy: AWAY_STATUSES.includes(trip.status),
      href,
      ...(trip.destination ? { detail: trip.destination } : {}),
      category: 'purple',
      ownerId: trip.travellerId,
    },
  ];
  for (const leg of trip.legs) {
    const detail = legDetail(leg, officeZone, locale);
    if (leg.kind === 'hotel') {
      // Check-in day to check-out day (exclusive): the nights stayed, in the hotel's own dates.
      const checkIn = leg.start.slice(0, 10);
      const checkOut = leg.end.slice(0, 10);
      items.push({
        key: `trip:${trip.id}|${leg.id}`,
        source: 'trip',
        id: trip.id,
        title: legTitle(leg),
        start: checkIn,
        end: checkOut > checkIn ? checkOut : addDays(checkIn, 1),
        allDay: true,
        diaries: [diary],
        busy: false,
        href,
        ...(detail ? { detail } : {}),
        category: 'purple',
        ownerId: trip.travellerId,
      });
      continue;
    }
    const { start, end } = legInstants(leg);
    items.push({
      key: `trip:${trip.id}|${leg.id}`,
      source: 'trip',
      id: trip.id,
      title: legTitle(leg),
      start,
      end,
      allDay: false,
      diaries: [diary],
      busy: true,
      href,
      ...(detail ? { detail } : {}),
      category: 'purple',
      ownerId: trip.travellerId,
    });
  }
  return items;
}

/** Items of live, not cancelled trips touching [fromInstant, toInstant). */
export async function readTripDiaryItems(db: BackdeskDb, fromInstant: string, toInstant: string): Promise<DiaryItem[]> {
  const from = Date.parse(fromInstant);
  const to = Date.parse(toInstant);
  if (!(from < to)) return [];
  // Dates anywhere on Earth in the window, and a day more each side: a leg may start the
  // evening before the trip's first date or land the morning after its last.
  const first = addDays(new Date(from - 14 * HOUR).toISOString().slice(0, 10), -1);
  const last = addDays(new Date(to + 14 * HOUR - 1).toISOString().slice(0, 10), 1);
  const [trips, settings, profile] = await Promise.all([listTripsBetween(first, last, db), getCalendarSettings(db), getCompanyProfile(db)]);
  const fromDay = new Date(from - 14 * HOUR).toISOString().slice(0, 10);
  const lastDay = new Date(to + 14 * HOUR - 1).toISOString().slice(0, 10);
  const out: DiaryItem[] = [];
  for (const trip of trips) {
    for (const item of tripDiaryItems(trip, settings.officeTimeZone, profile.locale)) {
      const touches = item.allDay
        ? item.start <= lastDay && item.end > fromDay
        : Date.parse(item.start) < to && Date.parse(item.end) > from;
      if (touches) out.push(item);
    }
  }
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.key.localeCompare(b.key));
}

export const tripDiarySource: DiarySource = {
  name: 'trip',
  tables: ['trips', 'settings'],
  read: readTripDiaryItems,
};

registerDiarySource(tripDiarySource);
