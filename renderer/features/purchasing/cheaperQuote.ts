/**
 * Where the reorder list learns of a cheaper current quote (issue 17.3). Quotes are the
 * quotes feature's, and quotes depends on purchasing (an award makes a purchase order), so
 * purchasing cannot import it: quotes registers its reader here from its registrations.ts.
 * Without a reader the list simply shows no hints.
 */
import type { CheaperQuote } from '../../../shared/domain/quotes';
import { useDbQuery } from '../../db/hooks';
import type { BackdeskDb } from '../../db';

/** A cheaper current quote for an item, with the quoting vendor's name when known. */
export type CheaperQuoteHint = CheaperQuote & { vendorName?: string };

export type CheaperQuoteReader = (
  db: BackdeskDb,
  items: readonly { itemId: string; unitCostCents: number }[],
  today: string,
) => Promise<Map<string, CheaperQuoteHint>>;

let reader: CheaperQuoteReader | null = null;

export function registerCheaperQuoteReader(next: CheaperQuoteReader): void {
  reader = next;
}

/** Per item id, the cheaper current quote (items without one are absent). */
export function readCheaperQuoteHints(
  db: BackdeskDb,
  items: readonly { itemId: string; unitCostCents: number }[],
  today: string,
): Promise<Map<string, CheaperQuoteHint>> {
  return reader ? reader(db, items, today) : Promise.resolve(new Map());
}

export function useCheaperQuoteHints(
  items: readonly { itemId: string; unitCostCents: number }[] | undefined,
  today: string,
  db?: BackdeskDb,
): Map<string, CheaperQuoteHint> | undefined {
  const key = (items ?? []).map((i) => `${i.itemId}:${i.unitCostCents}`).join(',');
  return useDbQuery((d) => readCheaperQuoteHints(d, items ?? [], today), [key, today], db);
}
