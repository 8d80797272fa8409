/**
 * Who has it (issue 12.2): check-out and check-in through the append-only hand-over ledger
 * (`equipmentHandovers`). An entry is never edited or deleted; a mistake is corrected by a new
 * entry. Each hand-over appends its entry, rewrites the item's derived holder row
 * (`refreshHolder`) and sets the item's status (`statusAfterHandover`) in ONE transaction
 * with its audit entry, so the ledger, the holder and the status never disagree.
 *
 * Reads: an item's ledger, its holder, overdue returns (from the holders' `dueBack` index)
 * and what a person holds (the holders' `personId` index), each without reading the ledger.
 */
import Dexie from 'dexie';
import { newId } from '../../../shared/lib/ids';
import { diffDays, nowIso } from '../../../shared/lib/dates';
import type { Equipment } from '../../../shared/domain/equipment';
import { findCheckoutBookingClash } from '../../../shared/domain/equipmentBookings';
import {
  CHECKIN_CONDITION_LABELS,
  describeHolder,
  handoverDraftSchema,
  handoverEntrySchema,
  sortHandovers,
  statusAfterHandover,
  validateCheckin,
  validateCheckout,
  type CheckinEntry,
  type CheckoutEntry,
  type EquipmentHolder,
  type HandoverDraft,
  type HandoverEntry,
  type Holder,
} from '../../../shared/domain/equipmentLedger';
import { dropBlankStrings } from '../../../shared/domain/common';
import { getDb, type BackdeskDb } from '../../db';
import type { TableName } from '../../db/database';
import { auditEntry, parseOrThrow, quote, writeTransaction } from '../../db/crud';
import { getCompanyProfile } from '../../core/settings';
import { employeeRepository } from '../people';
import { EQUIPMENT_DERIVED_TABLES, refreshHolder } from './derivedState';
import { formatBookingInstant } from './bookings';

export {
  CHECKIN_CONDITIONS,
  CHECKIN_CONDITION_LABELS,
  describeHolder,
  type CheckinCondition,
  type EquipmentHolder,
  type HandoverEntry,
  type Holder,
} from '../../../shared/domain/equipmentLedger';

/** A hand-over the rules refuse; the message is a sentence for the person at the screen. */
export class EquipmentHandoverError extends Error {
  override readonly name = 'EquipmentHandoverError';
}

type CheckoutInput = Extract<HandoverDraft, { kind: 'check-out' }>;
type CheckinInput = Extract<HandoverDraft, { kind: 'check-in' }>;
export type EquipmentCheckoutDraft = Omit<CheckoutInput, 'kind'>;
export type EquipmentCheckinDraft = Omit<CheckinInput, 'kind'>;

/** Tables a hand-over writes or reads inside its transaction. */
export const HANDOVER_TABLES: readonly TableName[] = [
  'equipment',
  'equipmentHandovers',
  'equipmentBookings',
  'employees',
  'auditLog',
  ...EQUIPMENT_DERIVED_TABLES,
];

function itemEntries(db: BackdeskDb, equipmentId: string): Promise<HandoverEntry[]> {
  return db.equipmentHandovers
    .where('[equipmentId+date]')
    .between([equipmentId, Dexie.minKey], [equipmentId, Dexie.maxKey])
    .toArray();
}

function itemLabel(item: Equipment): string {
  return item.assetTag ? `${item.name} (${item.assetTag})` : item.name;
}

async function personNames(db: BackdeskDb, ids: readonly (string | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  const rows = wanted.length ? await db.employees.bulkGet(wanted) : [];
  const out = new Map<string, string>();
  for (const e of rows) if (e) out.set(e.id, e.name);
  return out;
}

async function liveItem(db: BackdeskDb, equipmentId: string, verb: string): Promise<Equipment> {
  const item = await db.equipment.get(equipmentId);
  if (!item) throw new EquipmentHandoverError(`That piece of equipment no longer exists, so it cannot be ${verb}.`);
  if (item.deletedAt !== null) throw new EquipmentHandoverError(`${item.name} was deleted, so it cannot be ${verb}.`);
  return item;
}

function stamp<T extends HandoverEntry>(parsed: Record<string, unknown>, at: string): T {
  return parseOrThrow('equipmentHandovers', handoverEntrySchema, {
    ...parsed,
    id: newId(),
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  }) as T;
}

/** Appends the entry, refreshes the holder row, sets the status and audits — inside the caller's transaction. */
async function appendHandover(db: BackdeskDb, item: Equipment, entry: HandoverEntry, summary: string): Promise<void> {
  await db.equipmentHandovers.add(entry);
  await refreshHolder(db, item.id);
  // An item under repair stays under repair; finishing the repair sets it from its holder.
  const status = item.status === 'in-repair' ? item.status : statusAfterHandover(entry);
  if (status !== item.status) await db.equipment.put({ ...item, status, updatedAt: entry.createdAt });
  await db.auditLog.add(auditEntry('equipmentHandovers', entry.id, 'create', summary, entry.createdAt));
}

/**
 * Checks an item out to a person (People) or a place, optionally with a due-back date.
 * Refused, with a sentence, when the item is deleted, retired or disposed, already out, the
 * person no longer exists, the dates are out of order, or someone else has booked it for
 * those days.
 */
export async function checkOutEquipment(draft: EquipmentCheckoutDraft, db: BackdeskDb = getDb()): Promise<CheckoutEntry> {
  const parsed = parseOrThrow('equipmentHandovers', handoverDraftSchema, {
    ...dropBlankStrings(draft as Record<string, unknown>),
    kind: 'check-out',
  }) as Omit<CheckoutEntry, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
  const at = nowIso();
  const entry = stamp<CheckoutEntry>(parsed, at);
  const { locale } = await getCompanyProfile(db);
  return writeTransaction(db, HANDOVER_TABLES, async () => {
    const item = await liveItem(db, entry.equipmentId, 'checked out');
    const entries = await itemEntries(db, item.id);
    const names = await personNames(db, [entry.toPersonId, ...entries.map((e) => (e.kind === 'check-out' ? e.toPersonId : undefined))]);
    if (entry.toPersonId) {
      const person = await employeeRepository.get(entry.toPersonId, db);
      if (!person) throw new EquipmentHandoverError('That person is no longer in People; choose someone else.');
    }
    const personName = (id: string) => names.get(id);
    const refused = validateCheckout(entries, item, entry, { itemName: item.name, personName });
    if (refused) throw new EquipmentHandoverError(refused);
    const bookings = await db.equipmentBookings.where('equipmentId').equals(item.id).toArray();
    if (bookings.length) {
      const bookers = await personNames(db, bookings.map((b) => b.personId));
      const clash = findCheckoutBookingClash(bookings, entry, {
        itemName: item.name,
        personName: (id) => bookers.get(id),
        formatInstant: (instant) => formatBookingInstant(instant, locale),
        now: at,
      });
      if (clash) throw new EquipmentHandoverError(clash);
    }
    const to = entry.toPersonId ? (names.get(entry.toPersonId) ?? 'a person') : (entry.toPlace ?? 'a place');
    const due = entry.dueBack ? `, due back ${entry.dueBack}` : '';
    await appendHandover(db, item, entry, `Checked out ${quote(itemLabel(item))} to ${to} on ${entry.date}${due}`);
    return entry;
  });
}

/** Checks an item back in with its condition. Refused when it is not out or the date is before its check-out. */
export async function checkInEquipment(draft: EquipmentCheckinDraft, db: BackdeskDb = getDb()): Promise<CheckinEntry> {
  const parsed = parseOrThrow('equipmentHandovers', handoverDraftSchema, {
    ...dropBlankStrings(draft as Record<string, unknown>),
    kind: 'check-in',
  }) as Omit<CheckinEntry, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
  const at = nowIso();
  const entry = stamp<CheckinEntry>(parsed, at);
  return writeTransaction(db, HANDOVER_TABLES, async () => {
    const item = await liveItem(db, entry.equipmentId, 'checked in');
    const entries = await itemEntries(db, item.id);
    const names = await personNames(db, entries.map((e) => (e.kind === 'check-out' ? e.toPersonId : undefined)));
    const refused = validateCheckin(entries, entry, { itemName: item.name, personName: (id) => names.get(id) });
    if (refused) throw new EquipmentHandoverError(refused);
    if (entry.receivedByPersonId && !(await employeeRepository.get(entry.receivedByPersonId, db))) {
      throw new EquipmentHandoverError('The person who took it back is no longer in People; choose someone else.');
    }
    const condition = CHECKIN_CONDITION_LABELS[entry.condition].toLowerCase();
    await appendHandover(db, item, entry, `Checked in ${quote(itemLabel(item))} on ${entry.date} (${condition})`);
    return entry;
  });
}

/** The item's live hand-overs in ledger order (oldest first). */
export async function listEquipmentHandovers(equipmentId: string, db: BackdeskDb = getDb()): Promise<HandoverEntry[]> {
  return sortHandovers(await itemEntries(db, equipmentId));
}

/** Who holds the item now (the derived row), or undefined while it is in. */
export async function getEquipmentHolder(equipmentId: string, db: BackdeskDb = getDb()): Promise<EquipmentHolder | undefined> {
  return db.equipmentHolders.get(equipmentId);
}

/** An item still out after its due-back day, for the Overdue returns list and the Dashboard. */
export interface EquipmentOverdueReturn {
  equipmentId: string;
  name: string;
  assetTag?: string;
  holder: Holder;
  /** The person's name or the place. */
  holderName: string;
  since: string;
  dueBack: string;
  /** Whole days past the due-back date (1 the day after it). */
  daysOverdue: number;
}

/**
 * Items still out after their due-back day (due today is not overdue yet), most overdue first,
 * read from the holders' due-back index. Deleted items are left out.
 */
export async function listOverdueReturns(today: string, db: BackdeskDb = getDb()): Promise<EquipmentOverdueReturn[]> {
  const holders = await db.equipmentHolders.where('dueBack').below(today).toArray();
  if (!holders.length) return [];
  const items = await db.equipment.bulkGet(holders.map((h) => h.equipmentId));
  const names = await personNames(db, holders.map((h) => h.personId));
  const out: EquipmentOverdueReturn[] = [];
  holders.forEach((h, i) => {
    const item = items[i];
    if (!item || item.deletedAt !== null || !h.dueBack) return;
    const { equipmentId: _id, ...holder } = h;
    out.push({
      equipmentId: h.equipmentId,
      name: item.name,
      ...(item.assetTag ? { assetTag: item.assetTag } : {}),
      holder,
      holderName: describeHolder(holder, (id) => names.get(id)),
      since: h.since,
      dueBack: h.dueBack,
      daysOverdue: diffDays(h.dueBack, today),
    });
  });
  return out.sort((a, b) => a.dueBack.localeCompare(b.dueBack) || a.name.localeCompare(b.name));
}

/** An item a person holds now (their page in People). */
export interface EquipmentHeldItem {
  equipmentId: string;
  name: string;
  assetTag?: string;
  since: string;
  dueBack?: string;
}

/** What a person holds now, from the holders' person index, by check-out day. Deleted items are left out. */
export async function listEquipmentHeldBy(personId: string, db: BackdeskDb = getDb()): Promise<EquipmentHeldItem[]> {
  const holders = await db.equipmentHolders.where('personId').equals(personId).toArray();
  if (!holders.length) return [];
  const items = await db.equipment.bulkGet(holders.map((h) => h.equipmentId));
  const out: EquipmentHeldItem[] = [];
  holders.forEach((h, i) => {
    const item = items[i];
    if (!item || item.deletedAt !== null) return;
    out.push({
      equipmentId: h.equipmentId,
      name: item.name,
      ...(item.assetTag ? { assetTag: item.assetTag } : {}),
      since: h.since,
      ...(h.dueBack ? { dueBack: h.dueBack } : {}),
    });
  });
  return out.sort((a, b) => a.since.localeCompare(b.since) || a.name.localeCompare(b.name));
}

/** A ledger entry as the item's page shows it, with people named. */
export type EquipmentHandoverRow = HandoverEntry & {
  /** The person a check-out went to, or who took a check-in back, by name. */
  personName?: string;
};

/** What the item's "Who has it" section shows: the holder now (named) and the ledger, newest first. */
export interface EquipmentHandoverView {
  holder?: EquipmentHolder & { name: string };
  history: EquipmentHandoverRow[];
}

export async function getEquipmentHandoverView(equipmentId: string, db: BackdeskDb = getDb()): Promise<EquipmentHandoverView> {
  const [entries, holder] = await Promise.all([listEquipmentHandovers(equipmentId, db), getEquipmentHolder(equipmentId, db)]);
  const personOf = (e: HandoverEntry) => (e.kind === 'check-out' ? e.toPersonId : e.receivedByPersonId);
  const names = await personNames(db, [holder?.personId, ...entries.map(personOf)]);
  const history = entries
    .map((e): EquipmentHandoverRow => {
      const id = personOf(e);
      const name = id ? names.get(id) : undefined;
      return name ? { ...e, personName: name } : e;
    })
    .reverse();
  return {
    ...(holder ? { holder: { ...holder, name: describeHolder(holder, (id) => names.get(id)) } } : {}),
    history,
  };
}
