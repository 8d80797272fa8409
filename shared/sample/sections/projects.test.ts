import { describe, expect, it } from 'vitest';
import { expenseSchema, projectSchema, purchaseOrderSchema, taskSchema, type Employee } from '../../domain';
import { projectCommittedCents, projectHealth, projectProgress, projectSpend, projectSpentCents } from '../../domain/projects';
import { createSampleContext } from '../context';
import { generateProjects, OFFICE_MOVE } from './projects';

const TODAY = '2026-11-22';

function run(seed = 1) {
  const ctx = createSampleContext(seed, TODAY);
  const ids = new Map([
    ['elena', 'EMP-ELENA'],
    ['tomas', 'EMP-TOMAS'],
    ['grace', 'EMP-GRACE'],
    ['hannah', 'EMP-HANNAH'],
  ]);
  return generateProjects(ctx, {
    emp: (k) => ids.get(k)!,
    employees: [{ id: 'EMP-ELENA', name: 'Elena Rossi' } as Employee],
    leaf: new Map([['Cleaning & maintenance', 'CAT-CLEAN']]),
    vendorIds: new Map([
      ['paper', 'V-PAPER'],
      ['northeast', 'V-NORTHEAST'],
    ]),
    takenPoNumbers: ['PO-2026-0041', 'PO-2026-0057'],
  });
}

describe('sample office: the office move project (issue 17.7)', () => {
  it('is one valid project with its milestones, linked tasks, orders and expenses', () => {
    const out = run();
    expect(out.projects).toHaveLength(1);
    const p = projectSchema.parse(out.projects[0]);
    expect(p).toMatchObject({ name: OFFICE_MOVE, ownerId: 'EMP-ELENA', ownerName: 'Elena Rossi', status: 'active', budgetCategoryId: 'CAT-CLEAN', budgetCents: 1_800_000 });
    expect(p.milestones.map((m) => [m.title, m.done])).toContainEqual(['Movers booked', false]);
    for (const t of out.tasks) expect(taskSchema.parse(t)).toMatchObject({ linkedTable: 'projects', linkedId: p.id });
    for (const o of out.purchaseOrders) expect(purchaseOrderSchema.parse(o).projectId).toBe(p.id);
    for (const e of out.expenses) expect(expenseSchema.parse(e)).toMatchObject({ projectId: p.id, categoryId: 'CAT-CLEAN' });
    expect(out.purchaseOrders.map((o) => o.number)).toEqual(['PO-2026-0058', 'PO-2026-0059']);
    // Nothing is dated after today except what is planned: every expense and order is in the past.
    expect(out.expenses.every((e) => e.date <= TODAY)).toBe(true);
    expect(out.purchaseOrders.every((o) => o.orderDate <= TODAY)).toBe(true);
  });

  it('reads as a project part-way: 3 of 8 tasks done, at risk (movers booked is overdue), spend within the budget', () => {
    const { projects, tasks, purchaseOrders, expenses } = run();
    const p = projects[0]!;
    const progress = projectProgress(p, tasks, TODAY);
    expect(progress).toMatchObject({ tasksDone: 3, tasksTotal: 8, percent: 38, overdueMilestones: 1, overdueTasks: 0 });
    expect(projectHealth(p, progress, TODAY)).toBe('at risk');
    // Crates 773.00 (received, booked as the expense), furniture 3,834.00 still to come.
    expect(projectSpend(p.budgetCents, projectSpentCents(expenses), projectCommittedCents(purchaseOrders))).toEqual({
      spentCents: 327_550,
      committedCents: 383_400,
      remainingCents: 1_089_050,
      over: false,
    });
  });

  it('is the same for the same seed and day', () => {
    expect(run(7)).toEqual(run(7));
  });
});
