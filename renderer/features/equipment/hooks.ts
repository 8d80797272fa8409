import { useDbQuery, useRepositoryList, useRepositoryRecord } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import { equipmentRepository, listMaintenance, listServiceDue } from './repository';

export const useEquipmentList = (db?: BackdeskDb) => useRepositoryList(equipmentRepository, db);
export const useEquipment = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(equipmentRepository, id, db);
export const useMaintenance = (equipmentId: string | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (equipmentId ? listMaintenance(equipmentId, d) : []), [equipmentId], db);
export const useServiceDue = (date: string, db?: BackdeskDb) => useDbQuery((d) => listServiceDue(date, d), [date], db);
