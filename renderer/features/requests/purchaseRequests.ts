/**
 * Purchase requests with approval (issue 17.2): someone asks to buy something; above the
 * office's approval threshold (a setting) an approver decides, at or below it the request is
 * approved as it is made. Every decision (submitted, approved, declined, ordered) is an audit
 * line with who decided, written in the same transaction as the change. Rules live in
 * shared/domain/purchaseRequests.ts; this module is the only one touching the
 * `purchaseRequests` table.
 */
import { z } from 'zod';
import {
  initialPurchaseRequestStatus,
  nextPurchaseRequestNumber,
  purchaseRequestDraftSchema,
  purchaseRequestSchema,
  purchaseRequestTotalCents,
  type PurchaseRequest,
  type PurchaseRequestDraft,
} from '../../../shared/domain/purchaseRequests';
import { dropBlankStrings, idSchema, nonNegativeCentsSchema, optionalText } from '../../../shared/domain/common';
import { newId } from '../../../shared/lib/ids';
import { nowIso } from '../../../shared/lib/dates';
import { getDb, type BackdeskDb } from '../../db';
import type { TableName } from '../../db/database';
import { auditEntry, parseOrThrow, quote, writeTransaction } from '../../db/crud';
import { getSettingRecord, putSetting } from '../../core/settings';

export type { PurchaseRequest };

/** The settings key of the office's approval rule. */
export const APPROVAL_SETTING_KEY = 'requests.approvalThreshold';
/** 250.00 in the office currency unless the office says otherwise. */
export const DEFAULT_APPROVAL_THRESHOLD_CENTS = 25_000;

export const approvalSettingSchema = z.object({
  /** Requests whose total is above this need an approver; at or below are approved as made. */
  thresholdCents: nonNegativeCentsSchema,
  /** The employee who approves (People); anyone may still decide, never on their own request. */
  approverId: idSchema.optional(),
  approverName: optionalText('Approver', 200),
});
export type ApprovalSetting = z.infer<typeof approvalSettingSchema>;
export const DEFAULT_APPROVAL_SETTING: ApprovalSetting = { thresholdCents: DEFAULT_APPROVAL_THRESHOLD_CENTS };

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
  await putSetting(APPROVAL_SETTING_KEY, parsed, `Purchase approval threshold set to ${(parsed.thresholdCents / 100).toFixed(2)}${who}`, db);
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

function money(cents: number): string {
  return (cents / 100).toFixed(2);
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
    const setting = await getApprovalSetting(db);
    const number = nextPurchaseRequestNumber(await allNumbers(db));
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
