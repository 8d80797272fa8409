/** Live reads for the trip screens (issue 13.8). */
import { useDbQuery, useRepositoryList, useRepositoryRecord } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import type { Trip } from '../../../shared/domain/calendar';
import { listExpenseCandidates, listTripDocuments, readTripCosts, tripRepository } from './trips';

export const useTrips = (db?: BackdeskDb) => useRepositoryList(tripRepository, db);
/** `undefined` while loading, `null` when the trip does not exist or was deleted. */
export const useTrip = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(tripRepository, id, db);
/** Estimate vs actual with the linked expenses; re-reads when the trip or an expense changes. */
export const useTripCosts = (trip: Trip | null | undefined, db?: BackdeskDb) =>
  useDbQuery((d) => (trip ? readTripCosts(trip, d) : Promise.resolve(undefined)), [trip], db);
/** Expenses to link: the suggestions around the trip, or every expense matching `search` (`names`: who spent it). */
export const useTripExpenseCandidates = (trip: Trip | null | undefined, search = '', names?: ReadonlyMap<string, string>, db?: BackdeskDb) =>
  useDbQuery((d) => (trip ? listExpenseCandidates(trip, d, { search, ...(names ? { names } : {}) }) : Promise.resolve([])), [trip, search, names], db);
/** The trip's documents (tickets, bookings). */
export const useTripDocuments = (trip: Trip | null | undefined, db?: BackdeskDb) =>
  useDbQuery((d) => (trip ? listTripDocuments(trip, d) : Promise.resolve([])), [trip], db);
