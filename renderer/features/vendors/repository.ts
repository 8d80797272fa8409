/** Vendors: who the office buys from. */
import { vendorDraftSchema, vendorSchema, type Vendor } from '../../../shared/domain/vendors';
import { normalizeForSearch } from '../../../shared/lib/text';
import { getDb, type BackdeskDb } from '../../db';
import { createCrudRepository } from '../../db/crud';
import { planUniqueKeys, vendorKey, type VendorImportDraft } from '../../../shared/import';

export const vendorRepository = createCrudRepository({
  table: 'vendors',
  schema: vendorSchema,
  draftSchema: vendorDraftSchema,
  noun: 'vendor',
  label: (v) => v.name,
  compare: (a, b) => a.name.localeCompare(b.name),
});

/** A live vendor whose name matches ignoring case and accents. */
export async function findVendorByName(name: string, db: BackdeskDb = getDb()): Promise<Vendor | undefined> {
  const wanted = normalizeForSearch(name);
  const vendors = await vendorRepository.list(db);
  return vendors.find((v) => normalizeForSearch(v.name) === wanted);
}

/**
 * Maps vendor names (from an import) to ids, creating vendors that do not exist yet.
 * Matching ignores case and accents; blank names are skipped.
 */
export async function resolveVendorIds(
  names: readonly string[],
  db: BackdeskDb = getDb(),
  /** An import's batch (issue 15.3): vendors created here carry it and are undone with it. */
  importBatchId?: string,
): Promise<Map<string, string>> {
  const vendors = await vendorRepository.list(db);
  const byKey = new Map(vendors.map((v) => [normalizeForSearch(v.name), v.id]));
  const out = new Map<string, string>();
  const missing = new Map<string, string>();
  for (const name of names) {
    const key = normalizeForSearch(name);
    if (!key) continue;
    const id = byKey.get(key);
    if (id) out.set(name, id);
    else if (!missing.has(key)) missing.set(key, name.trim());
  }
  if (missing.size) {
    const created = await vendorRepository.bulkCreate([...missing.values()].map((name) => ({ name })), { auditNote: 'created during import', ...(importBatchId ? { importBatchId } : {}) }, db);
    for (const v of created) byKey.set(normalizeForSearch(v.name), v.id);
    for (const name of names) {
      const id = byKey.get(normalizeForSearch(name));
      if (id) out.set(name, id);
    }
  }
  return out;
}

/**
 * Saves vendor rows (shared/import kind 'vendors'), whole file or nothing (issue 15.3): a row
 * whose name (the natural key, ignoring case and accents) is a live vendor's or an earlier
 * row's is skipped; the rest are written in chunks stamped with the import batch, the last
 * chunk committing it.
 */
export async function importVendors(
  records: readonly VendorImportDraft[],
  ctx: { onProgress?: (f: number) => void; signal?: AbortSignal; importBatchId?: string } = {},
  db: BackdeskDb = getDb(),
): Promise<{ created: number; updated: number; alreadyThere: number }> {
  const stored = new Map((await vendorRepository.list(db)).map((v) => [vendorKey(v), v.id]));
  const plan = planUniqueKeys(records, vendorKey, stored);
  const drafts = plan.fresh.map((i) => records[i]!);
  const batchId = ctx.importBatchId;
  const written = await vendorRepository.bulkCreate(
    drafts,
    {
      auditNote: 'import',
      ...(batchId ? { importBatchId: batchId, commitBatch: { written: drafts.length } } : {}),
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
    },
    db,
  );
  return { created: written.length, updated: 0, alreadyThere: plan.stored.size + plan.repeats.size };
}
