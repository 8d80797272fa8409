/**
 * Inventory: supplies (items) and their stock ledger. Quantity on hand changes only through
 * movements written by ./stockLedger.ts in the same transaction as the item
 * (DESIGN §2); item updates cannot touch it.
 */
import Dexie from 'dexie';
import { z } from 'zod';
import {
  itemDraftSchema,
  itemSchema,
  isAtOrBelowMinimum,
  ledgerBalance,
  type Item,
  type StockMovement,
  type StockMovementInput,
} from '../../../shared/domain/inventory';
import { dropBlankStrings } from '../../../shared/domain/common';
import { nowIso } from '../../../shared/lib/dates';
import { getDb, strictConnection, type BackdeskDb } from '../../db';
import {
  BULK_CHUNK_SIZE,
  BulkValidationError,
  auditEntry,
  createCrudRepository,
  quote,
  writeTransaction,
  type BulkCreateOptions,
} from '../../db/crud';
import { RecordValidationError } from '../../db/errors';
import { newId } from '../../../shared/lib/ids';
import { compareText } from '../../../shared/lib/text';
import { STOCK_TABLES, StockWriteBatch, applyStockMovement, planStockMovement, writePlannedMovements } from './stockLedger';
import { INVENTORY_AGGREGATE_TABLES, InventoryDeltas, updateInventoryTotalsForItem } from './inventoryTotals';

export const itemRepository = createCrudRepository({
  table: 'items',
  schema: itemSchema,
  draftSchema: itemDraftSchema,
  noun: 'item',
  label: (i) => i.name,
  compare: (a, b) => compareText(a.name, b.name),
  initial: () => ({ quantityOnHand: 0 }),
  extraTables: INVENTORY_AGGREGATE_TABLES,
  onWrite: updateInventoryTotalsForItem,
  onBulkWrite: (db, created) => {
    const deltas = new InventoryDeltas();
    for (const item of created) deltas.item(undefined, item);
    return deltas.write(db);
  },
});

/** The live items among `ids` (missing and deleted ones left out), read by key — not a scan. */
export async function getItems(ids: readonly string[], db: BackdeskDb = getDb()): Promise<Item[]> {
  const rows = await db.items.bulkGet([...new Set(ids)]);
  return rows.filter((i): i is Item => !!i && i.deletedAt === null);
}

/** An item draft plus the quantity already on the shelf. */
export const newItemSchema = itemDraftSchema.extend({
  openingQuantity: z.number().int('Quantities are whole numbers').min(0, 'The quantity cannot be negative').optional(),
});
export type NewItem = z.input<typeof newItemSchema>;

/** Creates an item; an opening quantity becomes a 'counted' ledger row in the same transaction. */
export async function createItem(input: NewItem, db: BackdeskDb = getDb()): Promise<Item> {
  const r = newItemSchema.safeParse(dropBlankStrings(input));
  if (!r.success) throw new RecordValidationError('items', r.error);
  const openingQuantity = r.data.openingQuantity ?? 0;
  const { openingQuantity: _opening, ...draft } = input;
  const built = itemRepository.build(draft);
  return writeTransaction(db, STOCK_TABLES, async () => {
    // The ledger writer sets quantity on hand from the opening count it records.
    const batch = new StockWriteBatch();
    const created = batch.create(built, openingQuantity, built.createdAt).item;
    await batch.write(db);
    await db.auditLog.add(auditEntry('items', created.id, 'create', `Created item ${quote(created.name)}`, created.createdAt));
    return created;
  });
}

/**
 * Imports items in chunks (strict durability, one transaction and one audit entry per chunk);
 * each item's opening quantity is written as a ledger row in the same chunk.
 */
export async function bulkCreateItems(
  inputs: readonly NewItem[],
  options: BulkCreateOptions = {},
  db: BackdeskDb = getDb(),
): Promise<Item[]> {
  const at = nowIso();
  const rows = inputs.map((input, i) => {
    // One validation per row at the boundary: the parsed draft (defaults applied) plus the
    // base fields this code sets is a whole item, so it is not parsed a second time.
    const r = newItemSchema.safeParse(dropBlankStrings(input));
    if (!r.success) throw new BulkValidationError('items', i, r.error);
    const { openingQuantity = 0, ...draft } = r.data;
    const item: Item = { ...draft, id: newId(), createdAt: at, updatedAt: at, deletedAt: null, quantityOnHand: 0 };
    return { item, openingQuantity };
  });
  const strict = strictConnection(db);
  const chunkSize = Math.max(1, options.chunkSize ?? BULK_CHUNK_SIZE);
  const out: Item[] = [];
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const written = await writeTransaction(strict, STOCK_TABLES, async () => {
      // Items, opening counts (quantity on hand comes from these) and aggregates together.
      const batch = new StockWriteBatch();
      const items = chunk.map((r) => batch.create(r.item, r.openingQuantity, at).item);
      await batch.write(strict);
      const note = options.auditNote ? ` (${options.auditNote})` : '';
      await strict.auditLog.add(auditEntry('items', '', 'import', `Imported ${chunk.length} items${note}`, at));
      return items;
    });
    for (const item of written) out.push(item);
    options.onProgress?.(Math.min(1, (start + chunk.length) / rows.length));
  }
  if (rows.length === 0) options.onProgress?.(1);
  return out;
}

/** Records any movement; returns the ledger row and the updated item. */
export async function recordStockMovement(
  input: StockMovementInput,
  db: BackdeskDb = getDb(),
): Promise<{ movement: StockMovement; item: Item }> {
  return writeTransaction(db, STOCK_TABLES, () => applyStockMovement(db, input, nowIso()));
}

export interface MovementOptions {
  reason?: string;
  date?: string;
}

export function receiveStock(
  itemId: string,
  quantity: number,
  options: MovementOptions & { unitCostCents?: number; purchaseOrderId?: string } = {},
  db?: BackdeskDb,
) {
  return recordStockMovement({ kind: 'received', itemId, quantity, ...options }, db);
}

/** Takes stock out; rejects with InsufficientStockError rather than going below zero. */
export function issueStock(
  itemId: string,
  quantity: number,
  options: MovementOptions & { issuedTo?: string; issuedToEmployeeId?: string } = {},
  db?: BackdeskDb,
) {
  return recordStockMovement({ kind: 'issued', itemId, quantity, ...options }, db);
}

export function adjustStock(itemId: string, delta: number, reason: string, options: { date?: string } = {}, db?: BackdeskDb) {
  return recordStockMovement({ kind: 'adjusted', itemId, delta, reason, ...options }, db);
}

/** A shelf count: sets quantity on hand and records the variance as the movement quantity. */
export function countStock(itemId: string, countedQuantity: number, options: MovementOptions = {}, db?: BackdeskDb) {
  return recordStockMovement({ kind: 'counted', itemId, countedQuantity, ...options }, db);
}

/** One item's ledger, oldest first. */
export async function listMovements(itemId: string, db: BackdeskDb = getDb()): Promise<StockMovement[]> {
  const rows = await db.stockMovements
    .where('[itemId+createdAt]')
    .between([itemId, Dexie.minKey], [itemId, Dexie.maxKey])
    .toArray();
  return rows.filter((m) => m.deletedAt === null);
}

/** The latest movements across all items, newest first. */
export async function listRecentMovements(limit = 50, db: BackdeskDb = getDb()): Promise<StockMovement[]> {
  const rows = await db.stockMovements.orderBy('createdAt').reverse().limit(limit * 2).toArray();
  return rows.filter((m) => m.deletedAt === null).slice(0, limit);
}

export async function listLowStockItems(db: BackdeskDb = getDb()): Promise<Item[]> {
  const items = await itemRepository.list(db);
  return items.filter(isAtOrBelowMinimum);
}

export async function findItemBySku(sku: string, db: BackdeskDb = getDb()): Promise<Item | undefined> {
  const rows = await db.items.where('sku').equals(sku).toArray();
  return rows.find((i) => i.deletedAt === null);
}

export async function listItemsByVendor(vendorId: string, db: BackdeskDb = getDb()): Promise<Item[]> {
  const rows = await db.items.where('vendorId').equals(vendorId).toArray();
  return rows.filter((i) => i.deletedAt === null).sort((a, b) => compareText(a.name, b.name));
}

/** Distinct categories of live items, sorted. */
export async function listItemCategories(db: BackdeskDb = getDb()): Promise<string[]> {
  const keys = await db.items.orderBy('category').uniqueKeys();
  return keys.map(String);
}

/**
 * Items whose cached quantity on hand differs from their ledger sum (should always be empty;
 * a check for tests and a "verify data" command).
 */
export async function verifyStockLedger(
  db: BackdeskDb = getDb(),
): Promise<{ itemId: string; name: string; onHand: number; ledger: number }[]> {
  const [items, movements] = await Promise.all([db.items.toArray(), db.stockMovements.toArray()]);
  const byItem = new Map<string, StockMovement[]>();
  for (const m of movements) {
    const list = byItem.get(m.itemId) ?? [];
    list.push(m);
    byItem.set(m.itemId, list);
  }
  return items
    .map((i) => ({ itemId: i.id, name: i.name, onHand: i.quantityOnHand, ledger: ledgerBalance(byItem.get(i.id) ?? []) }))
    .filter((r) => r.onHand !== r.ledger);
}

export interface CountEntry {
  itemId: string;
  countedQuantity: number;
}

/**
 * Applies a stock count: one 'counted' movement per entry, each recording its variance
 * (movement quantity = counted − on hand), all in ONE transaction — any invalid entry or
 * failure leaves every item as it was.
 */
export async function applyCount(
  entries: readonly CountEntry[],
  options: MovementOptions = {},
  db: BackdeskDb = getDb(),
): Promise<StockMovement[]> {
  const at = nowIso();
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.itemId)) throw new Error('An item appears twice in the count; count each item once.');
    seen.add(e.itemId);
  }
  return writeTransaction(db, STOCK_TABLES, async () => {
    // One read for all the items and one write per table, instead of a round of each per entry.
    const items = await db.items.bulkGet(entries.map((e) => e.itemId));
    const reason = options.reason ?? 'Stock count';
    const planned = entries.map((e, i) =>
      planStockMovement(
        items[i],
        { kind: 'counted', itemId: e.itemId, countedQuantity: e.countedQuantity, reason, ...(options.date ? { date: options.date } : {}) },
        at,
      ),
    );
    await writePlannedMovements(db, planned);
    return planned.map((p) => p.movement);
  });
}

/** An item's ledger newest first (running balance in `balanceAfter`). */
export async function listMovementsNewestFirst(itemId: string, db: BackdeskDb = getDb()): Promise<StockMovement[]> {
  return (await listMovements(itemId, db)).reverse();
}
