import { useDbQuery, useRepositoryList, useRepositoryRecord } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import { eventRepository, listEventsBetween } from './repository';

export const useEvents = (db?: BackdeskDb) => useRepositoryList(eventRepository, db);
export const useEvent = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(eventRepository, id, db);
/** Events touching [from, to) — keep the range to what is on screen. */
export const useEventsBetween = (from: string, to: string, db?: BackdeskDb) =>
  useDbQuery((d) => listEventsBetween(from, to, d), [from, to], db);
