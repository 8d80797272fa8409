import { describe, expect, it } from 'vitest';
import { purchaseRequestSchema, staffRequestSchema, taskSchema, type PurchaseRequest, type Repair } from '../../domain';
import { isRequestOverdue } from '../../domain/staffRequests';
import { createSampleContext } from '../context';
import { generateStaffRequests } from './staffRequests';

const TODAY = '2026-11-22';
const at = (d: string) => `${d}T14:00:00.000Z`;
const rec = (id: string, d: string) => ({ id, createdAt: at(d), updatedAt: at(d), deletedAt: null });

const repairs = [
  { ...rec('R-OPEN', '2026-11-19'), equipmentId: 'EQ-FRONT', reportedOn: '2026-11-19', problem: 'Smears', parts: [], costCents: 0 },
  { ...rec('R-FIXED', '2026-10-30'), equipmentId: 'EQ-PLOT', reportedOn: '2026-10-30', fixedOn: '2026-11-02', fixedBy: 'vendor', problem: 'Banding', parts: [], costCents: 21900 },
] as Repair[];
const pr = (id: string, status: PurchaseRequest['status'], extra: Partial<PurchaseRequest> = {}) =>
  purchaseRequestSchema.parse({ ...rec(id, '2026-11-10'), number: `PR-${id}`, description: id, quantity: 1, estimatedUnitCostCents: 1000, status, ...extra });
const purchaseRequests = [
  pr('P1', 'pending'),
  pr('P2', 'declined', { declineReason: 'Wait for the office move', decidedAt: '2026-11-12T15:00:00.000Z' }),
  pr('P3', 'ordered', { purchaseOrderId: 'PO-1', updatedAt: '2026-11-14T10:00:00.000Z' }),
];

function run(seed = 1) {
  const ctx = createSampleContext(seed, TODAY);
  const input = {
    emp: (k: string) => `EMP-${k.toUpperCase()}`,
    equipment: [
      { id: 'EQ-FRONT', assetTag: 'HL-0003' },
      { id: 'EQ-PLOT', assetTag: 'HL-0001' },
    ],
    equipmentRepairs: repairs,
    purchaseRequests,
  };
  return { out: generateStaffRequests(ctx, input), input };
}

describe('sample office: staff requests (issue 17.1, 17.7)', () => {
  it('makes valid requests in every state, numbered in the order they came in', () => {
    const { out } = run();
    expect(out.staffRequests.length).toBeGreaterThanOrEqual(15);
    expect(out.staffRequests.length).toBeLessThanOrEqual(25);
    const parsed = out.staffRequests.map((r) => staffRequestSchema.parse(r));
    expect(parsed.map((r) => r.number)).toEqual(parsed.map((_, i) => `REQ-${String(i + 1).padStart(4, '0')}`));
    const created = parsed.map((r) => r.createdAt);
    expect([...created].sort()).toEqual(created);
    expect(new Set(parsed.map((r) => r.status))).toEqual(new Set(['new', 'in-progress', 'waiting', 'done', 'declined']));
    expect(new Set(parsed.map((r) => r.triage?.kind).filter(Boolean))).toEqual(new Set(['task', 'repair', 'purchase-request', 'answer']));
    for (const r of parsed) {
      if (r.status === 'done' || r.status === 'declined') expect(r.closedAt! >= r.createdAt).toBe(true);
      else expect(r.closedAt).toBeNull();
      expect(r.createdAt <= createSampleContext(1, TODAY).now).toBe(true);
    }
    expect(parsed.some((r) => r.requesterName && !r.requesterId)).toBe(true);
    expect(parsed.filter((r) => isRequestOverdue(r, TODAY)).length).toBeGreaterThanOrEqual(2);
  });

  it('links each triaged request to its work, with the status that work gives', () => {
    const { out } = run();
    const byLink = (id: string) => out.staffRequests.find((r) => r.triage?.linkedId === id)!;
    expect(byLink('R-OPEN')).toMatchObject({ status: 'in-progress', equipmentId: 'EQ-FRONT', triage: { kind: 'repair', linkedTable: 'equipmentRepairs' } });
    expect(byLink('R-FIXED')).toMatchObject({ status: 'done', closedAt: '2026-11-02T12:00:00.000Z' });
    expect(byLink('P1').status).toBe('in-progress');
    expect(byLink('P2')).toMatchObject({ status: 'declined', declineReason: 'Wait for the office move' });
    expect(byLink('P3')).toMatchObject({ status: 'done', closedAt: '2026-11-14T10:00:00.000Z' });
    expect(out.updatedPurchaseRequests.map((p) => [p.id, p.staffRequestId]).sort()).toEqual([
      ['P1', byLink('P1').id],
      ['P2', byLink('P2').id],
      ['P3', byLink('P3').id],
    ]);
    // The caller's purchase requests are not changed in place.
    expect(purchaseRequests.every((p) => p.staffRequestId === undefined)).toBe(true);
    expect(out.tasks).toHaveLength(2);
    for (const t of out.tasks) {
      const task = taskSchema.parse(t);
      const r = out.staffRequests.find((x) => x.id === task.linkedId)!;
      expect(task.linkedTable).toBe('staffRequests');
      expect(r.triage).toMatchObject({ kind: 'task', linkedId: task.id });
      expect(r.status).toBe(task.status === 'done' ? 'done' : 'in-progress');
    }
    const answered = out.staffRequests.filter((r) => r.triage?.kind === 'answer');
    expect(answered.length).toBeGreaterThan(0);
    for (const r of answered) expect(r).toMatchObject({ status: 'done', answer: expect.any(String) });
    for (const r of out.staffRequests.filter((x) => x.status === 'declined')) expect(r.declineReason).toBeTruthy();
  });

  it('is the same for the same seed and date', () => {
    expect(run(7).out).toEqual(run(7).out);
  });
});
