/**
 * The deterministic sample office. Pure: a seeded PRNG instead of Math.random, every
 * timestamp derived from `today`, ids from a seeded ULID generator. Stock movements are
 * simulated day by day so each item's quantity on hand equals its ledger sum.
 *
 * Times: the studio is in Portland, Maine; office hours are written as UTC instants five hours
 * ahead of local time (Eastern Standard Time), e.g. 9:00 local → 14:00Z.
 */
import { createUlidGenerator } from '../lib/ids';
import { addDays, addMonths, dayOfWeek, diffDays, fiscalYearMonths, fiscalYearOf, isIsoDate, monthOf, toIsoDate } from '../lib/dates';
import type {
  Budget,
  BudgetCategory,
  CalendarEvent,
  Call,
  Candidate,
  CandidateStage,
  CompanyProfile,
  DocumentRecord,
  Employee,
  Equipment,
  Expense,
  HrRecord,
  Interview,
  Invoice,
  Item,
  Maintenance,
  Position,
  PurchaseOrder,
  PurchaseOrderLine,
  StockMovement,
  Task,
  Vendor,
} from '../domain';
import { reorderQuantity } from '../domain/inventory';
import { createRandom, type Random } from './random';
import {
  BUDGET_TREE,
  CANDIDATE_NAMES,
  CLIENTS,
  COMPANY,
  EMAIL_DOMAIN,
  EMPLOYEES,
  EQUIPMENT,
  ITEMS,
  VENDORS,
  type ItemSeed,
} from './catalog';
import { DOCUMENTS } from './documents';

export interface SampleOffice {
  companyProfile: CompanyProfile;
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
  events: CalendarEvent[];
  calls: Call[];
  documents: DocumentRecord[];
  tasks: Task[];
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
  'positions',
  'candidates',
  'interviews',
  'hrRecords',
  'events',
  'calls',
  'documents',
  'tasks',
] as const satisfies readonly Exclude<keyof SampleOffice, 'companyProfile'>[];

/** Local office minutes since midnight → UTC instant on that date (EST = UTC−5). */
function instant(date: string, localMinutes: number): string {
  const utc = Math.min(localMinutes + 5 * 60, 23 * 60 + 59);
  const hh = String(Math.floor(utc / 60)).padStart(2, '0');
  const mm = String(utc % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}:00.000Z`;
}

/** Drops undefined values so records carry no empty keys. */
function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}

const isWorkday = (date: string) => {
  const d = dayOfWeek(date);
  return d !== 0 && d !== 6;
};

function asciiEmail(name: string, domain: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z\s]/g, '')
    .trim()
    .split(/\s+/);
  return `${ascii[0]}.${ascii[ascii.length - 1]}@${domain}`;
}

function thanksgiving(year: number): string {
  const nov1 = toIsoDate(year, 11, 1);
  const offset = (4 - dayOfWeek(nov1) + 7) % 7;
  return addDays(nov1, offset + 21);
}

export function generateSampleOffice(seed = 1, today = '2026-11-22'): SampleOffice {
  if (!isIsoDate(today)) throw new RangeError(`today must be YYYY-MM-DD, got ${today}`);
  const rng: Random = createRandom(seed);
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const newId = createUlidGenerator({ now: () => Date.UTC(ty, tm - 1, td), randomBytes: (b) => rng.fillBytes(b) });
  const setupDate = addDays(today, -200);
  const base = (date: string, minutes = 9 * 60) => {
    const at = instant(date, minutes);
    return { id: newId(), createdAt: at, updatedAt: at, deletedAt: null };
  };
  const workMinutes = () => rng.int(8 * 60 + 30, 17 * 60);

  const companyProfile: CompanyProfile = { ...COMPANY };

  // ---- People -------------------------------------------------------------------------
  const employeeIds = new Map<string, string>();
  for (const e of EMPLOYEES) employeeIds.set(e.key, newId());
  const employees: Employee[] = EMPLOYEES.map((e, i) => {
    const startDate =
      e.startYearsAgo === 0 ? addDays(today, -45) : addDays(today, -Math.round(e.startYearsAgo * 365) - rng.int(0, 200));
    const status = e.status ?? 'active';
    const createdAt = instant(setupDate, 8 * 60 + i);
    return compact<Employee>({
      id: employeeIds.get(e.key)!,
      createdAt: startDate > setupDate ? instant(startDate, 8 * 60) : createdAt,
      updatedAt: startDate > setupDate ? instant(startDate, 8 * 60) : createdAt,
      deletedAt: null,
      name: e.name,
      email: asciiEmail(e.name, EMAIL_DOMAIN),
      phone: `(207) 555-0${String(300 + i * 7).padStart(3, '0')}`,
      extension: e.ext,
      title: e.title,
      department: e.department,
      managerId: e.manager ? employeeIds.get(e.manager) : undefined,
      startDate,
      endDate: status === 'left' ? addDays(today, -140) : undefined,
      status,
      salaryCents: e.salary * 100,
      salaryPeriod: 'year',
      birthDate: toIsoDate(ty - rng.int(24, 58), rng.int(1, 12), rng.int(1, 28)),
      homeAddress: `${rng.int(10, 990)} ${rng.pick(['Brackett', 'Congress', 'Deering', 'Ocean', 'Washington', 'Pine', 'Spring'])} St\n${rng.pick(['Portland', 'South Portland', 'Westbrook', 'Falmouth', 'Scarborough'])}, ME`,
      emergencyContact: `${rng.pick(['Alex', 'Sam', 'Jordan', 'Chris', 'Robin', 'Pat'])} ${e.name.split(' ').slice(-1)[0]} — (207) 555-0${rng.int(400, 999)}`,
      notes: status === 'on-leave' ? `Parental leave until ${addDays(today, 60)}.` : undefined,
    });
  });
  const activeEmployees = employees.filter((e) => e.status === 'active');
  const emp = (key: string) => employeeIds.get(key)!;

  const hrRecords: HrRecord[] = [
    { emp: 'priya', kind: 'training', daysAgo: 120, title: 'Revit advanced workshop (2 days)', details: 'Completed with certificate. Paid from the training budget.' },
    { emp: 'grace', kind: 'training', daysAgo: 90, title: 'First aid and CPR certification', details: 'Red Cross course; renewal due in two years.' },
    { emp: 'elena', kind: 'training', daysAgo: 90, title: 'First aid and CPR certification', details: 'Red Cross course; renewal due in two years.' },
    { emp: 'jonas', kind: 'training', daysAgo: 30, title: 'Enscape rendering masterclass', details: 'Online, 6 sessions.' },
    { emp: 'aisha', kind: 'training', daysAgo: 20, title: 'QuickBooks Online onboarding', details: 'Completed with Benjamin.' },
    { emp: 'liam', kind: 'disciplinary', daysAgo: 200, title: 'Documented verbal warning', details: 'Missed a client submission deadline without notice. Agreed weekly check-ins with David for six weeks.' },
    { emp: 'liam', kind: 'termination', daysAgo: 140, title: 'Resignation', details: 'Voluntary resignation to relocate. Exit interview done; equipment returned; final pay processed.' },
  ].map((r) => {
    const date = addDays(today, -r.daysAgo);
    return { ...base(date, 16 * 60), employeeId: emp(r.emp), kind: r.kind as HrRecord['kind'], date, title: r.title, details: r.details, attachmentIds: [] };
  });

  // ---- Vendors ----------------------------------------------------------------------
  const vendorIds = new Map<string, string>();
  const vendors: Vendor[] = VENDORS.map((v, i) => {
    const record = compact<Vendor>({
      ...base(setupDate, 9 * 60 + i),
      name: v.name,
      contactName: v.contactName,
      email: v.email,
      phone: v.phone,
      address: v.address,
      website: v.website,
      accountNumber: v.accountNumber,
      paymentTerms: v.paymentTerms,
    });
    vendorIds.set(v.key, record.id);
    return record;
  });
  const vendorSeed = (key: string) => VENDORS.find((v) => v.key === key)!;

  // ---- Inventory: items and a simulated ledger ----------------------------------------
  const ledgerStart = addDays(today, -100);
  const minuteOfDay = new Map<string, number>();
  const nextMinute = (date: string) => {
    const k = minuteOfDay.get(date) ?? 0;
    minuteOfDay.set(date, k + 1);
    return 8 * 60 + 30 + Math.min(k * 3, 9 * 60);
  };
  interface SimItem {
    seed: ItemSeed;
    item: Item;
    onHand: number;
    pending?: { orderDate: string; receiptDate: string; quantity: number };
    suppressed: boolean;
  }
  interface Order {
    sim: SimItem;
    orderDate: string;
    receiptDate: string;
    quantity: number;
    movement?: StockMovement;
  }
  const suppressedSkus = new Set(
    rng
      .sample(
        ITEMS.filter((i) => i.min >= 2 && i.weekly >= 0.4),
        7,
      )
      .map((i) => i.sku),
  );
  const sims: SimItem[] = ITEMS.map((s) => ({
    seed: s,
    onHand: 0,
    suppressed: suppressedSkus.has(s.sku),
    item: {
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
      vendorId: vendorIds.get(s.vendor)!,
    },
  }));
  const stockMovements: StockMovement[] = [];
  const orders: Order[] = [];
  const move = (sim: SimItem, date: string, fields: Omit<StockMovement, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'itemId' | 'balanceAfter'>) => {
    sim.onHand += fields.quantity;
    const m = compact<StockMovement>({ ...base(date, nextMinute(date)), itemId: sim.item.id, balanceAfter: sim.onHand, date, ...fields });
    stockMovements.push(m);
    sim.item.updatedAt = m.createdAt;
    return m;
  };
  const issue = (sim: SimItem, date: string, quantity: number) => {
    const taker = rng.pick(activeEmployees);
    move(sim, date, { kind: 'issued', quantity: -quantity, issuedTo: taker.name, issuedToEmployeeId: taker.id });
  };
  const cycleCountDay = addDays(today, -45);
  const cycleCountSkus = new Set(rng.sample(ITEMS, 12).map((i) => i.sku));
  const damageDays = new Set([addDays(today, -80), addDays(today, -52), addDays(today, -33), addDays(today, -9)]);
  const totalDays = diffDays(ledgerStart, today);

  for (let d = 0; d <= totalDays; d++) {
    const date = addDays(ledgerStart, d);
    for (const sim of sims) {
      if (d === 0) {
        const qty = Math.max(sim.seed.min, sim.seed.target - rng.int(0, Math.floor(sim.seed.target / 4)));
        move(sim, date, { kind: 'counted', quantity: qty, countedQuantity: qty, reason: 'Opening stock count' });
        continue;
      }
      if (sim.pending && sim.pending.receiptDate === date) {
        const { quantity, orderDate } = sim.pending;
        const m = move(sim, date, {
          kind: 'received',
          quantity,
          unitCostCents: sim.seed.cost,
          reason: `Restock from ${vendorSeed(sim.seed.vendor).name}`,
        });
        orders.push({ sim, orderDate, receiptDate: date, quantity, movement: m });
        sim.pending = undefined;
      }
      if (date === cycleCountDay && cycleCountSkus.has(sim.seed.sku)) {
        const counted = Math.max(0, sim.onHand + rng.int(-2, 1));
        move(sim, date, { kind: 'counted', quantity: counted - sim.onHand, countedQuantity: counted, reason: 'Quarterly cycle count' });
      }
      if (isWorkday(date) && date !== cycleCountDay) {
        const daily = sim.seed.weekly / 5;
        if (rng.chance(Math.min(0.85, daily))) {
          const qty = Math.min(sim.onHand, daily >= 1 ? rng.int(1, Math.ceil(daily * 1.5)) : 1);
          if (qty > 0) issue(sim, date, qty);
        }
      }
      const blocked = sim.suppressed && date >= addDays(today, -25);
      if (!sim.pending && !blocked && sim.onHand < sim.seed.min) {
        const quantity = reorderQuantity({ quantityOnHand: sim.onHand, minQuantity: sim.seed.min, targetQuantity: sim.seed.target, packSize: sim.seed.pack });
        sim.pending = { orderDate: date, receiptDate: addDays(date, rng.int(2, 6)), quantity };
      }
    }
    if (damageDays.has(date)) {
      const sim = rng.pick(sims.filter((s) => s.onHand >= 1));
      move(sim, date, { kind: 'adjusted', quantity: -1, reason: rng.pick(['Damaged in delivery', 'Found opened and unusable', 'Water damage under the sink']) });
    }
  }
  for (const sim of sims) {
    if (sim.suppressed && sim.onHand >= sim.seed.min) issue(sim, today, sim.onHand - sim.seed.min + 1);
    if (sim.pending) orders.push({ sim, orderDate: sim.pending.orderDate, receiptDate: sim.pending.receiptDate, quantity: sim.pending.quantity });
    sim.item.quantityOnHand = sim.onHand;
  }
  const items = sims.map((s) => s.item);

  // ---- Purchase orders (the last five weeks of reorders) and their invoices --------------
  // One order per vendor per week, as an office manager batches them.
  const poCutoff = addDays(today, -28);
  const weekStart = (date: string) => addDays(date, -((dayOfWeek(date) + 6) % 7));
  const groups = new Map<string, Order[]>();
  for (const o of orders) {
    if (o.orderDate < poCutoff) continue;
    const key = `${weekStart(o.orderDate)}|${o.sim.seed.vendor}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const purchaseOrders: PurchaseOrder[] = [];
  const invoices: Invoice[] = [];
  let poSeq = 41;
  const poNumber = (date: string) => `PO-${date.slice(0, 4)}-${String(poSeq++).padStart(4, '0')}`;
  const firstOrder = (g: Order[]) => g.reduce((a, o) => (o.orderDate < a ? o.orderDate : a), g[0]!.orderDate);
  const sortedGroups = [...groups.entries()].sort((a, b) => firstOrder(a[1]).localeCompare(firstOrder(b[1])) || a[0].localeCompare(b[0]));
  for (const [key, group] of sortedGroups) {
    const vendorKey = key.split('|')[1]!;
    const orderDate = firstOrder(group);
    const received = group.every((o) => o.receiptDate <= today);
    const po: PurchaseOrder = {
      ...base(orderDate, 10 * 60),
      number: poNumber(orderDate),
      vendorId: vendorIds.get(vendorKey)!,
      status: received ? 'received' : 'ordered',
      orderDate,
      expectedDate: group.reduce((a, o) => (o.receiptDate > a ? o.receiptDate : a), orderDate),
      lines: group.map<PurchaseOrderLine>((o) => ({
        id: newId(),
        itemId: o.sim.item.id,
        description: o.sim.seed.name,
        quantity: o.quantity,
        unitCostCents: o.sim.seed.cost,
        receivedQuantity: o.receiptDate <= today ? o.quantity : 0,
      })),
      shippingCents: rng.chance(0.5) ? 0 : rng.int(6, 18) * 100,
    };
    if (received) po.updatedAt = instant(po.expectedDate!, 12 * 60);
    for (const o of group) if (o.movement) o.movement.purchaseOrderId = po.id;
    purchaseOrders.push(po);
  }
  // A draft order for the items that have run low, waiting for approval.
  const lowSims = sims.filter((s) => s.suppressed && s.onHand < s.seed.min);
  const draftVendor = lowSims[0]?.seed.vendor;
  if (draftVendor) {
    const lines = lowSims
      .filter((s) => s.seed.vendor === draftVendor)
      .map<PurchaseOrderLine>((s) => ({
        id: newId(),
        itemId: s.item.id,
        description: s.seed.name,
        quantity: reorderQuantity(s.item),
        unitCostCents: s.seed.cost,
        receivedQuantity: 0,
      }));
    purchaseOrders.push({ ...base(today, 11 * 60), number: poNumber(today), vendorId: vendorIds.get(draftVendor)!, status: 'draft', orderDate: today, lines, shippingCents: 0, notes: 'Waiting for approval from Marcus.' });
  }
  const termsDays = (terms: string) => (terms === 'Net 30' ? 30 : terms === 'Net 15' ? 15 : 0);
  purchaseOrders
    .filter((po) => po.status === 'received')
    .forEach((po, i) => {
      const v = VENDORS.find((x) => vendorIds.get(x.key) === po.vendorId)!;
      const issueDate = po.expectedDate!;
      const dueDate = addDays(issueDate, termsDays(v.paymentTerms));
      const amount = po.lines.reduce((s, l) => s + l.quantity * l.unitCostCents, 0) + po.shippingCents;
      const paidDate = addDays(issueDate, rng.int(3, 20));
      const paid = i % 3 !== 2 && paidDate <= today;
      invoices.push(
        compact<Invoice>({
          ...base(issueDate, 15 * 60),
          number: `${v.invoicePrefix}${rng.int(10000, 99999)}`,
          vendorId: po.vendorId,
          issueDate,
          dueDate,
          amountCents: amount,
          status: i === 1 ? 'disputed' : paid ? 'paid' : 'unpaid',
          paidDate: paid && i !== 1 ? paidDate : undefined,
          purchaseOrderId: po.id,
          notes: i === 1 ? 'Two cartons arrived damaged; credit requested.' : undefined,
        }),
      );
    });

  // ---- Budget categories and a year of budgets -----------------------------------------
  const budgetCategories: BudgetCategory[] = [];
  const leaf = new Map<string, string>();
  BUDGET_TREE.forEach(([code, name, children], i) => {
    const parent: BudgetCategory = { ...base(setupDate, 10 * 60 + i), name, parentId: null, code, sortOrder: i };
    budgetCategories.push(parent);
    children.forEach(([childName], j) => {
      const child: BudgetCategory = { ...base(setupDate, 10 * 60 + i), name: childName, parentId: parent.id, code: `${code}-${j + 1}`, sortOrder: j };
      budgetCategories.push(child);
      leaf.set(childName, child.id);
    });
  });
  const fy = fiscalYearOf(today, companyProfile.fiscalYearStartMonth);
  const budgets: Budget[] = [];
  for (const [, , children] of BUDGET_TREE) {
    for (const [name, dollars] of children) {
      fiscalYearMonths(fy, companyProfile.fiscalYearStartMonth).forEach((month, mi) => {
        const seasonal = name === 'Training' && mi < 3 ? 1.5 : name === 'Team events' && mi === 11 ? 3 : 1;
        budgets.push({ ...base(addDays(setupDate, -10), 11 * 60), fiscalYear: fy, categoryId: leaf.get(name)!, month, amountCents: Math.round(dollars * seasonal) * 100 });
      });
    }
  }

  // ---- Expenses: a year of recurring bills and everyday purchases ----------------------
  const expenses: Expense[] = [];
  const firstDay = addDays(today, -364);
  const expense = (date: string, description: string, category: string | undefined, amountCents: number, extra: Partial<Expense> = {}) => {
    if (date < firstDay || date > today) return;
    expenses.push(
      compact<Expense>({
        ...base(date, workMinutes()),
        date,
        description,
        amountCents,
        categoryId: category ? leaf.get(category) : undefined,
        paymentMethod: 'card',
        ...extra,
      }),
    );
  };
  const months: string[] = [];
  for (let m = monthOf(firstDay); m <= monthOf(today); m = monthOf(addMonths(`${m}-01`, 1))) months.push(m);
  const inMonth = (m: string, day: number) => `${m}-${String(Math.min(day, 28)).padStart(2, '0')}`;
  const randomDay = (m: string) => inMonth(m, rng.int(1, 28));
  for (const m of months) {
    const mm = Number(m.slice(5, 7));
    expense(inMonth(m, 1), 'Office rent — Harbor Lane Properties', 'Rent', 680000, { paymentMethod: 'bank-transfer', reference: `RENT-${m}` });
    expense(inMonth(m, 12), 'Central Maine Power — electricity', 'Utilities', rng.int(380, 610) * 100 + rng.int(0, 99), { paymentMethod: 'bank-transfer' });
    expense(inMonth(m, 18), 'Portland Water District', 'Utilities', rng.int(60, 92) * 100 + rng.int(0, 99), { paymentMethod: 'bank-transfer' });
    expense(inMonth(m, 5), 'Spectrum Business internet', 'Internet & phone', 18999);
    expense(inMonth(m, 7), 'RingCentral phone system — 15 lines', 'Internet & phone', 22485);
    expense(inMonth(m, 3), 'Adobe Creative Cloud — 6 seats', 'Software subscriptions', 53994);
    expense(inMonth(m, 9), 'Autodesk AutoCAD and Revit subscriptions', 'Software subscriptions', 72500);
    expense(inMonth(m, 10), 'Microsoft 365 Business Standard', 'Software subscriptions', 18750);
    expense(inMonth(m, 14), 'Dropbox Business', 'Software subscriptions', 10800);
    expense(inMonth(m, 25), 'Evergreen Facilities — office cleaning', 'Cleaning & maintenance', 95000, { vendorId: vendorIds.get('facilities'), paymentMethod: 'check' });
    expense(inMonth(m, 15), 'QuickBooks Online Plus', 'Accounting', 9000);
    if (mm % 3 === 1) expense(inMonth(m, 20), 'Baxter & Lund CPAs — quarterly review', 'Accounting', 250000, { paymentMethod: 'check' });
    for (let k = 0; k < 2; k++) expense(randomDay(m), rng.pick(['Northeast Office Supply — desk supplies', 'Northeast Office Supply — pens and notebooks', 'Northeast Office Supply — filing supplies']), 'Office supplies', rng.int(40, 350) * 100 + rng.int(0, 99), { vendorId: vendorIds.get('northeast') });
    for (let k = 0; k < 2; k++) expense(randomDay(m), rng.pick(['PrintWorks — plotter ink', 'PrintWorks — toner', 'Portland Paper — copy paper', 'FedEx Office — presentation boards']), 'Printing & paper', rng.int(90, 520) * 100 + rng.int(0, 99));
    for (let k = 0; k < 3; k++) expense(randomDay(m), rng.pick(['Casco Bay Coffee — beans', 'Hannaford — milk and snacks', 'Casco Bay Coffee — beans and tea']), 'Breakroom', rng.int(35, 190) * 100 + rng.int(0, 99));
    expense(randomDay(m), 'Harbor Courier — drawing deliveries', 'Office supplies', rng.int(45, 160) * 100, { vendorId: vendorIds.get('courier'), paymentMethod: 'check' });
    if (rng.chance(0.55)) expense(randomDay(m), rng.pick(['Client lunch — Eventide', 'Team lunch — Duckfat', 'Coffee with client — Tandem']), 'Meals', rng.int(40, 260) * 100 + rng.int(0, 99));
    if (rng.chance(0.65)) expense(randomDay(m), rng.pick(['Client lunch — Street & Co.', 'Working dinner — project deadline', 'Breakfast meeting — Dutch’s']), 'Meals', rng.int(30, 190) * 100 + rng.int(0, 99));
    if (rng.chance(0.8)) expense(randomDay(m), rng.pick(['Mileage — site visit Fore St', 'Amtrak Downeaster — Boston client meeting', 'Parking — Boston', 'Rental car — Bangor site visit']), 'Client travel', rng.int(25, 340) * 100 + rng.int(0, 99));
    if (rng.chance(0.65)) expense(randomDay(m), rng.pick(['Instagram ads — portfolio campaign', 'Printing — project brochures', 'AIA Maine directory listing', 'Website hosting and domain']), 'Marketing', rng.int(80, 650) * 100);
    if (rng.chance(0.45)) expense(randomDay(m), rng.pick(['LinkedIn job posting', 'Indeed sponsored job', 'Background check — candidate']), 'Recruiting', rng.int(90, 420) * 100);
    if (rng.chance(0.4)) expense(randomDay(m), rng.pick(['Online course — Revit families', 'AIA continuing education credits', 'Conference registration — BuildExpo']), 'Training', rng.int(120, 690) * 100);
    if (rng.chance(0.5)) expense(randomDay(m), rng.pick(['TechPoint — USB-C dock', 'TechPoint — 27-in monitor', 'TechPoint — keyboard and mouse', 'TechPoint — external SSD 2 TB']), 'Hardware', rng.int(60, 700) * 100 + rng.int(0, 99), { vendorId: vendorIds.get('tech') });
    if (rng.chance(0.5)) expense(randomDay(m), rng.pick(['Evergreen Facilities — HVAC filter change', 'Locksmith — rekey front door', 'Light bulbs and ballast repair']), 'Cleaning & maintenance', rng.int(80, 450) * 100, { vendorId: vendorIds.get('facilities') });
    if (rng.chance(0.3)) expense(randomDay(m), rng.pick(['Team outing — bowling', 'Birthday cake — Standard Baking', 'Quarterly team dinner']), 'Team events', rng.int(60, 480) * 100);
    if (rng.chance(0.15)) expense(randomDay(m), 'Pierce Atwood LLP — contract review', 'Legal', rng.int(600, 1800) * 100, { paymentMethod: 'check' });
    if (rng.chance(0.25)) expense(randomDay(m), rng.pick(['Refund — returned monitor', 'Refund — duplicate charge', 'Credit — damaged toner']), rng.pick(['Hardware', 'Office supplies', 'Printing & paper']), -rng.int(30, 300) * 100);
    if (rng.chance(0.3)) expense(randomDay(m), rng.pick(['Post office — certified mail', 'Hardware store — picture hooks', 'Flowers for reception']), undefined, rng.int(8, 90) * 100 + rng.int(0, 99), { paymentMethod: 'cash' });
  }
  for (const inv of invoices) {
    if (inv.status !== 'paid' || !inv.paidDate) continue;
    const v = vendors.find((x) => x.id === inv.vendorId)!;
    const category = v.name.startsWith('Casco') ? 'Breakroom' : v.name.startsWith('PrintWorks') || v.name.startsWith('Portland Paper') ? 'Printing & paper' : v.name.startsWith('CleanRight') ? 'Cleaning & maintenance' : v.name.startsWith('TechPoint') ? 'Hardware' : 'Office supplies';
    expense(inv.paidDate, `${v.name} — invoice ${inv.number}`, category, inv.amountCents, { vendorId: v.id, invoiceId: inv.id, reference: inv.number, paymentMethod: 'bank-transfer' });
  }
  expenses.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));

  // ---- Equipment and maintenance ----------------------------------------------------------
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
      for (let k = 0; k < 3 && last > purchaseDate; k++, last = addDays(last, -interval)) services.unshift(last);
      for (const date of services) {
        maintenance.push(
          compact<Maintenance>({
            ...base(date, 14 * 60),
            equipmentId: e.id,
            date,
            kind: 'service',
            description: s.category === 'Kitchen' ? 'Descaling, brewing unit service, grinder check' : s.category === 'Printers' ? 'Scheduled service: clean, calibrate, firmware update' : 'Scheduled check: disks, updates, backups verified',
            costCents: s.category === 'Network' ? 0 : rng.int(90, 260) * 100,
            vendorId: s.category === 'Network' ? undefined : vendorIds.get(s.vendor),
            performedBy: s.category === 'Network' ? 'Tomás Herrera' : vendorSeed(s.vendor).contactName,
          }),
        );
      }
      if (services.length) e.nextServiceDate = addDays(services[services.length - 1]!, interval);
    }
    if (s.status === 'in-repair') {
      const date = addDays(today, -6);
      maintenance.push({ ...base(date, 11 * 60), equipmentId: e.id, date, kind: 'repair', description: 'Jammed cutting head; sent to the vendor for repair', costCents: 8500, vendorId: vendorIds.get(s.vendor)!, performedBy: 'Northeast Office Supply service desk' });
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

  // ---- Recruiting ---------------------------------------------------------------------------
  const positionSeeds = [
    { title: 'Senior Architectural Designer', department: 'Design', status: 'open', type: 'full-time', opened: 40, manager: 'david', min: 85000, max: 105000, stages: ['Applied', 'Applied', 'Applied', 'Screening', 'Screening', 'Interview', 'Interview', 'Interview', 'Offer', 'Rejected'] },
    { title: 'Office Assistant', department: 'Operations', status: 'open', type: 'full-time', opened: 25, manager: 'elena', min: 40000, max: 46000, stages: ['Applied', 'Applied', 'Applied', 'Screening', 'Screening', 'Interview', 'Interview', 'Rejected'] },
    { title: 'Bookkeeper (part-time)', department: 'Finance', status: 'filled', type: 'part-time', opened: 150, manager: 'benjamin', min: 48000, max: 56000, stages: ['Hired', 'Rejected', 'Rejected'] },
    { title: 'Marketing Intern', department: 'Projects', status: 'on-hold', type: 'intern', opened: 70, manager: 'noah', min: 0, max: 0, stages: ['Applied', 'Applied', 'Screening', 'Rejected'] },
  ] as const;
  const positions: Position[] = [];
  const candidates: Candidate[] = [];
  const interviews: Interview[] = [];
  const events: CalendarEvent[] = [];
  let nameIndex = 0;
  for (const p of positionSeeds) {
    const openedDate = addDays(today, -p.opened);
    const position = compact<Position>({
      ...base(openedDate, 10 * 60),
      title: p.title,
      department: p.department,
      status: p.status,
      employmentType: p.type,
      location: 'Portland, ME (on site)',
      openedDate,
      closedDate: p.status === 'filled' ? addDays(today, -60) : undefined,
      hiringManagerId: emp(p.manager),
      salaryMinCents: p.min ? p.min * 100 : undefined,
      salaryMaxCents: p.max ? p.max * 100 : undefined,
      description: `We are looking for a ${p.title.toLowerCase()} to join our ${p.department.toLowerCase()} team in Portland.`,
    });
    positions.push(position);
    for (const stage of p.stages as readonly CandidateStage[]) {
      const name = stage === 'Hired' && p.department === 'Finance' ? 'Aisha Mensah' : CANDIDATE_NAMES[nameIndex++ % CANDIDATE_NAMES.length]!;
      const latest = p.status === 'filled' ? addDays(today, -65) : today;
      const appliedDate = addDays(openedDate, rng.int(1, Math.max(1, diffDays(openedDate, latest) - 3)));
      const c = compact<Candidate>({
        ...base(appliedDate, workMinutes()),
        name,
        email: asciiEmail(name, rng.pick(['gmail.example', 'outlook.example', 'proton.example'])),
        phone: `(207) 555-0${rng.int(500, 999)}`,
        positionId: position.id,
        stage,
        source: rng.pick(['LinkedIn', 'Indeed', 'Referral', 'Company website', 'AIA job board']),
        appliedDate,
        rating: stage === 'Applied' ? undefined : rng.int(2, 5),
        expectedSalaryCents: p.min ? rng.int(p.min / 1000, p.max / 1000 + 5) * 100000 : undefined,
        rejectedReason: stage === 'Rejected' ? rng.pick(['Not enough Revit experience', 'Salary expectations too high', 'Withdrew application', 'Position put on hold']) : undefined,
        privateNotes: stage === 'Offer' ? 'References checked: both strongly positive.' : undefined,
      });
      if (c.updatedAt < c.createdAt) c.updatedAt = c.createdAt;
      candidates.push(c);
      const addInterview = (date: string, localMinutes: number, kind: Interview['kind'], outcome: Interview['outcome'], panel: string[]) => {
        const start = instant(date, localMinutes);
        const end = instant(date, localMinutes + (kind === 'phone' ? 30 : 60));
        const iv = compact<Interview>({
          ...base(date <= today ? date : today, 8 * 60 + 15),
          candidateId: c.id,
          positionId: position.id,
          start,
          end,
          kind,
          location: kind === 'onsite' ? 'Conference room' : kind === 'video' ? 'Video call' : undefined,
          interviewerIds: panel.map(emp),
          outcome,
          feedback: outcome === 'advance' ? 'Strong portfolio; clear communicator.' : outcome === 'reject' ? 'Portfolio not a fit for our residential work.' : undefined,
        });
        interviews.push(iv);
        if (date >= addDays(today, -14) && date <= addDays(today, 16)) {
          events.push({ ...base(iv.createdAt.slice(0, 10), 8 * 60 + 20), title: `Interview: ${name} — ${p.title}`, kind: 'interview', allDay: false, start, end, location: iv.location, attendeeIds: iv.interviewerIds, linkedTable: 'interviews', linkedId: iv.id });
        }
      };
      const manager = p.manager;
      if (stage === 'Interview') {
        addInterview(addDays(appliedDate, 4), 10 * 60, 'phone', 'advance', [manager]);
        let upcoming = addDays(today, rng.int(1, 10));
        while (!isWorkday(upcoming)) upcoming = addDays(upcoming, 1);
        addInterview(upcoming, rng.pick([10 * 60, 11 * 60, 14 * 60, 15 * 60]), 'onsite', 'pending', [manager, 'margaret']);
      } else if (stage === 'Offer' || stage === 'Hired') {
        addInterview(addDays(appliedDate, 3), 10 * 60, 'phone', 'advance', [manager]);
        addInterview(addDays(appliedDate, 9), 14 * 60, 'onsite', 'advance', [manager, 'margaret']);
      } else if (stage === 'Rejected' && rng.chance(0.5)) {
        addInterview(addDays(appliedDate, 5), 11 * 60, 'video', 'reject', [manager]);
      }
    }
  }

  // ---- Calendar: a month around today --------------------------------------------------------
  const windowStart = addDays(today, -14);
  const windowEnd = addDays(today, 16);
  const everyone = activeEmployees.map((e) => e.id);
  const design = activeEmployees.filter((e) => e.department === 'Design').map((e) => e.id);
  const plannedOn = (date: string, lead: number) => {
    const d = addDays(date, -lead);
    return d < windowStart ? windowStart : d > today ? today : d;
  };
  const event = (date: string, title: string, kind: CalendarEvent['kind'], localStart: number, minutes: number, extra: Partial<CalendarEvent> = {}) => {
    events.push(compact<CalendarEvent>({
      ...base(plannedOn(date, 7), 8 * 60 + 5),
      title,
      kind,
      allDay: false,
      start: instant(date, localStart),
      end: instant(date, localStart + minutes),
      attendeeIds: [],
      ...extra,
    }));
  };
  const allDay = (start: string, end: string, title: string, kind: CalendarEvent['kind'], extra: Partial<CalendarEvent> = {}) => {
    events.push(compact<CalendarEvent>({ ...base(plannedOn(start, 10), 8 * 60 + 6), title, kind, allDay: true, start, end, attendeeIds: [], ...extra }));
  };
  for (let date = windowStart; date <= windowEnd; date = addDays(date, 1)) {
    const dow = dayOfWeek(date);
    if (dow === 1) event(date, 'Weekly staff meeting', 'meeting', 9 * 60, 45, { location: 'Conference room', attendeeIds: everyone });
    if (dow === 3) event(date, 'Design review', 'meeting', 14 * 60, 60, { location: 'Design studio', attendeeIds: design });
  }
  const clientPicks = rng.sample(CLIENTS, 6);
  clientPicks.forEach((c, i) => {
    let date = addDays(windowStart, 2 + i * 5 + rng.int(0, 2));
    while (!isWorkday(date)) date = addDays(date, 1);
    event(date, `Client meeting — ${c.company}`, 'meeting', rng.pick([10 * 60, 11 * 60, 13 * 60 + 30, 15 * 60]), 60, {
      location: rng.chance(0.5) ? 'Conference room' : `${c.company} office`,
      attendeeIds: [emp('noah'), rng.pick([emp('sofia'), emp('david'), emp('jonas')])],
      notes: `With ${c.name}. Bring the latest drawing set.`,
    });
  });
  event(addDays(today, -6), 'Site visit — Bayside Hotel lobby', 'travel', 8 * 60 + 30, 180, { location: '1 Commercial St, Portland', attendeeIds: [emp('david'), emp('sofia')] });
  event(addDays(today, 3), 'Site visit — 88 Fore Street townhouses', 'travel', 13 * 60, 150, { location: '88 Fore St, Portland', attendeeIds: [emp('noah'), emp('priya')] });
  allDay(addDays(today, 9), addDays(today, 10), 'BuildExpo Boston', 'travel', { location: 'Boston Convention Center', attendeeIds: [emp('david'), emp('jonas')] });
  const tg = thanksgiving(ty);
  if (tg >= windowStart && tg <= windowEnd) allDay(tg, addDays(tg, 1), 'Office closed — Thanksgiving', 'reminder');
  allDay(addDays(today, -3), addDays(today, -3), 'Fire extinguisher inspection', 'reminder', { location: 'Whole office' });
  allDay(addDays(today, 5), addDays(today, 5), 'Plotter service visit (PrintWorks)', 'reminder', { location: 'Print room', attendeeIds: [emp('tomas')] });
  allDay(addDays(today, 12), addDays(today, 12), 'Renew harborlane.example domain', 'reminder', { attendeeIds: [emp('tomas')] });
  const reportsDue = `${monthOf(today)}-28`;
  allDay(reportsDue, reportsDue, 'Submit monthly expense reports', 'reminder', { attendeeIds: everyone });
  let lunch = addDays(today, 1);
  while (dayOfWeek(lunch) !== 5) lunch = addDays(lunch, 1);
  event(lunch, 'Team lunch', 'meeting', 12 * 60, 75, { location: 'Eventide Oyster Co.', attendeeIds: everyone });
  events.sort((a, b) => a.start.localeCompare(b.start));

  // ---- Calls --------------------------------------------------------------------------------
  const callers = [
    ...CLIENTS.map((c) => ({ caller: c.name, company: c.company, phone: c.phone })),
    ...VENDORS.map((v) => ({ caller: v.contactName, company: v.name, phone: v.phone })),
  ];
  const messages = [
    'Asked about the revised schedule; please call back before Friday.',
    'Confirming the meeting time next week.',
    'Has questions about the latest invoice.',
    'Wants to discuss a change to the lobby lighting plan.',
    'Delivery is delayed by two days.',
    'Returning your call about the drawing set.',
    'Needs the permit drawings signed and sealed.',
    'Calling to schedule the service visit.',
    'Wants a quote for an additional floor plan option.',
    'Please send the updated renderings by email.',
  ];
  const calls: Call[] = [];
  for (let k = 0; k < 30; k++) {
    let date = addDays(today, -rng.int(0, 20));
    while (!isWorkday(date)) date = addDays(date, -1);
    const who = rng.pick(callers);
    const age = diffDays(date, today);
    const outgoing = rng.chance(0.15);
    const followUp = outgoing ? 'none' : rng.pick(['please-call', 'please-call', 'will-call-again', 'returned-call', 'none', 'wants-to-see-you'] as const);
    calls.push(compact<Call>({
      ...base(date, workMinutes()),
      direction: outgoing ? 'outgoing' : 'incoming',
      caller: who.caller,
      company: who.company,
      phone: who.phone,
      forEmployeeId: rng.pick([emp('noah'), emp('margaret'), emp('david'), emp('marcus'), emp('benjamin'), emp('tomas'), emp('sofia')]),
      message: rng.pick(messages),
      takenAt: instant(date, workMinutes()),
      takenByEmployeeId: emp('grace'),
      followUp,
      urgent: rng.chance(0.1),
      status: age > 7 ? 'done' : age > 2 ? rng.pick(['seen', 'done'] as const) : rng.pick(['new', 'new', 'seen'] as const),
    }));
  }
  for (const c of calls) c.createdAt = c.updatedAt = c.takenAt;
  calls.sort((a, b) => a.takenAt.localeCompare(b.takenAt));

  // ---- Documents ------------------------------------------------------------------------------
  const documents: DocumentRecord[] = DOCUMENTS.map((d) => {
    const date = addDays(today, -d.daysAgo);
    return compact<DocumentRecord>({
      ...base(date, 10 * 60 + 30),
      type: d.type,
      title: d.title,
      date,
      status: d.status,
      to: d.to,
      from: d.from,
      cc: d.cc,
      subject: d.subject,
      body: d.body(today),
      tags: d.tags,
      printedAt: d.status === 'sent' ? instant(date, 15 * 60) : null,
    });
  });

  // ---- Tasks and errands -----------------------------------------------------------------------
  const taskSeeds: [string, 'task' | 'errand', number | null, string, Task['status'], Task['priority'], string?][] = [
    ['Mail permit drawings to City Planning', 'errand', -1, 'noah', 'open', 'high', 'Post office, 400 Congress St'],
    ['Deposit client checks', 'errand', 0, 'aisha', 'open', 'normal', 'Bangor Savings Bank, Exchange St'],
    ['Pick up presentation boards from FedEx Office', 'errand', 1, 'hannah', 'open', 'normal', 'FedEx Office, Marginal Way'],
    ['Approve draft supply order', 'task', 0, 'marcus', 'open', 'high'],
    ['Book plotter service visit', 'task', 2, 'tomas', 'in-progress', 'normal'],
    ['Renew domain name', 'task', 12, 'tomas', 'open', 'normal'],
    ['Collect December time-off requests', 'task', 6, 'elena', 'open', 'normal'],
    ['Send revised Sanderson schedule', 'task', -2, 'noah', 'open', 'urgent'],
    ['Prepare offer paperwork for Senior Designer', 'task', 3, 'margaret', 'open', 'high'],
    ['Update courier billing contact', 'task', 4, 'marcus', 'open', 'low'],
    ['Order replacement shredder bin bags', 'task', 7, 'elena', 'open', 'low'],
    ['Drop old laptops at e-waste recycling', 'errand', 9, 'tomas', 'open', 'low', 'ecomaine, Blueberry Rd'],
    ['Buy birthday card for Priya', 'errand', 5, 'grace', 'open', 'normal', 'Rosemont Market'],
    ['Reconcile October credit card statement', 'task', -4, 'aisha', 'in-progress', 'high'],
    ['File Q3 sales tax return', 'task', -30, 'benjamin', 'done', 'high'],
    ['Restock first aid kit', 'task', -10, 'grace', 'done', 'normal'],
    ['Return rental car', 'errand', -8, 'jonas', 'done', 'normal', 'Enterprise, Jetport'],
    ['Schedule fire extinguisher inspection', 'task', -5, 'elena', 'done', 'normal'],
    ['Collect prints from plotter for Bayside meeting', 'task', -6, 'priya', 'done', 'normal'],
    ['Archive 2023 project files', 'task', null, 'hannah', 'open', 'low'],
    ['Research standing desks quote', 'task', null, 'marcus', 'cancelled', 'low'],
  ];
  const tasks: Task[] = taskSeeds.map(([title, kind, dueOffset, who, status, priority, location]) => {
    const due = dueOffset === null ? undefined : addDays(today, dueOffset);
    const created = addDays(due && due < today ? due : today, -rng.int(3, 12));
    const t = compact<Task>({
      ...base(created, workMinutes()),
      title,
      kind,
      due,
      assigneeId: emp(who),
      status,
      priority,
      location,
      completedAt: status === 'done' ? instant(due ?? today, 16 * 60) : null,
    });
    if (t.completedAt) t.updatedAt = t.completedAt;
    return t;
  });

  return {
    companyProfile,
    vendors,
    items,
    stockMovements,
    purchaseOrders,
    equipment,
    maintenance,
    budgetCategories,
    budgets,
    expenses,
    invoices,
    positions,
    candidates,
    interviews,
    employees,
    hrRecords,
    events,
    calls,
    documents,
    tasks,
  };
}

/** Used by the generator's readers (e.g. tests) to name an employee in messages. */
export function sampleEmployeeName(office: SampleOffice, id: string): string | undefined {
  return office.employees.find((e) => e.id === id)?.name;
}
