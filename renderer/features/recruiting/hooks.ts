/** Live reads of recruiting's records for the screens. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDbQuery, useRepositoryList, useRepositoryRecord } from '../../db/hooks';
import { getDb, type BackdeskDb } from '../../db';
import {
  candidateRepository,
  getStages,
  interviewRepository,
  listCandidatesForPosition,
  listInterviewsForCandidate,
  positionRepository,
} from './repository';
import { listDueForErasure } from './privacy';
import { getCalendarSettings, roomRepository } from '../calendar';

export const usePositions = (db?: BackdeskDb) => useRepositoryList(positionRepository, db);
export const usePosition = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(positionRepository, id, db);
export const useCandidates = (db?: BackdeskDb) => useRepositoryList(candidateRepository, db);
export const useCandidate = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(candidateRepository, id, db);
export const useCandidatesForPosition = (positionId: string | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (positionId ? listCandidatesForPosition(positionId, d) : []), [positionId], db);
export const useInterviews = (db?: BackdeskDb) => useRepositoryList(interviewRepository, db);
export const useInterviewsForCandidate = (candidateId: string | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (candidateId ? listInterviewsForCandidate(candidateId, d) : []), [candidateId], db);

/** The office's pipeline stages (defaults until edited). */
export const useStages = (db?: BackdeskDb) => useLiveQuery(() => getStages(db ?? getDb()), [db]);
export const useDueForErasure = (on: string, db?: BackdeskDb) => useDbQuery((d) => listDueForErasure(on, d), [on], db);

/** Meeting rooms an interview can be held in (the calendar's rooms), by name; inactive ones left out. */
export const useInterviewRooms = (db?: BackdeskDb) =>
  useDbQuery(async (d) => (await roomRepository.list(d)).filter((r) => r.active !== false), [], db);

/** The office's time zone (calendar settings): the interview form's times are in it. Falls back to the PC's zone. */
export const useOfficeTimeZone = (db?: BackdeskDb) =>
  useDbQuery(
    async (d) => {
      try {
        return (await getCalendarSettings(d)).officeTimeZone;
      } catch {
        return Intl.DateTimeFormat().resolvedOptions().timeZone;
      }
    },
    [],
    db,
  );
