import { useDbQuery, useRepositoryRecord } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import { listProjectSummaries, listUnfiledExpenses, listUnfiledOrders, loadProjectWork } from './links';
import { projectRepository } from './repository';

export const useProject = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(projectRepository, id, db);
export const useProjectSummaries = (db?: BackdeskDb) => useDbQuery((d) => listProjectSummaries(d), [], db);
export const useProjectWork = (id: string | undefined, db?: BackdeskDb) => useDbQuery(async (d) => (id ? loadProjectWork(id, d) : undefined), [id], db);
export const useUnfiledOrders = (db?: BackdeskDb) => useDbQuery((d) => listUnfiledOrders(d), [], db);
export const useUnfiledExpenses = (from: string, to: string, db?: BackdeskDb) => useDbQuery((d) => listUnfiledExpenses(from, to, d), [from, to], db);
