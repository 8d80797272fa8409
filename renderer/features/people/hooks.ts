/** Live reads of employees and HR records for the screens. */
import { useDbQuery, useRepositoryList, useRepositoryRecord } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import {
  employeeRepository,
  listActiveEmployees,
  listAllTraining,
  listDirectReports,
  listHrRecords,
} from './repository';

export const useEmployees = (db?: BackdeskDb) => useRepositoryList(employeeRepository, db);
export const useEmployee = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(employeeRepository, id, db);
export const useActiveEmployees = (db?: BackdeskDb) => useDbQuery((d) => listActiveEmployees(d), [], db);
export const useHrRecords = (employeeId: string | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (employeeId ? listHrRecords(employeeId, d) : []), [employeeId], db);
export const useDirectReports = (managerId: string | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (managerId ? listDirectReports(managerId, d) : []), [managerId], db);
export const useAllTraining = (db?: BackdeskDb) => useDbQuery((d) => listAllTraining(d), [], db);
