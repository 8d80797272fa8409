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
import { itemKey, planUniqueKeys, type ItemImportDraft } from '../../../shared/import';
import { normalizeForSearch } from '../../../shared/lib/text';
import { newId } from '../../../shared/lib/ids';
import { nowIso } from '../../../shared/lib/dates';
import { getDb, strictConnection, type BackdeskDb } from '../../db';
import { auditEntry, quote, writeTransaction } from '../../db/crud';
import { IMPORT_BATCH_TABLE, commitImportBatch, commitImportBatchInTx } from '../../db/importBatches';
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
  /** The import batch (issue 15.3): every row carries it; the last transaction commits it. */
  importBatchId?: string;
  /** For the audit lines. */
  fileName?: string;
}

export interface ImportItemsResult {
  created: number;
  updated: number;
  /** Rows not written: the item is already stored as the row says, or an earlier row had its key. */
  alreadyThere: number;
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

/**
 * The live stored items a file's rows may be (issue 15.3 natural keys): items whose SKU a row
 * has and, for rows without a SKU, items of the same name; keyed by every natural key they
 * answer to (the SKU's, and name + unit), so a row without a SKU finds an item by name + unit
 * even when the item has a SKU. Reads only index keys plus the items that match.
 */
async function storedItemsByKey(drafts: readonly ItemImportDraft[], db: BackdeskDb): Promise<Map<string, Item>> {
  const wantedSkus = new Set<string>();
  const wantedNames = new Set<string>();
  for (const d of drafts) {
    if (d.sku !== undefined && d.sku.trim() !== '') wantedSkus.add(normalizeForSearch(d.sku));
    else wantedNames.add(normalizeForSearch(d.name));
  }
  const ids = new Set<string>();
  await db.transaction('r', db.items, async () => {
    const scan = async (index: 'sku' | 'name', wanted: ReadonlySet<string>) => {
      if (wanted.size === 0) return;
      const coll = db.items.orderBy(index);
      const [keys, primary] = await Promise.all([coll.keys(), coll.primaryKeys()]);
      for (let i = 0; i < keys.length; i++) if (wanted.has(normalizeForSearch(String(keys[i])))) ids.add(primary[i]!);
    };
    await scan('sku', wantedSkus);
    await scan('name', wantedNames);
  });
  const out = new Map<string, Item>();
  if (ids.size === 0) return out;
  for (const item of await db.items.bulkGet([...ids])) {
    if (!item || item.deletedAt !== null) continue;
    const keys = [itemKey(item), itemKey({ name: item.name, unit: item.unit })];
    for (const k of keys) if (!out.has(k)) out.set(k, item);
  }
  return out;
}

async function vendorIdsFor(
  drafts: readonly ItemImportDraft[],
  db: BackdeskDb,
  importBatchId: string | undefined,
): Promise<Map<string, string>> {
  const names = new Set<string>();
  for (const d of drafts) if (d.vendorName) names.add(d.vendorName);
  return names.size ? resolveVendorIds([...names], db, importBatchId) : new Map();
}

/** A later row of the file with the same natural key laid over the earlier one (its blanks keep the earlier values). */
function foldRow(earlier: ItemImportDraft, later: ItemImportDraft): ItemImportDraft {
  const out: ItemImportDraft = { ...earlier };
  for (const [k, v] of Object.entries(later)) if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  return out;
}

const ITEM_FIELDS = ['name', 'sku', 'category', 'unit', 'location', 'minQuantity', 'targetQuantity', 'packSize', 'unitCostCents', 'notes', 'vendorId'] as const;

function sameItemFields(a: Item, b: Item): boolean {
  return ITEM_FIELDS.every((k) => a[k] === b[k]);
}

/**
 * Writes `drafts` as items, whole file or nothing (issue 15.3). Each row is matched by its
 * natural key (shared/import itemKey: the SKU, else name + unit) against the live items and
 * the rows above it: a row repeating an earlier one is folded into it, a row matching a stored
 * item updates it — or, when nothing would change, is counted as already there — and the rest
 * are new items. Vendors named in the file are matched (or created, stamped with the batch)
 * first. New items go in chunks, each its own strict-durability transaction stamped with the
 * import batch; the updates of items that existed before, and the batch's commit, go in the
 * transaction of the last chunk, so a rollback of an unfinished batch (which deletes the rows
 * carrying its id) leaves exactly the data from before.
 */
export async function importItems(
  drafts: readonly ItemImportDraft[],
  ctx: ImportItemsContext = {},
  db: BackdeskDb = getDb(),
): Promise<ImportItemsResult> {
  const result: ImportItemsResult = { created: 0, updated: 0, alreadyThere: 0, cancelled: false };
  if (ctx.signal?.aborted) return { ...result, cancelled: true };
  const batchId = ctx.importBatchId;
  const strict = strictConnection(db);
  const [vendorIds, stored] = await Promise.all([vendorIdsFor(drafts, db, batchId), storedItemsByKey(drafts, strict)]);
  const setsStock = !ctx.mappedFields || ctx.mappedFields.has('quantity');
  const chunkSize = Math.max(1, ctx.chunkSize ?? IMPORT_CHUNK_SIZE);
  const at = nowIso();
  const vendorOf = (d: ItemImportDraft) => (d.vendorName ? vendorIds.get(d.vendorName) : undefined);

  // Rows with the same key as an earlier row are that row: the later values win.
  const plan = planUniqueKeys(drafts, itemKey, stored);
  const rows = drafts.slice();
  for (const [i, first] of plan.repeats) rows[first] = foldRow(rows[first]!, drafts[i]!);
  result.alreadyThere += plan.repeats.size;

  // Stored items: changed ones are updated in the last transaction, unchanged ones left alone.
  const updates: { id: string; draft: ItemImportDraft }[] = [];
  for (const [i, item] of plan.stored) {
    const d = rows[i]!;
    const recount = setsStock && d.quantity !== item.quantityOnHand;
    if (!recount && sameItemFields(item, mergeImportedItem(item, d, vendorOf(d), at))) result.alreadyThere++;
    else updates.push({ id: item.id, draft: d });
  }
  const creates = plan.fresh.map((i) => rows[i]!);
  if (creates.length === 0 && updates.length === 0) {
    if (batchId) await commitImportBatch(strict, batchId, 0);
    ctx.onProgress?.(1);
    return result;
  }

  const steps = Math.max(1, Math.ceil(creates.length / chunkSize));
  const tables = batchId ? [...STOCK_TABLES, IMPORT_BATCH_TABLE] : STOCK_TABLES;
  const note = ctx.fileName ? ` from ${quote(ctx.fileName)}` : '';
  for (let step = 0; step < steps; step++) {
    if (ctx.signal?.aborted) return { ...result, cancelled: true };
    const last = step === steps - 1;
    const chunk = creates.slice(step * chunkSize, (step + 1) * chunkSize);
    const counts = await writeTransaction(strict, last ? tables : STOCK_TABLES, async () => {
      // Items, count movements and the dashboard's aggregates, written together below.
      const batch = new StockWriteBatch();
      batch.importBatchId = batchId;
      for (const d of chunk) {
        const item = buildImportedItem(d, vendorOf(d), at);
        if (batchId) item.importBatchId = batchId;
        batch.create(item, d.quantity, at, IMPORT_REASON);
      }
      let updated = 0;
      let created = chunk.length;
      if (last && updates.length) {
        // Read inside this transaction, so the count's variance is taken against what is on hand now.
        const current = await strict.items.bulkGet(updates.map((u) => u.id));
        updates.forEach(({ draft: d }, k) => {
          const existing = current[k];
          if (!existing || existing.deletedAt !== null) {
            // Deleted since the file was checked: the row makes a new item.
            const item = buildImportedItem(d, vendorOf(d), at);
            if (batchId) item.importBatchId = batchId;
            batch.create(item, d.quantity, at, IMPORT_REASON);
            created++;
            return;
          }
          const count =
            setsStock && d.quantity !== existing.quantityOnHand
              ? { kind: 'counted' as const, itemId: existing.id, countedQuantity: d.quantity, reason: IMPORT_REASON }
              : undefined;
          batch.change(existing, mergeImportedItem(existing, d, vendorOf(d), at), count, at);
          updated++;
        });
      }
      await batch.write(strict);
      const entry = auditEntry('items', '', 'import', `Imported ${created + updated} items (${created} new, ${updated} updated)${note}`, at);
      await strict.auditLog.add(batchId ? { ...entry, importBatchId: batchId } : entry);
      if (last && batchId) await commitImportBatchInTx(strict, batchId, result.created + result.updated + created + updated);
      return { created, updated };
    });
    result.created += counts.created;
    result.updated += counts.updated;
    ctx.onProgress?.(creates.length ? Math.min(1, (step * chunkSize + chunk.length) / creates.length) : 1);
  }
  return result;
}
