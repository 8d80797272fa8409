/**
 * The one clash check (issue 13.5): a proposed time against every diary item of its people,
 * its room and its equipment — calendar events (recurring ones expanded), interviews,
 * equipment bookings — so an interview in Room 2 and a meeting in Room 2 warn each other.
 * A clash is a warning, never a refusal. Also the free-slot finder over the same busy time.
 */
import type { DiaryItem } from '../../core/diaries';
import { getDb, type BackdeskDb } from '../../db';

export interface ClashProposal {
  /** UTC instants. */
  start: string;
  end: string;
  personIds: readonly string[];
  roomId?: string | undefined;
  equipmentIds?: readonly string[];
  /** Leave out the record being edited: an event (one occurrence or all), an interview, a booking. */
  ignore?: { source: string; id: string; recurrenceId?: string | undefined };
}

export interface ClashWarning {
  /** The diary that is double-booked. */
  diary: string;
  /** 'Ann Lee has “Board meeting” 09:00–10:30' — ready to show. */
  message: string;
  item: DiaryItem;
}

export async function checkClashes(proposal: ClashProposal, db: BackdeskDb = getDb()): Promise<ClashWarning[]> {
  void proposal;
  void db;
  throw new Error('checkClashes: not built yet');
}

export interface FreeSlotRequest {
  personIds: readonly string[];
  roomId?: string | undefined;
  durationMinutes: number;
  /** Search from this instant; default now. */
  from?: string;
  /** How many working days ahead to look; default 14. */
  days?: number;
  limit?: number;
}

/** The next free slots (UTC instants) within everyone's working hours (diary profiles, else the office default). */
export async function findFreeSlotsFor(request: FreeSlotRequest, db: BackdeskDb = getDb()): Promise<{ start: string; end: string }[]> {
  void request;
  void db;
  throw new Error('findFreeSlotsFor: not built yet');
}
