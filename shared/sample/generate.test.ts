import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  budgetCategorySchema,
  budgetSchema,
  calendarSettingsSchema,
  callSchema,
  candidateSchema,
  companyProfileSchema,
  equipmentCategoryListSchema,
  consumableLinkSchema,
  currentHolder,
  dueMaintenance,
  equipmentBookingSchema,
  findBookingClash,
  flagForReplacement,
  handoverEntrySchema,
  isRepairOpen,
  maintenancePlanSchema,
  meterReadingSchema,
  meterSchema,
  overdueReturns,
  repairSchema,
  statusAfterHandover,
  validateReading,
  diaryProfileSchema,
  documentSchema,
  employeeSchema,
  equipmentSchema,
  eventSchema,
  expenseSchema,
  formatZodError,
  hrRecordSchema,
  interviewSchema,
  invoiceSchema,
  isAtOrBelowMinimum,
  itemSchema,
  ledgerBalance,
  spanIndexFields,
  maintenanceSchema,
  positionSchema,
  purchaseOrderSchema,
  roomSchema,
  stockMovementSchema,
  taskSchema,
  tripSchema,
  vendorSchema,
  CANDIDATE_STAGES,
} from '../domain';
import { expandOccurrences, seriesBounds, wallToUtc } from '../calendar';
import { addDays, diffDays } from '../lib/dates';
import { generateSampleOffice, SAMPLE_TABLES, type SampleOffice } from './index';

const SCHEMAS: Record<(typeof SAMPLE_TABLES)[number], z.ZodType> = {
  vendors: vendorSchema,
  employees: employeeSchema,
  items: itemSchema,
  stockMovements: stockMovementSchema,
  purchaseOrders: purchaseOrderSchema,
  equipment: equipmentSchema,
  maintenance: maintenanceSchema,
  budgetCategories: budgetCategorySchema,
  budgets: budgetSchema,
  invoices: invoiceSchema,
  expenses: expenseSchema,
  positions: positionSchema,
  candidates: candidateSchema,
  interviews: interviewSchema,
  hrRecords: hrRecordSchema,
  rooms: roomSchema,
  diaryProfiles: diaryProfileSchema,
  events: eventSchema,
  trips: tripSchema,
  calls: callSchema,
  documents: documentSchema,
  tasks: taskSchema,
  equipmentMeters: meterSchema,
  meterReadings: meterReadingSchema,
  maintenancePlans: maintenancePlanSchema,
  equipmentHandovers: handoverEntrySchema,
  equipmentRepairs: repairSchema,
  equipmentBookings: equipmentBookingSchema,
  consumableLinks: consumableLinkSchema,
};

const office: SampleOffice = generateSampleOffice();

describe('generateSampleOffice', () => {
  it('produces records that all pass their zod schema, unchanged by parsing', () => {
    for (const table of SAMPLE_TABLES) {
      for (const record of office[table]) {
        const r = SCHEMAS[table].safeParse(record);
        if (!r.success) throw new Error(`${table} ${JSON.stringify(record).slice(0, 200)}: ${formatZodError(r.error)}`);
        // Parsing must not need to fill defaults: the stored record is already complete.
        expect(r.data, table).toEqual(record);
      }
    }
    expect(companyProfileSchema.parse(office.companyProfile).name).toBe('Harbor Lane Design Studio');
    // The register's category list holds every category its items use, so pickers and items agree.
    const listed = new Set(equipmentCategoryListSchema.parse(office.equipmentRegister.categories).map((c) => c.name));
    for (const e of office.equipment) if (e.category) expect(listed).toContain(e.category);
    expect(office.equipmentRegister.assetTagPrefix).toBe('HL');
    expect(calendarSettingsSchema.parse(office.calendarSettings)).toEqual(office.calendarSettings);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateSampleOffice(1, '2026-11-22')).toEqual(office);
    const other = generateSampleOffice(2, '2026-11-22');
    expect(other.items.map((i) => i.quantityOnHand)).not.toEqual(office.items.map((i) => i.quantityOnHand));
    expect(other.items.map((i) => i.name)).toEqual(office.items.map((i) => i.name));
  });

  it('has the promised sizes', () => {
    expect(office.items.length).toBeGreaterThanOrEqual(55);
    expect(office.vendors).toHaveLength(8);
    expect(office.equipment).toHaveLength(18);
    expect(office.positions).toHaveLength(4);
    expect(office.candidates).toHaveLength(25);
    expect(office.employees).toHaveLength(15);
    expect(office.calls).toHaveLength(30);
    expect(office.documents.length).toBeGreaterThanOrEqual(10);
    expect(office.tasks.length).toBeGreaterThanOrEqual(20);
    expect(office.expenses.length).toBeGreaterThanOrEqual(280);
    expect(office.expenses.length).toBeLessThanOrEqual(340);
    expect(office.budgets).toHaveLength(12 * 17);
    expect(office.purchaseOrders.length).toBeGreaterThanOrEqual(3);
    expect(office.invoices.length).toBeGreaterThanOrEqual(3);
    expect(office.hrRecords.some((r) => r.kind === 'disciplinary')).toBe(true);
    expect(new Set(office.candidates.map((c) => c.stage))).toEqual(new Set(CANDIDATE_STAGES));
  });

  it('keeps every quantity on hand equal to its ledger, never negative, with some items low', () => {
    for (const item of office.items) {
      const moves = office.stockMovements.filter((m) => m.itemId === item.id);
      expect(ledgerBalance(moves), item.name).toBe(item.quantityOnHand);
      let running = 0;
      for (const m of moves.slice().sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))) {
        running += m.quantity;
        expect(running).toBeGreaterThanOrEqual(0);
        expect(m.balanceAfter).toBe(running);
      }
    }
    const low = office.items.filter(isAtOrBelowMinimum);
    expect(low.length).toBeGreaterThanOrEqual(5);
    expect(low.length).toBeLessThan(office.items.length / 2);
    const kinds = new Set(office.stockMovements.map((m) => m.kind));
    expect(kinds).toEqual(new Set(['received', 'issued', 'adjusted', 'counted']));
    const first = office.stockMovements.map((m) => m.date!).sort()[0]!;
    expect(diffDays(first, '2026-11-22')).toBeGreaterThanOrEqual(90);
  });

  it('has unique ids and valid references', () => {
    const all = SAMPLE_TABLES.flatMap((t) => office[t].map((r) => r.id));
    expect(new Set(all).size).toBe(all.length);
    const ids = (t: (typeof SAMPLE_TABLES)[number]) => new Set(office[t].map((r) => r.id));
    const employees = ids('employees');
    const vendors = ids('vendors');
    const items = ids('items');
    for (const e of office.employees) if (e.managerId) expect(employees.has(e.managerId)).toBe(true);
    for (const i of office.items) expect(vendors.has(i.vendorId!)).toBe(true);
    for (const m of office.stockMovements) expect(items.has(m.itemId)).toBe(true);
    for (const ev of office.events) for (const a of ev.attendeeIds) expect(employees.has(a)).toBe(true);
    const categories = ids('budgetCategories');
    for (const x of office.expenses) if (x.categoryId) expect(categories.has(x.categoryId)).toBe(true);
    const pos = ids('purchaseOrders');
    for (const m of office.stockMovements) if (m.purchaseOrderId) expect(pos.has(m.purchaseOrderId)).toBe(true);
    const equipment = ids('equipment');
    const meters = ids('equipmentMeters');
    const expenses = ids('expenses');
    for (const m of office.maintenance) expect(equipment.has(m.equipmentId)).toBe(true);
    for (const m of office.equipmentMeters) expect(equipment.has(m.equipmentId)).toBe(true);
    for (const r of office.meterReadings) expect(meters.has(r.meterId)).toBe(true);
    for (const p of office.maintenancePlans) {
      expect(equipment.has(p.equipmentId)).toBe(true);
      if (p.meterId) expect(office.equipmentMeters.find((m) => m.id === p.meterId)?.equipmentId).toBe(p.equipmentId);
      if (p.vendorId) expect(vendors.has(p.vendorId)).toBe(true);
    }
    const plans = ids('maintenancePlans');
    for (const m of office.maintenance) if (m.planId) expect(plans.has(m.planId)).toBe(true);
    for (const m of office.maintenance) if (m.expenseId) expect(expenses.has(m.expenseId)).toBe(true);
    for (const h of office.equipmentHandovers) {
      expect(equipment.has(h.equipmentId)).toBe(true);
      if (h.kind === 'check-out') expect(employees.has(h.toPersonId!)).toBe(true);
    }
    for (const r of office.equipmentRepairs) {
      expect(equipment.has(r.equipmentId)).toBe(true);
      if (r.expenseId) expect(expenses.has(r.expenseId)).toBe(true);
      if (r.categoryId) expect(categories.has(r.categoryId)).toBe(true);
      if (r.reportedByPersonId) expect(employees.has(r.reportedByPersonId)).toBe(true);
    }
    for (const b of office.equipmentBookings) {
      expect(equipment.has(b.equipmentId)).toBe(true);
      expect(employees.has(b.personId)).toBe(true);
    }
    for (const l of office.consumableLinks) {
      expect(equipment.has(l.equipmentId)).toBe(true);
      expect(items.has(l.itemId)).toBe(true);
    }
  });

  it('places the calendar around today and no record after today except planned ones', () => {
    const today = '2026-11-22';
    const starts = office.events.map((e) => e.start.slice(0, 10));
    expect(starts.some((d) => d < today)).toBe(true);
    expect(starts.some((d) => d > today)).toBe(true);
    expect(office.events.length).toBeGreaterThanOrEqual(15);
    for (const t of SAMPLE_TABLES) for (const r of office[t]) expect(r.createdAt.slice(0, 10) <= today, `${t} ${r.createdAt}`).toBe(true);
    for (const e of office.expenses) expect(e.date <= today).toBe(true);
    expect(office.events.some((e) => e.title.includes('Thanksgiving') && e.start === '2026-11-26')).toBe(true);
  });
});

describe('the equipment of the sample office (issue 12.11)', () => {
  const today = '2026-11-22';
  const byTag = (tag: string) => office.equipment.find((e) => e.assetTag === tag)!;
  const entriesOf = (id: string) => office.equipmentHandovers.filter((h) => h.equipmentId === id);

  it('keeps every status in step with the ledger and the open repairs', () => {
    for (const e of office.equipment) {
      const entries = entriesOf(e.id);
      const last = entries.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt)).at(-1);
      const open = office.equipmentRepairs.filter((r) => r.equipmentId === e.id && isRepairOpen(r));
      if (open.length) expect(e.status, e.name).toBe('in-repair');
      else if (last) expect(e.status, e.name).toBe(statusAfterHandover(last));
      if (e.status === 'in-repair') expect(open.length, e.name).toBeGreaterThan(0);
    }
  });

  it('has a copier read monthly for a year, with one meter replacement that the rules accept', () => {
    const copier = byTag('HL-0005');
    const meter = office.equipmentMeters.find((m) => m.equipmentId === copier.id)!;
    expect(meter).toMatchObject({ name: 'Page count', unit: 'pages' });
    const readings = office.meterReadings.filter((r) => r.meterId === meter.id);
    expect(readings.length).toBeGreaterThanOrEqual(13);
    expect(diffDays(readings[0]!.date, today)).toBeGreaterThanOrEqual(365);
    expect(readings.filter((r) => r.replaced)).toHaveLength(1);
    readings.forEach((r, i) => expect(validateReading(readings.slice(0, i), r), r.date).toBeNull());
    for (const r of office.meterReadings) expect(r.date <= today).toBe(true);
  });

  it.each(['2026-11-22', '2026-03-01', '2026-03-02', '2024-02-29', '2027-01-31'])('reads every meter once a month, in order, up to %s', (day) => {
    const o = generateSampleOffice(5, day);
    for (const meter of o.equipmentMeters) {
      const readings = o.meterReadings.filter((r) => r.meterId === meter.id);
      readings.forEach((r, i) => expect(validateReading(readings.slice(0, i), r), `${meter.name} ${r.date}`).toBeNull());
      const months = readings.map((r) => r.date.slice(0, 7));
      expect(new Set(months).size, meter.name).toBe(months.length);
      expect(readings.at(-1)!.date <= day).toBe(true);
    }
  });

  it('lists the toner check due this week, and the copier service counted by pages or months', () => {
    const copier = byTag('HL-0005');
    const meterValues = new Map(office.equipmentMeters.map((m) => [m.id, m.lifetimeValue!]));
    const due = dueMaintenance({ plans: office.maintenancePlans, equipment: office.equipment, meterValues, today, until: addDays(today, 6) });
    const toner = due.find((d) => d.equipmentId === copier.id && d.planName === 'Toner check');
    expect(toner).toMatchObject({ status: 'due-soon' });
    expect(toner!.dueDate! <= addDays(today, 6)).toBe(true);
    const service = office.maintenancePlans.find((p) => p.equipmentId === copier.id && p.meterEvery === 50_000)!;
    expect(service).toMatchObject({ intervalEvery: 6, intervalUnit: 'months' });
    const aircon = office.maintenancePlans.find((p) => p.equipmentId === byTag('HL-0042').id)!;
    expect(aircon).toMatchObject({ name: 'Spring service', scheduleMode: 'fixed', intervalEvery: 12, intervalUnit: 'months' });
    expect(aircon.startDate!.slice(5)).toBe('04-15');
    expect(aircon.lastDone?.coversDueDate?.slice(5)).toBe('04-15');
  });

  it('lends laptops through the ledger: one overdue, one back in store', () => {
    const byItem = new Map<string, typeof office.equipmentHandovers>();
    for (const h of office.equipmentHandovers) byItem.set(h.equipmentId, [...(byItem.get(h.equipmentId) ?? []), h]);
    const overdue = overdueReturns(byItem, today);
    expect(overdue.map((o) => o.equipmentId)).toEqual([byTag('HL-0013').id]);
    expect(byTag('HL-0013').status).toBe('lent-out');
    const back = byTag('HL-0014');
    expect(entriesOf(back.id).map((h) => h.kind)).toEqual(['check-out', 'check-in', 'check-out', 'check-in']);
    expect(currentHolder(entriesOf(back.id))).toBeNull();
    expect(back.status).toBe('in-storage');
  });

  it('books the projector and the pool car around today without clashes', () => {
    for (const tag of ['HL-0031', 'HL-0050']) {
      const item = byTag(tag);
      expect(item.bookable).toBe(true);
      const bookings = office.equipmentBookings.filter((b) => b.equipmentId === item.id);
      expect(bookings.some((b) => b.start.slice(0, 10) < today)).toBe(true);
      expect(bookings.some((b) => b.start.slice(0, 10) > today)).toBe(true);
      for (const b of bookings.filter((x) => x.status === 'booked'))
        expect(findBookingClash(bookings, [], { ...b, id: b.id }), b.purpose).toBeNull();
    }
    expect(office.equipmentMeters.find((m) => m.equipmentId === byTag('HL-0050').id)?.unit).toBe('km');
  });

  it('flags the shredder for replacement, books repair costs as expenses, and has a printer under repair', () => {
    const shredder = byTag('HL-0041');
    const repairs = office.equipmentRepairs.filter((r) => r.equipmentId === shredder.id);
    expect(flagForReplacement(repairs, { today })).toMatchObject({ flagged: true, count: 3 });
    for (const r of office.equipmentRepairs.filter((x) => x.costCents > 0 && x.fixedOn)) {
      const x = office.expenses.find((e) => e.id === r.expenseId)!;
      expect(x).toMatchObject({ amountCents: r.costCents, date: r.fixedOn, categoryId: r.categoryId });
    }
    const printers = office.equipment.filter((e) => e.category === 'Printers' && e.status === 'in-repair');
    expect(printers).toHaveLength(1);
    expect(office.equipmentRepairs.some((r) => r.equipmentId === printers[0]!.id && isRepairOpen(r))).toBe(true);
  });

  it('links the printers to their toner and paper in stock', () => {
    const copier = byTag('HL-0005');
    const skus = office.consumableLinks.filter((l) => l.equipmentId === copier.id).map((l) => office.items.find((i) => i.id === l.itemId)!.sku ?? '');
    expect(skus).toContain('TN-GPR58');
    expect(skus.some((s) => s.startsWith('PAP-'))).toBe(true);
    expect(office.consumableLinks.some((l) => l.equipmentId === byTag('HL-0002').id)).toBe(true);
  });
});

describe('the calendar month of the sample office (issue 13.11)', () => {
  const employees = new Set(office.employees.map((e) => e.id));
  const rooms = new Map(office.rooms.map((r) => [r.id, r]));
  const byName = (name: string) => office.employees.find((e) => e.name === name)!.id;
  const zone = office.calendarSettings.officeTimeZone;
  const instants = (e: (typeof office.events)[number]) => ({
    start: e.allDay ? e.start : wallToUtc(e.start, e.timeZone ?? zone),
    end: e.allDay ? e.end : wallToUtc(e.end, e.endTimeZone ?? e.timeZone ?? zone),
  });
  const overlap = (a: (typeof office.events)[number], b: (typeof office.events)[number]) => {
    const x = instants(a);
    const y = instants(b);
    return x.start < y.end && y.start < x.end;
  };

  it('has three rooms, diary profiles and the office zone', () => {
    expect(office.rooms.map((r) => [r.name, r.capacity])).toEqual([
      ['Board room', 12],
      ['Meeting room 2', 6],
      ['Phone booth', 1],
    ]);
    expect(zone).toBe('America/New_York');
    const elena = byName('Elena Rossi');
    expect(office.calendarSettings.currentUserId).toBe(elena);
    const director = office.diaryProfiles.find((p) => p.id === `person:${byName('Margaret Chen')}`)!;
    expect(director.viewerIds).toEqual([elena]);
    expect(office.diaryProfiles.find((p) => p.id === `person:${byName('Aisha Mensah')}`)).toMatchObject({ days: [1, 2, 3, 4] });
    for (const p of office.diaryProfiles) expect(employees.has(p.id.slice('person:'.length))).toBe(true);
  });

  it("books the upcoming on-site interviews in Meeting room 2 (two at once show the room clash); earlier ones keep their free-text place", () => {
    const room = office.rooms.find((r) => r.name === 'Meeting room 2')!;
    const upcoming = office.interviews.filter((i) => i.kind === 'onsite' && i.outcome === 'pending' && i.start.slice(0, 10) >= '2026-11-22');
    expect(upcoming.length).toBeGreaterThan(0);
    for (const i of upcoming) expect([i.roomId, i.location]).toEqual([room.id, undefined]);
    for (const i of office.interviews.filter((x) => !upcoming.includes(x))) expect(i.roomId).toBeUndefined();
    expect(office.interviews.filter((i) => i.kind === 'onsite' && !i.roomId).every((i) => i.location === 'Conference room')).toBe(true);
    const clash = upcoming.some((a) => upcoming.some((b) => a !== b && a.start < b.end && b.start < a.end));
    expect(clash).toBe(true);
  });

  it('references only people and rooms that exist, and derives every series bound', () => {
    for (const e of office.events) {
      if (e.ownerId) expect(employees.has(e.ownerId)).toBe(true);
      if (e.roomId) expect(rooms.has(e.roomId)).toBe(true);
      expect(e.uid).toBe(e.id);
      expect(seriesBounds(e, zone)).toEqual({ firstStart: e.firstStart, lastEnd: e.lastEnd });
      expect({ midStart: e.midStart, longEnd: e.longEnd }).toEqual(spanIndexFields(e));
    }
  });

  it('has the recurring meetings, with a moved and a cancelled staff meeting', () => {
    const series = (title: string) => office.events.find((e) => e.title === title)!;
    const staff = series('Weekly staff meeting');
    expect(staff).toMatchObject({ rrule: 'FREQ=WEEKLY;BYDAY=MO', timeZone: zone });
    expect(staff.overrides).toHaveLength(1);
    expect(staff.exdates).toHaveLength(1);
    expect(series('Board meeting').rrule).toBe('FREQ=MONTHLY;BYDAY=1TU');
    expect(series('1:1 David / Sofia').rrule).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH');
    const from = wallToUtc('2026-11-08T00:00:00', zone);
    const to = wallToUtc('2026-12-13T00:00:00', zone);
    const mondays = expandOccurrences([staff], from, to, { floatingZone: zone });
    // Nov 9, 16, 23 (moved to Tuesday the 24th), Dec 7; Nov 30 cancelled.
    expect(mondays.map((o) => o.start)).toEqual(['2026-11-09T14:00:00.000Z', '2026-11-16T14:00:00.000Z', '2026-11-24T14:30:00.000Z', '2026-12-07T14:00:00.000Z']);
    const boards = expandOccurrences([series('Board meeting')], from, to, { floatingZone: zone });
    expect(boards.map((o) => o.start)).toEqual(['2026-12-01T15:00:00.000Z']);
  });

  it('has a two-day offsite, a private appointment, a call in London time and a room-only booking', () => {
    const offsite = office.events.find((e) => e.title.startsWith('Design team offsite'))!;
    expect(offsite.allDay).toBe(true);
    expect(diffDays(offsite.start, offsite.end)).toBe(2);
    expect(office.events.filter((e) => e.private).map((e) => e.ownerId)).toEqual([byName('Margaret Chen')]);
    expect(office.events.some((e) => e.timeZone === 'Europe/London')).toBe(true);
    expect(office.events.some((e) => !e.ownerId && e.roomId && e.attendeeIds.length === 0)).toBe(true);
  });

  it('has clashes to resolve: the Board room twice at once, and Noah double-booked', () => {
    const oneOff = office.events.filter((e) => !e.rrule && !e.allDay);
    const roomClash = oneOff.some((a) => oneOff.some((b) => a !== b && a.roomId && a.roomId === b.roomId && overlap(a, b)));
    expect(roomClash).toBe(true);
    const noah = byName('Noah Fischer');
    const noahs = oneOff.filter((e) => e.ownerId === noah || e.attendeeIds.includes(noah));
    expect(noahs.some((a) => noahs.some((b) => a !== b && a.roomId !== b.roomId && overlap(a, b)))).toBe(true);
  });

  it('has the director’s trip with legs in their own zones', () => {
    expect(office.trips).toHaveLength(1);
    const trip = office.trips[0]!;
    expect(trip.travellerId).toBe(byName('Margaret Chen'));
    expect(trip.legs.map((l) => l.kind)).toEqual(['train', 'flight', 'hotel', 'train', 'flight']);
    const out = trip.legs[1]!;
    expect([out.startTimeZone, out.endTimeZone]).toEqual(['America/New_York', 'Europe/London']);
    expect(trip.startDate > '2026-11-22').toBe(true);
    for (const l of trip.legs) expect(wallToUtc(l.end, l.endTimeZone) > wallToUtc(l.start, l.startTimeZone)).toBe(true);
  });
});
