/**
 * Gathers what the reorder rules (shared/domain/reorder.ts) need: live items, vendors with
 * their lead times, what is already on order (sent orders and drafts) and the recent issues
 * of the items that are low.
 * Only the low items' ledgers are read, through inventory's public API, so the cost grows
 * with the reorder list rather than with the whole ledger.
 */
import { isAtOrBelowMinimum } from '../../../shared/domain/inventory';
import { buildReorderList, USAGE_WINDOW_DAYS, type ReorderLine } from '../../../shared/domain/reorder';
import { addDays, today as todayIso } from '../../../shared/lib/dates';
import { getDb, type BackdeskDb } from '../../db';
import { itemRepository, listMovements, type StockMovement } from '../inventory';
import { vendorRepository } from '../vendors';
import { listDraftPurchaseOrders, listOnOrderByItem } from './repository';

export async function loadReorderList(today: string = todayIso(), db: BackdeskDb = getDb()): Promise<ReorderLine[]> {
  const [items, vendors, onOrder, drafts] = await Promise.all([
    itemRepository.list(db),
    vendorRepository.list(db),
    listOnOrderByItem(db),
    listDraftPurchaseOrders(db),
  ]);
  const low = items.filter(isAtOrBelowMinimum);
  const from = addDays(today, -USAGE_WINDOW_DAYS);
  const ledgers = await Promise.all(low.map((i) => listMovements(i.id, db)));
  const movements: StockMovement[] = [];
  for (const ledger of ledgers) for (const m of ledger) if (m.kind === 'issued' && (m.date ?? m.createdAt) >= from) movements.push(m);
  return buildReorderList({ items: low, vendors, onOrder, drafts, movements, today });
}
