/** Equipment (printers, laptops, the coffee machine) and its maintenance log. */
import { z } from 'zod';
import { addDays } from '../lib/dates';
import {
  BASE_OMIT,
  baseRecordShape,
  centsSchema,
  idSchema,
  isoDateSchema,
  nonNegativeCentsSchema,
  optionalText,
  quantitySchema,
  requiredText,
} from './common';

export const EQUIPMENT_STATUSES = ['in-use', 'in-storage', 'in-repair', 'retired'] as const;
export type EquipmentStatus = (typeof EQUIPMENT_STATUSES)[number];

export const equipmentShape = {
  ...baseRecordShape,
  name: requiredText('Name'),
  assetTag: optionalText('Asset tag', 40),
  category: optionalText('Category', 80),
  make: optionalText('Make', 80),
  model: optionalText('Model', 80),
  serialNumber: optionalText('Serial number', 80),
  location: optionalText('Location', 120),
  assignedToEmployeeId: idSchema.optional(),
  status: z.enum(EQUIPMENT_STATUSES).default('in-use'),
  purchaseDate: isoDateSchema.optional(),
  purchaseCostCents: nonNegativeCentsSchema.optional(),
  vendorId: idSchema.optional(),
  warrantyEnds: isoDateSchema.optional(),
  serviceIntervalDays: quantitySchema.min(1, 'The service interval is at least a day').optional(),
  nextServiceDate: isoDateSchema.optional(),
  notes: optionalText('Notes', 4000),
};
export const equipmentSchema = z.object(equipmentShape);
export const equipmentDraftSchema = z.object(equipmentShape).omit(BASE_OMIT);
export type Equipment = z.infer<typeof equipmentSchema>;
export type EquipmentDraft = z.input<typeof equipmentDraftSchema>;

export const MAINTENANCE_KINDS = ['service', 'repair', 'inspection', 'other'] as const;

export const maintenanceShape = {
  ...baseRecordShape,
  equipmentId: idSchema,
  date: isoDateSchema,
  kind: z.enum(MAINTENANCE_KINDS).default('service'),
  description: requiredText('Description', 1000),
  costCents: centsSchema.default(0),
  vendorId: idSchema.optional(),
  performedBy: optionalText('Performed by', 120),
};
export const maintenanceSchema = z.object(maintenanceShape);
export const maintenanceDraftSchema = z.object(maintenanceShape).omit(BASE_OMIT);
export type Maintenance = z.infer<typeof maintenanceSchema>;
export type MaintenanceDraft = z.input<typeof maintenanceDraftSchema>;

/** Next service date after a service on `date`, or undefined without an interval. */
export function nextServiceAfter(date: string, intervalDays: number | undefined): string | undefined {
  return intervalDays ? addDays(date, intervalDays) : undefined;
}

export function isServiceDue(equipment: Pick<Equipment, 'nextServiceDate' | 'status'>, onDate: string, withinDays = 0): boolean {
  if (!equipment.nextServiceDate || equipment.status === 'retired') return false;
  return equipment.nextServiceDate <= addDays(onDate, withinDays);
}
