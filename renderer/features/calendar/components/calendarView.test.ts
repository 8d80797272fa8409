import { describe, expect, it } from 'vitest';
import type { DiaryItem } from '../../../core/diaries';
import {
  agendaContinues,
  calendarKeyAction,
  defaultNewEventTimes,
  displayTitle,
  itemAccessibleName,
  rangeInWords,
  seatsText,
  touchesRange,
  dateToWallString,
  instantToWallDate,
  instantToZoneDate,
  isBusyOnly,
  itemTarget,
  monthGridDays,
  ownZoneText,
  stepDate,
  toCalendarEvent,
  viewInstants,
  viewRange,
  wallDateToInstant,
  wallStringToDate,
} from './calendarView';

const item = (over: Partial<DiaryItem> = {}): DiaryItem => ({
  key: 'event:e1',
  source: 'event',
  id: 'e1',
  title: 'Weekly sync',
  start: '2026-12-03T09:00:00.000Z',
  end: '2026-12-03T10:00:00.000Z',
  allDay: false,
  diaries: ['person:ann', 'room:r2'],
  busy: true,
  href: '#/calendar/event/e1',
  ...over,
});

describe('wall Dates in the office zone', () => {
  it('draws an instant at its office wall time whatever the PC zone, and back', () => {
    // 14:00 UTC in July is 15:00 in London (BST) and 10:00 in New York (EDT).
    const london = instantToWallDate('2026-07-01T14:00:00.000Z', 'Europe/London');
    expect([london.getHours(), london.getMinutes(), london.getDate()]).toEqual([15, 0, 1]);
    const ny = instantToWallDate('2026-07-01T14:00:00.000Z', 'America/New_York');
    expect(ny.getHours()).toBe(10);
    expect(wallDateToInstant(london, 'Europe/London')).toBe('2026-07-01T14:00:00.000Z');
    expect(wallDateToInstant(ny, 'America/New_York')).toBe('2026-07-01T14:00:00.000Z');
  });

  it('keeps 09:00 at 09:00 across the DST change in the office zone', () => {
    const before = instantToWallDate('2026-10-23T08:00:00.000Z', 'Europe/London'); // BST
    const after = instantToWallDate('2026-10-30T09:00:00.000Z', 'Europe/London'); // GMT
    expect(before.getHours()).toBe(9);
    expect(after.getHours()).toBe(9);
  });

  it('reads and writes wall strings field by field', () => {
    expect(dateToWallString(wallStringToDate('2026-12-03T09:30'))).toBe('2026-12-03T09:30:00');
    expect(dateToWallString(wallStringToDate('2026-12-03'))).toBe('2026-12-03T00:00:00');
    expect(instantToZoneDate('2026-12-03T23:30:00.000Z', 'Asia/Tokyo')).toBe('2026-12-04');
  });
});

describe('view ranges', () => {
  it('week from the office first weekday; work week Monday to Friday', () => {
    // 2026-12-03 is a Thursday.
    expect(viewRange('week', '2026-12-03', 1)).toEqual({ start: '2026-11-30', end: '2026-12-07' });
    expect(viewRange('week', '2026-12-03', 7)).toEqual({ start: '2026-11-29', end: '2026-12-06' });
    expect(viewRange('work_week', '2026-12-03', 7)).toEqual({ start: '2026-11-30', end: '2026-12-05' });
    expect(viewRange('day', '2026-12-03', 1)).toEqual({ start: '2026-12-03', end: '2026-12-04' });
  });

  it('month in whole weeks', () => {
    const days = monthGridDays('2026-12-15', 1);
    expect(days[0]).toBe('2026-11-30');
    expect(days.at(-1)).toBe('2027-01-03');
    expect(days.length % 7).toBe(0);
    // A leap year's February starting on a Sunday week.
    expect(monthGridDays('2028-02-10', 7)[0]).toBe('2028-01-30');
  });

  it('steps by a day, a week or a month', () => {
    expect(stepDate('day', '2026-12-31', 1)).toBe('2027-01-01');
    expect(stepDate('week', '2026-12-03', -1)).toBe('2026-11-26');
    expect(stepDate('month', '2026-01-31', 1)).toBe('2026-02-01');
  });

  it('asks for the office-zone midnights as instants', () => {
    expect(viewInstants('day', '2026-07-01', 1, 'Europe/London')).toEqual({ from: '2026-06-30T23:00:00.000Z', to: '2026-07-01T23:00:00.000Z' });
  });
});

describe('items on the calendar', () => {
  it('shows an item in each selected diary it belongs to', () => {
    const ev = toCalendarEvent(item(), 'Europe/London', ['person:ann', 'room:r2', 'person:bob']);
    expect(ev.resourceId).toEqual(['person:ann', 'room:r2']);
    expect(ev.start.getHours()).toBe(9);
    expect(ev.draggable).toBe(true);
  });

  it('draws all-day items as whole local days, end exclusive', () => {
    const ev = toCalendarEvent(item({ allDay: true, start: '2026-12-04', end: '2026-12-06' }), 'Europe/London', ['person:ann']);
    expect(ev.allDay).toBe(true);
    expect(dateToWallString(ev.start)).toBe('2026-12-04T00:00:00');
    expect(dateToWallString(ev.end)).toBe('2026-12-06T00:00:00');
  });

  it('other modules open their own screen and are not dragged; a masked private entry opens nothing', () => {
    const interview = item({ source: 'interview', key: 'interview:i1', id: 'i1', href: '#/recruiting/candidates/c1' });
    expect(itemTarget(interview)).toEqual({ kind: 'href', href: '#/recruiting/candidates/c1' });
    expect(toCalendarEvent(interview, 'UTC', []).draggable).toBe(false);
    const masked = item({ title: 'Busy', private: true, href: undefined });
    expect(isBusyOnly(masked)).toBe(true);
    expect(itemTarget(masked)).toEqual({ kind: 'none' });
    expect(toCalendarEvent(masked, 'UTC', []).draggable).toBe(false);
    expect(itemTarget(item({ recurrenceId: '2026-12-03T09:00:00', recurring: true }))).toEqual({ kind: 'event', id: 'e1', recurrenceId: '2026-12-03T09:00:00' });
  });

  it("names the event's own zone when it is not the office's", () => {
    const text = ownZoneText(item({ timeZone: 'America/New_York', start: '2026-12-03T14:00:00.000Z', end: '2026-12-03T15:00:00.000Z' }), 'Europe/London', 'en-GB');
    expect(text).toMatch(/09:00.*10:00 New York/);
    expect(ownZoneText(item({ timeZone: 'Europe/London' }), 'Europe/London', 'en-GB')).toBeUndefined();
  });
});

describe('keyboard', () => {
  const key = (k: string, target: unknown = { tagName: 'DIV', getAttribute: () => null }, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
    calendarKeyAction({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods, target: target as EventTarget });

  it('maps the keys', () => {
    expect(key('ArrowLeft')).toEqual({ type: 'step', direction: -1 });
    expect(key('ArrowDown')).toEqual({ type: 'focus', direction: 1 });
    expect(key('n')).toEqual({ type: 'new' });
    expect(key('T')).toEqual({ type: 'today' });
    expect(key('m')).toEqual({ type: 'view', view: 'month' });
    expect(key('x')).toBeNull();
  });

  it('stays out of the way while typing or with a modifier', () => {
    expect(key('n', { tagName: 'INPUT' })).toBeNull();
    expect(key('n', { tagName: 'INPUT', type: 'search' })).toBeNull();
    expect(key('n', { tagName: 'INPUT', type: 'checkbox' })).toEqual({ type: 'new' });
    expect(key('t', { tagName: 'TEXTAREA' })).toBeNull();
    expect(key('ArrowLeft', { tagName: 'DIV', isContentEditable: true })).toBeNull();
    expect(key('n', undefined, { ctrlKey: true })).toBeNull();
  });
});

describe('calendar review fixes (issue 13 review)', () => {
  const NY = 'America/New_York';
  it('counts only entries whose dates touch the view, in the office zone (6)', () => {
    // Day view of Fri 4 Dec: the sources read ±14 h, so Thursday's and Saturday's all-day items come too.
    const thu = toCalendarEvent(item({ key: 'a', allDay: true, start: '2026-12-03', end: '2026-12-04' }), NY, []);
    const fri = toCalendarEvent(item({ key: 'b', allDay: true, start: '2026-12-04', end: '2026-12-05' }), NY, []);
    const sat = toCalendarEvent(item({ key: 'c', allDay: true, start: '2026-12-05', end: '2026-12-06' }), NY, []);
    const lateThu = toCalendarEvent(item({ key: 'd', start: '2026-12-04T03:00:00.000Z', end: '2026-12-04T04:00:00.000Z' }), NY, []);
    const friMorning = toCalendarEvent(item({ key: 'e', start: '2026-12-04T13:00:00.000Z', end: '2026-12-04T14:00:00.000Z' }), NY, []);
    expect([thu, fri, sat, lateThu, friMorning].filter((e) => touchesRange(e, '2026-12-04', '2026-12-05')).map((e) => e.id)).toEqual(['b', 'e']);
  });

  it('says the empty range in the locale\'s words with the last day included (8)', () => {
    expect(rangeInWords('day', '2026-12-04', 1, 'en-US')).toBe('on Friday, December 4, 2026');
    expect(rangeInWords('week', '2026-12-04', 1, 'en-US')).toBe('from Nov 30 to Dec 6, 2026');
    expect(rangeInWords('week', '2026-12-31', 1, 'en-US')).toBe('from Dec 28, 2026 to Jan 3, 2027');
    expect(rangeInWords('month', '2026-12-04', 1, 'en-US')).toBe('in December 2026');
    expect([seatsText(1), seatsText(6)]).toEqual(['1 seat', '6 seats']);
  });

  it('says a source\'s kind once (9)', () => {
    expect(displayTitle({ source: 'interview', title: 'Interview: Ann Lee' })).toBe('Ann Lee');
    expect(displayTitle({ source: 'task', title: 'Task due: File the VAT return' })).toBe('File the VAT return');
    expect(displayTitle({ source: 'trip', title: 'Trip: Boston' })).toBe('Boston');
    expect(displayTitle({ source: 'event', title: 'Interview: prep' })).toBe('Interview: prep');
    const ev = toCalendarEvent(item({ source: 'interview', title: 'Interview: Ann Lee', href: '#/recruiting' }), NY, []);
    expect(itemAccessibleName(ev, NY, 'en-US')).toMatch(/^Interview: Ann Lee, /);
  });

  it('marks only multi-day spans as going on in the agenda (10)', () => {
    const day = wallStringToDate('2026-12-04');
    expect(agendaContinues({ allDay: true, start: wallStringToDate('2026-12-04'), end: wallStringToDate('2026-12-05') }, day)).toEqual({ prior: false, after: false });
    expect(agendaContinues({ allDay: true, start: wallStringToDate('2026-12-04'), end: wallStringToDate('2026-12-06') }, day)).toEqual({ prior: false, after: true });
    expect(agendaContinues({ allDay: true, start: wallStringToDate('2026-12-03'), end: wallStringToDate('2026-12-05') }, day)).toEqual({ prior: true, after: false });
    expect(agendaContinues({ allDay: false, start: wallStringToDate('2026-12-04T22:00'), end: wallStringToDate('2026-12-05T00:00') }, day)).toEqual({ prior: false, after: false });
  });

  it('a new event starts at the next quarter hour in working hours, else the next working day\'s start (11)', () => {
    const hours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' };
    const at = (wall: string) => defaultNewEventTimes('2026-12-04', wallStringToDate(wall), hours);
    const wall = (t: { start: Date; end: Date }) => [dateToWallString(t.start), dateToWallString(t.end)];
    expect(wall(at('2026-12-04T04:00'))).toEqual(['2026-12-04T09:00:00', '2026-12-04T10:00:00']);
    expect(wall(at('2026-12-04T10:07'))).toEqual(['2026-12-04T10:15:00', '2026-12-04T11:15:00']);
    expect(wall(at('2026-12-04T10:15'))).toEqual(['2026-12-04T10:15:00', '2026-12-04T11:15:00']);
    // Friday evening: Monday's start.
    expect(wall(at('2026-12-04T18:00'))).toEqual(['2026-12-07T09:00:00', '2026-12-07T10:00:00']);
    // Another day shown: its working start.
    expect(wall(defaultNewEventTimes('2026-12-09', wallStringToDate('2026-12-04T04:00'), hours))).toEqual(['2026-12-09T09:00:00', '2026-12-09T10:00:00']);
  });
});
