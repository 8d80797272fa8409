import { describe, expect, it } from 'vitest';
import {
  compareRequests,
  describeAge,
  isRequestOverdue,
  nextRequestNumber,
  purchaseWorkState,
  repairWorkState,
  requestAfterWork,
  requestAgeDays,
  requestDueDate,
  staffRequestDraftSchema,
  staffRequestSchema,
  statusForLinkedWork,
  taskWorkState,
  type StaffRequest,
} from './staffRequests';

const make = (over: Partial<StaffRequest>): StaffRequest =>
  staffRequestSchema.parse({ id: over.id ?? 'r', createdAt: '2026-12-01T09:00:00.000Z', updatedAt: '2026-12-01T09:00:00.000Z', deletedAt: null, number: 'REQ-0001', requesterId: 'emp', what: 'Chair', ...over });

describe('staff requests (issue 17.1)', () => {
  it('ages by days, overdue by urgency, closed ones stop ageing', () => {
    const r = make({ urgency: 'high' });
    expect(requestDueDate(r)).toBe('2026-12-03');
    expect(isRequestOverdue(r, '2026-12-03')).toBe(false);
    expect(isRequestOverdue(r, '2026-12-04')).toBe(true);
    expect(isRequestOverdue({ ...r, status: 'done' }, '2026-12-04')).toBe(false);
    expect(requestAgeDays(r, '2026-12-04')).toBe(3);
    expect(requestAgeDays({ ...r, closedAt: '2026-12-02T16:00:00.000Z' }, '2026-12-20')).toBe(1);
    expect([0, 1, 12].map(describeAge)).toEqual(['today', '1 day', '12 days']);
  });

  it('needs a reason to decline and someone who asked', () => {
    expect(staffRequestDraftSchema.safeParse({ number: 'REQ-1', requesterId: 'e', what: 'Key', status: 'declined' }).success).toBe(false);
    expect(staffRequestDraftSchema.safeParse({ number: 'REQ-1', requesterId: 'e', what: 'Key', status: 'declined', declineReason: 'Not ours to give' }).success).toBe(true);
    const noOne = staffRequestDraftSchema.safeParse({ number: 'REQ-1', what: 'Key' });
    expect(noOne.success).toBe(false);
    expect(staffRequestDraftSchema.safeParse({ number: 'REQ-1', requesterName: 'A visitor', what: 'Key' }).success).toBe(true);
  });

  it('follows the linked work: done closes, cancelled waits for a decision, a closed request stays closed', () => {
    expect(statusForLinkedWork('in-progress', 'done')).toBe('done');
    expect(statusForLinkedWork('in-progress', 'cancelled')).toBe('waiting');
    expect(statusForLinkedWork('new', 'open')).toBe('in-progress');
    expect(statusForLinkedWork('declined', 'done')).toBe('declined');
  });

  it('reads the linked work: a task, a repair, a purchase request', () => {
    const at = '2026-12-02T10:00:00.000Z';
    const task = { status: 'open', completedAt: null, deletedAt: null, updatedAt: at };
    expect(taskWorkState(task)).toEqual({ state: 'open' });
    expect(taskWorkState({ ...task, status: 'in-progress' }).state).toBe('open');
    expect(taskWorkState({ ...task, status: 'done', completedAt: at })).toEqual({ state: 'done', endedAt: at });
    expect(taskWorkState({ ...task, status: 'cancelled' }).state).toBe('cancelled');
    expect(taskWorkState({ ...task, deletedAt: at }).state).toBe('cancelled');
    expect(taskWorkState(undefined).state).toBe('cancelled');
    expect(repairWorkState({ deletedAt: null })).toEqual({ state: 'open' });
    expect(repairWorkState({ fixedOn: '2026-12-03', deletedAt: null })).toEqual({ state: 'done', endedAt: '2026-12-03' });
    expect(repairWorkState({ deletedAt: at }).state).toBe('cancelled');
    const pr = { status: 'pending', deletedAt: null, updatedAt: at };
    expect(purchaseWorkState(pr).state).toBe('open');
    expect(purchaseWorkState({ ...pr, status: 'approved' }).state).toBe('open');
    expect(purchaseWorkState({ ...pr, status: 'ordered' })).toEqual({ state: 'done', endedAt: at });
    expect(purchaseWorkState({ ...pr, status: 'declined', decidedAt: at, declineReason: 'Over budget' })).toEqual({ state: 'declined', endedAt: at, reason: 'Over budget' });
    expect(purchaseWorkState({ ...pr, status: 'cancelled' }).state).toBe('cancelled');
  });

  it('closes, declines or waits with its work, and says when', () => {
    const open = { status: 'in-progress' as const, closedAt: null };
    const now = '2026-12-05T09:00:00.000Z';
    expect(requestAfterWork(open, { state: 'open' }, now)).toBeNull();
    expect(requestAfterWork(open, { state: 'done', endedAt: '2026-12-03' }, now)).toEqual({ status: 'done', closedAt: '2026-12-03T12:00:00.000Z', declineReason: undefined });
    expect(requestAfterWork(open, { state: 'done', endedAt: '2026-12-04T15:30:00.000Z' }, now)?.closedAt).toBe('2026-12-04T15:30:00.000Z');
    expect(requestAfterWork(open, { state: 'done' }, now)?.closedAt).toBe(now);
    expect(requestAfterWork(open, { state: 'declined', endedAt: now, reason: 'Not in this year’s budget' }, now)).toEqual({ status: 'declined', closedAt: now, declineReason: 'Not in this year’s budget' });
    expect(requestAfterWork(open, { state: 'declined' }, now)?.declineReason).toBe('The purchase was declined.');
    expect(requestAfterWork(open, { state: 'cancelled' }, now)).toEqual({ status: 'waiting', closedAt: null, declineReason: undefined });
    expect(requestAfterWork({ status: 'waiting', closedAt: null }, { state: 'cancelled' }, now)).toBeNull();
    expect(requestAfterWork({ status: 'new', closedAt: null }, { state: 'open' }, now)?.status).toBe('in-progress');
    // Closed stays closed, whatever the work does later.
    expect(requestAfterWork({ status: 'done', closedAt: now }, { state: 'cancelled' }, now)).toBeNull();
    expect(requestAfterWork({ status: 'declined', closedAt: now, declineReason: 'x' }, { state: 'done' }, now)).toBeNull();
  });

  it('lists open first, overdue, then the most urgent and oldest', () => {
    const list = [
      make({ id: 'done', status: 'done', urgency: 'urgent' }),
      make({ id: 'low-old', urgency: 'low', createdAt: '2026-11-01T09:00:00.000Z' }),
      make({ id: 'urgent-new', urgency: 'urgent', createdAt: '2026-12-04T08:00:00.000Z' }),
      make({ id: 'normal-late', urgency: 'normal', createdAt: '2026-11-20T09:00:00.000Z' }),
    ];
    expect(list.sort((a, b) => compareRequests(a, b, '2026-12-04')).map((r) => r.id)).toEqual(['normal-late', 'low-old', 'urgent-new', 'done']);
  });

  it('numbers requests', () => {
    expect(nextRequestNumber(['REQ-0009', 'REQ-0010'])).toBe('REQ-0011');
  });

  it("numbers in the PC's own series with a sync number code (issue 18.3)", () => {
    const existing = ['REQ-0010', 'REQ-A0004', 'REQ-AB0020'];
    expect(nextRequestNumber(existing, 'A')).toBe('REQ-A0005');
    expect(nextRequestNumber(existing, 'AB')).toBe('REQ-AB0021');
    expect(nextRequestNumber(existing, 'B')).toBe('REQ-B0001');
    expect(nextRequestNumber(existing)).toBe('REQ-0011');
  });
});
