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
}

export interface ImportEquipmentResult {
  created: number;
  updated: number;
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
  rows: readonly EquipmentImportDraft[],
  ctx: ImportEquipmentContext = {},
  db: BackdeskDb = getDb(),
): Promise<ImportEquipmentResult> {
  if (ctx.signal?.aborted) return { created: 0, updated: 0, cancelled: true };
  const strict = strictConnection(db);
  const chunkSize = Math.max(1, ctx.chunkSize ?? EQUIPMENT_IMPORT_CHUNK_SIZE);
  const categories = ctx.categories ?? (await getEquipmentSettings(db)).categories;
  const at = nowIso();
  try {
    const created = await writeTransaction(strict, ['equipment', 'vendors', 'auditLog'], async () => {
      const wanted = new Set(rows.flatMap((r) => (r.assetTag ? [normalizeAssetTag(r.assetTag)] : [])));
      const used = await liveTags(strict, wanted);
      const clash = rows.find((r) => r.assetTag && used.has(normalizeAssetTag(r.assetTag)));
      if (clash) throw new EquipmentTagInUseError(clashMessage(clash.assetTag!, used.get(normalizeAssetTag(clash.assetTag!))!));

      // Vendors the file names: matched, or created in this same transaction.
      const vendorNames = [...new Set(rows.flatMap((r) => (r.vendorName ? [r.vendorName] : [])))];
      const vendorIds = vendorNames.length ? await resolveVendorIds(vendorNames, strict) : new Map<string, string>();

      const records = rows.map((row) => {
        try {
          return equipmentRepository.build(
            equipmentDraftFromImport(row, row.vendorName ? vendorIds.get(row.vendorName) : undefined, categories),
            at,
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
      await strict.auditLog.add(
        auditEntry('equipment', '', 'import', `Imported ${records.length} equipment item${records.length === 1 ? '' : 's'} from a file`, at),
      );
      return records.length;
    });
    ctx.onProgress?.(1);
    return { created, updated: 0, cancelled: false };
  } catch (e) {
    if (e instanceof ImportCancelled) return { created: 0, updated: 0, cancelled: true };
    throw e;
  }
}
