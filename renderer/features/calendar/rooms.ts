/** Meeting rooms: bookable diaries of their own. */
import { roomDraftSchema, roomSchema } from '../../../shared/domain/calendar';
import { createCrudRepository } from '../../db/crud';

export const roomRepository = createCrudRepository({
  table: 'rooms',
  schema: roomSchema,
  draftSchema: roomDraftSchema,
  noun: 'room',
  label: (r) => r.name,
  compare: (a, b) => a.name.localeCompare(b.name),
});
