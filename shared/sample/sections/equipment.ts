/**
 * Office equipment with its service history: scheduled services spaced so that some machines
 * are due soon and one is overdue, one machine away for repair, one earlier repair.
 */
import { addDays, addMonths } from '../../lib/dates';
import type { Equipment, Maintenance } from '../../domain';
import { EQUIPMENT } from '../catalog';
import { compact, type SampleContext } from '../context';
import { vendorSeed } from './vendors';

export interface SampleEquipment {
  equipment: Equipment[];
  maintenance: Maintenance[];
}

export function generateEquipment(
  ctx: SampleContext,
  emp: (key: string) => string,
  vendorIds: ReadonlyMap<string, string>,
): SampleEquipment {
  const { rng, today, setupDate, base } = ctx;
  const maintenance: Maintenance[] = [];
  const equipment: Equipment[] = EQUIPMENT.map((s, i) => {
    const purchaseDate = addDays(today, -s.purchasedDaysAgo);
    const e: Equipment = compact<Equipment>({
      ...base(setupDate, 13 * 60 + i),
      name: s.name,
      assetTag: s.tag,
      category: s.category,
      make: s.make,
      model: s.model,
      serialNumber: s.serial,
      location: s.location,
      assignedToEmployeeId: s.assignedTo ? emp(s.assignedTo) : undefined,
      status: s.status ?? 'in-use',
      purchaseDate,
      purchaseCostCents: s.cost,
      vendorId: vendorIds.get(s.vendor),
      warrantyEnds: addMonths(purchaseDate, 12 * s.warrantyYears),
      serviceIntervalDays: s.serviceIntervalDays,
    });
    if (s.serviceIntervalDays) {
      const interval = s.serviceIntervalDays;
      // The last service lands so that some machines are due soon and one is overdue.
      let last = addDays(today, -interval + [5, 12, -6, 30, 60][i % 5]!);
      const services: string[] = [];
      for (let k = 0; k < 3 && last > purchaseDate; k++, last = addDays(last, -interval))
        services.unshift(last);
      for (const date of services) {
        maintenance.push(
          compact<Maintenance>({
            ...base(date, 14 * 60),
            equipmentId: e.id,
            date,
            kind: 'service',
            description:
              s.category === 'Kitchen'
                ? 'Descaling, brewing unit service, grinder check'
                : s.category === 'Printers'
                  ? 'Scheduled service: clean, calibrate, firmware update'
                  : 'Scheduled check: disks, updates, backups verified',
            costCents: s.category === 'Network' ? 0 : rng.int(90, 260) * 100,
            vendorId: s.category === 'Network' ? undefined : vendorIds.get(s.vendor),
            performedBy:
              s.category === 'Network' ? 'Tomás Herrera' : vendorSeed(s.vendor).contactName,
          }),
        );
      }
      if (services.length) e.nextServiceDate = addDays(services[services.length - 1]!, interval);
    }
    if (s.status === 'in-repair') {
      const date = addDays(today, -6);
      maintenance.push({
        ...base(date, 11 * 60),
        equipmentId: e.id,
        date,
        kind: 'repair',
        description: 'Jammed cutting head; sent to the vendor for repair',
        costCents: 8500,
        vendorId: vendorIds.get(s.vendor)!,
        performedBy: 'Northeast Office Supply service desk',
      });
    }
    return e;
  });
  maintenance.push({
    ...base(addDays(today, -20), 15 * 60),
    equipmentId: equipment[0]!.id,
    date: addDays(today, -20),
    kind: 'repair',
    description: 'Replaced printhead after banding on large prints',
    costCents: 21900,
    vendorId: vendorIds.get('printworks')!,
    performedBy: 'Dana Whitfield',
  });
  return { equipment, maintenance };
}
