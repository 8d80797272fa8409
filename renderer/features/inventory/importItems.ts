/**
 * Saving the import wizard's item drafts (issue 3 item 10): re-import updates items by SKU
 * (ignoring case), every other row creates an item, and the file's quantity becomes a
 * 'counted' ledger row written in the SAME transaction as the item (DESIGN §2: the ledger is
 * the truth); the ledger writer (./stockLedger.ts StockWriteBatch) plans those rows and
 * sets quantity on hand, as for every other movement. Work goes in chunks of a few thousand rows, each its own strict-durability
 * transaction, so a crash or a Cancel keeps whole chunks or none.
 *
 * The drafts were already checked row by row by shared/import (lengths, whole numbers ≥ 0,
 * money in cents), so records are built here without a zod parse per row; buildImportedItem's
 * test runs the real schema over its output to keep the two in step.
 */
import { type Item } from '../../../shared/domain/inventory';
import type { ItemImportDraft } from '../../../shared/import';
import { newId } from '../../../shared/lib/ids';
import { nowIso } from '../../../shared/lib/dates';
import { getDb, strictConnection, type BackdeskDb } from '../../db';
import { auditEntry, writeTransaction } from '../../db/crud';
import { STOCK_TABLES, StockWriteBatch } from './stockLedger';
import { resolveVendorIds } from '../vendors';

/** Rows per transaction: large enough that commit overhead stays small, small enough to cancel promptly. */
export const IMPORT_CHUNK_SIZE = 5000;

export interface ImportItemsContext {
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
  /**
   * The draft fields the file actually had a column for. When given and 'quantity' is not
   * among them, re-imported items keep their stock (a missing column is not a count of 0).
   */
  mappedFields?: ReadonlySet<string>;
  chunkSize?: number;
}

export interface ImportItemsResult {
  created: number;
  updated: number;
  /** True when Cancel stopped the import between chunks; created/updated say what was kept. */
  cancelled: boolean;
}

const IMPORT_REASON = 'Imported count';

/**
 * A new item from a checked draft (defaults as in itemSchema). It starts with nothing on hand:
 * the draft's quantity arrives as an opening count through the ledger writer.
 */
export function buildImportedItem(
  draft: ItemImportDraft,
  vendorId: string | undefined,
  at: string,
): Item {
  const item: Item = {
    id: newId(),
    name: draft.name,
    category: draft.category ?? 'General',
    unit: draft.unit ?? 'each',
    quantityOnHand: 0,
    minQuantity: draft.minQuantity ?? 0,
    targetQuantity: draft.targetQuantity ?? 0,
    packSize: draft.packSize ?? 1,
    unitCostCents: draft.unitCostCents ?? 0,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
  if (draft.sku !== undefined) item.sku = draft.sku;
  if (draft.location !== undefined) item.location = draft.location;
  if (draft.notes !== undefined) item.notes = draft.notes;
  if (vendorId !== undefined) item.vendorId = vendorId;
  return item;
}

/** An existing item with the draft's values laid over it; fields the row left blank are kept. */
export function mergeImportedItem(
  existing: Item,
  draft: ItemImportDraft,
  vendorId: string | undefined,
  at: string,
): Item {
  const next: Item = { ...existing, name: draft.name, updatedAt: at };
  if (draft.sku !== undefined) next.sku = draft.sku;
  if (draft.category !== undefined) next.category = draft.category;
  if (draft.unit !== undefined) next.unit = draft.unit;
  if (draft.location !== undefined) next.location = draft.location;
  if (draft.minQuantity !== undefined) next.minQuantity = draft.minQuantity;
  if (draft.targetQuantity !== undefined) next.targetQuantity = draft.targetQuantity;
  if (draft.packSize !== undefined) next.packSize = draft.packSize;
  if (draft.unitCostCents !== undefined) next.unitCostCents = draft.unitCostCents;
  if (draft.notes !== undefined) next.notes = draft.notes;
  if (vendorId !== undefined) next.vendorId = vendorId;
  return next;
}

/** Lower-cased SKU → ids of items carrying it (live or not; liveness is checked in the write transaction). */
async function skuIndex(db: BackdeskDb): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  await db.transaction('r', db.items, async () => {
    const coll = db.items.orderBy('sku');
    const [keys, ids] = await Promise.all([coll.keys(), coll.primaryKeys()]);
    for (let i = 0; i < keys.length; i++) {
      const key = String(keys[i]).toLowerCase();
      const list = out.get(key);
      if (list) list.push(ids[i]!);
      else out.set(key, [ids[i]!]);
    }
  });
  return out;
}

async function vendorIdsFor(
  drafts: readonly ItemImportDraft[],
  db: BackdeskDb,
): Promise<Map<string, string>> {
  const names = new Set<string>();
  for (const d of drafts) if (d.vendorName) names.add(d.vendorName);
  return names.size ? resolveVendorIds([...names], db) : new Map();
}

/**
 * Writes `drafts` as items. Vendors named in the file are matched (or created) first; then
 * each chunk reads the current state of the items it updates inside its own transaction, so
 * the count movement's variance is taken against the quantity actually on hand.
 */
export async function importItems(
  drafts: readonly ItemImportDraft[],
  ctx: ImportItemsContext = {},
  db: BackdeskDb = getDb(),
): Promise<ImportItemsResult> {
  const result: ImportItemsResult = { created: 0, updated: 0, cancelled: false };
  if (ctx.signal?.aborted) return { ...result, cancelled: true };
  const strict = strictConnection(db);
  const [vendorIds, skus] = await Promise.all([vendorIdsFor(drafts, db), skuIndex(strict)]);
  const setsStock = !ctx.mappedFields || ctx.mappedFields.has('quantity');
  const chunkSize = Math.max(1, ctx.chunkSize ?? IMPORT_CHUNK_SIZE);

  for (let start = 0; start < drafts.length; start += chunkSize) {
    if (ctx.signal?.aborted) return { ...result, cancelled: true };
    const chunk = drafts.slice(start, start + chunkSize);
    const at = nowIso();
    const counts = await writeTransaction(strict, STOCK_TABLES, async () => {
      const candidateIds: string[] = [];
      for (const d of chunk)
        if (d.sku !== undefined) candidateIds.push(...(skus.get(d.sku.toLowerCase()) ?? []));
      const current = new Map<string, Item>();
      if (candidateIds.length) {
        for (const item of await strict.items.bulkGet(candidateIds))
          if (item && item.deletedAt === null) current.set(item.id, item);
      }
      // Items, count movements and the dashboard's aggregates, written together below.
      const batch = new StockWriteBatch();
      let created = 0;
      let updated = 0;
      for (const d of chunk) {
        const vendorId = d.vendorName ? vendorIds.get(d.vendorName) : undefined;
        const existingId =
          d.sku === undefined
            ? undefined
            : skus.get(d.sku.toLowerCase())?.find((id) => current.has(id));
        if (existingId !== undefined) {
          const existing = current.get(existingId)!;
          const count =
            setsStock && d.quantity !== existing.quantityOnHand
              ? { kind: 'counted' as const, itemId: existingId, countedQuantity: d.quantity, reason: IMPORT_REASON }
              : undefined;
          const { item } = batch.change(existing, mergeImportedItem(existing, d, vendorId, at), count, at);
          current.set(existingId, item);
          updated++;
        } else {
          const { item } = batch.create(buildImportedItem(d, vendorId, at), d.quantity, at, IMPORT_REASON);
          if (d.sku !== undefined) {
            // A later chunk (or a repeated SKU) must update this item, not create another.
            const key = d.sku.toLowerCase();
            skus.set(key, [item.id, ...(skus.get(key) ?? [])]);
            current.set(item.id, item);
          }
          created++;
        }
      }
      await batch.write(strict);
      await strict.auditLog.add(
        auditEntry(
          'items',
          '',
          'import',
          `Imported ${chunk.length} items (${created} new, ${updated} updated)`,
          at,
        ),
      );
      return { created, updated };
    });
    result.created += counts.created;
    result.updated += counts.updated;
    ctx.onProgress?.(Math.min(1, (start + chunk.length) / drafts.length));
  }
  if (drafts.length === 0) ctx.onProgress?.(1);
  return result;
}
