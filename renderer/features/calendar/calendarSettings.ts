/**
 * The calendar's settings (office zone, default working hours, who uses this PC, default
 * reminder, first weekday) and each diary's profile (own working hours, private viewers).
 */
import type { CalendarSettings, DiaryKey, DiaryProfile } from '../../../shared/domain/calendar';
import { getDb, type BackdeskDb } from '../../db';

/** The stored settings, or defaults: the PC's zone, Mon–Fri 09:00–17:30, week from Monday. */
export async function getCalendarSettings(db: BackdeskDb = getDb()): Promise<CalendarSettings> {
  void db;
  throw new Error('getCalendarSettings: not built yet');
}

export async function saveCalendarSettings(patch: Partial<CalendarSettings>, db: BackdeskDb = getDb()): Promise<CalendarSettings> {
  void patch;
  void db;
  throw new Error('saveCalendarSettings: not built yet');
}

export async function getDiaryProfile(key: DiaryKey, db: BackdeskDb = getDb()): Promise<DiaryProfile | undefined> {
  void key;
  void db;
  throw new Error('getDiaryProfile: not built yet');
}

export async function saveDiaryProfile(
  key: DiaryKey,
  value: Pick<DiaryProfile, 'days' | 'start' | 'end' | 'viewerIds'> & { timeZone?: string | undefined },
  db: BackdeskDb = getDb(),
): Promise<DiaryProfile> {
  void key;
  void value;
  void db;
  throw new Error('saveDiaryProfile: not built yet');
}
