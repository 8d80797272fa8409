import { useDbQuery, useRepositoryList, useRepositoryRecord } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import { listOpenTasks, listTasksForAssignee, taskRepository } from './repository';

export const useTasks = (db?: BackdeskDb) => useRepositoryList(taskRepository, db);
export const useTask = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(taskRepository, id, db);
export const useOpenTasks = (db?: BackdeskDb) => useDbQuery((d) => listOpenTasks(d), [], db);
export const useTasksForAssignee = (employeeId: string | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (employeeId ? listTasksForAssignee(employeeId, d) : []), [employeeId], db);
