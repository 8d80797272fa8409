/**
 * Equipment repairs and cost (issue 12.5): the repair log of an item, its downtime, the
 * item's total cost of ownership, and the "repaired too often, replace it" flag.
 *
 * A repair's cost becomes (or links) an Expense in the chosen budget category and its parts
 * are issued from Inventory through the stock ledger; the repository does both in one
 * transaction and stores the links (`expenseId`, `parts`). These functions only read.
 */
import { z } from 'zod';
import { addDays, addMonths, diffDays } from '../lib/dates';
import { BASE_OMIT, baseRecordShape, idSchema, isoDateSchema, nonNegativeCentsSchema, optionalText, requiredText } from './common';

export const REPAIR_FIXERS = ['vendor', 'in-house'] as const;
export type RepairFixer = (typeof REPAIR_FIXERS)[number];

export const repairPartSchema = z.object({
  /** Inventory item the part was issued from. */
  itemId: idSchema,
  quantity: z.number().int('Quantities are whole numbers').min(1, 'Use at least one of a part'),
});
export type RepairPart = z.infer<typeof repairPartSchema>;

export const repairShape = {
  ...baseRecordShape,
  equipmentId: idSchema,
  /** Who reported it: a name as typed, and the person when known. */
  reportedBy: optionalText('Reported by', 120),
  reportedByPersonId: idSchema.optional(),
  problem: requiredText('Problem', 2000),
  reportedOn: isoDateSchema,
  /** Absent while the item is still broken. */
  fixedOn: isoDateSchema.optional(),
  fixedBy: z.enum(REPAIR_FIXERS).optional(),
  /** The vendor that fixed it (fixedBy 'vendor'). */
  vendorId: idSchema.optional(),
  /** The person who fixed it in house, as typed. */
  fixedByName: optionalText('Fixed by', 120),
  costCents: nonNegativeCentsSchema.default(0),
  /** Budget category the cost is booked to. */
  categoryId: idSchema.optional(),
  parts: z.array(repairPartSchema).max(100).default([]),
  /** The Expense created for (or linked to) the cost. */
  expenseId: idSchema.optional(),
  notes: optionalText('Notes', 4000),
};

function checkRepair(r: { reportedOn: string; fixedOn?: string; fixedBy?: RepairFixer; vendorId?: string }, ctx: z.RefinementCtx): void {
  if (r.fixedOn && r.fixedOn < r.reportedOn)
    ctx.addIssue({ code: 'custom', path: ['fixedOn'], message: `The fix date (${r.fixedOn}) is before the date it was reported (${r.reportedOn}).` });
  if (r.fixedBy === 'vendor' && !r.vendorId)
    ctx.addIssue({ code: 'custom', path: ['vendorId'], message: 'Choose the vendor that fixed it.' });
  if (r.fixedBy === 'in-house' && r.vendorId)
    ctx.addIssue({ code: 'custom', path: ['vendorId'], message: 'An in-house repair has no vendor.' });
}

export const repairSchema = z.object(repairShape).superRefine(checkRepair);
export const repairDraftSchema = z.object(repairShape).omit(BASE_OMIT).superRefine(checkRepair);
export type Repair = z.infer<typeof repairSchema>;
export type RepairDraft = z.input<typeof repairDraftSchema>;

/** Open repairs are those not fixed yet (the item is "under repair"). */
export function isRepairOpen(r: Pick<Repair, 'fixedOn'> & { deletedAt?: string | null }): boolean {
  return !r.deletedAt && !r.fixedOn;
}

/**
 * Whole days out of service: from the day reported to the day fixed, or to `today` while
 * still open (reported and fixed the same day = 0). Never negative.
 */
export function downtimeDays(repair: Pick<Repair, 'reportedOn' | 'fixedOn'>, today: string): number {
  const end = repair.fixedOn ?? today;
  return Math.max(0, diffDays(repair.reportedOn, end));
}

export interface CostOfOwnership {
  purchaseCents: number;
  repairsCents: number;
  maintenanceCents: number;
  totalCents: number;
}

type Costed = { costCents?: number; deletedAt?: string | null };

/**
 * Purchase + repairs + maintenance, in cents; deleted records are left out. Pass maintenance
 * log entries that are not repairs (a repair recorded in both places would count twice).
 */
export function totalCostOfOwnership(input: {
  purchaseCostCents?: number;
  repairs: readonly Costed[];
  maintenanceDone: readonly Costed[];
}): CostOfOwnership {
  const sum = (rows: readonly Costed[]) => rows.reduce((t, r) => (r.deletedAt ? t : t + (r.costCents ?? 0)), 0);
  const purchaseCents = input.purchaseCostCents ?? 0;
  const repairsCents = sum(input.repairs);
  const maintenanceCents = sum(input.maintenanceDone);
  return { purchaseCents, repairsCents, maintenanceCents, totalCents: purchaseCents + repairsCents + maintenanceCents };
}

export interface ReplacementFlag {
  flagged: boolean;
  /** Repairs reported inside the window. */
  count: number;
  /** First and last day of the window. */
  from: string;
  to: string;
  reason: string;
}

/**
 * Repeated repairs: flagged when at least `threshold` (3) repairs were reported in the
 * `windowMonths` (12) ending on `today` (default: the latest repair's report date), i.e.
 * reported after `to − windowMonths` and on or before `to`. Deleted repairs do not count.
 */
export function flagForReplacement(
  repairs: ReadonlyArray<Pick<Repair, 'reportedOn'> & { deletedAt?: string | null }>,
  options: { windowMonths?: number; threshold?: number; today?: string } = {},
): ReplacementFlag {
  const windowMonths = options.windowMonths ?? 12;
  const threshold = options.threshold ?? 3;
  const live = repairs.filter((r) => !r.deletedAt);
  const to = options.today ?? live.reduce((max, r) => (r.reportedOn > max ? r.reportedOn : max), '');
  if (!to) return { flagged: false, count: 0, from: '', to: '', reason: 'No repairs.' };
  const after = addMonths(to, -windowMonths);
  const count = live.filter((r) => r.reportedOn > after && r.reportedOn <= to).length;
  const flagged = count >= threshold;
  const span = `${windowMonths} month${windowMonths === 1 ? '' : 's'}`;
  return {
    flagged,
    count,
    from: addDays(after, 1),
    to,
    reason: flagged
      ? `${count} repairs in ${span}: consider replacing it.`
      : `${count} repair${count === 1 ? '' : 's'} in ${span}.`,
  };
}
