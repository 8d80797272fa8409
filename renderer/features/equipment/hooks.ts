/** Live reads of the equipment register for the screens. */
import { useDbQuery, useRepositoryList, useRepositoryRecord } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import { getAttachments, listAttachments } from '../../db/attachments';
import {
  equipmentRepository,
  getEquipmentSettings,
  listEquipmentHolderRows,
  listMaintenance,
  listServiceDue,
  suggestEquipmentTag,
} from './repository';

export const useEquipmentList = (db?: BackdeskDb) => useRepositoryList(equipmentRepository, db);
export const useEquipment = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(equipmentRepository, id, db);
export const useMaintenance = (equipmentId: string | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (equipmentId ? listMaintenance(equipmentId, d) : []), [equipmentId], db);
export const useServiceDue = (date: string, db?: BackdeskDb) => useDbQuery((d) => listServiceDue(date, d), [date], db);

/** Who has each item now (the derived holders table), keyed by item id. */
export const useEquipmentHolderMap = (db?: BackdeskDb) =>
  useDbQuery(async (d) => new Map((await listEquipmentHolderRows(d)).map((h) => [h.equipmentId, h])), [], db);

/** The register settings: asset-tag prefix and categories (defaults until stored). */
export const useEquipmentSettings = (db?: BackdeskDb) => useDbQuery((d) => getEquipmentSettings(d), [], db);

/** The next asset tag to offer on a new item. */
export const useSuggestedEquipmentTag = (db?: BackdeskDb) => useDbQuery((d) => suggestEquipmentTag(d), [], db);

/** Every live attachment linked to an item (photo and documents). */
export const useEquipmentFiles = (equipmentId: string | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (equipmentId ? listAttachments('equipment', equipmentId, d) : []), [equipmentId], db);

/** Attachment records by id, in order (undefined where removed). */
export const useEquipmentAttachmentsById = (ids: readonly string[], db?: BackdeskDb) =>
  useDbQuery((d) => getAttachments(ids, d), [ids.join(',')], db);
