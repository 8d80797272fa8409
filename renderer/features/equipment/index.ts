/** Equipment feature: the register, hand-overs, meters, maintenance plans, repairs, bookings and supplies. */
export * from './repository';
export * from './hooks';
export * from './derivedState';
export * from './handovers';
export * from './bookings';
export * from './meters';
export * from './plans';
export * from './repairs';
export * from './consumables';
export * from './dashboardReads';
export * from './importEquipment';
export * from './historyReads';
export {
  equipmentSchema,
  equipmentDraftSchema,
  maintenanceSchema,
  maintenanceDraftSchema,
  isServiceDue,
  EQUIPMENT_STATUSES,
  EQUIPMENT_STATUS_LABELS,
  MAINTENANCE_KINDS,
  type Equipment,
  type EquipmentDraft,
  type EquipmentStatus,
  type Maintenance,
  type MaintenanceDraft,
} from '../../../shared/domain/equipment';
