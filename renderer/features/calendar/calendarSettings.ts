/**
 * The calendar's settings (office zone, default working hours, who uses this PC, default
 * reminder, first weekday) and each diary's profile (own working hours, private viewers).
 * Settings live under the `calendar` key of the settings table; a stored value that no longer
 * validates falls back field by field to the defaults rather than blocking the calendar.
 */
import { calendarSettingsSchema, diaryProfileSchema, type CalendarSettings, type DiaryKey, type DiaryProfile } from '../../../shared/domain/calendar';
import { SETTING_KEYS } from '../../../shared/domain/settings';
import { nowIso } from '../../../shared/lib/dates';
import { getSettingRecord, putSetting } from '../../core/settings';
import { getDb, type BackdeskDb } from '../../db';
import { auditEntry, parseOrThrow, writeTransaction } from '../../db/crud';

/** The zone this PC's clock runs in (what Intl resolves), UTC if it cannot tell. */
export function platformTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function defaultCalendarSettings(): CalendarSettings {
  return { officeTimeZone: platformTimeZone(), days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30', weekStartsOn: 1 };
}

/** Parses `stored` over the defaults, replacing only the fields that fail. */
function settingsWithFallback(stored: unknown): CalendarSettings {
  const defaults = defaultCalendarSettings() as Record<string, unknown>;
  let candidate: Record<string, unknown> = { ...defaults, ...(stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {}) };
  for (let attempt = 0; attempt < 10; attempt++) {
    const r = calendarSettingsSchema.safeParse(candidate);
    if (r.success) return r.data;
    const next = { ...candidate };
    for (const issue of r.error.issues) {
      const key = String(issue.path[0] ?? '');
      // A cross-field problem (the day ends before it starts) resets both ends of the day.
      const keys = key === 'end' || key === 'start' ? ['start', 'end'] : [key];
      for (const k of keys) {
        if (k in defaults) next[k] = defaults[k];
        else delete next[k];
      }
    }
    candidate = next;
  }
  return defaultCalendarSettings();
}

/** The stored settings, or defaults: the PC's zone, Mon–Fri 09:00–17:30, week from Monday. */
export async function getCalendarSettings(db: BackdeskDb = getDb()): Promise<CalendarSettings> {
  const r = await getSettingRecord(SETTING_KEYS.calendar, db);
  return settingsWithFallback(r?.value);
}

/** Saves the given fields over the current settings; '' or undefined clears an optional field. */
export async function saveCalendarSettings(patch: Partial<CalendarSettings>, db: BackdeskDb = getDb()): Promise<CalendarSettings> {
  const merged: Record<string, unknown> = { ...(await getCalendarSettings(db)) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || (typeof v === 'string' && v.trim() === '')) delete merged[k];
    else merged[k] = v;
  }
  const parsed = parseOrThrow('settings', calendarSettingsSchema, merged);
  await putSetting(SETTING_KEYS.calendar, parsed, 'Updated the calendar settings', db);
  return parsed;
}

export async function getDiaryProfile(key: DiaryKey, db: BackdeskDb = getDb()): Promise<DiaryProfile | undefined> {
  const r = await db.diaryProfiles.get(key);
  return r && r.deletedAt === null ? r : undefined;
}

/** Live profiles of the given diaries (absent ones are simply missing from the map). */
export async function getDiaryProfiles(keys: readonly DiaryKey[], db: BackdeskDb = getDb()): Promise<Map<DiaryKey, DiaryProfile>> {
  const rows = await db.diaryProfiles.bulkGet([...keys]);
  const out = new Map<DiaryKey, DiaryProfile>();
  for (const r of rows) if (r && r.deletedAt === null) out.set(r.id as DiaryKey, r);
  return out;
}

/** A diary's working hours for the free-slot finder: its profile's, else the office default. */
export function workingHoursOf(profile: DiaryProfile | undefined, settings: CalendarSettings): { days: number[]; start: string; end: string; timeZone: string } {
  return profile
    ? { days: profile.days, start: profile.start, end: profile.end, timeZone: profile.timeZone ?? settings.officeTimeZone }
    : { days: settings.days, start: settings.start, end: settings.end, timeZone: settings.officeTimeZone };
}

export async function saveDiaryProfile(
  key: DiaryKey,
  value: Pick<DiaryProfile, 'days' | 'start' | 'end' | 'viewerIds'> & { timeZone?: string | undefined },
  db: BackdeskDb = getDb(),
): Promise<DiaryProfile> {
  return writeTransaction(db, ['diaryProfiles', 'auditLog'], async () => {
    const at = nowIso();
    const existing = await db.diaryProfiles.get(key);
    const input: Record<string, unknown> = {
      id: key,
      days: [...new Set(value.days)].sort((a, b) => a - b),
      start: value.start,
      end: value.end,
      viewerIds: [...new Set(value.viewerIds)],
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
      deletedAt: null,
    };
    if (value.timeZone && value.timeZone.trim()) input.timeZone = value.timeZone.trim();
    const profile = parseOrThrow('diaryProfiles', diaryProfileSchema, input);
    await db.diaryProfiles.put(profile);
    await db.auditLog.add(auditEntry('diaryProfiles', key, existing ? 'update' : 'create', `Updated the working hours and viewers of diary ${key}`, at));
    return profile;
  });
}
