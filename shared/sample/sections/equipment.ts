/**
 * Office equipment with its service history: scheduled services spaced so that some machines
 * are due soon and one is overdue, one machine away for repair, one earlier repair.
 */
import { addDays, addMonths, monthOf, startOfMonth } from '../../lib/dates';
import {
  currentLifetimeValue,
  latestReading,
  lifetimeValues,
  markDone,
  scheduleOccurrence,
  statusAfterHandover,
  type CheckinEntry,
  type CheckoutEntry,
  type ConsumableLink,
  type Employee,
  type Equipment,
  type EquipmentBooking,
  type Expense,
  type HandoverEntry,
  type Item,
  type Maintenance,
  type MaintenancePlan,
  type Meter,
  type MeterReading,
  type Repair,
  type StockMovement,
} from '../../domain';
import { EQUIPMENT, EQUIPMENT_MODULE, EQUIPMENT_SUPPLIES } from '../catalog';
import { compact, instant, type RecordBase, type SampleContext } from '../context';
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

// ---------------------------------------------------------------------------------------------
// The Equipment module's records (issue 12.11)

export interface SampleEquipmentModule {
  /** Items added to the register (appended after the first twelve). */
  equipment: Equipment[];
  /** The copier's toner, with its stock ledger. */
  items: Item[];
  stockMovements: StockMovement[];
  /** Work done under plans (appended to the maintenance log). */
  maintenance: Maintenance[];
  /** Repairs, services and their expenses, booked to the budget's leaf categories. */
  expenses: Expense[];
  equipmentMeters: Meter[];
  meterReadings: MeterReading[];
  maintenancePlans: MaintenancePlan[];
  equipmentHandovers: HandoverEntry[];
  equipmentRepairs: Repair[];
  equipmentBookings: EquipmentBooking[];
  consumableLinks: ConsumableLink[];
}

export interface EquipmentModuleInput {
  /** The register so far; the front desk printer's status is set to under repair here. */
  equipment: Equipment[];
  maintenance: readonly Maintenance[];
  employees: readonly Employee[];
  items: readonly Item[];
  emp: (key: string) => string;
  vendorIds: ReadonlyMap<string, string>;
  /** Budget leaf category id by name. */
  leaf: ReadonlyMap<string, string>;
}

const PLAN_CHECKLISTS: Record<string, string[]> = {
  Printers: ['Clean the paper path and rollers', 'Calibrate colour and alignment', 'Update the firmware'],
  Kitchen: ['Descale', 'Service the brewing unit', 'Check the grinder'],
  other: ['Check the disks', 'Install updates', 'Verify the backups'],
};
const COPIER_SERVICE = [
  'Clean and inspect the paper path',
  'Replace the feed rollers if worn',
  'Clean the drum and charge wires',
  'Update the firmware',
  'Print a test page and check the density',
];
const TONER_CHECK = ['Check the toner level on the control panel', 'Order a cartridge if below 25%', 'Empty the waste toner box if full'];
const AIRCON_SERVICE = [
  'Clean or replace the filters',
  'Clean the indoor coil and the drain line',
  'Check the refrigerant pressure',
  'Clear debris around the outdoor unit',
  'Test cooling and heating',
];
const CAR_SERVICE = ['Change the oil and filter', 'Rotate the tires', 'Check the brakes, lights and wipers'];

/**
 * The register's newer history: a copier with a page meter read monthly (one "meter replaced"
 * entry when its controller board was changed) and plans by pages or months, whichever comes
 * first (the toner check due this week); the air conditioner's spring service on a fixed
 * yearly schedule; laptops handed to staff through the ledger (one overdue, one back in
 * store); a bookable projector and pool car with bookings around today; the shredder's three
 * repairs in a year and the front desk printer away for repair; supplies linked to the
 * printers. Runs after every other section: its random draws come last.
 */
export function generateEquipmentModule(ctx: SampleContext, input: EquipmentModuleInput): SampleEquipmentModule {
  const { rng, today, setupDate, base, workMinutes } = ctx;
  const { emp, vendorIds, leaf } = input;
  const out: SampleEquipmentModule = {
    equipment: [],
    items: [],
    stockMovements: [],
    maintenance: [],
    expenses: [],
    equipmentMeters: [],
    meterReadings: [],
    maintenancePlans: [],
    equipmentHandovers: [],
    equipmentRepairs: [],
    equipmentBookings: [],
    consumableLinks: [],
  };
  const yearAgo = addDays(today, -364);
  const byTag = (tag: string) => {
    const e = [...input.equipment, ...out.equipment].find((x) => x.assetTag === tag);
    if (!e) throw new Error(`sample: no equipment ${tag}`);
    return e;
  };

  /** An expense for work done, when it falls in the year the expenses cover. */
  const expenseFor = (date: string, description: string, category: string, amountCents: number, vendorKey?: string, paymentMethod: Expense['paymentMethod'] = 'card') => {
    if (amountCents <= 0 || date < yearAgo || date > today) return undefined;
    const x = compact<Expense>({
      ...base(date, workMinutes()),
      date,
      description,
      amountCents,
      categoryId: leaf.get(category),
      vendorId: vendorKey ? vendorIds.get(vendorKey) : undefined,
      paymentMethod,
    });
    out.expenses.push(x);
    return x.id;
  };

  // --- The new items in the register
  const added = new Map<string, Equipment>();
  EQUIPMENT_MODULE.forEach((s, i) => {
    const purchaseDate = addDays(today, -s.purchasedDaysAgo);
    const e = compact<Equipment>({
      ...base(setupDate, 13 * 60 + 20 + i),
      name: s.name,
      assetTag: s.tag,
      category: s.category,
      make: s.make,
      model: s.model,
      serialNumber: s.serial,
      location: s.location,
      status: s.status ?? 'in-use',
      purchaseDate,
      purchaseCostCents: s.cost,
      vendorId: s.vendor ? vendorIds.get(s.vendor) : undefined,
      warrantyEnds: addMonths(purchaseDate, 12 * s.warrantyYears),
      expectedLifeMonths: s.expectedLifeMonths,
      bookable: s.bookable,
      notes: s.notes,
    });
    added.set(s.key, e);
    out.equipment.push(e);
  });
  const copier = added.get('copier')!;
  const aircon = added.get('aircon')!;
  const car = added.get('car')!;

  // --- The copier's toner, stocked since the inventory's opening count
  const ledgerStart = addDays(today, -100);
  const toner = EQUIPMENT_SUPPLIES.map((s) =>
    compact<Item>({
      ...base(ledgerStart, 8 * 60),
      name: s.name,
      sku: s.sku,
      category: s.category,
      unit: s.unit,
      location: s.location,
      quantityOnHand: 0,
      minQuantity: s.min,
      targetQuantity: s.target,
      packSize: s.pack,
      unitCostCents: s.cost,
      vendorId: vendorIds.get(s.vendor),
    }),
  );
  out.items.push(...toner);
  const gpr58 = toner[0]!;
  const stock = (date: string, m: Pick<StockMovement, 'kind' | 'quantity'> & Partial<StockMovement>) => {
    gpr58.quantityOnHand += m.quantity;
    out.stockMovements.push(
      compact<StockMovement>({ ...base(date, 8 * 60 + 45), itemId: gpr58.id, balanceAfter: gpr58.quantityOnHand, date, ...m }),
    );
  };
  stock(ledgerStart, { kind: 'counted', quantity: 3, countedQuantity: 3, reason: 'Opening stock count' });

  // --- Meters and their monthly readings
  type ReadingSeed = Pick<MeterReading, 'date' | 'value'> & Partial<Pick<MeterReading, 'replaced' | 'startValue' | 'oldMeterFinalValue' | 'note'>>;
  const addMeter = (equipment: Equipment, name: string, unit: Meter['unit'], seeds: ReadingSeed[]) => {
    const meter: Meter = { ...base(seeds[0]!.date, 8 * 60 + 30), equipmentId: equipment.id, name, unit };
    const readings = seeds.map((r) => compact<MeterReading>({ ...base(r.date, 16 * 60 + 30), meterId: meter.id, ...r }));
    const last = latestReading(readings)!;
    meter.lastReadingOn = last.date;
    meter.lastValue = last.value;
    meter.lifetimeValue = currentLifetimeValue(readings);
    out.equipmentMeters.push(meter);
    out.meterReadings.push(...readings);
    const lifetime = lifetimeValues(readings).map((x) => x.lifetime);
    return { meter, readings, lifetime };
  };

  /**
   * The day of the monthly reading `k` months back: between the 24th and the 28th of that
   * month, so each month's usage lands in its own month on the chart; this month's (k = 0) is
   * within the last few days, never before the 1st.
   */
  const readingDay = (k: number) => {
    if (k > 0) return `${monthOf(addMonths(today, -k))}-${String(rng.int(24, 28))}`;
    const recent = addDays(today, -rng.int(0, 2));
    return recent < startOfMonth(today) ? startOfMonth(today) : recent;
  };

  // The copier: read monthly for 14 months; the page counter restarted at 0 when PrintWorks
  // replaced the controller board five months ago.
  const REPLACED_AT = 5;
  const copierSeeds: ReadingSeed[] = [];
  let pages = rng.int(205_000, 215_000);
  for (let k = 14; k >= 0; k--) {
    const date = readingDay(k);
    if (k === 14) {
      copierSeeds.push({ date, value: pages });
      continue;
    }
    const used = rng.int(7_600, 10_800);
    if (k === REPLACED_AT) {
      const beforeSwap = rng.int(2_000, 4_000);
      const oldMeterFinalValue = pages + beforeSwap;
      pages = used - beforeSwap;
      copierSeeds.push({
        date,
        value: pages,
        replaced: true,
        startValue: 0,
        oldMeterFinalValue,
        note: 'Controller board replaced under warranty; the new page counter started at 0.',
      });
      continue;
    }
    pages += used;
    copierSeeds.push({ date, value: pages });
  }
  const copierMeter = addMeter(copier, 'Page count', 'pages', copierSeeds);
  const copierReadingAt = (k: number) => ({ date: copierSeeds[14 - k]!.date, lifetime: copierMeter.lifetime[14 - k]! });

  // The pool car's odometer, read monthly for a year.
  const carSeeds: ReadingSeed[] = [];
  let km = rng.int(17_000, 19_000);
  for (let k = 12; k >= 0; k--) {
    if (k < 12) km += rng.int(500, 1_300);
    carSeeds.push({ date: readingDay(k), value: km });
  }
  const carMeter = addMeter(car, 'Odometer', 'km', carSeeds);

  // --- Plans, and the work done under them
  const plan = (
    equipment: Equipment,
    fields: Omit<MaintenancePlan, keyof RecordBase | 'equipmentId' | 'checklist' | 'scheduleMode'> &
      Partial<Pick<MaintenancePlan, 'checklist' | 'scheduleMode'>>,
  ): MaintenancePlan => {
    const p = compact<MaintenancePlan>({
      ...base(setupDate, 14 * 60 + out.maintenancePlans.length),
      equipmentId: equipment.id,
      checklist: [],
      scheduleMode: 'from-last-done',
      ...fields,
    });
    out.maintenancePlans.push(p);
    return p;
  };
  const logWork = (p: MaintenancePlan, date: string, fields: Partial<Maintenance> & { costCents: number }, expense?: { description: string; category: string; vendorKey?: string; paymentMethod?: Expense['paymentMethod'] }) => {
    const expenseId = expense ? expenseFor(date, expense.description, expense.category, fields.costCents, expense.vendorKey, expense.paymentMethod) : undefined;
    const m = compact<Maintenance>({
      ...base(date, 15 * 60),
      equipmentId: p.equipmentId,
      date,
      kind: 'service',
      description: p.name,
      planId: p.id,
      checklistDone: p.checklist.length ? [...p.checklist] : undefined,
      expenseId,
      ...fields,
    });
    out.maintenance.push(m);
    return m;
  };

  // The items that had a service interval get a plan counted from their last service, so the
  // plan's next date is the one the register already showed.
  for (const e of input.equipment) {
    if (!e.serviceIntervalDays) continue;
    const services = input.maintenance.filter((m) => m.equipmentId === e.id && m.kind === 'service').sort((a, b) => a.date.localeCompare(b.date));
    const last = services.at(-1);
    const kind = e.category === 'Printers' || e.category === 'Kitchen' ? e.category : 'other';
    plan(e, {
      name: kind === 'Kitchen' ? 'Descaling and service' : kind === 'Printers' ? 'Scheduled service' : 'Scheduled check',
      intervalEvery: e.serviceIntervalDays,
      intervalUnit: 'days',
      startDate: addDays(e.purchaseDate ?? setupDate, e.serviceIntervalDays),
      checklist: PLAN_CHECKLISTS[kind]!,
      vendorId: last?.vendorId,
      lastDone: last ? { date: last.date } : undefined,
    });
  }

  // The copier: a service every 50,000 pages or 6 months, whichever comes first, and a
  // monthly toner check that falls due this week.
  const copierService = plan(copier, {
    name: 'Service: 50,000 pages or 6 months',
    intervalEvery: 6,
    intervalUnit: 'months',
    startDate: addMonths(copier.purchaseDate!, 6),
    meterId: copierMeter.meter.id,
    meterEvery: 50_000,
    checklist: COPIER_SERVICE,
    vendorId: vendorIds.get('printworks'),
  });
  for (const k of [14, 9, 4]) {
    const at = copierReadingAt(k);
    logWork(
      copierService,
      at.date,
      { costCents: rng.int(180, 260) * 100, meterValue: at.lifetime, vendorId: vendorIds.get('printworks'), performedBy: 'Dana Whitfield' },
      { description: `PrintWorks Imaging — copier service (${copier.assetTag})`, category: 'Printing & paper', vendorKey: 'printworks' },
    );
    copierService.lastDone = { date: at.date, meterValue: at.lifetime };
  }
  const tonerCheck = plan(copier, {
    name: 'Toner check',
    intervalEvery: 1,
    intervalUnit: 'months',
    startDate: addMonths(copier.purchaseDate!, 1),
    checklist: TONER_CHECK,
  });
  for (let k = 3; k >= 1; k--) {
    const date = addMonths(addDays(today, 3), -k);
    const replaced = k === 1;
    logWork(tonerCheck, date, {
      costCents: 0,
      // A glance at the panel: the lines are not ticked one by one.
      checklistDone: undefined,
      performedBy: 'Tomás Herrera',
      description: replaced ? 'Toner check: black cartridge replaced (GPR-58 from the print room stock)' : 'Toner check',
    });
    if (replaced && date > ledgerStart)
      stock(date, { kind: 'issued', quantity: -1, issuedTo: 'Tomás Herrera', issuedToEmployeeId: emp('tomas'), reason: `Toner for the ${copier.name.toLowerCase()} (${copier.assetTag})` });
    tonerCheck.lastDone = { date };
  }

  // The air conditioner: serviced every spring, a fixed yearly schedule from 15 April.
  const firstSpring = `${Number(aircon.purchaseDate!.slice(0, 4)) + 1}-04-15`;
  const airconService = plan(aircon, {
    name: 'Spring service',
    intervalEvery: 12,
    intervalUnit: 'months',
    scheduleMode: 'fixed',
    startDate: firstSpring,
    checklist: AIRCON_SERVICE,
    vendorId: vendorIds.get('facilities'),
  });
  for (let k = 0; ; k++) {
    const scheduled = scheduleOccurrence(firstSpring, 12, 'months', k);
    const done = addDays(scheduled, rng.int(-4, 6));
    if (done > today) break;
    logWork(
      airconService,
      done,
      { costCents: rng.int(160, 240) * 100, vendorId: vendorIds.get('facilities'), performedBy: 'Sarah Mitchell' },
      { description: `Evergreen Facilities — air conditioner spring service (${aircon.assetTag})`, category: 'Cleaning & maintenance', vendorKey: 'facilities', paymentMethod: 'check' },
    );
    airconService.lastDone = markDone(airconService, { date: done });
  }

  // The pool car: oil change and inspection every 10,000 km or 12 months.
  const carService = plan(car, {
    name: 'Oil change and inspection',
    intervalEvery: 12,
    intervalUnit: 'months',
    startDate: addMonths(car.purchaseDate!, 12),
    meterId: carMeter.meter.id,
    meterEvery: 10_000,
    checklist: CAR_SERVICE,
  });
  {
    const i = 12 - 7;
    const date = carSeeds[i]!.date;
    logWork(
      carService,
      date,
      { costCents: rng.int(90, 140) * 100, meterValue: carMeter.lifetime[i]!, performedBy: 'Casco Bay Toyota service' },
      { description: `Casco Bay Toyota — pool car oil change and inspection (${car.assetTag})`, category: 'Client travel' },
    );
    carService.lastDone = { date, meterValue: carMeter.lifetime[i]! };
  }

  // --- Hand-overs: staff laptops through the ledger
  const handover = (equipment: Equipment, entry: Omit<CheckoutEntry, keyof RecordBase | 'equipmentId'> | Omit<CheckinEntry, keyof RecordBase | 'equipmentId'>) => {
    const h = compact<HandoverEntry>({ ...base(entry.date, 9 * 60 + 15 + out.equipmentHandovers.length), equipmentId: equipment.id, ...entry } as HandoverEntry);
    out.equipmentHandovers.push(h);
    equipment.status = statusAfterHandover(h);
  };
  for (const tag of ['HL-0010', 'HL-0011']) {
    const e = byTag(tag);
    if (e.assignedToEmployeeId)
      handover(e, { kind: 'check-out', date: e.purchaseDate ?? setupDate, toPersonId: e.assignedToEmployeeId, note: 'Their own workstation.' });
  }
  const loaner1 = added.get('loaner1')!;
  handover(loaner1, { kind: 'check-out', date: addDays(today, -25), toPersonId: emp('hannah'), dueBack: addDays(today, -4), note: 'For the client workshop in Boston.' });
  const loaner2 = added.get('loaner2')!;
  const liam = input.employees.find((p) => p.id === emp('liam'));
  const liamLastDay = liam?.endDate ?? addDays(today, -140);
  handover(loaner2, { kind: 'check-out', date: addDays(liamLastDay, -90), toPersonId: emp('liam'), dueBack: liamLastDay, note: 'While his own laptop was being replaced.' });
  handover(loaner2, { kind: 'check-in', date: liamLastDay, condition: 'good', receivedByPersonId: emp('tomas'), note: 'Returned on his last day.' });
  handover(loaner2, { kind: 'check-out', date: addDays(today, -62), toPersonId: emp('noah'), dueBack: addDays(today, -48), note: 'Site survey week in Bar Harbor.' });
  handover(loaner2, { kind: 'check-in', date: addDays(today, -49), condition: 'fair', receivedByPersonId: emp('tomas'), note: 'Scuffed lid; works fine.' });

  // --- Bookings of the projector and the pool car around today
  const booking = (equipment: Equipment, person: string, dayOffset: number, from: number, to: number, purpose: string, status: EquipmentBooking['status'] = 'booked') => {
    const date = addDays(today, dayOffset);
    const made = addDays(date < today ? date : today, -rng.int(1, 9));
    out.equipmentBookings.push(
      compact<EquipmentBooking>({ ...base(made, workMinutes()), equipmentId: equipment.id, personId: emp(person), start: instant(date, from), end: instant(date, to), purpose, status }),
    );
  };
  const projector = added.get('projector')!;
  booking(projector, 'noah', -3, 14 * 60, 16 * 60, 'Client presentation — Bayside Hotel Group');
  booking(projector, 'sofia', 1, 9 * 60 + 30, 12 * 60, 'Design review with Alcott & Reyes Architects');
  booking(projector, 'jonas', 1, 14 * 60, 15 * 60, 'Lunch-and-learn: rendering workflow', 'cancelled');
  booking(projector, 'david', 3, 13 * 60, 17 * 60, 'Planning board hearing, City of Portland');
  booking(projector, 'hannah', 8, 10 * 60, 12 * 60, 'Kickoff — Moreau Family Trust');
  booking(car, 'jonas', -2, 12 * 60, 17 * 60, 'Site visit — Fraser Landscape Co.');
  booking(car, 'noah', 2, 7 * 60 + 30, 18 * 60, 'Site survey — Sanderson Builders, Kennebunk');
  booking(car, 'marcus', 6, 9 * 60, 11 * 60, 'Bank and post office run');

  // --- Repairs
  const repair = (
    equipment: Equipment,
    fields: Omit<Repair, keyof RecordBase | 'equipmentId' | 'parts' | 'costCents'> & { costCents?: number },
    expense?: { description: string; category: string; vendorKey?: string },
  ) => {
    const costCents = fields.costCents ?? 0;
    const expenseId = expense && fields.fixedOn ? expenseFor(fields.fixedOn, expense.description, expense.category, costCents, expense.vendorKey) : undefined;
    const categoryId = expense ? leaf.get(expense.category) : undefined;
    out.equipmentRepairs.push(
      compact<Repair>({ ...base(fields.reportedOn, workMinutes()), equipmentId: equipment.id, parts: [], ...fields, costCents, categoryId, expenseId }),
    );
  };
  // The shredder: three repairs in a year (flagged for replacement); the third is open.
  const shredder = byTag('HL-0041');
  const shredderRepair = { description: `Northeast Office Supply — shredder repair (${shredder.assetTag})`, category: 'Cleaning & maintenance', vendorKey: 'northeast' };
  repair(shredder, { reportedOn: addDays(today, -310), fixedOn: addDays(today, -302), reportedBy: 'Elena Rossi', reportedByPersonId: emp('elena'), problem: 'Motor overheats and shuts off after a few sheets.', fixedBy: 'vendor', vendorId: vendorIds.get('northeast'), costCents: rng.int(85, 110) * 100, notes: 'Motor brushes replaced.' }, shredderRepair);
  repair(shredder, { reportedOn: addDays(today, -150), fixedOn: addDays(today, -141), reportedBy: 'Grace Park', reportedByPersonId: emp('grace'), problem: 'Paper jams on every load; auto-reverse does not clear them.', fixedBy: 'vendor', vendorId: vendorIds.get('northeast'), costCents: rng.int(110, 140) * 100, notes: 'Feed sensor and cutter gears replaced.' }, shredderRepair);
  repair(shredder, { reportedOn: addDays(today, -6), reportedBy: 'Elena Rossi', reportedByPersonId: emp('elena'), problem: 'Jammed cutting head; sent to the vendor for repair.', vendorId: vendorIds.get('northeast'), notes: 'Quoted $85 for the cutting head. Third repair this year: consider replacing it.' });
  // The front desk printer is away for repair now.
  const frontDesk = byTag('HL-0003');
  frontDesk.status = 'in-repair';
  repair(frontDesk, { reportedOn: addDays(today, -3), reportedBy: 'Grace Park', reportedByPersonId: emp('grace'), problem: 'Grinding noise from the fuser; pages come out smeared.', vendorId: vendorIds.get('printworks'), notes: 'Collected by PrintWorks Imaging; use the office laser printer meanwhile.' });
  // The plotter's printhead (also in the maintenance log) and the copier's controller board.
  const plotter = byTag('HL-0001');
  repair(plotter, { reportedOn: addDays(today, -23), fixedOn: addDays(today, -20), reportedBy: 'Jonas Lindqvist', reportedByPersonId: emp('jonas'), problem: 'Banding on large prints.', fixedBy: 'vendor', vendorId: vendorIds.get('printworks'), costCents: 21900, notes: 'Printhead replaced.' }, { description: `PrintWorks Imaging — plotter printhead (${plotter.assetTag})`, category: 'Printing & paper', vendorKey: 'printworks' });
  const swap = copierReadingAt(REPLACED_AT).date;
  repair(copier, { reportedOn: addDays(swap, -2), fixedOn: swap, reportedBy: 'Elena Rossi', reportedByPersonId: emp('elena'), problem: 'Error E000007 at start-up; the copier would not print.', fixedBy: 'vendor', vendorId: vendorIds.get('printworks'), notes: 'Controller board replaced under warranty (no charge); the page counter restarted at 0.' });

  // --- Supplies each machine uses
  const supplies = [...input.items, ...out.items];
  const link = (equipment: Equipment, sku: string, note: string) => {
    const item = supplies.find((i) => i.sku === sku);
    if (!item) throw new Error(`sample: no supply ${sku}`);
    out.consumableLinks.push({ ...base(setupDate, 14 * 60 + 30 + out.consumableLinks.length), equipmentId: equipment.id, itemId: item.id, note });
  };
  link(copier, 'TN-GPR58', 'toner black');
  link(copier, 'PAP-LTR-20', 'paper, Letter');
  link(copier, 'PAP-A4-80', 'paper, A4');
  const laser = byTag('HL-0002');
  link(laser, 'TN-HP58A', 'toner black');
  link(laser, 'PAP-LTR-20', 'paper, Letter');
  link(frontDesk, 'TN-BR760', 'toner black');
  link(frontDesk, 'TN-DR730', 'drum unit');
  link(plotter, 'IN-HP728-C', 'ink cyan');
  link(plotter, 'IN-HP728-M', 'ink magenta');
  link(plotter, 'IN-HP728-Y', 'ink yellow');
  link(plotter, 'IN-HP728-MK', 'ink matte black');
  link(plotter, 'PAP-BND-36', 'bond paper roll');

  return out;
}
