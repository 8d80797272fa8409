/**
 * Equipment hand-overs (issue 12.2): who has an item is never a field overwritten, it is
 * derived from an append-only ledger of check-outs and check-ins (DESIGN §2 "ledgers, not
 * overwrites"). A mistake is corrected by a further entry, not by editing one.
 *
 * Entries are ordered by `date`, then `createdAt`, then `id` (several hand-overs can share a
 * day); soft-deleted entries are ignored. The repository validates a new entry with
 * `validateCheckout` / `validateCheckin` against the item's entries and writes it in the same
 * transaction as the item's derived status (`statusAfterHandover`).
 */
import { z } from 'zod';
import { diffDays } from '../lib/dates';
import { BASE_OMIT, baseRecordShape, idSchema, isoDateSchema, optionalText } from './common';
import { isOutOfService, type EquipmentStatus } from './equipment';

export const CHECKIN_CONDITIONS = ['good', 'fair', 'damaged', 'missing-parts'] as const;
export type CheckinCondition = (typeof CHECKIN_CONDITIONS)[number];
export const CHECKIN_CONDITION_LABELS: Readonly<Record<CheckinCondition, string>> = {
  good: 'Good',
  fair: 'Fair (normal wear)',
  damaged: 'Damaged',
  'missing-parts': 'Missing parts',
};

const handoverCommon = {
  equipmentId: idSchema,
  /** The day of the hand-over. */
  date: isoDateSchema,
  note: optionalText('Note', 1000),
};

export const checkoutEntryShape = {
  ...baseRecordShape,
  ...handoverCommon,
  kind: z.literal('check-out'),
  /** To a person (People) … */
  toPersonId: idSchema.optional(),
  /** … or to a place ('Meeting room 2', 'Branch office'). Exactly one of the two. */
  toPlace: optionalText('Place', 120),
  /** When it should come back; absent for an open-ended hand-over (a staff laptop). */
  dueBack: isoDateSchema.optional(),
};

export const checkinEntryShape = {
  ...baseRecordShape,
  ...handoverCommon,
  kind: z.literal('check-in'),
  condition: z.enum(CHECKIN_CONDITIONS).default('good'),
  /** Who took it back, if recorded. */
  receivedByPersonId: idSchema.optional(),
};

function checkEntry(
  e: { kind: 'check-out' | 'check-in'; date: string; toPersonId?: string; toPlace?: string; dueBack?: string },
  ctx: z.RefinementCtx,
): void {
  if (e.kind !== 'check-out') return;
  const hasPerson = !!e.toPersonId;
  const hasPlace = !!e.toPlace?.trim();
  if (hasPerson === hasPlace)
    ctx.addIssue({ code: 'custom', path: ['toPersonId'], message: 'Check out to a person or to a place (one of the two).' });
  if (e.dueBack && e.dueBack < e.date)
    ctx.addIssue({ code: 'custom', path: ['dueBack'], message: `The due-back date (${e.dueBack}) is before the check-out date (${e.date}).` });
}

export const handoverEntrySchema = z
  .discriminatedUnion('kind', [z.object(checkoutEntryShape), z.object(checkinEntryShape)])
  .superRefine(checkEntry);
export const handoverDraftSchema = z
  .discriminatedUnion('kind', [z.object(checkoutEntryShape).omit(BASE_OMIT), z.object(checkinEntryShape).omit(BASE_OMIT)])
  .superRefine(checkEntry);
export type HandoverEntry = z.infer<typeof handoverEntrySchema>;
export type HandoverDraft = z.input<typeof handoverDraftSchema>;
export type CheckoutEntry = Extract<HandoverEntry, { kind: 'check-out' }>;
export type CheckinEntry = Extract<HandoverEntry, { kind: 'check-in' }>;

/** What the rules need of an entry: stored entries and parsed drafts both fit. */
export interface HandoverLike {
  kind: 'check-out' | 'check-in';
  equipmentId?: string;
  date: string;
  id?: string;
  createdAt?: string;
  deletedAt?: string | null;
  toPersonId?: string;
  toPlace?: string;
  dueBack?: string;
}

/** Who holds an item now. */
export interface Holder {
  kind: 'person' | 'place';
  /** The person id or the place name. */
  personId?: string;
  place?: string;
  /** The check-out day. */
  since: string;
  dueBack?: string;
  /** The check-out entry's id, when it has one. */
  entryId?: string;
}

/**
 * The derived "who has it now" row (table `equipmentHolders`, keyed by item), rewritten in the
 * same transaction as each hand-over; absent while the item is in. Indexed by person (what
 * someone holds) and due-back day (overdue returns) so neither needs the whole ledger.
 */
export const equipmentHolderSchema = z.object({
  equipmentId: idSchema,
  kind: z.enum(['person', 'place']),
  personId: idSchema.optional(),
  place: z.string().max(300, 'Place is longer than 300 characters').optional(),
  since: isoDateSchema,
  dueBack: isoDateSchema.optional(),
  entryId: idSchema.optional(),
});
export type EquipmentHolder = z.infer<typeof equipmentHolderSchema>;

/** Live entries in ledger order: date, then createdAt, then id. */
export function sortHandovers<T extends HandoverLike>(entries: readonly T[]): T[] {
  return liveInLedgerOrder(entries);
}

/** Live rows of an append-only log in the order they happened: date, then createdAt, then id. */
export function liveInLedgerOrder<
  T extends { date: string; createdAt?: string; id?: string; deletedAt?: string | null },
>(rows: readonly T[]): T[] {
  return rows
    .filter((r) => !r.deletedAt)
    .slice()
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        (a.createdAt ?? '').localeCompare(b.createdAt ?? '') ||
        (a.id ?? '').localeCompare(b.id ?? ''),
    );
}

/** The holder after the last live entry: null when the item is in (or was never out). */
export function currentHolder(entries: readonly HandoverLike[]): Holder | null {
  const last = sortHandovers(entries).at(-1);
  if (!last || last.kind !== 'check-out') return null;
  return {
    kind: last.toPersonId ? 'person' : 'place',
    ...(last.toPersonId ? { personId: last.toPersonId } : { place: last.toPlace }),
    since: last.date,
    ...(last.dueBack ? { dueBack: last.dueBack } : {}),
    ...(last.id ? { entryId: last.id } : {}),
  };
}

/** "Grace Hopper" / "Meeting room 2" / the person id when no name is known. */
export function describeHolder(holder: Holder, personName?: (personId: string) => string | undefined): string {
  if (holder.kind === 'place') return holder.place ?? 'a place';
  return (holder.personId && personName?.(holder.personId)) || holder.personId || 'someone';
}

interface ValidateOptions {
  /** The item's name for the message ("The projector …"); default "This item". */
  itemName?: string;
  personName?: (personId: string) => string | undefined;
}

function lastDate(entries: readonly HandoverLike[]): string | undefined {
  return sortHandovers(entries).at(-1)?.date;
}

/**
 * Why a check-out cannot be recorded, as a sentence, or null when it can: the item is retired
 * or disposed, it is already out (check it in first), the date is before the item's last
 * hand-over, or the due-back date is before the check-out.
 */
export function validateCheckout(
  entries: readonly HandoverLike[],
  item: { status?: EquipmentStatus },
  draft: Pick<HandoverLike, 'date' | 'dueBack' | 'toPersonId' | 'toPlace'>,
  options: ValidateOptions = {},
): string | null {
  const name = options.itemName ?? 'This item';
  if (isOutOfService(item.status)) return `${name} is ${item.status} and cannot be checked out.`;
  const holder = currentHolder(entries);
  if (holder)
    return `${name} is already checked out to ${describeHolder(holder, options.personName)} since ${holder.since}; check it in first.`;
  if (!draft.toPersonId === !draft.toPlace?.trim()) return 'Check out to a person or to a place (one of the two).';
  const last = lastDate(entries);
  if (last && draft.date < last) return `The check-out date (${draft.date}) is before the item's last hand-over (${last}).`;
  if (draft.dueBack && draft.dueBack < draft.date)
    return `The due-back date (${draft.dueBack}) is before the check-out date (${draft.date}).`;
  return null;
}

/**
 * Why a check-in cannot be recorded, or null: the item is not checked out, or the date is
 * before its check-out.
 */
export function validateCheckin(
  entries: readonly HandoverLike[],
  draft: Pick<HandoverLike, 'date'>,
  options: ValidateOptions = {},
): string | null {
  const name = options.itemName ?? 'This item';
  const holder = currentHolder(entries);
  if (!holder) return `${name} is not checked out, so it cannot be checked in.`;
  if (draft.date < holder.since) return `The check-in date (${draft.date}) is before the check-out date (${holder.since}).`;
  return null;
}

/**
 * The item's status after a hand-over: a check-out with a due-back date is "lent out", an
 * open-ended one (a member of staff's own laptop, a printer placed in a room) is "in use"; a
 * check-in puts it back "in store".
 */
export function statusAfterHandover(entry: Pick<HandoverLike, 'kind' | 'dueBack'>): EquipmentStatus {
  if (entry.kind === 'check-in') return 'in-storage';
  return entry.dueBack ? 'lent-out' : 'in-use';
}

export interface OverdueReturn {
  equipmentId: string;
  holder: Holder;
  dueBack: string;
  /** Whole days past the due-back date (1 the day after it). */
  daysOverdue: number;
}

type EntriesByItem = ReadonlyMap<string, readonly HandoverLike[]> | Readonly<Record<string, readonly HandoverLike[]>>;

function itemsOf(byItem: EntriesByItem): Iterable<[string, readonly HandoverLike[]]> {
  return byItem instanceof Map ? byItem.entries() : Object.entries(byItem as Record<string, readonly HandoverLike[]>);
}

/**
 * Items still out after their due-back day (due today is not overdue yet), most overdue first.
 * Items checked out without a due-back date are never overdue.
 */
export function overdueReturns(entriesByItem: EntriesByItem, today: string): OverdueReturn[] {
  const out: OverdueReturn[] = [];
  for (const [equipmentId, entries] of itemsOf(entriesByItem)) {
    const holder = currentHolder(entries);
    if (!holder?.dueBack || holder.dueBack >= today) continue;
    out.push({ equipmentId, holder, dueBack: holder.dueBack, daysOverdue: diffDays(holder.dueBack, today) });
  }
  return out.sort((a, b) => a.dueBack.localeCompare(b.dueBack) || a.equipmentId.localeCompare(b.equipmentId));
}

/**
 * What a person holds now (for their page in People, and what a leaving member of staff must
 * return), sorted by check-out day.
 */
export function itemsHeldBy(entriesByItem: EntriesByItem, personId: string): Array<{ equipmentId: string; holder: Holder }> {
  const out: Array<{ equipmentId: string; holder: Holder }> = [];
  for (const [equipmentId, entries] of itemsOf(entriesByItem)) {
    const holder = currentHolder(entries);
    if (holder?.kind === 'person' && holder.personId === personId) out.push({ equipmentId, holder });
  }
  return out.sort((a, b) => a.holder.since.localeCompare(b.holder.since) || a.equipmentId.localeCompare(b.equipmentId));
}
