/**
 * A stock count in progress, kept as a draft (issue 16.4): what was typed against each item
 * is stored as it is typed, so leaving the count screen, a reload or a crash loses nothing;
 * the count screen offers to resume or discard it. Applying the count clears the draft in the
 * same transaction as the stock movements, so a count is never applied twice.
 */
import { z } from 'zod';
import { nowIso } from '../../../shared/lib/dates';
import { getSettingRecord, putWorkingSetting, removeSetting } from '../../core/settings';
import { getDb, type BackdeskDb } from '../../db';
import { writeTransaction } from '../../db/crud';
import { applyCount, type CountEntry } from './repository';
import { STOCK_TABLES } from './stockLedger';

export const COUNT_DRAFT_KEY = 'inventory.countDraft';

const countDraftSchema = z.object({
  startedAt: z.string().max(40),
  updatedAt: z.string().max(40),
  /** Item id → the text typed in its Counted box (kept as typed, even when not a number yet). */
  counts: z.record(z.string().max(64), z.string().max(40)),
});
export type CountDraft = z.infer<typeof countDraftSchema>;

/** The count in progress, or null (an unreadable draft is treated as none). */
export async function loadCountDraft(db: BackdeskDb = getDb()): Promise<CountDraft | null> {
  const r = await getSettingRecord(COUNT_DRAFT_KEY, db);
  const parsed = countDraftSchema.safeParse(r?.value);
  return parsed.success ? parsed.data : null;
}

/** How many items have something typed against them. */
export function countDraftEntries(counts: Readonly<Record<string, string>>): number {
  return Object.values(counts).filter((v) => v.trim() !== '').length;
}

/** Stores what is typed so far; blank boxes are dropped, and an empty count removes the draft. */
export async function saveCountDraft(startedAt: string, counts: Readonly<Record<string, string>>, db: BackdeskDb = getDb()): Promise<void> {
  const kept = Object.fromEntries(Object.entries(counts).filter(([, v]) => v.trim() !== ''));
  if (Object.keys(kept).length === 0) {
    await removeSetting(COUNT_DRAFT_KEY, 'Cleared the empty stock count draft', db);
    return;
  }
  const draft: CountDraft = countDraftSchema.parse({ startedAt, updatedAt: nowIso(), counts: kept });
  await putWorkingSetting(COUNT_DRAFT_KEY, draft, db);
}

export async function discardCountDraft(db: BackdeskDb = getDb()): Promise<void> {
  await removeSetting(COUNT_DRAFT_KEY, 'Discarded the stock count in progress', db);
}

/** Applies the count and clears its draft in ONE transaction: both happen or neither. */
export async function applyCountAndClearDraft(entries: readonly CountEntry[], db: BackdeskDb = getDb()) {
  return writeTransaction(db, [...STOCK_TABLES, 'settings'], async () => {
    const movements = await applyCount(entries, {}, db);
    await removeSetting(COUNT_DRAFT_KEY, 'Applied the stock count', db);
    return movements;
  });
}
