import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  budgetCategorySchema,
  budgetSchema,
  calendarSettingsSchema,
  callSchema,
  candidateSchema,
  contactSchema,
  isOpenMessage,
  isStaleMessage,
  isTaskOverdue,
  companyProfileSchema,
  equipmentCategoryListSchema,
  consumableLinkSchema,
  projectSchema,
  purchaseRequestSchema,
  rfqSchema,
  staffRequestSchema,
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
import { normalizePhone } from '../contacts';
import { nextTaskDue, readTaskRepeat } from '../domain/taskRecurrence';
import { addDays, dayOfWeek, diffDays } from '../lib/dates';
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
  contacts: contactSchema,
  documents: documentSchema,
  tasks: taskSchema,
  equipmentMeters: meterSchema,
  meterReadings: meterReadingSchema,
  maintenancePlans: maintenancePlanSchema,
  equipmentHandovers: handoverEntrySchema,
  equipmentRepairs: repairSchema,
  equipmentBookings: equipmentBookingSchema,
  consumableLinks: consumableLinkSchema,
  staffRequests: staffRequestSchema,
  purchaseRequests: purchaseRequestSchema,
  rfqs: rfqSchema,
  projects: projectSchema,
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
    expect(office.calls.length).toBeGreaterThanOrEqual(50);
    expect(office.contacts.length).toBeGreaterThanOrEqual(38);
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

describe('the front desk of the sample office (issue 14.7)', () => {
  const today = '2026-11-22';
  const region = 'US'; // the sample's locale is en-US
  const key = (n: string) => normalizePhone(n, region);
  const byName = (name: string) => office.employees.find((e) => e.name === name)!.id;
  const contact = (name: string) => office.contacts.find((c) => c.name === name)!;

  it('has an address book with vCard-style mess: kinds, international numbers, a company-only card, two emails, a birthday, tags', () => {
    const all = office.contacts;
    expect(all.some((c) => c.phones.length >= 3 && new Set(c.phones.map((p) => p.kind)).size >= 3)).toBe(true);
    const numbers = all.flatMap((c) => c.phones.map((p) => p.number));
    expect(numbers.some((n) => n.startsWith('+44'))).toBe(true);
    expect(numbers.some((n) => n.startsWith('00') && n.includes(' '))).toBe(true);
    expect(numbers.some((n) => n.startsWith('+49'))).toBe(true);
    // Every number reads as a phone number with the office's region.
    for (const n of numbers) expect(key(n), n).toMatch(/^\+\d{8,15}$/);
    expect(key('0049 171 2345678')).toBe('+491712345678');
    expect(all.some((c) => c.name === c.organization && !c.title)).toBe(true);
    expect(all.some((c) => c.emails.length === 2)).toBe(true);
    expect(all.some((c) => c.birthday)).toBe(true);
    const tags = new Set(all.flatMap((c) => c.tags));
    for (const t of ['client', 'courier', 'landlord']) expect(tags).toContain(t);
    // Vendors' people and one candidate are linked to their records.
    const vendors = new Set(office.vendors.map((v) => v.id));
    const linked = all.filter((c) => c.vendorId);
    expect(linked.length).toBeGreaterThanOrEqual(6);
    for (const c of linked) expect(vendors.has(c.vendorId!)).toBe(true);
    const cand = all.filter((c) => c.candidateId);
    expect(cand).toHaveLength(1);
    const candidate = office.candidates.find((c) => c.id === cand[0]!.candidateId)!;
    expect(cand[0]!.name).toBe(candidate.name);
    expect(key(cand[0]!.phones[0]!.number)).toBe(key(candidate.phone!));
    expect(cand[0]!.phones[0]!.number).not.toBe(candidate.phone);
    // No two contacts share a number (a shared one would make lookup ambiguous on purpose only).
    const keys = all.flatMap((c) => [...new Set(c.phones.map((p) => key(p.number)))]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has this week’s and last week’s calls, matched to their callers from numbers written differently', () => {
    const recent = office.calls.filter((c) => c.takenAt.slice(0, 10) >= addDays(today, -14));
    expect(recent.length).toBeGreaterThanOrEqual(20);
    expect(new Set(recent.map((c) => c.direction))).toEqual(new Set(['incoming', 'outgoing']));
    expect(new Set(recent.map((c) => c.outcome))).toEqual(new Set(['talked', 'voicemail', 'no-answer', 'wrong-number']));
    expect(recent.filter((c) => c.durationMinutes !== undefined && c.subject).length).toBeGreaterThanOrEqual(15);
    const records = new Map<string, { phone?: string; phones?: { number: string }[] }>([
      ...office.vendors.map((v) => [v.id, v] as const),
      ...office.contacts.map((c) => [c.id, c] as const),
      ...office.candidates.map((c) => [c.id, c] as const),
    ]);
    let reformatted = 0;
    for (const c of office.calls.filter((x) => x.callerId)) {
      const owner = records.get(c.callerId!)!;
      expect(owner, c.caller).toBeDefined();
      const stored = owner.phones ? owner.phones.map((p) => p.number) : [owner.phone!];
      expect(stored.map(key), c.caller).toContain(key(c.phone!));
      if (!stored.includes(c.phone!)) reformatted++;
    }
    expect(reformatted).toBeGreaterThanOrEqual(8);
    expect(new Set(office.calls.filter((c) => c.callerId).map((c) => c.callerTable))).toEqual(new Set(['vendors', 'contacts', 'candidates']));
  });

  it('keeps a few messages open (one urgent, one over a day old, some for the current user) and closes the rest with a time', () => {
    const now = new Date('2026-11-22T20:00:00.000Z');
    const open = office.calls.filter(isOpenMessage);
    expect(open.length).toBeGreaterThanOrEqual(4);
    expect(open.length).toBeLessThanOrEqual(10);
    expect(open.some((c) => c.urgent)).toBe(true);
    expect(open.some((c) => isStaleMessage(c, now))).toBe(true);
    expect(open.some((c) => c.forEmployeeId === office.calendarSettings.currentUserId)).toBe(true);
    const closed = office.calls.filter((c) => c.followUp !== 'none' && c.status === 'done');
    expect(closed.length).toBeGreaterThanOrEqual(10);
    for (const c of closed) {
      expect(c.closedAt, c.caller).toBeDefined();
      expect(c.closedAt! > c.takenAt).toBe(true);
    }
    for (const c of office.calls.filter((x) => x.status !== 'done')) expect(c.closedAt).toBeUndefined();
  });

  it('has the post office every Friday, the plants every Monday and coffee on the 1st, each a series with its done history', () => {
    const seriesOf = (title: string) => office.tasks.filter((t) => t.title === title).sort((a, b) => a.due!.localeCompare(b.due!));
    const post = seriesOf('Post office run');
    expect(post.map((t) => t.status)).toEqual(['done', 'done', 'open']);
    expect(post.every((t) => t.seriesId === post[0]!.id && t.kind === 'errand' && t.location === 'Post office' && t.bring === 'outgoing mail and parcels')).toBe(true);
    expect(readTaskRepeat(post[0]!.rrule)).toMatchObject({ kind: 'weekly' });
    for (const t of post) expect(dayOfWeek(t.due!)).toBe(5);
    expect(post[2]!.due! >= today && diffDays(today, post[2]!.due!) < 7).toBe(true);
    // The engine agrees the open one is the next after the last done.
    expect(nextTaskDue(post[0]!.rrule!, post[0]!.due, post[1]!.due!, post[1]!.due)).toBe(post[2]!.due);
    const plants = seriesOf('Water the plants');
    for (const t of plants) expect(dayOfWeek(t.due!)).toBe(1);
    expect(plants.at(-1)!.status).toBe('open');
    const coffee = seriesOf('Order coffee and milk');
    expect(coffee.map((t) => t.due)).toEqual(['2026-11-01', '2026-12-01']);
    expect(coffee[0]!.rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=1');
    for (const t of office.tasks) if (t.status === 'done') expect(t.completedAt, t.title).toBeTruthy();
  });

  it('has overdue, today’s, undated and done tasks, a checklist, and tasks linked to an order and a call', () => {
    const open = office.tasks.filter((t) => t.status === 'open' || t.status === 'in-progress');
    expect(open.filter((t) => isTaskOverdue(t, today)).length).toBeGreaterThanOrEqual(3);
    expect(open.filter((t) => t.due === today).length).toBeGreaterThanOrEqual(3);
    expect(open.some((t) => !t.due)).toBe(true);
    expect(office.tasks.some((t) => t.checklist.length >= 3 && t.checklist.some((c) => c.done) && t.checklist.some((c) => !c.done))).toBe(true);
    const po = office.tasks.find((t) => t.linkedTable === 'purchaseOrders')!;
    expect(office.purchaseOrders.some((p) => p.id === po.linkedId)).toBe(true);
    const call = office.tasks.find((t) => t.linkedTable === 'calls')!;
    const linked = office.calls.find((c) => c.id === call.linkedId)!;
    expect(call.title).toBe(`Call back ${linked.caller}`);
    expect(isOpenMessage(linked)).toBe(true);
    expect(linked.forEmployeeId).toBe(call.assigneeId);
    expect(byName('Grace Park')).toBeDefined();
    expect(contact('Richard Doyle').tags).toEqual(['landlord']);
  });

  it('tells the back-ordered toner story in order: Northeast’s order holds the toner and was placed before Karen’s call; one name per errand place', () => {
    const chase = office.tasks.find((t) => t.title.startsWith('Chase the back-ordered toner'))!;
    const po = office.purchaseOrders.find((p) => p.id === chase.linkedId)!;
    expect(chase.title).toBe(`Chase the back-ordered toner on ${po.number}`);
    expect(new Set(office.purchaseOrders.map((p) => p.number)).size).toBe(office.purchaseOrders.length);
    const northeast = office.vendors.find((v) => v.name === 'Northeast Office Supply Co.')!;
    expect(po.vendorId).toBe(northeast.id);
    expect(po.status).toBe('ordered');
    const toner = office.items.find((i) => i.sku === 'TN-HP58A')!;
    expect(po.lines.some((l) => l.itemId === toner.id && l.receivedQuantity < l.quantity)).toBe(true);
    const call = office.calls.find((c) => c.subject === 'Back-ordered toner')!;
    expect(call.callerId).toBe(northeast.id);
    expect(call.message).toContain('58A');
    expect(po.createdAt < call.takenAt && po.orderDate < call.takenAt.slice(0, 10)).toBe(true);
    expect(chase.createdAt > call.takenAt).toBe(true);
    // Errand places: one name per place, the contacts' names where there is a contact.
    const places = new Set(office.tasks.filter((t) => t.kind === 'errand').map((t) => t.location));
    expect([...places].filter((p) => p?.toLowerCase().includes('post office'))).toEqual(['Post office']);
    for (const p of ['Bangor Savings Bank, Exchange St', 'FedEx Office Marginal Way', 'The UPS Store Congress St'])
      if (places.has(p)) expect(office.contacts.some((c) => c.name === p), p).toBe(true);
  });

  it.each([
    ['07:00', '2026-11-22T12:00:00.000Z'],
    ['09:30', '2026-11-22T14:30:00.000Z'],
    ['12:35', '2026-11-22T17:35:00.000Z'],
    ['the evening before (a clock ahead of the office)', '2026-11-21T23:30:00.000Z'],
  ])('places nothing after the moment of loading (%s); earlier days stay as they are', (_label, now) => {
    const o = generateSampleOffice(1, today, now);
    for (const c of o.calls) {
      expect(c.takenAt <= now && c.createdAt <= now && c.updatedAt <= now, `${c.subject} ${c.takenAt}`).toBe(true);
      if (c.closedAt) expect(c.closedAt <= now).toBe(true);
    }
    for (const t of o.tasks) {
      expect(t.createdAt <= now && t.updatedAt <= now, `${t.title} ${t.createdAt}`).toBe(true);
      if (t.completedAt) expect(t.completedAt <= now).toBe(true);
    }
    // Every task made from a call still has its call.
    for (const t of o.tasks.filter((x) => x.linkedTable === 'calls')) expect(o.calls.some((c) => c.id === t.linkedId)).toBe(true);
    // The days before today are the full office's (the ids do not depend on the hour).
    const dayStart = `${today}T05:00:00.000Z`;
    const before = (calls: typeof o.calls) => calls.filter((c) => c.takenAt < dayStart && c.takenAt <= now).map((c) => c.id);
    expect(before(o.calls)).toEqual(before(office.calls));
    if (now.startsWith(`${today}T12:00`)) {
      expect(o.calls.filter((c) => c.takenAt >= dayStart)).toEqual([]);
      expect(o.calls.filter((c) => c.takenAt < dayStart)).toHaveLength(office.calls.filter((c) => c.takenAt < dayStart).length);
      // What the Dashboard leans on is from before today: the urgent message and the call behind a task.
      expect(o.calls.some((c) => isOpenMessage(c) && c.urgent)).toBe(true);
      expect(o.tasks.some((t) => t.linkedTable === 'calls')).toBe(true);
    }
    if (now.startsWith(`${today}T17:35`)) expect(o.calls.some((c) => c.takenAt >= dayStart)).toBe(true);
  });

  it('without a moment of loading is the office at the end of the day, and refuses a moment that is not one', () => {
    expect(generateSampleOffice(1, today, '2026-11-22T22:30:00.000Z')).toEqual(office);
    expect(() => generateSampleOffice(1, today, 'noon')).toThrow(RangeError);
  });

  it.each(['2026-12-04', '2026-11-30', '2026-12-01', '2027-01-31', '2024-02-29'])('keeps its front desk valid and the series around today on %s (a Friday, a Monday, the 1st, month ends)', (day) => {
    const o = generateSampleOffice(3, day);
    for (const [table, schema] of [['contacts', contactSchema], ['calls', callSchema], ['tasks', taskSchema]] as const)
      for (const r of o[table]) expect(schema.parse(r), `${table} ${r.id}`).toEqual(r);
    for (const title of ['Post office run', 'Water the plants', 'Order coffee and milk']) {
      const series = o.tasks.filter((t) => t.title === title);
      const open = series.filter((t) => t.status === 'open');
      expect(open, title).toHaveLength(1);
      expect(open[0]!.due! >= day).toBe(true);
      for (const t of series.filter((x) => x.status === 'done')) expect(t.due! < day && t.completedAt! <= `${day}T23:59`).toBe(true);
    }
    for (const t of ['contacts', 'calls', 'tasks'] as const) for (const r of o[t]) expect(r.createdAt.slice(0, 10) <= day, `${t} ${r.createdAt}`).toBe(true);
  });
});
