import { describe, expect, it } from 'vitest';
import { purchaseOrderSchema, purchaseRequestSchema, type Employee, type PurchaseOrder } from '../../domain';
import { approvalSettingSchema, needsApproval, purchaseRequestTotalCents } from '../../domain/purchaseRequests';
import { createSampleContext } from '../context';
import { generatePurchaseRequests, SAMPLE_APPROVAL_THRESHOLD_CENTS } from './purchaseRequests';

const TODAY = '2026-11-22';
const KEYS = ['marcus', 'jonas', 'sofia', 'hannah', 'david', 'elena', 'grace'];

function run(purchaseOrders: PurchaseOrder[] = []) {
  const ctx = createSampleContext(1, TODAY);
  return generatePurchaseRequests(ctx, {
    emp: (k) => `EMP-${k.toUpperCase()}`,
    employees: KEYS.map((k) => ({ id: `EMP-${k.toUpperCase()}`, name: k[0]!.toUpperCase() + k.slice(1) }) as Employee),
    leaf: new Map([
      ['Hardware', 'CAT-HW'],
      ['Office supplies', 'CAT-OFF'],
      ['Training', 'CAT-TRN'],
      ['Internet & phone', 'CAT-NET'],
    ]),
    vendorIds: new Map([['tech', 'V-TECH']]),
    items: [{ id: 'ITEM-WB', name: 'Whiteboard markers, 4 pack', unitCostCents: 899, vendorId: 'V-NE' }],
    purchaseOrders,
  });
}

describe('sample office: purchase requests (issue 17.7)', () => {
  it('has valid requests in every state, above and below the threshold, with the approval rule', () => {
    const out = run();
    expect(approvalSettingSchema.parse(out.approvalSetting.value)).toEqual({ thresholdCents: SAMPLE_APPROVAL_THRESHOLD_CENTS, approverId: 'EMP-MARCUS', approverName: 'Marcus' });
    const rs = out.purchaseRequests.map((r) => purchaseRequestSchema.parse(r));
    expect(rs.map((r) => r.number)).toEqual(['PR-0001', 'PR-0002', 'PR-0003', 'PR-0004', 'PR-0005', 'PR-0006', 'PR-0007']);
    expect(new Set(rs.map((r) => r.status))).toEqual(new Set(['pending', 'approved', 'declined', 'ordered']));
    for (const r of rs) {
      const above = needsApproval(purchaseRequestTotalCents(r), SAMPLE_APPROVAL_THRESHOLD_CENTS);
      // Automatic approval exactly when not above the threshold; decided ones by Marcus, never by the requester.
      expect(r.autoApproved).toBe(!above);
      if (r.status !== 'pending' && !r.autoApproved) expect(r).toMatchObject({ decidedBy: 'Marcus', decidedById: 'EMP-MARCUS' });
      if (r.status === 'pending') expect(r.decidedAt).toBeUndefined();
      expect(r.decidedById).not.toBe(r.requesterId);
      expect(r.createdAt <= `${TODAY}T23:59:59Z`).toBe(true);
    }
    const declined = rs.find((r) => r.status === 'declined')!;
    expect(declined.declineReason).toMatch(/48 Fore Street/);
    const linked = rs.find((r) => r.itemId === 'ITEM-WB')!;
    expect(linked).toMatchObject({ status: 'approved', autoApproved: true, vendorId: 'V-NE', estimatedUnitCostCents: 899 });
    expect(rs.filter((r) => r.status === 'pending').every((r) => needsApproval(purchaseRequestTotalCents(r), SAMPLE_APPROVAL_THRESHOLD_CENTS))).toBe(true);
  });

  it('puts the ordered request on a new draft for its vendor, or on that vendor\'s newest draft', () => {
    const out = run([{ id: 'PO-X', number: 'PO-2026-0041', vendorId: 'V-OTHER', status: 'ordered' } as unknown as PurchaseOrder]);
    const ordered = out.purchaseRequests.find((r) => r.status === 'ordered')!;
    expect(out.purchaseOrders).toHaveLength(1);
    const po = purchaseOrderSchema.parse(out.purchaseOrders[0]);
    expect(po).toMatchObject({ id: ordered.purchaseOrderId, number: 'PO-2026-0042', vendorId: 'V-TECH', status: 'draft' });
    expect(po.lines).toEqual([expect.objectContaining({ description: ordered.description, quantity: 2, unitCostCents: 28_900 })]);

    const draft = purchaseOrderSchema.parse({ id: 'PO-D', createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z', deletedAt: null, number: 'PO-2026-0050', vendorId: 'V-TECH', status: 'draft', orderDate: '2026-11-01', lines: [{ id: 'L1', description: 'Mouse', quantity: 1, unitCostCents: 2_000 }] });
    const again = run([draft]);
    expect(again.purchaseOrders).toEqual([]);
    expect(again.updatedPurchaseOrders).toHaveLength(1);
    expect(again.updatedPurchaseOrders[0]!.lines.map((l) => l.description)).toEqual(['Mouse', ordered.description]);
    expect(again.purchaseRequests.find((r) => r.status === 'ordered')!.purchaseOrderId).toBe('PO-D');
  });

  it('is the same for the same seed', () => {
    expect(run()).toEqual(run());
  });
});
