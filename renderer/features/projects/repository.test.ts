/**
 * Projects against a real (in-memory) IndexedDB: the owner's name kept from People, milestones
 * with audit lines, and the linked work — tasks made from the project and linked, events and
 * documents linked (never taken from another record), orders and expenses filed under it —
 * read back with progress, health and spend against the budget line.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { auditEntriesFor, openTestDb } from '../../db/testing';
import { findRecordHit } from '../../core/search';
import { employeeRepository } from '../people';
import { eventRepository } from '../calendar';
import { createDocument } from '../documents';
import { expenseRepository } from '../expenses';
import { purchaseOrderRepository } from '../purchasing';
import { completeTask, createTask, taskRepository } from '../tasks';
import {
  addProjectTask,
  linkDocumentToProject,
  linkEventToProject,
  linkExpenseToProject,
  linkOrderToProject,
  linkTaskToProject,
  listProjectSummaries,
  listUnfiledExpenses,
  listUnfiledOrders,
  loadProjectWork,
  projectFigures,
  unlinkDocument,
  unlinkEvent,
  unlinkExpense,
  unlinkOrder,
  unlinkTask,
} from './links';
import { addMilestone, createProject, projectRepository, removeMilestone, setMilestoneDoneOn, updateMilestone, updateProject } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const TODAY = '2026-12-04';

async function officeMove() {
  const ann = await employeeRepository.create({ name: 'Ann Lee' }, db);
  const p = await createProject({ name: 'Office move', ownerId: ann.id, status: 'active', start: '2026-11-01', due: '2027-01-31', budgetCents: 500_000 }, db);
  return { ann, p };
}

describe('projects repository (issue 17.4)', () => {
  it('keeps the owner’s name from People, refuses an owner who is gone and dates out of order', async () => {
    const { ann, p } = await officeMove();
    expect(p).toMatchObject({ name: 'Office move', ownerId: ann.id, ownerName: 'Ann Lee', status: 'active', milestones: [] });
    const bob = await employeeRepository.create({ name: 'Bob Stone' }, db);
    expect((await updateProject(p.id, { ownerId: bob.id }, db)).ownerName).toBe('Bob Stone');
    const none = await updateProject(p.id, { ownerId: undefined }, db);
    expect(none.ownerId).toBeUndefined();
    expect(none.ownerName).toBeUndefined();
    await expect(updateProject(p.id, { ownerId: 'nobody' }, db)).rejects.toThrow(/no longer in People/);
    await expect(updateProject(p.id, { start: '2027-02-01' }, db)).rejects.toThrow(/due date is before the start/);
    // Search shows a linked project by its name and opens its page.
    expect(await findRecordHit('projects', p.id, db)).toMatchObject({ title: 'Office move', module: 'projects', path: [p.id] });
  });

  it('adds, changes, ticks and removes milestones, each with an audit line, kept in date order', async () => {
    const { p } = await officeMove();
    await addMilestone(p.id, { title: 'Moving day', due: '2027-01-15' }, db);
    let next = await addMilestone(p.id, { title: 'Floor plan agreed', due: '2026-11-20' }, db);
    expect(next.milestones.map((m) => m.title)).toEqual(['Floor plan agreed', 'Moving day']);
    const plan = next.milestones[0]!;
    next = await setMilestoneDoneOn(p.id, plan.id, true, db, TODAY);
    expect(next.milestones[0]).toMatchObject({ done: true, doneOn: TODAY });
    next = await updateMilestone(p.id, plan.id, { title: 'Floor plan signed', due: '2026-11-21' }, db);
    expect(next.milestones[0]).toMatchObject({ title: 'Floor plan signed', due: '2026-11-21', done: true });
    await expect(addMilestone(p.id, { title: '  ', due: '2026-12-01' }, db)).rejects.toThrow(/Milestone/);
    await expect(addMilestone(p.id, { title: 'Bad', due: '12/1/2026' }, db)).rejects.toThrow();
    next = await removeMilestone(p.id, plan.id, db);
    expect(next.milestones.map((m) => m.title)).toEqual(['Moving day']);
    await expect(removeMilestone(p.id, plan.id, db)).rejects.toThrow(/no longer on the project/);
    const audit = (await auditEntriesFor(db, p.id)).map((a) => a.summary);
    expect(audit).toEqual(
      expect.arrayContaining([
        'Added milestone "Floor plan agreed" due 2026-11-20 (project "Office move")',
        'Reached milestone "Floor plan agreed" (project "Office move")',
        'Changed milestone "Floor plan agreed" to "Floor plan signed" due 2026-11-21 (project "Office move")',
        'Removed milestone "Floor plan signed" (project "Office move")',
      ]),
    );
  });

  it('links tasks (made from the project or existing), events, documents, orders and expenses, and reads progress and spend', async () => {
    const { p } = await officeMove();
    await addMilestone(p.id, { title: 'Movers booked', due: '2026-12-01' }, db);
    const book = await addProjectTask(p.id, { title: 'Book movers', due: '2026-11-25' }, db);
    expect(book).toMatchObject({ linkedTable: 'projects', linkedId: p.id });
    const existing = await createTask({ title: 'Pack the archive', due: '2026-12-20' }, db);
    await linkTaskToProject(p.id, existing.id, db);
    // A task that belongs to another record is not taken from it.
    const callBack = await createTask({ title: 'Call back', linkedTable: 'calls', linkedId: 'c1' }, db);
    await expect(linkTaskToProject(p.id, callBack.id, db)).rejects.toThrow(/already belongs to another record/);

    let figures = projectFigures(p, await loadProjectWork(p.id, db), TODAY);
    expect(figures.progress).toMatchObject({ tasksTotal: 2, tasksDone: 0, percent: 0 });
    await completeTask(book.id, db);
    const work1 = await loadProjectWork(p.id, db);
    figures = projectFigures((await projectRepository.get(p.id, db))!, work1, TODAY);
    expect(figures.progress.percent).toBe(50);
    // The "Movers booked" milestone is overdue: at risk.
    expect(figures.health).toBe('at risk');

    const ev = await eventRepository.create({ title: 'Walk-through at the new office', start: '2026-12-10T10:00', end: '2026-12-10T11:00', timeZone: 'UTC' }, db);
    await linkEventToProject(p.id, ev.id, db);
    const interview = await eventRepository.create({ title: 'Interview', start: '2026-12-11T10:00', end: '2026-12-11T11:00', timeZone: 'UTC', linkedTable: 'candidates', linkedId: 'cand1' }, db);
    await expect(linkEventToProject(p.id, interview.id, db)).rejects.toThrow(/already belongs/);
    const doc = await createDocument({ type: 'memo', title: 'Move memo', date: '2026-12-01', status: 'draft', to: '', from: '', cc: '', subject: '', body: 'Boxes on Friday.', tags: [] }, db);
    await linkDocumentToProject(p.id, doc.id, db);

    const vendorId = '01JVENDOR0000000000000000';
    const po = await purchaseOrderRepository.create(
      { number: 'PO-2026-0101', vendorId, status: 'partially-received', orderDate: '2026-11-20', lines: [{ id: 'l1', description: 'Crates', quantity: 40, unitCostCents: 2_500, receivedQuantity: 10 }], shippingCents: 5_000 },
      db,
    );
    await linkOrderToProject(p.id, po.id, db);
    const movers = await expenseRepository.create({ date: '2026-11-28', description: 'Movers deposit', amountCents: 300_000 }, db);
    await linkExpenseToProject(p.id, movers.id, db);
    const coffee = await expenseRepository.create({ date: '2026-11-29', description: 'Coffee', amountCents: 1_200 }, db);

    const work = await loadProjectWork(p.id, db);
    expect(work.tasks.map((t) => t.title).sort()).toEqual(['Book movers', 'Pack the archive']);
    expect(work.events.map((e) => e.title)).toEqual(['Walk-through at the new office']);
    expect(work.documents.map((d) => d.title)).toEqual(['Move memo']);
    expect(work.orders.map((o) => o.number)).toEqual(['PO-2026-0101']);
    expect(work.expenses.map((e) => e.description)).toEqual(['Movers deposit']);
    figures = projectFigures((await projectRepository.get(p.id, db))!, work, TODAY);
    // 40 × 25.00 + 50.00 shipping = 1,050.00 ordered, 10 × 25.00 arrived: 800.00 still to come.
    expect(figures).toMatchObject({ spentCents: 300_000, committedCents: 80_000, remainingCents: 120_000, over: false });
    expect((await listUnfiledOrders(db)).map((o) => o.id)).not.toContain(po.id);
    expect((await listUnfiledExpenses('2026-11-01', TODAY, db)).map((e) => e.id)).toEqual([coffee.id]);

    const [summary] = await listProjectSummaries(db, TODAY);
    expect(summary).toMatchObject({ project: { name: 'Office move' }, figures: { progress: { percent: 50 }, health: 'at risk' } });

    // Unlinking leaves the records where they were, no longer on the project.
    await unlinkTask(existing.id, db);
    await unlinkEvent(ev.id, db);
    await unlinkDocument(doc.id, db);
    await unlinkOrder(po.id, db);
    await unlinkExpense(movers.id, db);
    const after = await loadProjectWork(p.id, db);
    expect([after.tasks.length, after.events.length, after.documents.length, after.orders.length, after.expenses.length]).toEqual([1, 0, 0, 0, 0]);
    expect((await taskRepository.get(existing.id, db))?.linkedTable).toBeUndefined();
    expect((await expenseRepository.get(movers.id, db))?.projectId).toBeUndefined();
    expect((await purchaseOrderRepository.get(po.id, db))?.projectId).toBeUndefined();
    const audit = (await auditEntriesFor(db, movers.id)).map((a) => a.summary);
    expect(audit.some((s) => s.includes('projectId'))).toBe(true);
  });
});
