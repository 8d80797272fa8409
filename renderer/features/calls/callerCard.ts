/**
 * The caller card beside the call form (issue 14.2): for a typed number, who it is (every
 * record with that number, through core/phoneDirectory), their latest calls, their open
 * messages and, for a vendor, its purchase orders still open (through purchasing's index).
 * One read transaction, so a live query tracks every table it reads.
 */
import { isOpenMessage, type Call } from '../../../shared/domain/calls';
import { formatPhone, normalizePhone, phoneProblem } from '../../../shared/contacts/phone';
import { lookupPhone, phoneSourceTables, type PhoneMatch } from '../../core/phoneDirectory';
import { getDb, type BackdeskDb, type TableName } from '../../db';
import { isOpenOrder, listPurchaseOrdersByVendor, type PurchaseOrder } from '../purchasing';
import { listCallsForContact } from './lists';

export interface CallerCardEntry {
  match: PhoneMatch;
  /** The latest calls with this caller (by record or number), newest first, at most 5. */
  latestCalls: Call[];
  openMessages: Call[];
  /** A vendor's orders not yet received: drafts, sent and partly received (newest first). */
  openOrders: PurchaseOrder[];
}

export interface CallerCard {
  /** What was typed. */
  raw: string;
  /** E.164, or null when what was typed is not a possible number. */
  e164: string | null;
  /** The number as people read it in this office ('(207) 555-0195', '+44 20 7946 0958'). */
  formatted: string | null;
  entries: CallerCardEntry[];
  /** Calls from this number when no record has it (an unknown caller who rang before). */
  numberCalls: Call[];
}

const LATEST = 5;

/** An order the vendor is still to deliver (or the office still to send). */
export function isOrderStillOpen(po: PurchaseOrder): boolean {
  return isOpenOrder(po) || (po.deletedAt === null && po.status === 'draft');
}

/** Reads the caller card for what was typed in the number field. */
export async function readCallerCard(raw: string, db: BackdeskDb = getDb()): Promise<CallerCard> {
  const tables = [...new Set<TableName>(['calls', 'purchaseOrders', ...phoneSourceTables()])];
  return db.transaction('r', tables, async () => {
    const { e164, matches } = await lookupPhone(raw, db);
    if (!e164) return { raw, e164: null, formatted: null, entries: [], numberCalls: [] };
    const formatted = formatPhone(e164, db.phoneRegion);
    const entries = await Promise.all(
      matches.map(async (match): Promise<CallerCardEntry> => {
        // A vendor's orders; for a vendor's contact person, that vendor's (their calls through
        // any of the person's numbers come with the numbers).
        const vendorId = match.table === 'vendors' ? match.id : match.vendorId;
        const [calls, orders] = await Promise.all([
          listCallsForContact({ callerTable: match.table, callerId: match.id, phoneKey: e164, ...(match.phoneKeys ? { phoneKeys: match.phoneKeys } : {}) }, db),
          vendorId ? listPurchaseOrdersByVendor(vendorId, db) : Promise.resolve([]),
        ]);
        return {
          match,
          latestCalls: calls.slice(0, LATEST),
          openMessages: calls.filter(isOpenMessage),
          openOrders: orders.filter(isOrderStillOpen),
        };
      }),
    );
    const numberCalls = entries.length ? [] : (await listCallsForContact({ phoneKey: e164 }, db)).slice(0, LATEST);
    return { raw, e164, formatted, entries, numberCalls };
  });
}

/** What a typed number reads as in this office: E.164 and the way people write it; null when it is not a number. */
/** Why a typed number is no full number: 'local-only' (no area code), 'invalid', or null. */
export function numberProblem(raw: string, db: BackdeskDb = getDb()): 'local-only' | 'invalid' | null {
  return phoneProblem(raw, db.phoneRegion);
}

/** A stored number as the office dials it ('0044 20 7946 0321' → '+44 20 7946 0321'); as typed when it cannot be read. */
export function displayNumber(raw: string, db: BackdeskDb = getDb()): string {
  return formatPhone(raw, db.phoneRegion);
}

export function describeNumber(raw: string, db: BackdeskDb = getDb()): { e164: string; formatted: string } | null {
  const e164 = raw.trim() ? normalizePhone(raw, db.phoneRegion) : null;
  return e164 ? { e164, formatted: formatPhone(e164, db.phoneRegion) } : null;
}
