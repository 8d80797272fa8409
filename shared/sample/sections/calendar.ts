/**
 * The calendar: a realistic month around today in the studio's diaries (issue 13.11).
 *
 * Two parts, because the sections share one random stream and one id counter:
 * - `generateCalendar` runs where the calendar always ran and draws exactly the ids and random
 *   numbers it always drew, so every record generated after it is unchanged: the weekly staff
 *   meeting and design review (now one recurring series each; the ids the old one-off copies
 *   drew are still drawn), client meetings, site visits, a trade show, reminders, a holiday
 *   closure and a team lunch.
 * - `generateCalendarMonth` runs last and adds what the Calendar module brought: meeting rooms,
 *   diary profiles (a part-timer working Monday to Thursday, the director's diary open to the
 *   office manager), 1:1s every two weeks, the monthly board meeting (first Tuesday), a two-day
 *   offsite, a room-only booking, a private appointment, a call set in London time, the
 *   director's trip to London with its legs, one moved and one cancelled staff meeting, and
 *   some clashes to resolve (two meetings in the Board room at once, a person double-booked).
 *
 * Events keep wall time in the office zone (America/New_York: Portland, Maine) like the app
 * stores them; all-day ends are exclusive; `firstStart`/`lastEnd` come from the engine's
 * `seriesBounds`, and `midStart`/`longEnd` (medium and long records only) from
 * `spanIndexFields`, as the repository derives them (`withBounds`).
 */
import { seriesBounds } from '../../calendar/recurrence';
import { spanIndexFields, type CalendarEvent, type CalendarSettings, type DiaryProfile, type Employee, type Room, type Trip, type TripLeg } from '../../domain';
import { addDays, dayOfWeek, monthOf, toIsoDate } from '../../lib/dates';
import { CLIENTS } from '../catalog';
import { compact, isWorkday, type RecordBase, type SampleContext } from '../context';

/** The studio's zone: every sample time is a wall time here. */
export const SAMPLE_OFFICE_ZONE = 'America/New_York';

function thanksgiving(year: number): string {
  const nov1 = toIsoDate(year, 11, 1);
  const offset = (4 - dayOfWeek(nov1) + 7) % 7;
  return addDays(nov1, offset + 21);
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Minutes after midnight → 'YYYY-MM-DDTHH:mm:00' (past midnight rolls into the next day). */
function wall(date: string, minutes: number): string {
  const day = addDays(date, Math.floor(minutes / (24 * 60)));
  const m = ((minutes % (24 * 60)) + 24 * 60) % (24 * 60);
  return `${day}T${pad(Math.floor(m / 60))}:${pad(m % 60)}:00`;
}

type EventFields = Omit<CalendarEvent, keyof RecordBase | 'uid' | 'firstStart' | 'lastEnd' | 'exdates' | 'rdates' | 'overrides' | 'guests' | 'category' | 'private' | 'attendeeIds'> &
  Partial<Pick<CalendarEvent, 'exdates' | 'rdates' | 'overrides' | 'guests' | 'category' | 'private' | 'attendeeIds'>>;

/** A complete stored event: defaults filled, uid = id, series bounds derived. */
export function sampleEvent(base: RecordBase, fields: EventFields): CalendarEvent {
  const e = compact<CalendarEvent>({
    ...base,
    uid: base.id,
    exdates: [],
    rdates: [],
    overrides: [],
    attendeeIds: [],
    guests: [],
    category: 'blue',
    private: false,
    ...fields,
    firstStart: '',
    lastEnd: '',
  });
  return withBounds(e);
}

/** The event with its derived bounds (re)computed: firstStart, lastEnd, and midStart or longEnd when medium or long. */
function withBounds(e: CalendarEvent): CalendarEvent {
  const bounds = seriesBounds(e, SAMPLE_OFFICE_ZONE);
  const { midStart: _staleMid, longEnd: _staleLong, ...rest } = e;
  return { ...rest, firstStart: bounds.firstStart, lastEnd: bounds.lastEnd, ...spanIndexFields(bounds) };
}

const byStart = (a: CalendarEvent, b: CalendarEvent) => a.firstStart.localeCompare(b.firstStart) || a.start.localeCompare(b.start) || a.id.localeCompare(b.id);

/**
 * The calendar as it always was (same draws, same ids), in the new event shape. The two weekly
 * meetings are series starting on their first day in the window; the later weeks' ids are drawn
 * and left unused so later sections keep theirs.
 */
export function generateCalendar(
  ctx: SampleContext,
  activeEmployees: readonly Employee[],
  emp: (key: string) => string,
  interviewEvents: readonly CalendarEvent[],
): CalendarEvent[] {
  const { rng, today, base } = ctx;
  const zone = SAMPLE_OFFICE_ZONE;
  const events: CalendarEvent[] = [...interviewEvents];
  const windowStart = addDays(today, -14);
  const windowEnd = addDays(today, 16);
  const everyone = activeEmployees.map((e) => e.id);
  const design = activeEmployees.filter((e) => e.department === 'Design').map((e) => e.id);
  const plannedOn = (date: string, lead: number) => {
    const d = addDays(date, -lead);
    return d < windowStart ? windowStart : d > today ? today : d;
  };
  const timed = (date: string, title: string, kind: CalendarEvent['kind'], localStart: number, minutes: number, extra: Partial<EventFields> = {}) => {
    const ev = sampleEvent(base(plannedOn(date, 7), 8 * 60 + 5), {
      title,
      kind,
      allDay: false,
      start: wall(date, localStart),
      end: wall(date, localStart + minutes),
      timeZone: zone,
      ...extra,
    });
    events.push(ev);
    return ev;
  };
  /** `lastDay` inclusive, as the old sample wrote it; stored with the exclusive end. */
  const allDay = (start: string, lastDay: string, title: string, kind: CalendarEvent['kind'], extra: Partial<EventFields> = {}) => {
    events.push(
      sampleEvent(base(plannedOn(start, 10), 8 * 60 + 6), {
        title,
        kind,
        allDay: true,
        start,
        end: addDays(lastDay, 1),
        ...extra,
      }),
    );
  };

  let staffMeeting = false;
  let designReview = false;
  for (let date = windowStart; date <= windowEnd; date = addDays(date, 1)) {
    const dow = dayOfWeek(date);
    if (dow === 1) {
      if (staffMeeting) void base(plannedOn(date, 7), 8 * 60 + 5);
      else
        timed(date, 'Weekly staff meeting', 'meeting', 9 * 60, 45, {
          location: 'Board room',
          ownerId: emp('marcus'),
          attendeeIds: everyone.filter((id) => id !== emp('marcus')),
          rrule: 'FREQ=WEEKLY;BYDAY=MO',
          category: 'green',
          reminderMinutes: 10,
          description: 'Week ahead: projects, deadlines, who is out. Ten minutes each team.',
        });
      staffMeeting = true;
    }
    if (dow === 3) {
      if (designReview) void base(plannedOn(date, 7), 8 * 60 + 5);
      else
        timed(date, 'Design review', 'meeting', 14 * 60, 60, {
          location: 'Design studio',
          ownerId: emp('david'),
          attendeeIds: design.filter((id) => id !== emp('david')),
          rrule: 'FREQ=WEEKLY;BYDAY=WE',
          category: 'purple',
        });
      designReview = true;
    }
  }
  const clientPicks = rng.sample(CLIENTS, 6);
  clientPicks.forEach((c, i) => {
    let date = addDays(windowStart, 2 + i * 5 + rng.int(0, 2));
    while (!isWorkday(date)) date = addDays(date, 1);
    const startAt = rng.pick([10 * 60, 11 * 60, 13 * 60 + 30, 15 * 60]);
    const inHouse = rng.chance(0.5);
    const colleague = rng.pick([emp('sofia'), emp('david'), emp('jonas')]);
    timed(date, `Client meeting — ${c.company}`, 'meeting', startAt, 60, {
      location: inHouse ? 'Board room' : `${c.company} office`,
      ownerId: emp('noah'),
      attendeeIds: [colleague],
      guests: [{ kind: 'contact', name: c.name }],
      category: 'orange',
      description: `With ${c.name}. Bring the latest drawing set.`,
    });
  });
  timed(addDays(today, -6), 'Site visit — Bayside Hotel lobby', 'travel', 8 * 60 + 30, 180, {
    location: '1 Commercial St, Portland',
    ownerId: emp('david'),
    attendeeIds: [emp('sofia')],
    category: 'teal',
  });
  timed(addDays(today, 3), 'Site visit — 88 Fore Street townhouses', 'travel', 13 * 60, 150, {
    location: '88 Fore St, Portland',
    ownerId: emp('noah'),
    attendeeIds: [emp('priya')],
    category: 'teal',
  });
  allDay(addDays(today, 9), addDays(today, 10), 'BuildExpo Boston', 'travel', {
    location: 'Boston Convention Center',
    ownerId: emp('david'),
    attendeeIds: [emp('jonas')],
    category: 'teal',
  });
  const tg = thanksgiving(ctx.year);
  if (tg >= windowStart && tg <= windowEnd) allDay(tg, addDays(tg, 1), 'Office closed — Thanksgiving', 'out-of-office', { category: 'grey' });
  allDay(addDays(today, -3), addDays(today, -3), 'Fire extinguisher inspection', 'reminder', {
    location: 'Whole office',
    ownerId: emp('tomas'),
    category: 'grey',
  });
  allDay(addDays(today, 5), addDays(today, 5), 'Plotter service visit (PrintWorks)', 'reminder', {
    location: 'Print room',
    ownerId: emp('tomas'),
    category: 'grey',
  });
  allDay(addDays(today, 12), addDays(today, 12), 'Renew harborlane.example domain', 'reminder', {
    ownerId: emp('tomas'),
    category: 'grey',
  });
  const reportsDue = `${monthOf(today)}-28`;
  allDay(reportsDue, reportsDue, 'Submit monthly expense reports', 'reminder', {
    attendeeIds: everyone,
    category: 'grey',
  });
  let lunch = addDays(today, 1);
  while (dayOfWeek(lunch) !== 5) lunch = addDays(lunch, 1);
  timed(lunch, 'Team lunch', 'meeting', 12 * 60, 75, {
    location: 'Eventide Oyster Co.',
    ownerId: emp('elena'),
    attendeeIds: everyone.filter((id) => id !== emp('elena')),
    category: 'green',
  });
  return events.sort(byStart);
}

export interface SampleCalendarMonth {
  events: CalendarEvent[];
  rooms: Room[];
  diaryProfiles: DiaryProfile[];
  trips: Trip[];
  calendarSettings: CalendarSettings;
}

/** The first `weekday` (0 = Sunday … 6) on or after `date`. */
function onOrAfter(date: string, weekday: number): string {
  return addDays(date, (weekday - dayOfWeek(date) + 7) % 7);
}

/** The next workday on or after `date`. */
function workdayFrom(date: string): string {
  let d = date;
  while (!isWorkday(d)) d = addDays(d, 1);
  return d;
}

/**
 * What the Calendar module added, generated last (no random draws; everything follows from
 * today): rooms, diary profiles, settings, more meetings, the trip, and the clashes. The weekly
 * staff meeting gets one moved and one cancelled occurrence; meetings that were in the Board
 * room are booked in it.
 */
export function generateCalendarMonth(ctx: SampleContext, earlier: readonly CalendarEvent[], emp: (key: string) => string): SampleCalendarMonth {
  const { today, base } = ctx;
  const zone = SAMPLE_OFFICE_ZONE;
  const setup = addDays(today, -60);
  const windowStart = addDays(today, -14);

  const room = (name: string, capacity: number, location: string, features: string): Room =>
    compact<Room>({ ...base(setup, 8 * 60 + 30), name, capacity, location, features, active: true });
  const boardRoom = room('Board room', 12, 'Second floor', 'Wall screen, video-call kit, whiteboard');
  const meetingRoom2 = room('Meeting room 2', 6, 'Second floor, by the studio', 'TV screen, whiteboard');
  const phoneBooth = room('Phone booth', 1, 'Ground floor, by reception', 'Headset, soundproofed');
  const rooms = [boardRoom, meetingRoom2, phoneBooth];

  // Meetings that were held "in the Board room" are now bookings of it.
  const events: CalendarEvent[] = earlier.map((e) => (e.location === 'Board room' ? { ...e, roomId: boardRoom.id } : e));

  // The staff meeting: next Monday's moves to Tuesday (the director flies out on Monday), the
  // one after is cancelled (Thanksgiving week or not, the team decided to skip one).
  const staffIndex = events.findIndex((e) => e.title === 'Weekly staff meeting');
  const nextMonday = onOrAfter(addDays(today, 1), 1);
  const tripStart = nextMonday;
  if (staffIndex >= 0) {
    const s = events[staffIndex]!;
    const movedTo = addDays(nextMonday, 1);
    const next = {
      ...s,
      overrides: [{ recurrenceId: wall(nextMonday, 9 * 60), start: wall(movedTo, 9 * 60 + 30), end: wall(movedTo, 10 * 60 + 15), timeZone: zone, description: 'Moved to Tuesday: Margaret travels on Monday and joins by video from London.' }],
      exdates: [wall(addDays(nextMonday, 7), 9 * 60)],
    };
    events[staffIndex] = withBounds(next);
  }

  const timed = (date: string, title: string, kind: CalendarEvent['kind'], localStart: number, minutes: number, extra: Partial<EventFields> = {}, eventZone = zone) =>
    events.push(
      sampleEvent(base(date < today ? (addDays(date, -7) < windowStart ? windowStart : addDays(date, -7)) : addDays(today, -3), 8 * 60 + 10), {
        title,
        kind,
        allDay: false,
        start: wall(date, localStart),
        end: wall(date, localStart + minutes),
        timeZone: eventZone,
        ...extra,
      }),
    );

  // 1:1s every two weeks.
  const firstThursday = onOrAfter(windowStart, 4);
  timed(firstThursday, '1:1 David / Sofia', 'meeting', 10 * 60, 30, {
    ownerId: emp('david'),
    attendeeIds: [emp('sofia')],
    roomId: meetingRoom2.id,
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
    category: 'blue',
  });
  const firstTuesday = onOrAfter(windowStart, 2);
  timed(firstTuesday, '1:1 Margaret / Marcus', 'meeting', 16 * 60, 30, {
    ownerId: emp('margaret'),
    attendeeIds: [emp('marcus')],
    roomId: meetingRoom2.id,
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    category: 'blue',
  });
  // The board meets on the first Tuesday of every month, from the first one in the window's month.
  const boardStart = onOrAfter(`${monthOf(windowStart)}-01`, 2);
  timed(boardStart, 'Board meeting', 'meeting', 10 * 60, 120, {
    ownerId: emp('margaret'),
    attendeeIds: [emp('benjamin'), emp('marcus'), emp('david')],
    guests: [{ kind: 'contact', name: 'Ruth Calloway', email: 'ruth.calloway@example.com' }],
    roomId: boardRoom.id,
    rrule: 'FREQ=MONTHLY;BYDAY=1TU',
    category: 'red',
    reminderMinutes: 60,
    description: 'Agenda: management accounts, pipeline, hiring, any other business.',
  });

  // A two-day offsite for the design team, Thursday and Friday of the week after next.
  const offsite = onOrAfter(addDays(today, 8), 4);
  events.push(
    sampleEvent(base(addDays(today, -5), 8 * 60 + 12), {
      title: 'Design team offsite — Camden',
      kind: 'out-of-office',
      allDay: true,
      start: offsite,
      end: addDays(offsite, 2),
      location: 'Camden Harbour Inn, 83 Bayview St, Camden',
      ownerId: emp('david'),
      attendeeIds: [emp('sofia'), emp('priya'), emp('jonas')],
      category: 'purple',
      description: 'Two days on next year’s portfolio and the studio’s way of working.',
    }),
  );

  // A room held for a client, in no one's diary.
  const hold = workdayFrom(addDays(today, 2));
  timed(hold, 'Held for Bayside Hotel client walkthrough', 'other', 13 * 60, 120, { roomId: meetingRoom2.id, category: 'grey' });

  // The director's private appointment (the office manager sees it; everyone else sees "Busy").
  const dentist = workdayFrom(addDays(today, 1));
  timed(dentist, 'Dentist — Dr. Hughes', 'appointment', 8 * 60, 60, {
    ownerId: emp('margaret'),
    location: '22 Exchange St, Portland',
    private: true,
    reminderMinutes: 30,
  });

  // A call set in London time (15:00 in London is 10:00 in Portland most of the year).
  const londonCall = workdayFrom(addDays(today, -2));
  timed(
    londonCall,
    'Call with Thames & Rowe Architects (London)',
    'meeting',
    15 * 60,
    45,
    {
      ownerId: emp('margaret'),
      attendeeIds: [emp('david')],
      roomId: phoneBooth.id,
      guests: [{ kind: 'contact', name: 'Oliver Rowe', email: 'oliver.rowe@example.com' }],
      category: 'orange',
    },
    'Europe/London',
  );

  // Clashes to resolve: two meetings in the Board room at once, and Noah double-booked.
  const clashDay = workdayFrom(addDays(today, 2));
  timed(clashDay, 'Budget review Q1', 'meeting', 14 * 60, 60, {
    ownerId: emp('benjamin'),
    attendeeIds: [emp('margaret'), emp('aisha')],
    roomId: boardRoom.id,
    category: 'red',
  });
  timed(clashDay, 'Client presentation — Harbor View Condos', 'meeting', 14 * 60 + 30, 60, {
    ownerId: emp('noah'),
    attendeeIds: [emp('sofia')],
    roomId: boardRoom.id,
    category: 'orange',
  });
  const siteVisit = addDays(today, 3);
  timed(siteVisit, 'Supplier call — TechPoint Computers', 'meeting', 14 * 60, 30, {
    ownerId: emp('noah'),
    roomId: phoneBooth.id,
    category: 'blue',
  });

  // The director's trip to London: train to Boston, flight out, hotel, a day trip by train, flight back.
  const d = tripStart;
  const leg = (fields: Omit<TripLeg, 'id'>): TripLeg => compact<TripLeg>({ id: ctx.newId(), ...fields });
  const london = 'Europe/London';
  const legs: TripLeg[] = [
    leg({ kind: 'train', carrier: 'Amtrak Downeaster', number: '682', from: 'Portland, ME (Transportation Center)', to: 'Boston North Station', start: wall(d, 11 * 60 + 45), startTimeZone: zone, end: wall(d, 14 * 60 + 15), endTimeZone: zone, confirmation: 'A7K2QX', costCents: 3200 }),
    leg({ kind: 'flight', carrier: 'British Airways', number: 'BA 212', from: 'Boston Logan (BOS) Terminal E', to: 'London Heathrow (LHR) Terminal 5', start: wall(d, 18 * 60 + 15), startTimeZone: zone, end: wall(addDays(d, 1), 6 * 60 + 20), endTimeZone: london, confirmation: 'XJ4P9L', costCents: 184500, notes: 'Seat 12A, one checked bag.' }),
    leg({ kind: 'hotel', carrier: 'The Hoxton, Holborn', from: '199-206 High Holborn, London WC1V 7BD', start: wall(addDays(d, 1), 15 * 60), startTimeZone: london, end: wall(addDays(d, 3), 11 * 60), endTimeZone: london, confirmation: 'HOX-558213', costCents: 61800 }),
    leg({ kind: 'train', carrier: 'Great Western Railway', number: '1C09', from: 'London Paddington', to: 'Bath Spa', start: wall(addDays(d, 2), 8 * 60 + 30), startTimeZone: london, end: wall(addDays(d, 2), 9 * 60 + 52), endTimeZone: london, confirmation: 'GWR 7Q2M', costCents: 9900, notes: 'Site visit at the Royal Crescent project; return 17:13.' }),
    leg({ kind: 'flight', carrier: 'British Airways', number: 'BA 213', from: 'London Heathrow (LHR) Terminal 5', to: 'Boston Logan (BOS) Terminal E', start: wall(addDays(d, 3), 14 * 60 + 25), startTimeZone: london, end: wall(addDays(d, 3), 16 * 60 + 50), endTimeZone: zone, confirmation: 'XJ4P9L', notes: 'Return on the same booking.' }),
  ];
  const trip = compact<Trip>({
    ...base(addDays(today, -10), 11 * 60),
    travellerId: emp('margaret'),
    purpose: 'Partner meetings with Thames & Rowe Architects',
    destination: 'London and Bath, UK',
    startDate: d,
    endDate: addDays(d, 3),
    status: 'booked',
    legs,
    attachmentIds: [],
    expenseIds: [],
    estimateCents: 300000,
    notes: 'Elena booked everything; tickets in the travel folder.',
  });

  // Diary profiles: the director's diary open to the office manager; a part-timer; an early starter.
  const profile = (key: string, fields: Pick<DiaryProfile, 'days' | 'start' | 'end'> & Partial<Pick<DiaryProfile, 'viewerIds'>>): DiaryProfile =>
    compact<DiaryProfile>({ ...base(setup, 8 * 60 + 40), id: `person:${emp(key)}`, viewerIds: [], ...fields });
  const diaryProfiles = [
    profile('margaret', { days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00', viewerIds: [emp('elena')] }),
    profile('aisha', { days: [1, 2, 3, 4], start: '09:00', end: '15:00' }),
    profile('david', { days: [1, 2, 3, 4, 5], start: '08:30', end: '17:00' }),
  ];

  const calendarSettings: CalendarSettings = {
    officeTimeZone: zone,
    days: [1, 2, 3, 4, 5],
    start: '09:00',
    end: '17:30',
    currentUserId: emp('elena'),
    defaultReminderMinutes: 15,
    weekStartsOn: 1,
  };

  return { events: events.sort(byStart), rooms, diaryProfiles, trips: [trip], calendarSettings };
}
