/**
 * The stock ledger writer, shared by the inventory and purchasing repositories and the item
 * import. It is the ONE place that writes ledger rows and items' quantity on hand (DESIGN §2):
 * rows and quantities come from the pure planner planLedgerStep in shared/domain/inventory,
 * and StockWriteBatch writes them with the items and the maintained aggregates. Everything
 * here expects to run INSIDE a read-write transaction over STOCK_TABLES (the caller owns the
 * transaction), so movements, quantities, aggregates and audit commit together or not at all.
 */
import { newId } from '../../../shared/lib/ids';
import {
  openingCountInput,
  planLedgerStep,
  stockMovementInputSchema,
  stockMovementSchema,
  type Item,
  type ParsedStockMovementInput,
  type StockMovement,
  type StockMovementInput,
} from '../../../shared/domain/inventory';
import type { AuditLogEntry } from '../../../shared/domain/audit';
import type { BackdeskDb, TableName } from '../../db/database';
import { RecordNotFoundError } from '../../db/errors';
import { auditEntry, parseOrThrow, quote } from '../../db/crud';
import { InventoryDeltas } from './inventoryTotals';

// The inventory aggregates change with every movement, so they are part of every stock write.
export const STOCK_TABLES: readonly TableName[] = ['items', 'stockMovements', 'auditLog', 'inventoryTotals', 'itemUsage', 'lowStock'];

const VERB: Record<StockMovement['kind'], string> = {
  received: 'Received',
  issued: 'Issued',
  adjusted: 'Adjusted',
  counted: 'Counted',
};

/** What one step of a batch did: the item as it will be stored, and its ledger row if any. */
export interface StockChange {
  item: Item;
  movement?: StockMovement;
}

/**
 * Collects item writes and their movements in memory, then writes them in a few bulk calls:
 * items (bulkPut), movements (bulkAdd) and the aggregates (one InventoryDeltas). Quantity on
 * hand is set only here, from planLedgerStep; the quantity on the item objects callers pass
 * in is ignored. Steps may follow each other on the same item (pass the item a previous step
 * returned as `before`). No zod parse per row: inputs are parsed at the caller's boundary.
 */
export class StockWriteBatch {
  private readonly items: Item[] = [];
  private readonly movements: StockMovement[] = [];

  constructor(readonly deltas: InventoryDeltas = new InventoryDeltas()) {}

  /** An import's batch id (issue 15.3): stamped on every movement written, so a rollback finds them. */
  importBatchId: string | undefined;

  /**
   * A new item. It starts at 0 on hand; an `opening` quantity above 0 becomes a 'counted'
   * movement (an opening balance), so the ledger still sums to the quantity on hand.
   */
  create(fields: Item, opening: number, at: string, reason?: string): StockChange {
    const item = fields.quantityOnHand === 0 ? fields : { ...fields, quantityOnHand: 0 };
    if (opening === 0) return this.push(undefined, item, undefined);
    return this.step(undefined, item, openingCountInput(item.id, opening, reason), at);
  }

  /**
   * An existing item (`before`, as currently stored) takes the fields of `fields` and, when
   * `movement` is given, that movement. Throws InsufficientStockError, or RecordNotFoundError
   * for a movement on a deleted item.
   */
  change(before: Item, fields: Item, movement: ParsedStockMovementInput | undefined, at: string): StockChange {
    if (!movement) {
      const item = fields.quantityOnHand === before.quantityOnHand ? fields : { ...fields, quantityOnHand: before.quantityOnHand };
      return this.push(before, item, undefined);
    }
    if (before.deletedAt !== null) throw new RecordNotFoundError('items', before.id);
    return this.step(before, fields, movement, at);
  }

  /** A movement already worked out by planStockMovement (from planLedgerStep). */
  planned(p: Pick<PlannedMovement, 'before' | 'item' | 'movement'>): StockChange {
    const { before, item, movement } = p;
    // Cheap guard that the plan was made against this item as it stands, not edited since.
    if (
      movement.itemId !== before.id ||
      item.id !== before.id ||
      before.quantityOnHand + movement.quantity !== movement.balanceAfter ||
      item.quantityOnHand !== movement.balanceAfter
    )
      throw new Error(`The stock movement for ${before.name} no longer matches its quantity on hand; plan it again.`);
    return this.push(before, item, movement);
  }

  private step(before: Item | undefined, fields: Item, input: ParsedStockMovementInput, at: string): StockChange {
    // Planned against the quantity actually on hand (before), whatever `fields` carries.
    const onHand = before ? before.quantityOnHand : 0;
    const { movement, quantityOnHand } = planLedgerStep(
      { id: fields.id, name: fields.name, unit: fields.unit, quantityOnHand: onHand },
      input,
      newId(),
      at,
    );
    return this.push(before, { ...fields, quantityOnHand }, movement);
  }

  private push(before: Item | undefined, item: Item, movement: StockMovement | undefined): StockChange {
    this.items.push(item);
    this.deltas.item(before, item);
    if (movement) {
      if (this.importBatchId) movement = { ...movement, importBatchId: this.importBatchId };
      this.movements.push(movement);
      this.deltas.movement(movement);
      return { item, movement };
    }
    return { item };
  }

  get movementCount(): number {
    return this.movements.length;
  }

  /** Writes everything collected; call once, inside the caller's transaction over STOCK_TABLES. */
  write(db: BackdeskDb): Promise<void> {
    // A chain of Dexie promises rather than an async method: one more level of native awaits
    // and Dexie loses the caller's transaction zone (PrematureCommitError in the tests).
    const { items, movements } = this;
    return db.items
      .bulkPut(items)
      .then(() => (movements.length ? db.stockMovements.bulkAdd(movements) : undefined))
      .then(() => this.deltas.write(db));
  }
}

/** A movement worked out against an item, not yet written. */
export interface PlannedMovement {
  movement: StockMovement;
  /** The item before and after the movement. */
  before: Item;
  item: Item;
  audit: AuditLogEntry;
}

/**
 * Works out one movement against `item` (the current row for input.itemId, or undefined when
 * there is none) without writing, so callers can batch reads and writes of many movements
 * (write the results with writePlannedMovements). Throws like applyStockMovement: invalid
 * input, missing item, InsufficientStockError.
 */
export function planStockMovement(item: Item | undefined, input: StockMovementInput, at: string): PlannedMovement {
  return planParsed(item, parseOrThrow('stockMovements', stockMovementInputSchema, input), at);
}

function planParsed(item: Item | undefined, parsed: ParsedStockMovementInput, at: string): PlannedMovement {
  if (!item || item.deletedAt !== null || item.id !== parsed.itemId) throw new RecordNotFoundError('items', parsed.itemId);
  const { movement, quantityOnHand } = planLedgerStep(item, parsed, newId(), at);
  const nextItem: Item = { ...item, quantityOnHand, updatedAt: at };
  const change = parsed.kind === 'counted' ? `${quantityOnHand} (variance ${signed(movement.quantity)})` : signed(movement.quantity);
  const audit = auditEntry('items', item.id, 'stock', `${VERB[parsed.kind]} ${quote(item.name)}: ${change} ${item.unit}, now ${quantityOnHand}`, at);
  return { movement, before: item, item: nextItem, audit };
}

/**
 * Writes movements planned with planStockMovement (each planned against the item as the
 * previous plan left it), with their audit entries, in a few bulk calls.
 */
export async function writePlannedMovements(db: BackdeskDb, planned: readonly PlannedMovement[]): Promise<void> {
  const batch = new StockWriteBatch();
  for (const p of planned) batch.planned(p);
  await batch.write(db);
  if (planned.length) await db.auditLog.bulkAdd(planned.map((p) => p.audit));
}

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
  const planned = planParsed(await db.items.get(parsed.itemId), parsed, at);
  // One row: cheap enough to check against the stored schema as well.
  parseOrThrow('stockMovements', stockMovementSchema, planned.movement);
  const batch = new StockWriteBatch();
  batch.planned(planned);
  await batch.write(db);
  await db.auditLog.add(planned.audit);
  return { movement: planned.movement, item: planned.item };
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
