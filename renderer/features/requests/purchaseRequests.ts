/**
 * Purchase requests with approval (issue 17.2): someone asks to buy something; above the
 * office's approval threshold (a setting) an approver decides, at or below it the request is
 * approved as it is made. Every decision (submitted, approved, declined, ordered) is an audit
 * line with who decided, written in the same transaction as the change. Rules live in
 * shared/domain/purchaseRequests.ts; this module is the only one touching the
 * `purchaseRequests` table.
 */
import type { z } from 'zod';
import {
  APPROVAL_SETTING_KEY,
  DEFAULT_APPROVAL_SETTING,
  DEFAULT_APPROVAL_THRESHOLD_CENTS,
  approvalSettingSchema,
  applyDecision,
  budgetAfterRequest,
  canOrder,
  committedByCategory,
  initialPurchaseRequestStatus,
  isCommitted,
  PURCHASE_REQUEST_STATUS_LABELS,
  nextPurchaseRequestNumber,
  purchaseRequestDraftSchema,
  purchaseRequestSchema,
  purchaseRequestTotalCents,
  type ApprovalSetting,
  type BudgetStanding,
  type PurchaseRequest,
  type PurchaseRequestDraft,
} from '../../../shared/domain/purchaseRequests';
import { dropBlankStrings } from '../../../shared/domain/common';
import { newId } from '../../../shared/lib/ids';
import { nowIso } from '../../../shared/lib/dates';
import { centsToDecimalString } from '../../../shared/lib/money';
import { getDb, type BackdeskDb } from '../../db';
import { numberCodeOfThisPc } from '../../db/sync';
import type { TableName } from '../../db/database';
import { auditEntry, currentAuditActor, parseOrThrow, quote, writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';
import { getCompanyProfile, getSettingRecord, putSetting } from '../../core/settings';
import { budgetCategoryRepository, descendantIds, getBudgetVsActual } from '../budget';
import { itemRepository } from '../inventory';
import { createOrdersFromPlans, purchaseOrderRepository, type PurchaseOrder } from '../purchasing';
import { vendorRepository } from '../vendors';

export type { ApprovalSetting, PurchaseRequest };
export { APPROVAL_SETTING_KEY, DEFAULT_APPROVAL_SETTING, DEFAULT_APPROVAL_THRESHOLD_CENTS, approvalSettingSchema };

/** Tables a purchase-request write touches; include them when calling from inside your own transaction. */
export const PURCHASE_REQUEST_TABLES: readonly TableName[] = ['purchaseRequests', 'settings', 'auditLog'];

export async function getApprovalSetting(db: BackdeskDb = getDb()): Promise<ApprovalSetting> {
  const r = await getSettingRecord(APPROVAL_SETTING_KEY, db);
  const parsed = approvalSettingSchema.safeParse(r?.value);
  return parsed.success ? parsed.data : DEFAULT_APPROVAL_SETTING;
}

export async function saveApprovalSetting(value: z.input<typeof approvalSettingSchema>, db: BackdeskDb = getDb()): Promise<ApprovalSetting> {
  const parsed = parseOrThrow('settings', approvalSettingSchema, dropBlankStrings(value));
  const who = parsed.approverName ? `, approver ${parsed.approverName}` : ', no approver named';
  await loadAuditCurrency(db);
  await putSetting(APPROVAL_SETTING_KEY, parsed, `Purchase approval threshold set to ${money(parsed.thresholdCents)}${who}`, db);
  return parsed;
}

/**
 * What someone asking to buy supplies: the request's number, status and decision fields are
 * set here (the number is the next PR-0001…, the status follows the threshold).
 */
export type PurchaseRequestInput = Omit<
  PurchaseRequestDraft,
  'number' | 'status' | 'autoApproved' | 'decidedBy' | 'decidedById' | 'decidedAt' | 'declineReason' | 'purchaseOrderId'
>;

async function allNumbers(db: BackdeskDb): Promise<string[]> {
  const keys = await db.purchaseRequests.orderBy('number').keys();
  return keys.map(String);
}

/** Amounts in audit lines: '349.00' in the office currency's decimals (read before or inside the transaction). */
let auditCurrency = 'USD';
function money(cents: number): string {
  return centsToDecimalString(cents, auditCurrency);
}
async function loadAuditCurrency(db: BackdeskDb): Promise<void> {
  auditCurrency = (await getCompanyProfile(db)).currency;
}

/**
 * Saves a new purchase request, numbered PR-0001…, and returns it. Above the office's
 * threshold it waits for approval; at or below it is approved automatically. The request and
 * its audit lines (submitted; approved automatically) are one transaction — called inside a
 * caller's transaction it joins it (include PURCHASE_REQUEST_TABLES there).
 */
export async function createPurchaseRequest(input: PurchaseRequestInput, db: BackdeskDb = getDb()): Promise<PurchaseRequest> {
  const clean = dropBlankStrings({ ...input } as Record<string, unknown>);
  for (const k of ['number', 'status', 'autoApproved', 'decidedBy', 'decidedById', 'decidedAt', 'declineReason', 'purchaseOrderId']) delete clean[k];
  // Validate what was typed before a number is drawn.
  parseOrThrow('purchaseRequests', purchaseRequestDraftSchema, { ...clean, number: 'PR-0000' });
  return writeTransaction(db, PURCHASE_REQUEST_TABLES, async () => {
    await loadAuditCurrency(db);
    const setting = await getApprovalSetting(db);
    const number = nextPurchaseRequestNumber(await allNumbers(db), numberCodeOfThisPc());
    const at = nowIso();
    const draft = parseOrThrow('purchaseRequests', purchaseRequestDraftSchema, { ...clean, number });
    const total = purchaseRequestTotalCents(draft);
    const start = initialPurchaseRequestStatus(total, setting.thresholdCents);
    const record = parseOrThrow('purchaseRequests', purchaseRequestSchema, {
      ...draft,
      ...start,
      ...(start.autoApproved ? { decidedBy: 'Approved automatically', decidedAt: at } : {}),
      id: newId(),
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    });
    await db.purchaseRequests.add(record);
    const by = record.requesterName ? ` by ${record.requesterName}` : '';
    await db.auditLog.add(
      auditEntry('purchaseRequests', record.id, 'create', `Submitted purchase request ${record.number} ${quote(record.description)} (${money(total)})${by}`, at),
    );
    if (start.autoApproved) {
      await db.auditLog.add(
        auditEntry(
          'purchaseRequests',
          record.id,
          'update',
          `Approved purchase request ${record.number} automatically: ${money(total)} is not above the approval threshold of ${money(setting.thresholdCents)}`,
          at,
        ),
      );
    }
    return record;
  });
}

const byNewest = (a: PurchaseRequest, b: PurchaseRequest) => b.createdAt.localeCompare(a.createdAt) || b.number.localeCompare(a.number);

/** Live purchase requests, newest first. */
export async function listPurchaseRequests(db: BackdeskDb = getDb()): Promise<PurchaseRequest[]> {
  const rows = await db.purchaseRequests.filter((r) => r.deletedAt === null).toArray();
  return rows.sort(byNewest);
}

export async function getPurchaseRequest(id: string, db: BackdeskDb = getDb()): Promise<PurchaseRequest | undefined> {
  const r = await db.purchaseRequests.get(id);
  return r && r.deletedAt === null ? r : undefined;
}

/** Live purchase requests made from one staff request (issue 17.1's triage link). */
export async function listPurchaseRequestsForStaffRequest(staffRequestId: string, db: BackdeskDb = getDb()): Promise<PurchaseRequest[]> {
  const rows = await db.purchaseRequests.filter((r) => r.deletedAt === null && r.staffRequestId === staffRequestId).toArray();
  return rows.sort(byNewest);
}

async function requireRequest(id: string, db: BackdeskDb): Promise<PurchaseRequest> {
  const r = await db.purchaseRequests.get(id);
  if (!r || r.deletedAt !== null) throw new RecordNotFoundError('purchaseRequests', id);
  return r;
}

export interface PurchaseDecisionInput {
  approve: boolean;
  /** Who decides (People): their id is checked against the requester's — nobody approves their own request. */
  byId?: string;
  /** Their name as the audit line and the request show it. */
  by: string;
  /** Required to decline; the requester is told. */
  reason?: string;
}

/**
 * Approves or declines a request waiting for approval; the decision, who made it and (for a
 * decline) the reason are kept on the request and in the audit log, in one transaction.
 */
export async function decidePurchaseRequest(id: string, input: PurchaseDecisionInput, db: BackdeskDb = getDb()): Promise<PurchaseRequest> {
  await loadAuditCurrency(db);
  return writeTransaction(db, ['purchaseRequests', 'auditLog'], async () => {
    const existing = await requireRequest(id, db);
    const at = nowIso();
    const decided = applyDecision(existing, { approve: input.approve, by: input.by, at, ...(input.byId ? { byId: input.byId } : {}), ...(input.reason ? { reason: input.reason } : {}) });
    const next = parseOrThrow('purchaseRequests', purchaseRequestSchema, { ...decided, updatedAt: at });
    await db.purchaseRequests.put(next);
    const what = `purchase request ${next.number} ${quote(next.description)} (${money(purchaseRequestTotalCents(next))})`;
    const summary = input.approve ? `Approved ${what}, decided by ${next.decidedBy}` : `Declined ${what}, decided by ${next.decidedBy}: ${next.declineReason}`;
    await db.auditLog.add(auditEntry('purchaseRequests', id, 'update', summary, at));
    return next;
  });
}

/** Withdraws a request that is not ordered or decided against yet; audited with the reason. */
export async function cancelPurchaseRequest(id: string, reason: string | undefined, db: BackdeskDb = getDb()): Promise<PurchaseRequest> {
  return writeTransaction(db, ['purchaseRequests', 'auditLog'], async () => {
    const existing = await requireRequest(id, db);
    if (existing.status !== 'pending' && existing.status !== 'approved') {
      throw new Error(`${existing.number} is ${PURCHASE_REQUEST_STATUS_LABELS[existing.status].toLowerCase()}; only a request not ordered yet can be cancelled.`);
    }
    const at = nowIso();
    const next = parseOrThrow('purchaseRequests', purchaseRequestSchema, { ...existing, status: 'cancelled', updatedAt: at });
    await db.purchaseRequests.put(next);
    const why = reason?.trim() ? `: ${reason.trim()}` : '';
    await db.auditLog.add(auditEntry('purchaseRequests', id, 'update', `Cancelled purchase request ${next.number} ${quote(next.description)}${why}`, at));
    return next;
  });
}

/** The vendor an approved request would be ordered from: the one chosen, else the request's, else its item's. */
export async function suggestedVendorId(r: Pick<PurchaseRequest, 'vendorId' | 'itemId'>, db: BackdeskDb = getDb()): Promise<string | undefined> {
  if (r.vendorId) return r.vendorId;
  if (!r.itemId) return undefined;
  return (await itemRepository.get(r.itemId, db))?.vendorId;
}

export interface OrderedRequest {
  request: PurchaseRequest;
  order: PurchaseOrder;
  /** True when the line went into the vendor's existing draft rather than a new one. */
  addedToExistingDraft: boolean;
}

/**
 * "Add to draft order": an approved request becomes a line on the vendor's newest draft
 * purchase order (a new draft only when the vendor has none — purchasing's own rule), and the
 * request is marked ordered and linked to that order, all in ONE transaction. A request
 * without a stocked item becomes a free-text line.
 */
export async function orderPurchaseRequest(
  id: string,
  options: { vendorId?: string; by?: string } = {},
  db: BackdeskDb = getDb(),
): Promise<OrderedRequest> {
  await loadAuditCurrency(db);
  const before = await requireRequest(id, db);
  const vendorId = options.vendorId || (await suggestedVendorId(before, db));
  if (!vendorId) throw new Error(`Choose the vendor to order ${before.number} from.`);
  const vendor = await vendorRepository.get(vendorId, db);
  if (!vendor) throw new Error('That vendor no longer exists; choose another.');
  const by = options.by?.trim() || currentAuditActor();
  return writeTransaction(db, ['purchaseRequests', 'purchaseOrders', 'auditLog'], async () => {
    const r = await requireRequest(id, db);
    if (!canOrder(r)) {
      throw new Error(
        r.purchaseOrderId
          ? `${r.number} is already on a purchase order.`
          : `${r.number} is ${PURCHASE_REQUEST_STATUS_LABELS[r.status].toLowerCase()}; only an approved request can be ordered.`,
      );
    }
    const { created, updated } = await createOrdersFromPlans(
      [{ vendorId, lines: [{ itemId: r.itemId, description: r.description, quantity: r.quantity, unitCostCents: r.estimatedUnitCostCents }] }],
      {},
      db,
    );
    const order = updated[0] ?? created[0];
    if (!order) throw new Error('The purchase order could not be made.');
    const at = nowIso();
    const next = parseOrThrow('purchaseRequests', purchaseRequestSchema, { ...r, status: 'ordered', vendorId, purchaseOrderId: order.id, updatedAt: at });
    await db.purchaseRequests.put(next);
    const where = updated.length ? `added to draft purchase order ${order.number}` : `on new draft purchase order ${order.number}`;
    await db.auditLog.add(
      auditEntry('purchaseRequests', id, 'update', `Ordered purchase request ${next.number} ${quote(next.description)} from ${vendor.name}: ${where}${by ? `, by ${by}` : ''}`, at),
    );
    return { request: next, order, addedToExistingDraft: updated.length > 0 };
  });
}

/** A category's money this fiscal year, rolled up over its sub-categories. */
export interface CategoryStanding extends BudgetStanding {
  categoryId: string;
  name: string;
}

export interface PurchaseRequestBoard {
  requests: PurchaseRequest[];
  /** Per budget category id: planned, spent and committed (all committed requests). */
  standings: Map<string, CategoryStanding>;
  setting: ApprovalSetting;
  /** Purchase order numbers of the orders requests link to. */
  orderNumbers: Map<string, string>;
  /** The ids of requests whose money counts as committed (for "excluding this one"). */
  committedIds: Set<string>;
}

/**
 * Everything the purchase-request screen shows: the requests, the approval setting and each
 * budget category's standing this fiscal year (planned and spent from the Budget feature,
 * committed from the approved and open-ordered requests), rolled up over sub-categories.
 */
export async function loadPurchaseRequestBoard(fiscalYear: number, fiscalYearStartMonth: number, db: BackdeskDb = getDb()): Promise<PurchaseRequestBoard> {
  const [requests, setting, lines, categories, orders] = await Promise.all([
    listPurchaseRequests(db),
    getApprovalSetting(db),
    getBudgetVsActual(fiscalYear, fiscalYearStartMonth, db),
    budgetCategoryRepository.list(db),
    purchaseOrderRepository.list(db),
  ]);
  const orderById = new Map(orders.map((o) => [o.id, o]));
  const orderIsOpen = (poId: string) => {
    const o = orderById.get(poId);
    // A draft counts too: the money is spoken for until the goods are received or the order cancelled.
    return !!o && o.deletedAt === null && (o.status === 'draft' || o.status === 'ordered' || o.status === 'partially-received');
  };
  const committed = committedByCategory(requests, orderIsOpen);
  const committedIds = new Set(requests.filter((r) => isCommitted(r, orderIsOpen)).map((r) => r.id));
  const lineById = new Map(lines.map((l) => [l.categoryId, l]));
  const standings = new Map<string, CategoryStanding>();
  for (const c of categories) {
    const ids = descendantIds(categories, c.id);
    let plannedCents = 0;
    let spentCents = 0;
    let committedCents = 0;
    for (const cid of ids) {
      plannedCents += lineById.get(cid)?.totalBudgetCents ?? 0;
      spentCents += lineById.get(cid)?.totalActualCents ?? 0;
      committedCents += committed.get(cid) ?? 0;
    }
    standings.set(c.id, { categoryId: c.id, name: c.name, plannedCents, spentCents, committedCents });
  }
  const orderNumbers = new Map<string, string>();
  for (const r of requests) {
    const o = r.purchaseOrderId ? orderById.get(r.purchaseOrderId) : undefined;
    if (o) orderNumbers.set(o.id, o.number);
  }
  return { requests, standings, setting, orderNumbers, committedIds };
}

/**
 * What a request's category has left before and after it: the category's standing with this
 * request's own commitment taken out (so "before" never counts the request twice).
 */
export function requestBudget(
  board: Pick<PurchaseRequestBoard, 'standings' | 'committedIds'>,
  r: Pick<PurchaseRequest, 'id' | 'budgetCategoryId' | 'quantity' | 'estimatedUnitCostCents'>,
): ReturnType<typeof budgetAfterRequest> | undefined {
  const standing = r.budgetCategoryId ? board.standings.get(r.budgetCategoryId) : undefined;
  if (!standing) return undefined;
  const total = purchaseRequestTotalCents(r);
  const own = board.committedIds.has(r.id) ? total : 0;
  return budgetAfterRequest({ ...standing, committedCents: standing.committedCents - own }, total);
}
