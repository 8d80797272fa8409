/**
 * Saving the import wizard's equipment drafts (issue 12.9; shared/import kind 'equipment' has
 * already checked every row, refused impossible dates and tags repeated inside the file).
 *
 * Whole file or nothing: every item, every vendor the file names that is not on record yet and
 * the audit line go in ONE strict-durability transaction, written in chunks inside it so the
 * progress bar moves; a crash, a refused row or Cancel leaves nothing behind (Cancel reports
 * 0 imported). An office's register is thousands of rows at most, well within one transaction.
 *
 * An asset tag already carried by an item in the database is refused: the wizard shows it on
 * the row's line before anything is written (findEquipmentTagClashes, naming the item), and
 * the save checks again inside its transaction, refusing the whole file if the user did not
 * skip those rows. Categories resolve to the register settings' list by name or key
 * (findEquipmentCategory); a category not in the list is kept as written. Tags are stored in
 * their lookup form, as the register stores them.
 */
import {
  DEFAULT_EQUIPMENT_CATEGORIES,
  findEquipmentCategory,
  normalizeAssetTag,
  type Equipment,
  type EquipmentCategory,
  type EquipmentDraft,
} from '../../../shared/domain/equipment';
import type { EquipmentImportDraft } from '../../../shared/import';
import { nowIso } from '../../../shared/lib/dates';
import { getDb, strictConnection, type BackdeskDb } from '../../db';
import { auditEntry, quote, writeTransaction } from '../../db/crud';
import { IMPORT_BATCH_TABLE, commitImportBatchInTx, stampBatch } from '../../db/importBatches';
import { countKeys, equipmentKey, planCountedKeys } from '../../../shared/import';
import { normalizeForSearch } from '../../../shared/lib/text';
import { RecordValidationError } from '../../db/errors';
import { resolveVendorIds } from '../vendors';
import { equipmentRepository, getEquipmentSettings } from './repository';

/** Items added per step inside the one transaction (progress moves between steps). */
export const EQUIPMENT_IMPORT_CHUNK_SIZE = 500;

export interface ImportEquipmentContext {
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
  chunkSize?: number;
  /** The category list; the register settings' list when absent. */
  categories?: readonly EquipmentCategory[];
  /** The import batch (issue 15.3): items, vendors and the audit line carry it; this one transaction commits it. */
  importBatchId?: string;
}

export interface ImportEquipmentResult {
  created: number;
  updated: number;
  /** Rows already in the register (issue 15.3 natural key: asset tag, else serial, else name/make/model/location counted). */
  alreadyThere: number;
  /** True when Cancel stopped the import; nothing was kept. */
  cancelled: boolean;
}

/** Thrown when a row's asset tag is already an item's: the whole import is refused. */
export class EquipmentTagInUseError extends Error {
  override readonly name = 'EquipmentTagInUseError';
}

class ImportCancelled extends Error {}

/** Normalized tag → the live item carrying it. */
async function liveTags(db: BackdeskDb, wanted: ReadonlySet<string>): Promise<Map<string, Equipment>> {
  const out = new Map<string, Equipment>();
  if (wanted.size === 0) return out;
  const coll = db.equipment.orderBy('assetTag');
  const [keys, ids] = await Promise.all([coll.keys(), coll.primaryKeys()]);
  const hits: string[] = [];
  keys.forEach((k, i) => {
    if (wanted.has(normalizeAssetTag(String(k)))) hits.push(ids[i] as string);
  });
  for (const e of await db.equipment.bulkGet(hits))
    if (e && e.deletedAt === null && e.assetTag) out.set(normalizeAssetTag(e.assetTag), e);
  return out;
}

function clashMessage(tag: string, item: Equipment): string {
  return `The asset tag ${quote(tag)} is already used by ${quote(item.name)}; this row cannot be imported with it (give it another tag in the file, or skip it).`;
}

/** Record index → why its asset tag cannot be imported (it is already an item's), for the wizard's preview. */
export async function findEquipmentTagClashes(
  records: readonly Pick<EquipmentImportDraft, 'assetTag'>[],
  db: BackdeskDb = getDb(),
): Promise<Map<number, string>> {
  const wanted = new Set(records.flatMap((r) => (r.assetTag ? [normalizeAssetTag(r.assetTag)] : [])));
  const used = await liveTags(db, wanted);
  const out = new Map<number, string>();
  records.forEach((r, i) => {
    const item = r.assetTag ? used.get(normalizeAssetTag(r.assetTag)) : undefined;
    if (item) out.set(i, clashMessage(r.assetTag!, item));
  });
  return out;
}

/**
 * The rows not in the register yet (issue 15.3): a row whose asset tag is on record (under the
 * same name; another name was refused above) is already there; without a tag, a serial number
 * on record; without either, the n-th row with the same name, make, model and location is there
 * when n items like it are (five untagged chairs stay five).
 */
async function rowsNotYetThere(
  db: BackdeskDb,
  rows: readonly EquipmentImportDraft[],
  tagsInUse: ReadonlyMap<string, Equipment>,
): Promise<EquipmentImportDraft[]> {
  const untagged = rows.filter((r) => !r.assetTag?.trim());
  let stored: Equipment[] = [];
  if (untagged.length) stored = (await db.equipment.toArray()).filter((e) => e.deletedAt === null);
  const storedKey = (e: Equipment) =>
    equipmentKey({ name: e.name, assetTag: e.assetTag, serial: e.serialNumber, manufacturer: e.make, model: e.model, location: e.location });
  const serials = new Set(stored.filter((e) => e.serialNumber?.trim()).map((e) => equipmentKey({ name: e.name, serial: e.serialNumber }).key));
  const counted = countKeys(stored.map(storedKey).filter((k) => k.counted), (k) => k.key);
  const countedRows = untagged.filter((r) => equipmentKey(r).counted);
  const countedFresh = new Set(planCountedKeys(countedRows, (r) => equipmentKey(r).key, counted).fresh.map((i) => countedRows[i]!));
  return rows.filter((r) => {
    if (r.assetTag?.trim()) return !tagsInUse.has(normalizeAssetTag(r.assetTag));
    const k = equipmentKey(r);
    return k.counted ? countedFresh.has(r) : !serials.has(k.key);
  });
}

/** The register draft for an import row: field names of the register, category resolved. */
export function equipmentDraftFromImport(
  row: EquipmentImportDraft,
  vendorId: string | undefined,
  categories: readonly EquipmentCategory[] = DEFAULT_EQUIPMENT_CATEGORIES,
): EquipmentDraft {
  const draft: EquipmentDraft = { name: row.name, status: 'in-use' };
  // Stored in lookup form, as the register keeps tags ('bd- 0042' → 'BD-0042').
  if (row.assetTag !== undefined) draft.assetTag = normalizeAssetTag(row.assetTag);
  if (row.category !== undefined) draft.category = findEquipmentCategory(row.category, categories)?.name ?? row.category;
  if (row.manufacturer !== undefined) draft.make = row.manufacturer;
  if (row.model !== undefined) draft.model = row.model;
  if (row.serial !== undefined) draft.serialNumber = row.serial;
  if (row.location !== undefined) draft.location = row.location;
  if (row.purchaseDate !== undefined) draft.purchaseDate = row.purchaseDate;
  if (row.purchaseCostCents !== undefined) draft.purchaseCostCents = row.purchaseCostCents;
  if (row.warrantyEnd !== undefined) draft.warrantyEnds = row.warrantyEnd;
  if (vendorId !== undefined) draft.vendorId = vendorId;
  if (row.notes !== undefined) draft.notes = row.notes;
  return draft;
}

/** Writes the drafts as new register items: the whole file in one strict transaction, or nothing. */
export async function importEquipment(
  fileRows: readonly EquipmentImportDraft[],
  ctx: ImportEquipmentContext = {},
  db: BackdeskDb = getDb(),
): Promise<ImportEquipmentResult> {
  if (ctx.signal?.aborted) return { created: 0, updated: 0, alreadyThere: 0, cancelled: true };
  let rows = fileRows;
  const strict = strictConnection(db);
  const chunkSize = Math.max(1, ctx.chunkSize ?? EQUIPMENT_IMPORT_CHUNK_SIZE);
  const categories = ctx.categories ?? (await getEquipmentSettings(db)).categories;
  const at = nowIso();
  try {
    const batchId = ctx.importBatchId;
    const tables = batchId ? (['equipment', 'vendors', 'auditLog', IMPORT_BATCH_TABLE] as const) : (['equipment', 'vendors', 'auditLog'] as const);
    const counts = await writeTransaction(strict, tables, async () => {
      const wanted = new Set(rows.flatMap((r) => (r.assetTag ? [normalizeAssetTag(r.assetTag)] : [])));
      const used = await liveTags(strict, wanted);
      // A tag on record under the same name is the row already there (a re-run of the file); under another name it is a clash.
      const sameItem = (r: EquipmentImportDraft) => normalizeForSearch(used.get(normalizeAssetTag(r.assetTag!))!.name) === normalizeForSearch(r.name);
      const clash = rows.find((r) => r.assetTag && used.has(normalizeAssetTag(r.assetTag)) && !sameItem(r));
      if (clash) throw new EquipmentTagInUseError(clashMessage(clash.assetTag!, used.get(normalizeAssetTag(clash.assetTag!))!));
      const fresh = await rowsNotYetThere(strict, rows, used);
      const alreadyThere = rows.length - fresh.length;
      rows = fresh;

      // Vendors the file names: matched, or created in this same transaction.
      const vendorNames = [...new Set(rows.flatMap((r) => (r.vendorName ? [r.vendorName] : [])))];
      const vendorIds = vendorNames.length ? await resolveVendorIds(vendorNames, strict, batchId) : new Map<string, string>();

      const records = rows.map((row) => {
        try {
          return stampBatch(
            equipmentRepository.build(
              equipmentDraftFromImport(row, row.vendorName ? vendorIds.get(row.vendorName) : undefined, categories),
              at,
            ),
            batchId,
          );
        } catch (e) {
          if (e instanceof RecordValidationError) throw new Error(`The row for ${quote(row.name)} cannot be saved: ${e.message}`);
          throw e;
        }
      });
      for (let start = 0; start < records.length; start += chunkSize) {
        if (ctx.signal?.aborted) throw new ImportCancelled();
        await strict.equipment.bulkAdd(records.slice(start, start + chunkSize));
        ctx.onProgress?.(Math.min(1, (start + chunkSize) / records.length) * 0.99);
      }
      if (ctx.signal?.aborted) throw new ImportCancelled();
      const entry = auditEntry('equipment', '', 'import', `Imported ${records.length} equipment item${records.length === 1 ? '' : 's'} from a file`, at);
      await strict.auditLog.add(stampBatch(entry, batchId));
      if (batchId) await commitImportBatchInTx(strict, batchId, records.length);
      return { created: records.length, alreadyThere };
    });
    ctx.onProgress?.(1);
    return { ...counts, updated: 0, cancelled: false };
  } catch (e) {
    if (e instanceof ImportCancelled) return { created: 0, updated: 0, alreadyThere: 0, cancelled: true };
    throw e;
  }
}
