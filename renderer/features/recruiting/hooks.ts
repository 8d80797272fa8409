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
