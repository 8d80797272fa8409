import { useDbQuery, useRepositoryList, useRepositoryRecord } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import { callRepository, listCallsForEmployee, listOpenCalls } from './repository';

export const useCalls = (db?: BackdeskDb) => useRepositoryList(callRepository, db);
export const useCall = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(callRepository, id, db);
export const useOpenCalls = (db?: BackdeskDb) => useDbQuery((d) => listOpenCalls(d), [], db);
export const useCallsForEmployee = (employeeId: string | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (employeeId ? listCallsForEmployee(employeeId, d) : []), [employeeId], db);
