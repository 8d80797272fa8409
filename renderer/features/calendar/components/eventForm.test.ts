import { describe, expect, it } from 'vitest';
import { readRrule } from '../../../../shared/calendar';
import type { CalendarEvent } from '../../../../shared/domain/calendar';
import { eventToForm, formInstants, formToDraft, newEventForm, recurrenceFromRule, recurrenceRule, sameRecurrence, defaultRecurrence, seriesTextFields, withStartDate, withStartTime, alignToFirstOccurrence } from './eventForm';

const stored = (over: Partial<CalendarEvent> = {}): CalendarEvent =>
  ({
    id: 'e1',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    deletedAt: null,
    uid: 'e1',
    title: 'Team sync',
    kind: 'meeting',
    allDay: false,
    start: '2026-12-03T09:00:00',
    end: '2026-12-03T10:00:00',
    timeZone: 'America/New_York',
    exdates: [],
    rdates: [],
    overrides: [],
    ownerId: 'ann',
    attendeeIds: ['bob'],
    guests: [{ kind: 'contact', name: 'Cy', email: 'cy@example.com' }],
    roomId: 'r2',
    category: 'green',
    private: false,
    firstStart: '2026-12-03T14:00:00.000Z',
    lastEnd: '9999-12-31T23:59:59.999Z',
    ...over,
  }) as CalendarEvent;

describe('event form', () => {
  it('a new timed event keeps wall times in its zone', () => {
    const form = newEventForm({ start: '2026-12-03T09:00:00', end: '2026-12-03T10:30:00', allDay: false, officeZone: 'Europe/London', ownerId: 'ann', reminderMinutes: 15 });
    form.title = '  Budget review ';
    const draft = formToDraft(form);
    expect(draft).toMatchObject({ title: 'Budget review', start: '2026-12-03T09:00:00', end: '2026-12-03T10:30:00', timeZone: 'Europe/London', ownerId: 'ann', reminderMinutes: 15, allDay: false });
    expect(draft.rrule).toBeUndefined();
    expect(formInstants(form)).toEqual({ start: '2026-12-03T09:00:00.000Z', end: '2026-12-03T10:30:00.000Z' });
  });

  it('all-day: the form shows the last day, the draft ends the day after', () => {
    const form = newEventForm({ start: '2026-12-04', end: '2026-12-06', allDay: true, officeZone: 'Europe/London' });
    expect([form.startDate, form.endDate]).toEqual(['2026-12-04', '2026-12-05']);
    const draft = formToDraft(form);
    expect([draft.start, draft.end, draft.timeZone]).toEqual(['2026-12-04', '2026-12-06', undefined]);
  });

  it('an occurrence opens at its own time in the event zone', () => {
    const form = eventToForm(stored({ rrule: 'FREQ=WEEKLY;BYDAY=TH' }), 'Europe/London', { start: '2026-12-10T14:00:00.000Z', end: '2026-12-10T15:00:00.000Z' });
    expect([form.startDate, form.startTime, form.endTime, form.timeZone]).toEqual(['2026-12-10', '09:00', '10:00', 'America/New_York']);
    expect(form.recurrence.mode).toBe('weekly');
    expect(form.guests).toEqual([{ kind: 'contact', name: 'Cy', email: 'cy@example.com', id: undefined }]);
  });

  it('an occurrence with its own changes opens with them, not the series\' (issue 13 review 1)', () => {
    const e = stored({
      rrule: 'FREQ=WEEKLY;BYDAY=TH',
      description: 'Series notes',
      location: 'Room 2',
      overrides: [{ recurrenceId: '2026-12-10T09:00:00', title: 'Sync with the auditors', description: 'Bring the ledger', location: 'Boardroom', start: '2026-12-10T11:00:00', end: '2026-12-10T12:00:00' }],
    });
    const form = eventToForm(e, 'Europe/London', { recurrenceId: '2026-12-10T09:00:00', start: '2026-12-10T16:00:00.000Z', end: '2026-12-10T17:00:00.000Z' });
    expect([form.title, form.notes, form.location, form.startTime, form.endTime]).toEqual(['Sync with the auditors', 'Bring the ledger', 'Boardroom', '11:00', '12:00']);
    // Another occurrence keeps the series' text.
    const other = eventToForm(e, 'Europe/London', { recurrenceId: '2026-12-17T09:00:00', start: '2026-12-17T14:00:00.000Z', end: '2026-12-17T15:00:00.000Z' });
    expect([other.title, other.notes, other.location]).toEqual(['Team sync', 'Series notes', 'Room 2']);
    // Saved for the whole series with only the time changed: the series keeps its own text.
    const edited = { ...form, startTime: '10:00' };
    const draft = seriesTextFields(formToDraft(edited, e), edited, form, e);
    expect([draft.title, draft.description, draft.location]).toEqual(['Team sync', 'Series notes', 'Room 2']);
    const retitled = { ...form, title: 'Weekly sync' };
    expect(seriesTextFields(formToDraft(retitled, e), retitled, form, e).title).toBe('Weekly sync');
  });

  it('an untouched stored form gives back the stored fields', () => {
    const e = stored();
    const draft = formToDraft(eventToForm(e, 'Europe/London'), e);
    expect(draft).toMatchObject({ start: e.start, end: e.end, timeZone: e.timeZone, attendeeIds: ['bob'], roomId: 'r2', category: 'green', guests: [{ kind: 'contact', name: 'Cy', email: 'cy@example.com' }] });
  });
});

describe('repeat fields', () => {
  it('build rules through the engine and read them back', () => {
    const base = defaultRecurrence('2026-12-03');
    const weekly = recurrenceRule({ ...base, mode: 'weekly', weekDays: ['WE', 'MO'], interval: 2, ends: 'after', count: 6 })!;
    expect(readRrule(weekly)).toMatchObject({ freq: 'WEEKLY', interval: 2, byDay: ['MO', 'WE'], count: 6 });
    expect(recurrenceFromRule(weekly, '2026-12-03')).toMatchObject({ mode: 'weekly', interval: 2, weekDays: ['MO', 'WE'], ends: 'after', count: 6 });
    const nth = recurrenceRule({ ...base, mode: 'monthlyNth', nth: -1, nthDay: 'FR', ends: 'on', until: '2027-06-30' })!;
    expect(recurrenceFromRule(nth, '2026-12-03')).toMatchObject({ mode: 'monthlyNth', nth: -1, nthDay: 'FR', ends: 'on', until: '2027-06-30' });
    expect(recurrenceFromRule(recurrenceRule({ ...base, mode: 'weekdays' }), '2026-12-03').mode).toBe('weekdays');
    expect(recurrenceFromRule(recurrenceRule({ ...base, mode: 'monthlyDay', monthDay: 15 }), '2026-12-03')).toMatchObject({ mode: 'monthlyDay', monthDay: 15 });
    expect(recurrenceRule({ ...base, mode: 'none' })).toBeUndefined();
  });

  it('keeps a rule the form cannot show, as it is', () => {
    const rule = 'FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1';
    const form = recurrenceFromRule(rule, '2026-12-01');
    expect(form.mode).toBe('custom');
    expect(recurrenceRule(form)).toBe(rule);
    expect(sameRecurrence(form, recurrenceFromRule(rule, '2026-12-01'))).toBe(true);
  });

  it('weekly on chosen days ticks the start date\'s weekday and follows a new start date (issue 13 review 3)', () => {
    // Opened on Friday 4 Dec, the start moved to Tuesday 8 Dec: Tuesday is ticked, not Friday.
    const opened = newEventForm({ start: '2026-12-04T10:00:00', end: '2026-12-04T11:00:00', allDay: false, officeZone: 'America/New_York' });
    const moved = withStartDate(opened, '2026-12-08');
    expect([moved.startDate, moved.endDate]).toEqual(['2026-12-08', '2026-12-08']);
    expect(moved.recurrence.weekDays).toEqual(['TU']);
    expect([moved.recurrence.monthDay, moved.recurrence.nth, moved.recurrence.nthDay]).toEqual([8, 2, 'TU']);
    // A day the user picked stays.
    const picked = withStartDate({ ...opened, recurrence: { ...opened.recurrence, mode: 'weekly', weekDays: ['MO', 'WE'] } }, '2026-12-08');
    expect(picked.recurrence.weekDays).toEqual(['MO', 'WE']);
    // The first occurrence of "weekly on Monday and Wednesday" from Tuesday 8 Dec is Wednesday 9 Dec.
    const first = alignToFirstOccurrence(picked);
    expect([first.startDate, first.endDate, first.startTime]).toEqual(['2026-12-09', '2026-12-09', '10:00']);
    expect(alignToFirstOccurrence({ ...moved, recurrence: { ...moved.recurrence, mode: 'weekly' } }).startDate).toBe('2026-12-08');
  });

  it('changing the start time keeps the event\'s length (issue 13 review 11)', () => {
    const form = newEventForm({ start: '2026-12-04T09:00:00', end: '2026-12-04T10:30:00', allDay: false, officeZone: 'America/New_York' });
    expect([withStartTime(form, '11:00').endDate, withStartTime(form, '11:00').endTime]).toEqual(['2026-12-04', '12:30']);
    expect([withStartTime(form, '23:00').endDate, withStartTime(form, '23:00').endTime]).toEqual(['2026-12-05', '00:30']);
    expect(withStartTime(form, '').endTime).toBe('10:30');
  });

  it('says what is missing', () => {
    const base = defaultRecurrence('2026-12-03');
    expect(() => recurrenceRule({ ...base, mode: 'weekly', weekDays: [] })).toThrow('Pick at least one day');
    expect(() => recurrenceRule({ ...base, mode: 'daily', ends: 'on', until: '' })).toThrow('Enter the date the repeats end on');
  });
});
