/** Calendar settings (defaults, saving, a damaged stored value falling back field by field) and diary profiles. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { putSetting } from '../../core/settings';
import type { BackdeskDb } from '../../db';
import { openTestDb } from '../../db/testing';
import { getCalendarSettings, getDiaryProfile, getDiaryProfiles, platformTimeZone, saveCalendarSettings, saveDiaryProfile, workingHoursOf } from './calendarSettings';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('calendar settings', () => {
  it('defaults to the PC zone, Mon–Fri 09:00–17:30, weeks from Monday; saves and validates', async () => {
    expect(await getCalendarSettings(db)).toEqual({ officeTimeZone: platformTimeZone(), days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30', weekStartsOn: 1 });
    const saved = await saveCalendarSettings({ officeTimeZone: 'America/New_York', currentUserId: 'emp1', defaultReminderMinutes: 15 }, db);
    expect(saved).toMatchObject({ officeTimeZone: 'America/New_York', currentUserId: 'emp1', defaultReminderMinutes: 15, start: '09:00' });
    expect(await getCalendarSettings(db)).toEqual(saved);
    await expect(saveCalendarSettings({ start: '18:00' }, db)).rejects.toThrow('The working day ends before it starts.');
    await expect(saveCalendarSettings({ officeTimeZone: 'Nowhere/Else' }, db)).rejects.toThrow('Pick a time zone like Europe/London');
    expect((await saveCalendarSettings({ currentUserId: undefined }, db)).currentUserId).toBeUndefined();
  });

  it('keeps the good fields of a damaged stored value', async () => {
    await putSetting('calendar', { officeTimeZone: 'Europe/Paris', start: '19:00', end: '08:00', weekStartsOn: 9, days: [1, 2] }, 'test', db);
    expect(await getCalendarSettings(db)).toEqual({ officeTimeZone: 'Europe/Paris', days: [1, 2], start: '09:00', end: '17:30', weekStartsOn: 1 });
  });
});

describe('diary profiles', () => {
  it('saves working hours and viewers per diary; the office default applies otherwise', async () => {
    const settings = await saveCalendarSettings({ officeTimeZone: 'Europe/London' }, db);
    expect(await getDiaryProfile('person:emp1', db)).toBeUndefined();
    const p = await saveDiaryProfile('person:emp1', { days: [4, 1, 1], start: '08:00', end: '14:00', viewerIds: ['emp2', 'emp2'], timeZone: '' }, db);
    expect(p).toMatchObject({ id: 'person:emp1', days: [1, 4], viewerIds: ['emp2'] });
    expect(p.timeZone).toBeUndefined();
    expect([...(await getDiaryProfiles(['person:emp1', 'room:r1'], db)).keys()]).toEqual(['person:emp1']);
    expect(workingHoursOf(p, settings)).toEqual({ days: [1, 4], start: '08:00', end: '14:00', timeZone: 'Europe/London' });
    expect(workingHoursOf(undefined, settings)).toEqual({ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30', timeZone: 'Europe/London' });
    await expect(saveDiaryProfile('room:r1', { days: [], start: '09:00', end: '17:00', viewerIds: [] }, db)).rejects.toThrow('Pick at least one working day');
  });
});
