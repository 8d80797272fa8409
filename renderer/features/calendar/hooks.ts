/** Live reads for the calendar screens (DESIGN §2b: keep them to what is on screen). */
import { useDbQuery, useRepositoryRecord } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import type { DiaryKey } from '../../../shared/domain/calendar';
import { getCalendarSettings, getDiaryProfile } from './calendarSettings';
import { listDiaries, listDiaryItems, type DiaryReadOptions } from './diaryReads';
import { eventRepository } from './repository';
import { listRooms } from './rooms';

export const useEvent = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(eventRepository, id, db);

/** Diary items touching [fromInstant, toInstant): events expanded plus every registered source. */
export function useDiaryItems(fromInstant: string, toInstant: string, options: DiaryReadOptions = {}, db?: BackdeskDb) {
  const diaries = options.diaries ? options.diaries.join(',') : null;
  return useDbQuery((d) => listDiaryItems(fromInstant, toInstant, options, d), [fromInstant, toInstant, diaries, options.viewerId, options.eventsOnly], db);
}

export const useDiaries = (db?: BackdeskDb) => useDbQuery((d) => listDiaries(d), [], db);
export const useCalendarSettings = (db?: BackdeskDb) => useDbQuery((d) => getCalendarSettings(d), [], db);
export const useRooms = (options: { includeInactive?: boolean } = {}, db?: BackdeskDb) =>
  useDbQuery((d) => listRooms(options, d), [options.includeInactive], db);
/** `undefined` while loading, `null` when the diary has no profile of its own (office defaults apply). */
export const useDiaryProfile = (key: DiaryKey | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (key ? ((await getDiaryProfile(key, d)) ?? null) : null), [key], db);
