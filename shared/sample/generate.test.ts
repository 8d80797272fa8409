import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  budgetCategorySchema,
  budgetSchema,
  callSchema,
  candidateSchema,
  companyProfileSchema,
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
  maintenanceSchema,
  positionSchema,
  purchaseOrderSchema,
  stockMovementSchema,
  taskSchema,
  vendorSchema,
  CANDIDATE_STAGES,
} from '../domain';
import { diffDays } from '../lib/dates';
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
  events: eventSchema,
  calls: callSchema,
  documents: documentSchema,
  tasks: taskSchema,
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
    expect(office.equipment).toHaveLength(12);
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
