import { describe, expect, it } from 'vitest';
import {
  InsufficientStockError,
  openingCountInput,
  planLedgerStep,
  stockMovementInputSchema,
  stockMovementSchema,
  type StockMovementInput,
} from './inventory';

const AT = '2026-03-04T10:00:00.000Z';
const item = { id: 'item-1', name: 'Toner', unit: 'each', quantityOnHand: 5 };

describe('planLedgerStep (the one movement planner)', () => {
  const inputs: StockMovementInput[] = [
    { kind: 'received', itemId: 'item-1', quantity: 3, unitCostCents: 250, purchaseOrderId: 'po-1', reason: 'Delivery', date: '2026-03-01' },
    { kind: 'issued', itemId: 'item-1', quantity: 5, issuedTo: 'Grace', issuedToEmployeeId: 'emp-1' },
    { kind: 'adjusted', itemId: 'item-1', delta: -2, reason: 'Damaged' },
    { kind: 'counted', itemId: 'item-1', countedQuantity: 9 },
    { kind: 'counted', itemId: 'item-1', countedQuantity: 5 },
  ];

  it.each(inputs)('builds a row the stored schema accepts, and the quantity it leaves: %o', (input) => {
    const { movement, quantityOnHand } = planLedgerStep(item, stockMovementInputSchema.parse(input), 'mv-1', AT);
    // Bulk writers skip the per-row parse, so the planner's output must always pass it.
    expect(stockMovementSchema.parse(movement)).toEqual(movement);
    expect(movement).toMatchObject({ id: 'mv-1', itemId: 'item-1', kind: input.kind, createdAt: AT, updatedAt: AT, deletedAt: null });
    expect(movement.balanceAfter).toBe(quantityOnHand);
    expect(item.quantityOnHand + movement.quantity).toBe(quantityOnHand);
  });

  it('keeps only the fields that belong to the kind', () => {
    const received = planLedgerStep(item, stockMovementInputSchema.parse(inputs[0]), 'a', AT).movement;
    expect(received).toMatchObject({ quantity: 3, unitCostCents: 250, purchaseOrderId: 'po-1', reason: 'Delivery', date: '2026-03-01' });
    const issued = planLedgerStep(item, stockMovementInputSchema.parse(inputs[1]), 'b', AT).movement;
    expect(issued).toMatchObject({ quantity: -5, balanceAfter: 0, issuedTo: 'Grace', issuedToEmployeeId: 'emp-1' });
    expect(issued).not.toHaveProperty('unitCostCents');
    const counted = planLedgerStep(item, stockMovementInputSchema.parse(inputs[3]), 'c', AT).movement;
    expect(counted).toMatchObject({ quantity: 4, balanceAfter: 9, countedQuantity: 9 });
    expect(counted).not.toHaveProperty('reason');
  });

  it('refuses to go below zero and refuses another item’s movement', () => {
    expect(() => planLedgerStep(item, { kind: 'issued', itemId: 'item-1', quantity: 6 }, 'x', AT)).toThrow(InsufficientStockError);
    expect(() => planLedgerStep(item, { kind: 'adjusted', itemId: 'item-1', delta: -6, reason: 'r' }, 'x', AT)).toThrow(InsufficientStockError);
    expect(() => planLedgerStep(item, { kind: 'received', itemId: 'item-2', quantity: 1 }, 'x', AT)).toThrow(/item-2/);
  });

  it('plans an opening balance as a count against an empty shelf', () => {
    const fresh = { ...item, quantityOnHand: 0 };
    const { movement, quantityOnHand } = planLedgerStep(fresh, openingCountInput('item-1', 12), 'o', AT);
    expect(quantityOnHand).toBe(12);
    expect(movement).toMatchObject({ kind: 'counted', quantity: 12, balanceAfter: 12, countedQuantity: 12, reason: 'Opening balance' });
    expect(stockMovementSchema.safeParse(movement).success).toBe(true);
    expect(openingCountInput('item-1', 3, 'Imported count').reason).toBe('Imported count');
  });
});
