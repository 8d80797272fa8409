/**
 * Purchase requests with approval (issue 17.2): someone asks to buy something; above the
 * office's threshold an approver decides, with the budget category's remaining money beside
 * the request; an approved request becomes a line on a draft purchase order. Pure rules here.
 */
import { z } from 'zod';
import { PURCHASE_REQUEST_PREFIX, nextSeriesNumber } from '../sync/numbering';
import { BASE_OMIT, baseRecordShape, idSchema, instantSchema, nonNegativeCentsSchema, optionalText, quantitySchema, requiredText } from './common';

export const PURCHASE_REQUEST_STATUSES = ['pending', 'approved', 'declined', 'ordered', 'cancelled'] as const;
export type PurchaseRequestStatus = (typeof PURCHASE_REQUEST_STATUSES)[number];
export const PURCHASE_REQUEST_STATUS_LABELS: Record<PurchaseRequestStatus, string> = {
  pending: 'Waiting for approval',
  approved: 'Approved',
  declined: 'Declined',
  ordered: 'Ordered',
  cancelled: 'Cancelled',
};

export const purchaseRequestShape = {
  ...baseRecordShape,
  number: requiredText('Request number', 40),
  requesterId: idSchema.optional(),
  requesterName: optionalText('Requested by', 200),
  /** A supply item, when it is one; else the description says what. */
  itemId: idSchema.optional(),
  description: requiredText('What to buy', 300),
  quantity: quantitySchema.min(1, 'Ask for at least 1'),
  /** Estimated price of one unit. */
  estimatedUnitCostCents: nonNegativeCentsSchema,
  budgetCategoryId: idSchema.optional(),
  /** The vendor it will be ordered from (chosen at the latest when ordering). */
  vendorId: idSchema.optional(),
  reason: optionalText('Reason', 2000),
  status: z.enum(PURCHASE_REQUEST_STATUSES).default('pending'),
  /** True when it was under the threshold and needed no one's approval. */
  autoApproved: z.boolean().default(false),
  decidedBy: optionalText('Decided by', 200),
  decidedById: idSchema.optional(),
  decidedAt: instantSchema.optional(),
  declineReason: optionalText('Reason for declining', 1000),
  purchaseOrderId: idSchema.optional(),
  /** The staff request it came from, when triaged from one. */
  staffRequestId: idSchema.optional(),
};
const declinedHasReason = (r: { status?: string; declineReason?: string }) => r.status !== 'declined' || !!r.declineReason?.trim();
const declineMessage = { error: 'Say why the purchase is declined; the requester is told.', path: ['declineReason'] };
export const purchaseRequestSchema = z.object(purchaseRequestShape).refine(declinedHasReason, declineMessage);
export const purchaseRequestDraftSchema = z.object(purchaseRequestShape).omit(BASE_OMIT).refine(declinedHasReason, declineMessage);
export type PurchaseRequest = z.infer<typeof purchaseRequestSchema>;
export type PurchaseRequestDraft = z.input<typeof purchaseRequestDraftSchema>;

/** The settings key of the office's purchase approval rule (issue 17.2). */
export const APPROVAL_SETTING_KEY = 'requests.approvalThreshold';
/** 250.00 in the office currency unless the office says otherwise. */
export const DEFAULT_APPROVAL_THRESHOLD_CENTS = 25_000;

export const approvalSettingSchema = z.object({
  /** Requests whose total is above this need an approver; at or below are approved as made. */
  thresholdCents: nonNegativeCentsSchema,
  /** The employee who approves (People); anyone else may decide too, never on their own request. */
  approverId: idSchema.optional(),
  approverName: optionalText('Approver', 200),
});
export type ApprovalSetting = z.infer<typeof approvalSettingSchema>;
export const DEFAULT_APPROVAL_SETTING: ApprovalSetting = { thresholdCents: DEFAULT_APPROVAL_THRESHOLD_CENTS };

export function purchaseRequestTotalCents(r: Pick<PurchaseRequest, 'quantity' | 'estimatedUnitCostCents'>): number {
  return r.quantity * r.estimatedUnitCostCents;
}

/**
 * Above the threshold someone must approve; at or below it the request is approved as it is
 * made. A threshold of 0 means every request is approved by someone.
 */
export function needsApproval(totalCents: number, thresholdCents: number): boolean {
  return totalCents > thresholdCents;
}

/** The status a new request starts in. */
export function initialPurchaseRequestStatus(totalCents: number, thresholdCents: number): { status: PurchaseRequestStatus; autoApproved: boolean } {
  return needsApproval(totalCents, thresholdCents) ? { status: 'pending', autoApproved: false } : { status: 'approved', autoApproved: true };
}

export interface PurchaseDecision {
  approve: boolean;
  /** The approver's name as shown in the audit log. */
  by: string;
  byId?: string;
  at: string;
  reason?: string;
}

/** Why a decision cannot be made, in a sentence; undefined when it can. */
export function decisionProblem(r: Pick<PurchaseRequest, 'status' | 'requesterId' | 'number'>, d: PurchaseDecision): string | undefined {
  if (r.status !== 'pending') return `${r.number} is ${PURCHASE_REQUEST_STATUS_LABELS[r.status].toLowerCase()}; only a request waiting for approval can be approved or declined.`;
  if (!d.by.trim()) return 'Say who decides.';
  if (d.byId && r.requesterId && d.byId === r.requesterId) return 'Someone else must approve a request they made themselves.';
  if (!d.approve && !d.reason?.trim()) return 'Say why the purchase is declined; the requester is told.';
  return undefined;
}

/** The request after the decision (throws the sentence when it cannot be made). */
export function applyDecision<T extends PurchaseRequest>(r: T, d: PurchaseDecision): T {
  const problem = decisionProblem(r, d);
  if (problem) throw new Error(problem);
  const decided = { ...r, status: d.approve ? 'approved' : 'declined', decidedBy: d.by.trim(), decidedAt: d.at } as T;
  if (d.byId) decided.decidedById = d.byId;
  if (!d.approve) decided.declineReason = d.reason!.trim();
  return decided;
}

export function canOrder(r: Pick<PurchaseRequest, 'status' | 'purchaseOrderId'>): boolean {
  return r.status === 'approved' && !r.purchaseOrderId;
}

export interface BudgetStanding {
  /** Planned for the category this year (0 when it has no budget). */
  plannedCents: number;
  /** Spent so far this year. */
  spentCents: number;
  /** Approved requests not yet spent (committed money), this one excluded. */
  committedCents: number;
}

/** What is left in the category before and after this request, and whether it would overrun. */
export function budgetAfterRequest(standing: BudgetStanding, requestCents: number): { remainingCents: number; afterCents: number; overBudget: boolean; hasBudget: boolean } {
  const remainingCents = standing.plannedCents - standing.spentCents - standing.committedCents;
  const afterCents = remainingCents - requestCents;
  return { remainingCents, afterCents, overBudget: afterCents < 0, hasBudget: standing.plannedCents > 0 };
}

/** The next request number: PR-0001, PR-0002 …; with this PC's sync number code PR-A0001 … */
export function nextPurchaseRequestNumber(existing: readonly string[], code = ''): string {
  return nextSeriesNumber(PURCHASE_REQUEST_PREFIX, existing, code);
}

/**
 * Money a request holds in its budget category (committed, not yet spent): an approved request
 * not ordered yet, or an ordered one whose purchase order is still open (draft, sent, partly
 * received). Once the order is received or cancelled the money is spent (or freed) elsewhere.
 */
export function isCommitted(
  r: Pick<PurchaseRequest, 'status' | 'purchaseOrderId'> & { deletedAt?: string | null },
  orderIsOpen: (purchaseOrderId: string) => boolean,
): boolean {
  if ((r.deletedAt ?? null) !== null) return false;
  if (r.status === 'approved') return true;
  if (r.status === 'ordered') return !r.purchaseOrderId || orderIsOpen(r.purchaseOrderId);
  return false;
}

/** Committed money per budget category (own requests only, not rolled up). */
export function committedByCategory(
  requests: readonly (Pick<PurchaseRequest, 'status' | 'purchaseOrderId' | 'budgetCategoryId' | 'quantity' | 'estimatedUnitCostCents'> & { deletedAt?: string | null })[],
  orderIsOpen: (purchaseOrderId: string) => boolean,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of requests) {
    if (!r.budgetCategoryId || !isCommitted(r, orderIsOpen)) continue;
    out.set(r.budgetCategoryId, (out.get(r.budgetCategoryId) ?? 0) + purchaseRequestTotalCents(r));
  }
  return out;
}

/** Whole days since the request was made ('age' in the list), never negative. */
export function purchaseRequestAgeDays(createdAt: string, now: Date): number {
  const ms = now.getTime() - Date.parse(createdAt);
  return Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 86_400_000)) : 0;
}
