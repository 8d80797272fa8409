/**
 * The deterministic sample office. Pure: a seeded PRNG instead of Math.random, every
 * timestamp derived from `today`, ids from a seeded ULID generator. Each section of the office
 * has its own generator in ./sections; this file only composes them, in a fixed order, since
 * they draw from the same random stream.
 */
import { isIsoDate } from '../lib/dates';
import type {
  Budget,
  BudgetCategory,
  CalendarEvent,
  CalendarSettings,
  Call,
  Candidate,
  Contact,
  CompanyProfile,
  ConsumableLink,
  DiaryProfile,
  DocumentRecord,
  Employee,
  Equipment,
  EquipmentCategory,
  EquipmentBooking,
  Expense,
  HandoverEntry,
  HrRecord,
  Interview,
  Invoice,
  Item,
  Maintenance,
  MaintenancePlan,
  Meter,
  MeterReading,
  ApprovalSetting,
  Position,
  Project,
  PurchaseOrder,
  PurchaseRequest,
  Repair,
  Rfq,
  StaffRequest,
  Room,
  StockMovement,
  Task,
  Trip,
  Vendor,
} from '../domain';
import { COMPANY } from './catalog';
import { createSampleContext } from './context';
import { generateBudget } from './sections/budget';
import { generateCalendar, generateCalendarMonth } from './sections/calendar';
import { generateCalls } from './sections/calls';
import { generateDocuments } from './sections/documents';
import { generateEquipment, generateEquipmentModule } from './sections/equipment';
import { generateExpenses } from './sections/expenses';
import { generateFrontDesk, keepUpToNow, settleEarlierCalls } from './sections/frontDesk';
import { simulateInventory } from './sections/inventory';
import { generatePeople } from './sections/people';
import { generatePurchasing } from './sections/purchasing';
import { bookSampleInterviewRooms, generateRecruiting } from './sections/recruiting';
import { generateTasks } from './sections/tasks';
import { generateVendors } from './sections/vendors';
import { generateProjects } from './sections/projects';
import { generatePurchaseRequests } from './sections/purchaseRequests';
import { generateQuotes } from './sections/quotes';
import { generateStaffRequests } from './sections/staffRequests';

/** The register's settings as the Equipment module stores them (prefix and category list). */
export interface SampleEquipmentRegister {
  assetTagPrefix: string;
  categories: EquipmentCategory[];
}

export interface SampleOffice {
  companyProfile: CompanyProfile;
  /** The sample register's tag series and the categories its items use, so Settings and the pickers match the items. */
  equipmentRegister: SampleEquipmentRegister;
  /** The calendar's settings (settings key `calendar`): office zone, hours, who uses this PC. */
  calendarSettings: CalendarSettings;
  /** Purchase request approval (issue 17.2): the threshold and who approves (settings key in `id`). */
  approvalSetting: { id: string; value: ApprovalSetting };
  vendors: Vendor[];
  items: Item[];
  stockMovements: StockMovement[];
  purchaseOrders: PurchaseOrder[];
  equipment: Equipment[];
  maintenance: Maintenance[];
  budgetCategories: BudgetCategory[];
  budgets: Budget[];
  expenses: Expense[];
  invoices: Invoice[];
  positions: Position[];
  candidates: Candidate[];
  interviews: Interview[];
  employees: Employee[];
  hrRecords: HrRecord[];
  rooms: Room[];
  diaryProfiles: DiaryProfile[];
  events: CalendarEvent[];
  trips: Trip[];
  calls: Call[];
  /** The address book (issue 14): outside people and organisations, some linked to a vendor or a candidate. */
  contacts: Contact[];
  documents: DocumentRecord[];
  tasks: Task[];
  equipmentMeters: Meter[];
  meterReadings: MeterReading[];
  maintenancePlans: MaintenancePlan[];
  equipmentHandovers: HandoverEntry[];
  equipmentRepairs: Repair[];
  equipmentBookings: EquipmentBooking[];
  consumableLinks: ConsumableLink[];
  /** Issue 17: the request queue, purchase requests, vendor quotes and the office move project. */
  staffRequests: StaffRequest[];
  purchaseRequests: PurchaseRequest[];
  rfqs: Rfq[];
  projects: Project[];
}

/** Record tables of the sample, in an order that satisfies references when loading. */
export const SAMPLE_TABLES = [
  'vendors',
  'employees',
  'items',
  'stockMovements',
  'purchaseOrders',
  'equipment',
  'maintenance',
  'budgetCategories',
  'budgets',
  'invoices',
  'expenses',
  // The Equipment module's records (their derived holders and meter values are rebuilt on load).
  'equipmentMeters',
  'meterReadings',
  'maintenancePlans',
  'equipmentHandovers',
  'equipmentRepairs',
  'equipmentBookings',
  'consumableLinks',
  'positions',
  'candidates',
  'interviews',
  'hrRecords',
  'rooms',
  'diaryProfiles',
  'events',
  'trips',
  'contacts',
  'calls',
  'documents',
  'tasks',
  'purchaseRequests',
  'staffRequests',
  'rfqs',
  'projects',
] as const satisfies readonly Exclude<keyof SampleOffice, 'companyProfile' | 'equipmentRegister' | 'calendarSettings' | 'approvalSetting'>[];

/**
 * The sample office for `seed` as of `today`. `now` is the moment it is loaded (an instant):
 * no call, message or task happens after it (loaded at 7:00, today has no calls yet). Without
 * it the office is as of the end of `today`'s office day (17:30 local), which is what the pins
 * and most tests read.
 */
export function generateSampleOffice(seed = 1, today = '2026-11-22', now?: string): SampleOffice {
  if (!isIsoDate(today)) throw new RangeError(`today must be YYYY-MM-DD, got ${today}`);
  const at = now === undefined ? undefined : Date.parse(now);
  if (at !== undefined && !Number.isFinite(at)) throw new RangeError(`now must be an ISO instant, got ${now}`);
  const ctx = createSampleContext(seed, today, at === undefined ? undefined : new Date(at).toISOString());
  const companyProfile: CompanyProfile = { ...COMPANY };
  // The order below is the order of the random draws: keep it.
  const { employees, hrRecords, activeEmployees, emp } = generatePeople(ctx);
  const { vendors, vendorIds } = generateVendors(ctx);
  const inventory = simulateInventory(ctx, activeEmployees, vendorIds);
  const { purchaseOrders, invoices } = generatePurchasing(ctx, inventory, vendorIds);
  const { budgetCategories, budgets, leaf } = generateBudget(
    ctx,
    companyProfile.fiscalYearStartMonth,
  );
  const expenses = generateExpenses(ctx, leaf, vendors, vendorIds, invoices);
  const { equipment, maintenance } = generateEquipment(ctx, emp, vendorIds);
  const { positions, candidates, interviews, interviewEvents } = generateRecruiting(ctx, emp);
  const calendarEvents = generateCalendar(ctx, activeEmployees, emp, interviewEvents);
  const calls = generateCalls(ctx, emp);
  const documents = generateDocuments(ctx);
  const tasks = generateTasks(ctx, emp);
  // Added with the Equipment module: last, so every record above keeps its ids and values.
  const equipmentModule = generateEquipmentModule(ctx, {
    equipment,
    maintenance,
    employees,
    items: inventory.items,
    emp,
    vendorIds,
    leaf,
  });
  // Added with the Calendar module (issue 13.11): after the Equipment module, for the same reason.
  const calendar = generateCalendarMonth(ctx, calendarEvents, emp);
  // Added with the front desk (issue 14.7): contacts, the last two weeks of calls, errands; last again.
  const frontDesk = generateFrontDesk(ctx, { emp, vendors, vendorIds, candidates, purchaseOrders, items: inventory.items });
  // Nothing after the moment of loading: drawn above in full (so ids never depend on the hour), cut here.
  const upToNow = keepUpToNow(ctx.now, [...settleEarlierCalls(calls, ctx.today, vendors, frontDesk.contacts), ...frontDesk.calls], [...tasks, ...frontDesk.tasks]);

  const allEquipment = [...equipment, ...equipmentModule.equipment];
  const allItems = [...inventory.items, ...equipmentModule.items];
  // Added with issue 17 (requests, quotes, projects): last again, so everything above keeps its ids.
  const requested = generatePurchaseRequests(ctx, {
    emp,
    employees,
    leaf,
    vendorIds,
    items: allItems,
    purchaseOrders: [...purchaseOrders, ...frontDesk.purchaseOrders],
  });
  const replaced = new Map(requested.updatedPurchaseOrders.map((o) => [o.id, o]));
  const ordersSoFar = [...purchaseOrders, ...frontDesk.purchaseOrders].map((o) => replaced.get(o.id) ?? o).concat(requested.purchaseOrders);
  const staffRequests = generateStaffRequests(ctx, {
    emp,
    equipment: allEquipment,
    equipmentRepairs: equipmentModule.equipmentRepairs,
    purchaseRequests: requested.purchaseRequests,
  });
  const fromStaff = new Map(staffRequests.updatedPurchaseRequests.map((r) => [r.id, r]));
  const quotes = generateQuotes(ctx, { vendorIds, items: allItems });
  const move = generateProjects(ctx, { emp, employees, leaf, vendorIds, takenPoNumbers: ordersSoFar.map((o) => o.number) });
  const categoryNames = [...new Set(allEquipment.map((e) => e.category).filter((c): c is string => !!c))].sort();
  const equipmentRegister: SampleEquipmentRegister = {
    assetTagPrefix: 'HL',
    categories: [...categoryNames, 'Other'].map((name) => ({ key: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name })),
  };

  return {
    companyProfile,
    equipmentRegister,
    calendarSettings: calendar.calendarSettings,
    approvalSetting: requested.approvalSetting,
    vendors,
    items: allItems,
    stockMovements: [...inventory.stockMovements, ...equipmentModule.stockMovements],
    purchaseOrders: [...ordersSoFar, ...move.purchaseOrders],
    equipment: allEquipment,
    maintenance: [...maintenance, ...equipmentModule.maintenance],
    budgetCategories,
    budgets,
    expenses: [...expenses, ...equipmentModule.expenses, ...move.expenses],
    invoices,
    positions,
    candidates,
    // The upcoming on-site interviews in 'Meeting room 2' (its id exists only now).
    interviews: bookSampleInterviewRooms(interviews, calendar.rooms.find((r) => r.name === 'Meeting room 2')?.id, ctx.today),
    employees,
    hrRecords,
    rooms: calendar.rooms,
    diaryProfiles: calendar.diaryProfiles,
    events: calendar.events,
    trips: calendar.trips,
    calls: upToNow.calls.sort((a, b) => a.takenAt.localeCompare(b.takenAt)),
    contacts: frontDesk.contacts,
    documents,
    tasks: [...upToNow.tasks, ...staffRequests.tasks, ...move.tasks],
    equipmentMeters: equipmentModule.equipmentMeters,
    meterReadings: equipmentModule.meterReadings,
    maintenancePlans: equipmentModule.maintenancePlans,
    equipmentHandovers: equipmentModule.equipmentHandovers,
    equipmentRepairs: equipmentModule.equipmentRepairs,
    equipmentBookings: equipmentModule.equipmentBookings,
    consumableLinks: equipmentModule.consumableLinks,
    staffRequests: staffRequests.staffRequests,
    purchaseRequests: requested.purchaseRequests.map((r) => fromStaff.get(r.id) ?? r),
    rfqs: quotes.rfqs,
    projects: move.projects,
  };
}

/** Used by the generator's readers (e.g. tests) to name an employee in messages. */
export function sampleEmployeeName(office: SampleOffice, id: string): string | undefined {
  return office.employees.find((e) => e.id === id)?.name;
}
