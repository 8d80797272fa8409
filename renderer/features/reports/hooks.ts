/** Live reads for the report screens (re-run when any table they read changes). */
import type { BackdeskDb } from '../../db';
import { useDbQuery } from '../../db/hooks';
import { loadPriceData, loadRequestData, loadSpendData } from './data';

export const useSpendData = (from: string, to: string, db?: BackdeskDb) => useDbQuery((d) => loadSpendData(from, to, d), [from, to], db);
export const usePriceData = (db?: BackdeskDb) => useDbQuery((d) => loadPriceData(d), [], db);
export const useRequestData = (db?: BackdeskDb) => useDbQuery((d) => loadRequestData(d), [], db);
