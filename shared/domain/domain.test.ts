import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  buildCategoryTree,
  CONFIDENTIAL_FIELDS,
  documentDraftSchema,
  documentSchema,
  dropBlankStrings,
  eventDraftSchema,
  expenseDraftSchema,
  formatZodError,
  InsufficientStockError,
  isConfidentialRecord,
  itemDraftSchema,
  nextPurchaseOrderNumber,
  planMovement,
  redactConfidential,
  isAtOrBelowMinimum,
  stockMovementSchema,
  wouldCreateCycle,
  wouldCreateManagerLoop,
  companyProfileSchema,
  type BudgetCategory,
} from './index';
import { suggestedQuantity } from './reorder';

const ts = '2026-11-22T10:00:00.000Z';
const base = { id: 'a', createdAt: ts, updatedAt: ts, deletedAt: null };

describe('schemas', () => {
  it('reject bad input with sentences a person can act on', () => {
    const r = expenseDraftSchema.safeParse({ date: '2026-02-30', description: '  ', amountCents: 12.5 });
    expect(r.success).toBe(false);
    const message = formatZodError(r.error!);
    expect(message).toContain('Enter a real date like 2026-11-22 (date)');
    expect(message).toContain('Description is required (description)');
    expect(message).toContain('Amounts are whole cents (amountCents)');
  });

  it('name the field after a bare message, but not after a whole sentence that already names it', () => {
    const r = z.object({ a: z.string().min(1, 'Enter a name'), b: z.string().min(9, 'The code is nine characters.') }).safeParse({ a: '', b: 'x' });
    expect(formatZodError(r.error!)).toBe('Enter a name (a); The code is nine characters.');
  });

  it('fill defaults for drafts and trim text', () => {
    const item = itemDraftSchema.parse({ name: '  Copy paper  ' });
    expect(item).toMatchObject({ name: 'Copy paper', category: 'General', unit: 'each', minQuantity: 0, packSize: 1, unitCostCents: 0 });
    expect('quantityOnHand' in item).toBe(false);
  });

  it('treat blank optional strings as absent once dropped', () => {
    expect(dropBlankStrings({ name: 'x', email: '  ', n: 0 })).toEqual({ name: 'x', n: 0 });
  });

  it('check event times by kind: wall time for timed events, dates with an exclusive end for all-day ones', () => {
    const ok = eventDraftSchema.safeParse({ title: 'Lunch', allDay: false, start: '2026-11-22T12:00', end: '2026-11-22T13:00', timeZone: 'Europe/London' });
    expect(ok.success).toBe(true);
    // An instant is not a wall time: the zone belongs in timeZone.
    const instant = eventDraftSchema.safeParse({ title: 'Lunch', allDay: false, start: '2026-11-22T12:00:00Z', end: '2026-11-22T13:00:00Z' });
    expect(formatZodError(instant.error!)).toContain('The start must be a date and time like 2026-11-22T09:30');
    const backwards = eventDraftSchema.safeParse({ title: 'Lunch', allDay: false, start: '2026-11-22T12:00', end: '2026-11-22T11:00' });
    expect(formatZodError(backwards.error!)).toContain('ends before it starts');
    const allDayWithTime = eventDraftSchema.safeParse({ title: 'Off', allDay: true, start: '2026-11-22T12:00', end: '2026-11-23' });
    expect(formatZodError(allDayWithTime.error!)).toContain('The start must be a date like 2026-11-22');
    const sameDay = eventDraftSchema.safeParse({ title: 'Off', allDay: true, start: '2026-11-22', end: '2026-11-22' });
    expect(formatZodError(sameDay.error!)).toContain('ends on the day after its last day');
    expect(eventDraftSchema.safeParse({ title: 'Off', allDay: true, start: '2026-11-22', end: '2026-11-23' }).success).toBe(true);
    const badZone = eventDraftSchema.safeParse({ title: 'Call', allDay: false, start: '2026-11-22T12:00', end: '2026-11-22T13:00', timeZone: 'Mars/Olympus' });
    expect(formatZodError(badZone.error!)).toContain('Pick a time zone like Europe/London');
  });

  it('keep the movement sign consistent with its kind', () => {
    const m = { ...base, itemId: 'i', balanceAfter: 3 };
    expect(stockMovementSchema.safeParse({ ...m, kind: 'issued', quantity: 2 }).success).toBe(false);
    expect(stockMovementSchema.safeParse({ ...m, kind: 'issued', quantity: -2 }).success).toBe(true);
    expect(stockMovementSchema.safeParse({ ...m, kind: 'counted', quantity: 0 }).success).toBe(false);
    expect(stockMovementSchema.safeParse({ ...m, kind: 'counted', quantity: -1, countedQuantity: 3 }).success).toBe(true);
  });

  it('define the document record exactly as the documents feature expects', () => {
    const doc = {
      ...base,
      type: 'memo',
      title: 'Hours',
      date: '2026-11-22',
      status: 'draft',
      body: 'Para one.\n\n- item',
      tags: ['office'],
      printedAt: null,
    };
    expect(documentSchema.parse(doc)).toEqual(doc);
    expect(Object.keys(documentDraftSchema.shape).sort()).toEqual(
      [
        'body', 'cc', 'date', 'from', 'linkedId', 'linkedTable', 'printedAt', 'status', 'subject', 'tags', 'title', 'to', 'type',
        // Issue 6 (documents), all optional: rich body, layout, slip fields, templates, scans, print log, versions.
        'richBody', 'recipientAddress', 'pageSize', 'logoPosition', 'signature', 'signatureText', 'message',
        'isTemplate', 'attachmentId', 'printLog', 'versions',
        // Issue 15: marked confidential, and its sealed fields while a passphrase is set.
        'confidential', 'sealed',
      ].sort(),
    );
    expect(documentSchema.safeParse({ ...doc, type: 'novel' }).success).toBe(false);
  });

  it('validate the company profile', () => {
    expect(companyProfileSchema.parse({ name: 'X', currency: 'eur', locale: 'de-DE', fiscalYearStartMonth: 7 }).currency).toBe('EUR');
    const bad = companyProfileSchema.safeParse({ name: 'X', currency: 'EURO', locale: 'not a locale!', fiscalYearStartMonth: 0 });
    expect(formatZodError(bad.error!)).toMatch(/currency code.*language tag.*1 to 12/);
  });
});

describe('rules', () => {
  const item = { name: 'Toner', unit: 'each', quantityOnHand: 3 };

  it('plan stock movements and refuse going below zero', () => {
    expect(planMovement(item, { kind: 'received', itemId: 'i', quantity: 5 })).toEqual({ quantity: 5, balanceAfter: 8 });
    expect(planMovement(item, { kind: 'issued', itemId: 'i', quantity: 3 })).toEqual({ quantity: -3, balanceAfter: 0 });
    expect(() => planMovement(item, { kind: 'issued', itemId: 'i', quantity: 4 })).toThrow(InsufficientStockError);
    expect(() => planMovement(item, { kind: 'issued', itemId: 'i', quantity: 4 })).toThrow('Only 3 each of Toner on hand; cannot take 4.');
    expect(() => planMovement(item, { kind: 'adjusted', itemId: 'i', delta: -4, reason: 'x' })).toThrow(InsufficientStockError);
    expect(planMovement(item, { kind: 'counted', itemId: 'i', countedQuantity: 1 })).toEqual({ quantity: -2, balanceAfter: 1, countedQuantity: 1 });
  });

  it('compute reorder quantities in whole packs', () => {
    expect(suggestedQuantity({ quantityOnHand: 14, minQuantity: 20, targetQuantity: 60, packSize: 10 })).toBe(50);
    // One rule (issue 11.1): at the minimum is low, so it refills to the target (40; it was 0 under `<`).
    expect(isAtOrBelowMinimum({ quantityOnHand: 20, minQuantity: 20, targetQuantity: 60 })).toBe(true);
    expect(suggestedQuantity({ quantityOnHand: 20, minQuantity: 20, targetQuantity: 60, packSize: 10 })).toBe(40);
    expect(isAtOrBelowMinimum({ quantityOnHand: 21, minQuantity: 20, targetQuantity: 60 })).toBe(false);
    expect(suggestedQuantity({ quantityOnHand: 0, minQuantity: 2, targetQuantity: 0, packSize: 1 })).toBe(2);
  });

  it('build the category tree and refuse loops', () => {
    const cat = (id: string, parentId: string | null, name: string, sortOrder = 0): BudgetCategory => ({ ...base, id, parentId, name, sortOrder });
    const cats = [cat('a', null, 'Office'), cat('b', 'a', 'Paper', 1), cat('c', 'a', 'Coffee', 0), cat('d', 'b', 'Copy')];
    const tree = buildCategoryTree(cats);
    expect(tree).toHaveLength(1);
    expect(tree[0]!.children.map((n) => n.category.name)).toEqual(['Coffee', 'Paper']);
    expect(tree[0]!.children[1]!.children[0]!.depth).toBe(2);
    expect(wouldCreateCycle(cats, 'a', 'd')).toBe(true);
    expect(wouldCreateCycle(cats, 'd', 'c')).toBe(false);
    expect(wouldCreateManagerLoop([{ id: 'x', managerId: 'y' }, { id: 'y' }], 'y', 'x')).toBe(true);
  });

  it('number purchase orders per year', () => {
    expect(nextPurchaseOrderNumber(['PO-2026-0009', 'PO-2025-0100', 'junk'], 2026)).toBe('PO-2026-0010');
    expect(nextPurchaseOrderNumber([], 2027)).toBe('PO-2027-0001');
  });

  it('mark confidential data', () => {
    expect(CONFIDENTIAL_FIELDS.employees).toContain('salaryCents');
    expect(CONFIDENTIAL_FIELDS.employees).toContain('confidentialNotes');
    expect(redactConfidential('employees', { name: 'A', salaryCents: 1 })).toEqual({ name: 'A' });
    expect(isConfidentialRecord('hrRecords', { kind: 'disciplinary' })).toBe(true);
    expect(isConfidentialRecord('hrRecords', { kind: 'training' })).toBe(false);
    // Issue 15: medical notes, documents marked confidential (title stays, content goes), interview scorecards.
    expect(isConfidentialRecord('hrRecords', { kind: 'medical' })).toBe(true);
    expect(CONFIDENTIAL_FIELDS.interviews).toContain('scorecards');
    expect(redactConfidential('documents', { title: 'Pay review', body: 'secret', subject: 's', confidential: true })).toEqual({ title: 'Pay review', body: '', confidential: true });
    expect(redactConfidential('documents', { title: 'Lunch', body: 'Pizza' })).toEqual({ title: 'Lunch', body: 'Pizza' });
    expect(redactConfidential('hrRecords', { kind: 'disciplinary', title: 'Late', details: 'x' })).toEqual({ kind: 'disciplinary', title: 'Disciplinary record' });
  });
});
