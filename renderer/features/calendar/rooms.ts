/** Meeting rooms: bookable diaries of their own ('room:<id>'); an inactive room keeps its history but takes no new bookings. */
import { roomDraftSchema, roomSchema, type Room } from '../../../shared/domain/calendar';
import { getDb, type BackdeskDb } from '../../db';
import { createCrudRepository } from '../../db/crud';

export const roomRepository = createCrudRepository({
  table: 'rooms',
  schema: roomSchema,
  draftSchema: roomDraftSchema,
  noun: 'room',
  label: (r) => r.name,
  compare: (a, b) => a.name.localeCompare(b.name),
});

/** Live rooms by name; inactive ones only when asked (the rooms page lists them, pickers do not). */
export async function listRooms(options: { includeInactive?: boolean } = {}, db: BackdeskDb = getDb()): Promise<Room[]> {
  const rows = await roomRepository.list(db);
  return options.includeInactive ? rows : rows.filter((r) => r.active);
}
