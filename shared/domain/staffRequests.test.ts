import { describe, expect, it } from 'vitest';
import { compareRequests, describeAge, isRequestOverdue, nextRequestNumber, requestAgeDays, requestDueDate, staffRequestDraftSchema, staffRequestSchema, statusForLinkedWork, type StaffRequest } from './staffRequests';

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
});
