/**
 * Diary sources (issue 13.5–13.6): what other modules put in people's, rooms' and bookable
 * items' diaries — interviews, equipment bookings and maintenance due, tasks due, trips — read
 * from their OWN tables when a diary is shown or a clash is checked, never copied into events.
 * Each feature registers its source from its `registrations.ts`; the calendar reads them all
 * through `listDiarySourceItems`, so no feature imports the calendar for this and there is one
 * clash check for everything (an interview in Room 2 clashes with a meeting in Room 2).
 */
import type { BackdeskDb, TableName } from '../db';
import type { DiaryKey } from '../../shared/domain/calendar';

/** One thing in one or more diaries for a span of time. */
export interface DiaryItem {
  /** Unique across sources: `${source}:${id}` (plus `|${recurrenceId}` for an occurrence). */
  key: string;
  /** 'event' for the calendar's own; otherwise the registering source's name ('interview', 'booking', 'maintenance', 'task', 'trip'). */
  source: string;
  /** The record's id in its own table. */
  id: string;
  title: string;
  /** Timed: UTC instants. All-day: 'YYYY-MM-DD' with an exclusive end. */
  start: string;
  end: string;
  allDay: boolean;
  /** The diaries it shows in: its owner, every staff attendee, its room, the item. */
  diaries: DiaryKey[];
  /** Counts as busy time for clash checks and the free-slot finder (a due task or a maintenance reminder does not). */
  busy: boolean;
  /** Where clicking it goes, e.g. '#/recruiting/candidates/<id>' (the calendar opens its own events itself). */
  href?: string;
  /** Extra line in the views: place, room name, who. */
  detail?: string;
  /** Colour name (EVENT_CATEGORIES) or a source's own. */
  category?: string;
  /** The event's own zone when it is not the office zone (shown beside the time). */
  timeZone?: string;
  /** Calendar events only. */
  recurrenceId?: string;
  recurring?: boolean;
  private?: boolean;
  ownerId?: string;
}

export interface DiarySource {
  /** The source name used in DiaryItem.source. */
  name: string;
  /** The tables `read` reads (a caller's transaction must include them). */
  tables: readonly TableName[];
  /** Items touching [fromInstant, toInstant) (UTC ISO instants). */
  read(db: BackdeskDb, fromInstant: string, toInstant: string): Promise<DiaryItem[]>;
}

const sources = new Map<string, DiarySource>();

/** Adds (or replaces, on a hot reload) a source. */
export function registerDiarySource(source: DiarySource): void {
  sources.set(source.name, source);
}

export function diarySources(): DiarySource[] {
  return [...sources.values()];
}

/** The tables every registered source reads, for a caller's transaction. */
export function diarySourceTables(): TableName[] {
  return [...new Set(diarySources().flatMap((s) => s.tables))];
}

/** Every registered source's items touching [fromInstant, toInstant). */
export async function listDiarySourceItems(db: BackdeskDb, fromInstant: string, toInstant: string): Promise<DiaryItem[]> {
  const all = await Promise.all(diarySources().map((s) => s.read(db, fromInstant, toInstant)));
  return all.flat();
}
