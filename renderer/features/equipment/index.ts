/** Equipment feature: assets and maintenance. */
export * from './repository';
export * from './hooks';
export {
  equipmentSchema,
  equipmentDraftSchema,
  maintenanceSchema,
  maintenanceDraftSchema,
  isServiceDue,
  EQUIPMENT_STATUSES,
  MAINTENANCE_KINDS,
  type Equipment,
  type EquipmentDraft,
  type Maintenance,
  type MaintenanceDraft,
} from '../../../shared/domain/equipment';
