import { describe, expect, it } from 'vitest';
import { applyDecision, budgetAfterRequest, canOrder, committedByCategory, decisionProblem, isCommitted, purchaseRequestAgeDays, initialPurchaseRequestStatus, needsApproval, nextPurchaseRequestNumber, purchaseRequestSchema, purchaseRequestTotalCents, type PurchaseRequest } from './purchaseRequests';

const at = '2026-12-04T10:00:00.000Z';
const base: PurchaseRequest = purchaseRequestSchema.parse({
  id: 'pr1', createdAt: at, updatedAt: at, deletedAt: null, number: 'PR-0001', requesterId: 'emp-sam', description: 'Ergonomic chair', quantity: 2, estimatedUnitCostCents: 32_500, status: 'pending',
});

describe('purchase request approval (issue 17.2)', () => {
  it('needs approval only above the threshold; at or below it is approved as made', () => {
    expect(purchaseRequestTotalCents(base)).toBe(65_000);
    expect(needsApproval(65_000, 50_000)).toBe(true);
    expect(needsApproval(50_000, 50_000)).toBe(false);
    expect(initialPurchaseRequestStatus(65_000, 50_000)).toEqual({ status: 'pending', autoApproved: false });
    expect(initialPurchaseRequestStatus(4_999, 5_000)).toEqual({ status: 'approved', autoApproved: true });
    // A threshold of 0: every purchase is approved by someone.
    expect(initialPurchaseRequestStatus(1, 0).status).toBe('pending');
  });

  it('approves, and declines only with a reason', () => {
    const approved = applyDecision(base, { approve: true, by: 'Dana Whitfield', byId: 'emp-dana', at });
    expect(approved).toMatchObject({ status: 'approved', decidedBy: 'Dana Whitfield', decidedById: 'emp-dana', decidedAt: at });
    expect(canOrder(approved)).toBe(true);
    expect(canOrder({ ...approved, purchaseOrderId: 'po1' })).toBe(false);
    expect(() => applyDecision(base, { approve: false, by: 'Dana', at })).toThrow('Say why the purchase is declined; the requester is told.');
    const declined = applyDecision(base, { approve: false, by: 'Dana', at, reason: ' Chairs were replaced in March ' });
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'Chairs were replaced in March' });
    expect(purchaseRequestSchema.safeParse({ ...declined, declineReason: '' }).success).toBe(false);
  });

  it('refuses deciding twice, deciding your own request, or deciding without a name', () => {
    const approved = applyDecision(base, { approve: true, by: 'Dana', at });
    expect(decisionProblem(approved, { approve: false, by: 'Lee', at, reason: 'x' })).toBe('PR-0001 is approved; only a request waiting for approval can be approved or declined.');
    expect(decisionProblem(base, { approve: true, by: 'Sam', byId: 'emp-sam', at })).toBe('Someone else must approve a request they made themselves.');
    expect(decisionProblem(base, { approve: true, by: '  ', at })).toBe('Say who decides.');
  });

  it('shows what the category has left before and after the request', () => {
    expect(budgetAfterRequest({ plannedCents: 200_000, spentCents: 120_000, committedCents: 30_000 }, 65_000)).toEqual({ remainingCents: 50_000, afterCents: -15_000, overBudget: true, hasBudget: true });
    expect(budgetAfterRequest({ plannedCents: 200_000, spentCents: 0, committedCents: 0 }, 65_000).overBudget).toBe(false);
    expect(budgetAfterRequest({ plannedCents: 0, spentCents: 0, committedCents: 0 }, 1).hasBudget).toBe(false);
  });

  it('numbers requests', () => {
    expect(nextPurchaseRequestNumber(['PR-0001', 'PR-0012', 'junk'])).toBe('PR-0013');
  });

  it("numbers in the PC's own series with a sync number code (issue 18.3)", () => {
    const existing = ['PR-0012', 'PR-A0002', 'PR-B0005', 'PR-AB0009'];
    expect(nextPurchaseRequestNumber(existing, 'A')).toBe('PR-A0003');
    expect(nextPurchaseRequestNumber(existing, 'B')).toBe('PR-B0006');
    expect(nextPurchaseRequestNumber(existing)).toBe('PR-0013');
  });

  it('counts approved requests and ordered ones on an open order as committed money, per category', () => {
    const open = (id: string) => id === 'po-open';
    expect(isCommitted({ status: 'approved' }, open)).toBe(true);
    expect(isCommitted({ status: 'pending' }, open)).toBe(false);
    expect(isCommitted({ status: 'declined' }, open)).toBe(false);
    expect(isCommitted({ status: 'ordered', purchaseOrderId: 'po-open' }, open)).toBe(true);
    expect(isCommitted({ status: 'ordered', purchaseOrderId: 'po-received' }, open)).toBe(false);
    expect(isCommitted({ status: 'approved', deletedAt: at }, open)).toBe(false);
    const map = committedByCategory(
      [
        { status: 'approved', budgetCategoryId: 'c1', quantity: 2, estimatedUnitCostCents: 1_000 },
        { status: 'ordered', purchaseOrderId: 'po-open', budgetCategoryId: 'c1', quantity: 1, estimatedUnitCostCents: 500 },
        { status: 'pending', budgetCategoryId: 'c1', quantity: 1, estimatedUnitCostCents: 99_000 },
        { status: 'approved', quantity: 1, estimatedUnitCostCents: 7 },
        { status: 'approved', budgetCategoryId: 'c2', quantity: 3, estimatedUnitCostCents: 100 },
      ],
      open,
    );
    expect([...map]).toEqual([['c1', 2_500], ['c2', 300]]);
  });

  it('gives the age in whole days', () => {
    expect(purchaseRequestAgeDays('2026-12-01T10:00:00.000Z', new Date('2026-12-04T09:59:00.000Z'))).toBe(2);
    expect(purchaseRequestAgeDays('2026-12-05T10:00:00.000Z', new Date(at))).toBe(0);
  });
});
