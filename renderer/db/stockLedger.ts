/**
 * The stock ledger core, shared by the inventory and purchasing repositories. Every function
 * here expects to run INSIDE a read-write transaction over items, stockMovements and auditLog
 * (the caller owns the transaction), so the movement row, the item's cached quantity on hand
 * and the audit entry commit together or not at all (DESIGN §2: the ledger is the truth).
 */
import { newId } from '../../shared/lib/ids';
import {
  planMovement,
  stockMovementInputSchema,
  stockMovementSchema,
  type Item,
  type StockMovement,
  type StockMovementInput,
} from '../../shared/domain/inventory';
import type { BackdeskDb, TableName } from './database';
import { RecordNotFoundError } from './errors';
import { auditEntry, parseOrThrow, quote } from './crud';
import { updateInventoryTotalsForMovement } from './inventoryTotals';

// The inventory aggregates change with every movement, so they are part of every stock write.
export const STOCK_TABLES: readonly TableName[] = ['items', 'stockMovements', 'auditLog', 'inventoryTotals', 'itemUsage'];

const VERB: Record<StockMovement['kind'], string> = {
  received: 'Received',
  issued: 'Issued',
  adjusted: 'Adjusted',
  counted: 'Counted',
};

/**
 * Records one movement against the item's current quantity. Throws InsufficientStockError
 * (nothing written) when it would take stock below zero.
 */
export async function applyStockMovement(
  db: BackdeskDb,
  input: StockMovementInput,
  at: string,
): Promise<{ movement: StockMovement; item: Item }> {
  const parsed = parseOrThrow('stockMovements', stockMovementInputSchema, input);
  const item = await db.items.get(parsed.itemId);
  if (!item || item.deletedAt !== null) throw new RecordNotFoundError('items', parsed.itemId);
  const plan = planMovement(item, parsed);
  const movement = parseOrThrow('stockMovements', stockMovementSchema, {
    id: newId(),
    itemId: item.id,
    kind: parsed.kind,
    quantity: plan.quantity,
    balanceAfter: plan.balanceAfter,
    ...(plan.countedQuantity !== undefined ? { countedQuantity: plan.countedQuantity } : {}),
    ...(parsed.reason ? { reason: parsed.reason } : {}),
    ...(parsed.date ? { date: parsed.date } : {}),
    ...(parsed.kind === 'issued' && parsed.issuedTo ? { issuedTo: parsed.issuedTo } : {}),
    ...(parsed.kind === 'issued' && parsed.issuedToEmployeeId ? { issuedToEmployeeId: parsed.issuedToEmployeeId } : {}),
    ...(parsed.kind === 'received' && parsed.purchaseOrderId ? { purchaseOrderId: parsed.purchaseOrderId } : {}),
    ...(parsed.kind === 'received' && parsed.unitCostCents !== undefined ? { unitCostCents: parsed.unitCostCents } : {}),
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  });
  const nextItem: Item = { ...item, quantityOnHand: plan.balanceAfter, updatedAt: at };
  await db.items.put(nextItem);
  await db.stockMovements.add(movement);
  await updateInventoryTotalsForMovement(db, item, nextItem, movement);
  const change = parsed.kind === 'counted' ? `${plan.balanceAfter} (variance ${signed(plan.quantity)})` : signed(plan.quantity);
  await db.auditLog.add(
    auditEntry('items', item.id, 'stock', `${VERB[parsed.kind]} ${quote(item.name)}: ${change} ${item.unit}, now ${plan.balanceAfter}`, at),
  );
  return { movement, item: nextItem };
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** An opening-balance movement for a new item (no audit entry: the item's creation has one). */
export function openingMovement(itemId: string, quantity: number, at: string, reason = 'Opening balance'): StockMovement {
  return {
    id: newId(),
    itemId,
    kind: 'counted',
    quantity,
    balanceAfter: quantity,
    countedQuantity: quantity,
    reason,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
}
