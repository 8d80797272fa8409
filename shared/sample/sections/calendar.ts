/**
 * The calendar for a month around today: weekly meetings, client meetings, site visits, a trade
 * show, reminders, a holiday closure and a team lunch, merged with the interview events.
 */
import { addDays, dayOfWeek, monthOf, toIsoDate } from '../../lib/dates';
import type { CalendarEvent, Employee } from '../../domain';
import { CLIENTS } from '../catalog';
import { compact, instant, isWorkday, type SampleContext } from '../context';

function thanksgiving(year: number): string {
  const nov1 = toIsoDate(year, 11, 1);
  const offset = (4 - dayOfWeek(nov1) + 7) % 7;
  return addDays(nov1, offset + 21);
}

/** Every event, interviews included, in start order. */
export function generateCalendar(
  ctx: SampleContext,
  activeEmployees: readonly Employee[],
  emp: (key: string) => string,
  interviewEvents: readonly CalendarEvent[],
): CalendarEvent[] {
  const { rng, today, base } = ctx;
  const events: CalendarEvent[] = [...interviewEvents];
  const windowStart = addDays(today, -14);
  const windowEnd = addDays(today, 16);
  const everyone = activeEmployees.map((e) => e.id);
  const design = activeEmployees.filter((e) => e.department === 'Design').map((e) => e.id);
  const plannedOn = (date: string, lead: number) => {
    const d = addDays(date, -lead);
    return d < windowStart ? windowStart : d > today ? today : d;
  };
  const event = (
    date: string,
    title: string,
    kind: CalendarEvent['kind'],
    localStart: number,
    minutes: number,
    extra: Partial<CalendarEvent> = {},
  ) => {
    events.push(
      compact<CalendarEvent>({
        ...base(plannedOn(date, 7), 8 * 60 + 5),
        title,
        kind,
        allDay: false,
        start: instant(date, localStart),
        end: instant(date, localStart + minutes),
        attendeeIds: [],
        ...extra,
      }),
    );
  };
  const allDay = (
    start: string,
    end: string,
    title: string,
    kind: CalendarEvent['kind'],
    extra: Partial<CalendarEvent> = {},
  ) => {
    events.push(
      compact<CalendarEvent>({
        ...base(plannedOn(start, 10), 8 * 60 + 6),
        title,
        kind,
        allDay: true,
        start,
        end,
        attendeeIds: [],
        ...extra,
      }),
    );
  };
  for (let date = windowStart; date <= windowEnd; date = addDays(date, 1)) {
    const dow = dayOfWeek(date);
    if (dow === 1)
      event(date, 'Weekly staff meeting', 'meeting', 9 * 60, 45, {
        location: 'Conference room',
        attendeeIds: everyone,
      });
    if (dow === 3)
      event(date, 'Design review', 'meeting', 14 * 60, 60, {
        location: 'Design studio',
        attendeeIds: design,
      });
  }
  const clientPicks = rng.sample(CLIENTS, 6);
  clientPicks.forEach((c, i) => {
    let date = addDays(windowStart, 2 + i * 5 + rng.int(0, 2));
    while (!isWorkday(date)) date = addDays(date, 1);
    event(
      date,
      `Client meeting — ${c.company}`,
      'meeting',
      rng.pick([10 * 60, 11 * 60, 13 * 60 + 30, 15 * 60]),
      60,
      {
        location: rng.chance(0.5) ? 'Conference room' : `${c.company} office`,
        attendeeIds: [emp('noah'), rng.pick([emp('sofia'), emp('david'), emp('jonas')])],
        notes: `With ${c.name}. Bring the latest drawing set.`,
      },
    );
  });
  event(addDays(today, -6), 'Site visit — Bayside Hotel lobby', 'travel', 8 * 60 + 30, 180, {
    location: '1 Commercial St, Portland',
    attendeeIds: [emp('david'), emp('sofia')],
  });
  event(addDays(today, 3), 'Site visit — 88 Fore Street townhouses', 'travel', 13 * 60, 150, {
    location: '88 Fore St, Portland',
    attendeeIds: [emp('noah'), emp('priya')],
  });
  allDay(addDays(today, 9), addDays(today, 10), 'BuildExpo Boston', 'travel', {
    location: 'Boston Convention Center',
    attendeeIds: [emp('david'), emp('jonas')],
  });
  const tg = thanksgiving(ctx.year);
  if (tg >= windowStart && tg <= windowEnd)
    allDay(tg, addDays(tg, 1), 'Office closed — Thanksgiving', 'reminder');
  allDay(addDays(today, -3), addDays(today, -3), 'Fire extinguisher inspection', 'reminder', {
    location: 'Whole office',
  });
  allDay(addDays(today, 5), addDays(today, 5), 'Plotter service visit (PrintWorks)', 'reminder', {
    location: 'Print room',
    attendeeIds: [emp('tomas')],
  });
  allDay(addDays(today, 12), addDays(today, 12), 'Renew harborlane.example domain', 'reminder', {
    attendeeIds: [emp('tomas')],
  });
  const reportsDue = `${monthOf(today)}-28`;
  allDay(reportsDue, reportsDue, 'Submit monthly expense reports', 'reminder', {
    attendeeIds: everyone,
  });
  let lunch = addDays(today, 1);
  while (dayOfWeek(lunch) !== 5) lunch = addDays(lunch, 1);
  event(lunch, 'Team lunch', 'meeting', 12 * 60, 75, {
    location: 'Eventide Oyster Co.',
    attendeeIds: everyone,
  });
  events.sort((a, b) => a.start.localeCompare(b.start));
  return events;
}
