/** Staff requests: numbering, triage in one step, status following the work, decline, audit. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { auditEntriesFor, openTestDb } from '../../db/testing';
import { readLocalSync, saveThisPc, writeLocalSync } from '../../db/sync/device';
import type { TableName } from '../../db/database';
import { listAttachments } from '../../db/attachments';
import { findRecordHit, hitHref, searchEverything } from '../../core/search';
import { completeEquipmentRepair, deleteEquipmentRepair, equipmentRepository } from '../equipment';
import { employeeRepository } from '../people';
import { cancelTask, completeTask, taskRepository } from '../tasks';
import {
  createStaffRequest,
  declineStaffRequest,
  listStaffRequestRows,
  readStaffRequest,
  readStaffRequestsDashboard,
  reopenStaffRequest,
  staffRequestRepository,
  staffRequestsNeedSync,
  syncStaffRequestsWithWork,
  triageStaffRequest,
  updateStaffRequest,
} from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => {
  vi.useRealTimers();
  db.close();
});

const stored = async (id: string) => (await staffRequestRepository.get(id, db))!;
const summaries = async (id: string) => (await auditEntriesFor(db, id)).map((a) => a.summary);

describe('staff requests (issue 17.1)', () => {
  it('numbers requests REQ-0001…, keeps the requester from People or a typed name, refuses one without anyone', async () => {
    const grace = await employeeRepository.create({ name: 'Grace Park' }, db);
    const a = await createStaffRequest({ requesterId: grace.id, what: 'A new chair', kind: 'facilities', where: 'Desk 14' }, [], db);
    const b = await createStaffRequest({ requesterName: 'A visitor', what: 'Wi-Fi password', kind: 'it', urgency: 'high' }, [], db);
    expect([a.number, b.number]).toEqual(['REQ-0001', 'REQ-0002']);
    expect(a).toMatchObject({ status: 'new', urgency: 'normal', closedAt: null, requesterId: grace.id });
    await expect(createStaffRequest({ what: 'Key' }, [], db)).rejects.toThrow('Say who asked');
    await expect(createStaffRequest({ requesterName: 'X', what: '  ' }, [], db)).rejects.toThrow(/What is needed/);
    expect(await summaries(a.id)).toEqual(['New request REQ-0001 "A new chair" from Grace Park (Facilities, normal)']);
    const rows = await listStaffRequestRows(db, '2026-12-04');
    expect(rows.map((r) => r.requester).sort()).toEqual(['A visitor', 'Grace Park']);
    // Switching to a typed name lets go of the person.
    const edited = await updateStaffRequest(a.id, { requesterName: 'Grace (temp)' }, db);
    expect(edited.requesterId).toBeUndefined();
    expect(edited.requesterName).toBe('Grace (temp)');
  });

  it('keeps attachments with the request', async () => {
    const r = await createStaffRequest({ requesterName: 'Sam', what: 'Broken blind' }, [{ name: 'blind.jpg', mimeType: 'image/jpeg', bytes: new Uint8Array([1, 2, 3]) }], db);
    const files = await listAttachments('staffRequests', r.id, db);
    expect(files.map((f) => f.name)).toEqual(['blind.jpg']);
    expect(r.attachmentIds).toEqual([files[0]!.id]);
  });

  it('triages into a repair in one step; completing the repair closes the request (on read, then stored by the sync)', async () => {
    // The repair is reported today and fixed on Dec 4: today is Dec 4 (only the clock is faked; timers stay real for IndexedDB).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-04T09:00:00.000Z'));
    const copier = await equipmentRepository.create({ name: 'Copier 2nd floor', assetTag: 'HL-0042' }, db);
    const r = await createStaffRequest({ requesterName: 'Noah', what: 'Printer jams on tray 2', kind: 'repair', urgency: 'high' }, [], db);
    const { request, repair } = await triageStaffRequest(r.id, { kind: 'repair', equipmentId: copier.id }, db);
    expect(request).toMatchObject({ status: 'in-progress', equipmentId: copier.id, triage: { kind: 'repair', linkedTable: 'equipmentRepairs', linkedId: repair!.id } });
    expect(repair).toMatchObject({ equipmentId: copier.id, problem: 'Printer jams on tray 2', reportedBy: 'Noah', notes: 'From request REQ-0001' });
    expect((await equipmentRepository.get(copier.id, db))!.status).toBe('in-repair');
    // Triaged once: a second triage is refused while the repair is open.
    await expect(triageStaffRequest(r.id, { kind: 'answer', answer: 'Done' }, db)).rejects.toThrow('already triaged into a repair');

    let row = (await readStaffRequest(r.id, db))!;
    expect(row.link).toMatchObject({ kind: 'repair', label: 'Copier 2nd floor (HL-0042)', module: 'equipment', path: [copier.id], state: 'Under repair' });
    expect(await staffRequestsNeedSync(db)).toBe(false);

    await completeEquipmentRepair(repair!.id, { fixedOn: '2026-12-04', fixedBy: 'in-house', fixedByName: 'Tomas' }, db);
    // Read: Done at once, before anything is stored.
    row = (await readStaffRequest(r.id, db))!;
    expect(row.status).toBe('done');
    expect(row.link?.state).toBe('Repaired');
    expect((await stored(r.id)).status).toBe('in-progress');
    expect(await staffRequestsNeedSync(db)).toBe(true);
    // Stored by the sync, with when it closed and an audit line.
    const changed = await syncStaffRequestsWithWork(db, '2026-12-05T10:00:00.000Z');
    expect(changed.map((c) => c.id)).toEqual([r.id]);
    expect(await stored(r.id)).toMatchObject({ status: 'done', closedAt: '2026-12-04T12:00:00.000Z' });
    expect(await staffRequestsNeedSync(db)).toBe(false);
    expect(await syncStaffRequestsWithWork(db)).toEqual([]);
    expect(await summaries(r.id)).toEqual([
      'New request REQ-0001 "Printer jams on tray 2" from Noah (Repair, high)',
      'Triaged request REQ-0001 "Printer jams on tray 2" into a repair of "Copier 2nd floor"',
      'Closed request REQ-0001 "Printer jams on tray 2": its repair is done',
    ]);
  });

  it('triages into a task linked back to the request; the task done closes it, a cancelled task makes it wait', async () => {
    const aisha = await employeeRepository.create({ name: 'Aisha Khan' }, db);
    const r = await createStaffRequest({ requesterName: 'Priya', what: 'Move the bookshelf', where: 'Room 3', urgency: 'low' }, [], db);
    const { task } = await triageStaffRequest(r.id, { kind: 'task', assigneeId: aisha.id, due: '2026-12-10' }, db);
    expect(task).toMatchObject({ title: 'Move the bookshelf', assigneeId: aisha.id, due: '2026-12-10', priority: 'low', linkedTable: 'staffRequests', linkedId: r.id });
    expect(task!.notes).toContain('From request REQ-0001 by Priya.\nWhere: Room 3');
    expect((await readStaffRequest(r.id, db))!.link).toMatchObject({ kind: 'task', label: 'Move the bookshelf', module: 'tasks', path: [task!.id], state: 'Open' });
    // The task's link names the request and opens it (search knows staff requests).
    const hit = await findRecordHit(task!.linkedTable!, task!.linkedId!, db);
    expect(hit).toMatchObject({ module: 'requests', title: 'REQ-0001 Move the bookshelf', subtitle: 'Staff request · Room 3 · In progress' });
    expect(hitHref(hit!)).toBe(`#/requests/${r.id}`);
    expect((await searchEverything('bookshelf', 20, db)).map((h) => h.table)).toContain('staffRequests');

    await cancelTask(task!.id, {}, db);
    await syncStaffRequestsWithWork(db);
    expect((await stored(r.id)).status).toBe('waiting');
    expect((await summaries(r.id)).at(-1)).toContain('is waiting: its task was cancelled or removed');

    // Waiting on cancelled work: it may be triaged again, into another task that gets done.
    const again = await triageStaffRequest(r.id, { kind: 'task', title: 'Ask facilities to move the shelf' }, db);
    expect(again.request.status).toBe('in-progress');
    await completeTask(again.task!.id, db);
    await syncStaffRequestsWithWork(db);
    expect((await stored(r.id)).status).toBe('done');
    expect((await stored(r.id)).closedAt).toBe((await taskRepository.get(again.task!.id, db))!.completedAt);
  });

  it('a removed repair makes the request wait too', async () => {
    const laptop = await equipmentRepository.create({ name: 'Laptop 7' }, db);
    const r = await createStaffRequest({ requesterName: 'Jonas', what: 'Laptop fan loud' }, [], db);
    const { repair } = await triageStaffRequest(r.id, { kind: 'repair', equipmentId: laptop.id, problem: 'Fan noise' }, db);
    await deleteEquipmentRepair(repair!.id, db);
    expect((await readStaffRequest(r.id, db))!.status).toBe('waiting');
  });

  it('triages into a purchase request that carries the request; ordered closes it, declined declines it with the reason', async () => {
    const r1 = await createStaffRequest({ requesterName: 'Elena', what: 'Ergonomic chair', kind: 'purchase' }, [], db);
    const r2 = await createStaffRequest({ requesterName: 'Marcus', what: 'Second monitor', kind: 'purchase' }, [], db);
    const { purchaseRequest: p1 } = await triageStaffRequest(r1.id, { kind: 'purchase-request', quantity: 1, estimatedUnitCostCents: 32000, reason: 'Back pain' }, db);
    const { purchaseRequest: p2 } = await triageStaffRequest(r2.id, { kind: 'purchase-request', quantity: 1, estimatedUnitCostCents: 18000 }, db);
    expect(p1).toMatchObject({ description: 'Ergonomic chair', staffRequestId: r1.id, requesterName: 'Elena', status: 'pending' });
    expect(p2!.status).toBe('approved');
    expect((await readStaffRequest(r1.id, db))!.link).toMatchObject({ kind: 'purchase-request', label: `${p1!.number} Ergonomic chair`, module: 'requests', path: ['purchase', p1!.id], state: 'Waiting for approval' });

    // The purchase feature's own decisions (written here as they store them).
    await db.purchaseRequests.put({ ...p1!, status: 'declined', declineReason: 'Not in this year’s budget', decidedAt: '2026-12-03T15:00:00.000Z', decidedBy: 'Margaret' });
    await db.purchaseRequests.put({ ...p2!, status: 'ordered', purchaseOrderId: 'po-1', updatedAt: '2026-12-04T09:00:00.000Z' });
    await syncStaffRequestsWithWork(db);
    expect(await stored(r1.id)).toMatchObject({ status: 'declined', declineReason: 'Not in this year’s budget', closedAt: '2026-12-03T15:00:00.000Z' });
    expect(await stored(r2.id)).toMatchObject({ status: 'done', closedAt: '2026-12-04T09:00:00.000Z' });
    expect((await summaries(r1.id)).at(-1)).toBe('Declined request REQ-0001 "Ergonomic chair": its purchase request was declined (Not in this year’s budget)');
  });

  it('an answer closes the request; declining needs a reason; reopening lets go of finished work', async () => {
    const r = await createStaffRequest({ requesterName: 'Hannah', what: 'Where are the spare keys?', kind: 'access' }, [], db);
    await expect(triageStaffRequest(r.id, { kind: 'answer', answer: '  ' }, db)).rejects.toThrow('Write the answer');
    const { request } = await triageStaffRequest(r.id, { kind: 'answer', answer: 'In the key safe; code from Elena.' }, db);
    expect(request).toMatchObject({ status: 'done', answer: 'In the key safe; code from Elena.', triage: { kind: 'answer' } });
    expect(request.closedAt).not.toBeNull();
    expect((await readStaffRequest(r.id, db))!.link).toMatchObject({ kind: 'answer', state: 'Answered' });

    const d = await createStaffRequest({ requesterName: 'Ben', what: 'A parking space' }, [], db);
    await expect(declineStaffRequest(d.id, ' ', db)).rejects.toThrow('Say why');
    const declined = await declineStaffRequest(d.id, 'The lease has no spaces left', db);
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'The lease has no spaces left' });
    await expect(declineStaffRequest(d.id, 'again', db)).rejects.toThrow('already declined');
    expect((await summaries(d.id)).at(-1)).toBe('Declined request REQ-0002 "A parking space": The lease has no spaces left');

    const reopened = await reopenStaffRequest(r.id, db);
    expect(reopened).toMatchObject({ status: 'new', closedAt: null });
    expect(reopened.triage).toBeUndefined();
    expect((await reopenStaffRequest(d.id, db)).declineReason).toBeUndefined();
  });

  it('puts open and overdue requests on the Dashboard, overdue and most urgent first', async () => {
    const old = await createStaffRequest({ requesterName: 'A', what: 'Old normal', urgency: 'normal' }, [], db);
    await db.staffRequests.put({ ...old, createdAt: '2026-11-20T09:00:00.000Z' });
    await createStaffRequest({ requesterName: 'B', what: 'Fresh urgent', urgency: 'urgent' }, [], db);
    const done = await createStaffRequest({ requesterName: 'C', what: 'Answered' }, [], db);
    await triageStaffRequest(done.id, { kind: 'answer', answer: 'Yes' }, db);
    const today = new Date().toISOString().slice(0, 10);
    const dash = await readStaffRequestsDashboard(today, db);
    expect(dash.openCount).toBe(2);
    expect(dash.overdueCount).toBe(1);
    expect(dash.rows.map((r) => r.request.what)).toEqual(['Old normal', 'Fresh urgent']);
  });
});

// ---------------------------------------------------------------------------------------------
// Numbers on PCs that sync (issue 18.3)

/** Acts as the PC this database belongs to: the number generators read the code its settings hold. */
async function onPc<T>(pc: BackdeskDb, act: () => Promise<T>): Promise<T> {
  await readLocalSync(pc);
  return act();
}

/** What a sync brings: every row of `tables` from one PC's database into the other's. */
async function replicate(from: BackdeskDb, to: BackdeskDb, tables: readonly TableName[]): Promise<void> {
  for (const t of tables) await to.table(t).bulkPut(await from.table(t).toArray());
}

/** The code is cached for the whole page (device.ts): later tests start from a PC that never synced. */
async function forgetCode(): Promise<void> {
  const blank = await openTestDb();
  await readLocalSync(blank);
  blank.close();
}

describe('staff request numbers on PCs that sync (issue 18.3)', () => {
  afterEach(forgetCode);
  const ask = (pc: BackdeskDb, what: string) => createStaffRequest({ requesterName: 'Sam', what }, [], pc);

  it("numbers in this PC's own series once it has a number code", async () => {
    expect((await ask(db, 'Chair')).number).toBe('REQ-0001');
    await saveThisPc({ deviceName: 'Front desk', numberCode: 'AB' }, db);
    expect((await ask(db, 'Lamp')).number).toBe('REQ-AB0001');
    expect((await ask(db, 'Desk')).number).toBe('REQ-AB0002');
  });

  it('two PCs taking requests offline from the same data never use the same number', async () => {
    await ask(db, 'Chair');
    const pcA = db;
    const pcB = await openTestDb();
    try {
      await replicate(pcA, pcB, ['staffRequests']);
      await writeLocalSync({ numberCode: 'A' }, pcA);
      await writeLocalSync({ numberCode: 'AB' }, pcB);
      const made: string[] = [];
      for (let i = 0; i < 3; i++) {
        made.push((await onPc(pcA, () => ask(pcA, `A ${i}`))).number);
        made.push((await onPc(pcB, () => ask(pcB, `B ${i}`))).number);
      }
      expect(made).toEqual(['REQ-A0001', 'REQ-AB0001', 'REQ-A0002', 'REQ-AB0002', 'REQ-A0003', 'REQ-AB0003']);
      await replicate(pcA, pcB, ['staffRequests']);
      expect((await onPc(pcB, () => ask(pcB, 'after sync'))).number).toBe('REQ-AB0004');
      const numbers = (await pcB.staffRequests.toArray()).map((r) => r.number);
      expect(numbers).toHaveLength(8);
      expect(new Set(numbers).size).toBe(8);
    } finally {
      pcB.close();
    }
  });
});
