import { useRepositoryList, useRepositoryRecord } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import { vendorRepository } from './repository';

export const useVendors = (db?: BackdeskDb) => useRepositoryList(vendorRepository, db);
export const useVendor = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(vendorRepository, id, db);
