/**
 * What the quotes screens read beyond one RFQ: an item's price history per vendor (quoted
 * prices from every RFQ and prices paid on purchase orders, through purchasing's public API),
 * and the reorder list's cheaper-quote hints (registered with purchasing in registrations.ts).
 */
import { cheaperQuotes, priceHistory, type PricePoint } from '../../../shared/domain/quotes';
import { getDb, type BackdeskDb } from '../../db';
import { purchaseOrderRepository, type CheaperQuoteHint } from '../purchasing';
import { vendorRepository } from '../vendors';
import { rfqRepository } from './repository';

/** Quoted and paid unit prices of one item, oldest first. */
export async function loadPriceHistory(itemId: string, db: BackdeskDb = getDb()): Promise<PricePoint[]> {
  const [rfqs, orders] = await Promise.all([rfqRepository.list(db), purchaseOrderRepository.list(db)]);
  return priceHistory(rfqs, orders, itemId);
}

/** Items named on any live RFQ (the price history picker lists these first). */
export async function listQuotedItemIds(db: BackdeskDb = getDb()): Promise<Set<string>> {
  const rfqs = await rfqRepository.list(db);
  const out = new Set<string>();
  for (const r of rfqs) for (const l of r.lines) if (l.itemId) out.add(l.itemId);
  return out;
}

/** For the reorder list: a current quote cheaper than the price an item would be ordered at. */
export async function readCheaperQuotes(
  db: BackdeskDb,
  items: readonly { itemId: string; unitCostCents: number }[],
  today: string,
): Promise<Map<string, CheaperQuoteHint>> {
  if (items.length === 0) return new Map();
  const rfqs = await rfqRepository.list(db);
  const found = cheaperQuotes(rfqs, items, today);
  if (found.size === 0) return new Map();
  const vendors = new Map((await vendorRepository.list(db)).map((v) => [v.id, v.name]));
  const out = new Map<string, CheaperQuoteHint>();
  for (const [itemId, q] of found) {
    const name = vendors.get(q.vendorId);
    out.set(itemId, name ? { ...q, vendorName: name } : q);
  }
  return out;
}
