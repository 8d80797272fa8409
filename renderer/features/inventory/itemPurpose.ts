/**
 * What a supply is for ("For: Copier 2nd floor (toner black)"), for the reorder list and the
 * item's page. The answer lives in features that depend on inventory (equipment links its
 * consumables to items), and inventory must not import them: they register a reader here from
 * their registrations.ts. With nothing registered every item simply has no purpose text.
 */
import type { BackdeskDb } from '../../db';
import { useDbQuery } from '../../db/hooks';

/** Purpose text per item id, for the ids asked about (items with none are left out). */
export type ItemPurposeReader = (db: BackdeskDb, itemIds: readonly string[]) => Promise<ReadonlyMap<string, string>>;

const readers = new Map<string, ItemPurposeReader>();

/** Registers (or replaces) the reader of one feature, by name. */
export function registerItemPurposeReader(name: string, reader: ItemPurposeReader): void {
  readers.set(name, reader);
}

/** Every registered reader's text per item, joined with '; '. */
export async function readItemPurposes(db: BackdeskDb, itemIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (itemIds.length === 0) return out;
  const answers = await Promise.all([...readers.values()].map((r) => r(db, itemIds)));
  for (const answer of answers)
    for (const [id, text] of answer) {
      if (!text) continue;
      const before = out.get(id);
      out.set(id, before ? `${before}; ${text}` : text);
    }
  return out;
}

/** Live purpose text for these items (undefined while loading). */
export function useItemPurposes(itemIds: readonly string[] | undefined, db?: BackdeskDb): Map<string, string> | undefined {
  const key = (itemIds ?? []).join(',');
  return useDbQuery((d) => readItemPurposes(d, itemIds ?? []), [key], db);
}
