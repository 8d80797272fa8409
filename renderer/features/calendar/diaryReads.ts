/**
 * Reading the diaries (issue 13.1, 13.6): the calendar's own events expanded through the one
 * engine (shared/calendar expandOccurrences) plus every registered diary source (interviews,
 * bookings, maintenance, tasks, trips), for a window of time and a set of diaries. Private
 * events read as "Busy" unless the viewer is the owner or one of the owner's viewers.
 */
import type { DiaryItem } from '../../core/diaries';
import type { DiaryKey, DiaryKind } from '../../../shared/domain/calendar';
import { getDb, type BackdeskDb } from '../../db';

export interface DiaryInfo {
  key: DiaryKey;
  kind: DiaryKind;
  id: string;
  /** Person's name, room's name, item's name and tag. */
  name: string;
  /** Job title, room capacity and place, item category. */
  detail?: string;
}

/** Every diary that can be shown: active staff, active rooms, bookable equipment; people first, by name. */
export async function listDiaries(db: BackdeskDb = getDb()): Promise<DiaryInfo[]> {
  void db;
  throw new Error('listDiaries: not built yet');
}

export interface DiaryReadOptions {
  /** Only items in these diaries; absent = everything. */
  diaries?: readonly DiaryKey[];
  /** Who is looking (employee id); absent = the calendar setting's current user. */
  viewerId?: string;
}

/** Items touching [fromInstant, toInstant), sorted by start. */
export async function listDiaryItems(fromInstant: string, toInstant: string, options: DiaryReadOptions = {}, db: BackdeskDb = getDb()): Promise<DiaryItem[]> {
  void fromInstant;
  void toInstant;
  void options;
  void db;
  throw new Error('listDiaryItems: not built yet');
}
