/**
 * Small projects (issue 17.4, 17.7): the office move to 48 Fore Street, run by the office
 * manager — six milestones (the lease and the floor plan reached, "movers booked" three days
 * overdue, so the project reads "at risk"), eight tasks linked to it (three done, one in
 * progress), two purchase orders (the crates, received; the meeting-room furniture, ordered and
 * still to come: committed) and four expenses against its budget line (Cleaning & maintenance,
 * $18,000.00 set aside). Pure: ids, times and nothing else come from the context.
 *
 * The lead adds `projects` to the projects table, and the returned tasks, purchase orders and
 * expenses to their tables (they carry their link: tasks linkedTable 'projects' + linkedId, the
 * orders and expenses projectId).
 */
import { addDays } from '../../lib/dates';
import type { Employee, Expense, Project, PurchaseOrder, Task } from '../../domain';
import { nextPurchaseOrderNumber } from '../../domain/purchasing';
import { compact, instant, type SampleContext } from '../context';

export interface SampleProjectsInput {
  /** Employee id by the sample's key ('elena', 'tomas'…). */
  emp: (key: string) => string;
  employees: readonly Employee[];
  /** Budget category id by leaf name ('Cleaning & maintenance'). */
  leaf: ReadonlyMap<string, string>;
  /** Vendor id by the sample's key ('paper', 'northeast'). */
  vendorIds: ReadonlyMap<string, string>;
  /** Every purchase order number the office already has: the project's orders take the next ones. */
  takenPoNumbers: readonly string[];
}

export interface SampleProjects {
  projects: Project[];
  tasks: Task[];
  purchaseOrders: PurchaseOrder[];
  expenses: Expense[];
}

export const OFFICE_MOVE = 'Office move to 48 Fore Street';

export function generateProjects(ctx: SampleContext, input: SampleProjectsInput): SampleProjects {
  const { today, base, newId } = ctx;
  const { emp, leaf, vendorIds } = input;
  const day = (offset: number) => addDays(today, offset);
  const nameOf = (key: string) => input.employees.find((e) => e.id === emp(key))?.name;
  const budgetCategoryId = leaf.get('Cleaning & maintenance');

  const project = compact<Project>({
    ...base(day(-42), 10 * 60),
    name: OFFICE_MOVE,
    ownerId: emp('elena'),
    ownerName: nameOf('elena'),
    status: 'active',
    start: day(-35),
    due: day(40),
    description:
      'The studio moves from Harbor Lane to the second floor of 48 Fore Street over a long weekend. The landlord hands over the keys a week before moving day; IT moves the network and phones the day before. Everyone packs their own desk; the archive goes in labelled crates.',
    milestones: (
      [
        ['Lease signed for 48 Fore Street', -28, true],
        ['Floor plan agreed', -14, true],
        ['Movers booked', -3, false],
        ['Network and phones moved', 30, false],
        ['Moving day', 33, false],
        ['Harbor Lane handed back', 40, false],
      ] as const
    ).map(([title, offset, done]) => compact({ id: newId(), title, due: day(offset), done, doneOn: done ? day(offset - 1) : undefined })),
    budgetCategoryId,
    budgetCents: 1_800_000,
  });
  const link = { linkedTable: 'projects', linkedId: project.id };

  const tasks = (
    [
      ['Get three quotes from movers', -20, 'tomas', 'done', 'high'],
      ['Measure the new meeting room', -12, 'elena', 'done', 'normal'],
      ['Order packing crates and labels', -9, 'elena', 'done', 'normal'],
      ['Book the freight lift at Fore Street', 5, 'tomas', 'open', 'high'],
      ['Tell clients and vendors the new address', 20, 'grace', 'open', 'normal'],
      ['Label every desk, crate and cable', 28, 'hannah', 'open', 'normal'],
      ['Move the network and phones', 30, 'tomas', 'in-progress', 'high'],
      ['Book cleaners for Harbor Lane', 38, 'elena', 'open', 'low'],
    ] as const
  ).map(([title, offset, who, status, priority]) => {
    const due = day(offset);
    // Made about two weeks before it is due, never before the project nor today (nothing is made after "now").
    const made = day(Math.max(-38, Math.min(-1, offset - 14)));
    const t = compact<Task>({
      ...base(made, 9 * 60 + 30),
      title,
      kind: 'task',
      checklist: [],
      due,
      assigneeId: emp(who),
      status,
      priority,
      completedAt: status === 'done' ? instant(due, 15 * 60) : null,
      ...link,
    });
    if (t.completedAt) t.updatedAt = t.completedAt;
    return t;
  });

  const year = Number(today.slice(0, 4));
  const numbers = [...input.takenPoNumbers];
  const poNumber = (orderDate: string) => {
    const n = nextPurchaseOrderNumber(numbers, Number(orderDate.slice(0, 4)) || year);
    numbers.push(n);
    return n;
  };
  const cratesDate = day(-9);
  const crates: PurchaseOrder = {
    ...base(cratesDate, 11 * 60),
    number: poNumber(cratesDate),
    vendorId: vendorIds.get('paper')!,
    status: 'received',
    orderDate: cratesDate,
    expectedDate: day(-6),
    lines: [
      { id: newId(), description: 'Moving crate, 24 × 16 × 12 in, double wall', quantity: 60, unitCostCents: 1_150, receivedQuantity: 60 },
      { id: newId(), description: 'Crate labels, roll of 500', quantity: 2, unitCostCents: 2_400, receivedQuantity: 2 },
    ],
    shippingCents: 3_500,
    projectId: project.id,
  };
  crates.updatedAt = instant(day(-6), 12 * 60);
  const furnitureDate = day(-4);
  const furniture: PurchaseOrder = {
    ...base(furnitureDate, 14 * 60),
    number: poNumber(furnitureDate),
    vendorId: vendorIds.get('northeast')!,
    status: 'ordered',
    orderDate: furnitureDate,
    expectedDate: day(26),
    lines: [
      { id: newId(), description: 'Meeting table, 10 seats, oak veneer', quantity: 1, unitCostCents: 184_900, receivedQuantity: 0 },
      { id: newId(), description: 'Meeting chair, stackable, charcoal', quantity: 10, unitCostCents: 18_900, receivedQuantity: 0 },
    ],
    shippingCents: 9_500,
    deliveryAddress: '48 Fore Street, 2nd floor\nPortland, ME 04101',
    notes: 'Deliver after the keys are handed over; call Elena the day before.',
    projectId: project.id,
  };

  const expense = (offset: number, description: string, amountCents: number, extra: Partial<Expense> = {}) =>
    compact<Expense>({
      ...base(day(offset), 13 * 60),
      date: day(offset),
      description,
      amountCents,
      categoryId: budgetCategoryId,
      paymentMethod: 'card',
      projectId: project.id,
      spentById: emp('elena'),
      ...extra,
    });
  const expenses = [
    expense(-14, 'Floor plan prints for the move, A1', 6_450, { reference: 'PW-FP-0412' }),
    expense(-6, 'Moving crates and labels — Portland Paper & Packaging', 77_300, { vendorId: vendorIds.get('paper'), paymentMethod: 'bank-transfer' }),
    expense(-3, 'Movers deposit — Casco Moving & Storage', 240_000, { paymentMethod: 'bank-transfer', reference: 'CMS-DEP-2211' }),
    expense(-2, 'Keys cut for 48 Fore Street (12)', 3_800),
  ];

  return { projects: [project], tasks, purchaseOrders: [crates, furniture], expenses };
}
