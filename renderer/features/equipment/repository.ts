/**
 * The equipment register (issue 12.1) and its maintenance log: creating and editing an item
 * (validated with the draft schema and `equipmentProblems`, asset tag unique ignoring case
 * and spaces), the next tag from the office's prefix, retiring or disposing with date and
 * reason, soft delete; the register's settings (asset-tag prefix, editable categories); and
 * the older maintenance log, where a service moves the next service date.
 */
import Dexie from 'dexie';
import { z } from 'zod';
import {
  DEFAULT_EQUIPMENT_CATEGORIES,
  EQUIPMENT_STATUS_LABELS,
  equipmentCategoryListSchema,
  equipmentDraftSchema,
  equipmentProblems,
  equipmentSchema,
  findAssetTagOwner,
  findEquipmentCategory,
  isOutOfService,
  maintenanceDraftSchema,
  maintenanceSchema,
  nextServiceAfter,
  normalizeAssetTag,
  retirementPatch,
  suggestNextAssetTag,
  usualAssetTagPrefix,
  type Equipment,
  type EquipmentCategory,
  type EquipmentDraft,
  type EquipmentStatus,
  type Maintenance,
  type MaintenanceDraft,
} from '../../../shared/domain/equipment';
import type { EquipmentHolder } from '../../../shared/domain/equipmentLedger';
import { dropBlankStrings } from '../../../shared/domain/common';
import { nowIso } from '../../../shared/lib/dates';
import { SETTING_KEYS } from '../../../shared/domain/settings';
import { getDb, type BackdeskDb } from '../../db';
import { numberCodeOfThisPc } from '../../db/sync';
import { auditEntry, createCrudRepository, parseOrThrow, quote, writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';
import { getSettingRecord } from '../../core/settings';
import { ATTACHMENT_TABLES, prepareAttachment, writePreparedAttachment } from '../../db/attachments';

export const equipmentRepository = createCrudRepository({
  table: 'equipment',
  schema: equipmentSchema,
  draftSchema: equipmentDraftSchema,
  noun: 'equipment',
  label: (e) => e.name,
  compare: (a, b) => a.name.localeCompare(b.name),
});

export const maintenanceRepository = createCrudRepository({
  table: 'maintenance',
  schema: maintenanceSchema,
  draftSchema: maintenanceDraftSchema,
  noun: 'maintenance entry',
  label: (m) => `${m.kind} on ${m.date}`,
  compare: (a, b) => b.date.localeCompare(a.date),
});

// ---------------------------------------------------------------------------------------------
// The register

/** A change to an item the register's rules refuse; the message is a sentence for the user. */
export class EquipmentRegisterError extends Error {
  override readonly name = 'EquipmentRegisterError';
}

/** The live item that carries `tag` (ignoring case and spaces), apart from `ignoreId`. */
export async function findEquipmentByTag(tag: string, db: BackdeskDb = getDb(), ignoreId?: string): Promise<Equipment | undefined> {
  const wanted = normalizeAssetTag(tag);
  if (!wanted) return undefined;
  // Index keys only, so a 10,000-item register is not read in full for one tag.
  const keys = (await db.equipment.orderBy('assetTag').uniqueKeys()) as string[];
  const matching = keys.filter((k) => typeof k === 'string' && normalizeAssetTag(k) === wanted);
  if (matching.length === 0) return undefined;
  const rows = await db.equipment.where('assetTag').anyOf(matching).toArray();
  return findAssetTagOwner(wanted, rows, ignoreId);
}

async function refuseDuplicateTag(db: BackdeskDb, tag: string | undefined, ignoreId?: string): Promise<void> {
  if (!tag) return;
  const owner = await findEquipmentByTag(tag, db, ignoreId);
  if (owner) throw new EquipmentRegisterError(`The asset tag ${normalizeAssetTag(tag)} is already on ${quote(owner.name)}. Choose another tag.`);
}

function refuseProblems(e: Parameters<typeof equipmentProblems>[0]): void {
  const problems = equipmentProblems(e);
  if (problems.length) throw new EquipmentRegisterError(problems.join(' '));
}

/** Tags are kept in their lookup form: upper case, no spaces ('bd- 0042' → 'BD-0042'). */
function withTidyTag<T extends { assetTag?: string }>(draft: T): T {
  if (typeof draft.assetTag !== 'string') return draft;
  const tag = normalizeAssetTag(draft.assetTag);
  return { ...draft, assetTag: tag || undefined };
}

/** Tables an edit or retirement reads and writes. */
const REGISTER_TABLES = ['equipment', 'equipmentHolders', 'employees', 'auditLog'] as const;

/** A retired or disposed item cannot still be out: refused while the holders table has a row. */
async function refuseRetiringHeld(db: BackdeskDb, item: Equipment, status: EquipmentStatus): Promise<void> {
  if (!isOutOfService(status)) return;
  const holder = await db.equipmentHolders.get(item.id);
  if (!holder) return;
  const person = holder.personId ? await db.employees.get(holder.personId) : undefined;
  const who = holder.kind === 'place' ? (holder.place ?? 'a place') : (person?.name ?? 'someone');
  throw new EquipmentRegisterError(`${item.name} is checked out to ${who}. Check it in before it is ${EQUIPMENT_STATUS_LABELS[status].toLowerCase()}.`);
}

/**
 * Adds an item to the register: the draft schema and the register's rules (retired items need
 * a date and reason, the warranty cannot end before purchase), and a unique asset tag, checked
 * in the same transaction as the write.
 */
export async function createEquipment(draft: EquipmentDraft, db: BackdeskDb = getDb()): Promise<Equipment> {
  const record = equipmentRepository.build(withTidyTag(draft));
  refuseProblems(record);
  await writeTransaction(db, ['equipment', 'auditLog'], async () => {
    await refuseDuplicateTag(db, record.assetTag);
    await db.equipment.add(record);
    const tag = record.assetTag ? ` (${record.assetTag})` : '';
    await db.auditLog.add(auditEntry('equipment', record.id, 'create', `Created equipment ${quote(record.name)}${tag}`, record.createdAt));
  });
  return record;
}

const DRAFT_KEYS = Object.keys(equipmentDraftSchema.shape) as (keyof EquipmentDraft)[];

/**
 * Changes an item: '' or undefined clears an optional field. The merged item is checked like a
 * new one (schema, register rules, the tag unique apart from the item itself).
 */
export async function updateEquipment(id: string, patch: Partial<EquipmentDraft>, db: BackdeskDb = getDb()): Promise<Equipment> {
  const tidy = withTidyTag(patch);
  return writeTransaction(db, REGISTER_TABLES, async () => {
    const existing = await db.equipment.get(id);
    if (!existing || existing.deletedAt !== null) throw new RecordNotFoundError('equipment', id);
    const merged: Record<string, unknown> = {};
    for (const k of DRAFT_KEYS) if (existing[k] !== undefined) merged[k] = existing[k];
    for (const [k, v] of Object.entries(tidy)) {
      if (v === undefined || (typeof v === 'string' && v.trim() === '')) delete merged[k];
      else merged[k] = v;
    }
    const parsed = parseOrThrow('equipment', equipmentDraftSchema, dropBlankStrings(merged));
    refuseProblems(parsed);
    await refuseDuplicateTag(db, parsed.assetTag, id);
    if (isOutOfService(parsed.status)) await refuseRetiringHeld(db, existing, parsed.status);
    const base: Record<string, unknown> = { ...existing };
    for (const k of DRAFT_KEYS) delete base[k];
    const at = nowIso();
    const next = parseOrThrow('equipment', equipmentSchema, { ...base, ...parsed, updatedAt: at });
    const changed = DRAFT_KEYS.filter((k) => JSON.stringify(existing[k]) !== JSON.stringify(next[k]));
    if (changed.length === 0) return existing;
    await db.equipment.put(next);
    await db.auditLog.add(auditEntry('equipment', id, 'update', `Updated equipment ${quote(next.name)} (${changed.join(', ')})`, at));
    return next;
  });
}

/**
 * Retires or disposes of an item on `date` for `reason`. Refused while someone holds it (check
 * it in first), so the hand-over ledger never ends with a retired item still out.
 */
export async function retireEquipment(
  id: string,
  input: { status: 'retired' | 'disposed'; date: string; reason: string },
  db: BackdeskDb = getDb(),
): Promise<Equipment> {
  const patch = retirementPatch(input.status, input.date, input.reason);
  return writeTransaction(db, REGISTER_TABLES, async () => {
    const existing = await db.equipment.get(id);
    if (!existing || existing.deletedAt !== null) throw new RecordNotFoundError('equipment', id);
    await refuseRetiringHeld(db, existing, input.status);
    const merged = { ...existing, ...patch };
    refuseProblems(merged);
    const at = nowIso();
    const next = parseOrThrow('equipment', equipmentSchema, { ...merged, updatedAt: at });
    await db.equipment.put(next);
    const word = EQUIPMENT_STATUS_LABELS[input.status];
    await db.auditLog.add(auditEntry('equipment', id, 'update', `${word} equipment ${quote(next.name)} on ${patch.retiredOn}: ${patch.retirementReason}`, at));
    return next;
  });
}

/** Puts a retired or disposed item back in service with `status`, clearing the retirement. */
export function returnEquipmentToService(id: string, status: 'in-use' | 'in-storage' = 'in-storage', db: BackdeskDb = getDb()): Promise<Equipment> {
  return updateEquipment(id, { status, retiredOn: undefined, retirementReason: undefined }, db);
}

/** Soft delete (the bin can restore it); the audit log says who was deleted. */
export function deleteEquipment(id: string, db: BackdeskDb = getDb()): Promise<void> {
  return equipmentRepository.softDelete(id, db);
}

/** Every live item, by name. */
export function listEquipment(db: BackdeskDb = getDb()): Promise<Equipment[]> {
  return equipmentRepository.list(db);
}

/** Every "who has it now" row (derived table), for the register's "With" column. */
export function listEquipmentHolderRows(db: BackdeskDb = getDb()): Promise<EquipmentHolder[]> {
  return db.equipmentHolders.toArray();
}

/** Every tag ever used (deleted items' too, so a freed tag is not handed out again by mistake). */
async function allAssetTags(db: BackdeskDb): Promise<string[]> {
  return ((await db.equipment.orderBy('assetTag').uniqueKeys()) as unknown[]).filter((k): k is string => typeof k === 'string');
}

/** The next asset tag in the configured prefix's series, e.g. 'BD-0042'; 'BD-A0007' on a PC with sync code A. */
export async function suggestEquipmentTag(db: BackdeskDb = getDb()): Promise<string> {
  const [settings, tags] = await Promise.all([getEquipmentSettings(db), allAssetTags(db)]);
  return suggestNextAssetTag(settings.assetTagPrefix, tags, undefined, numberCodeOfThisPc());
}

/** The first tag a prefix gives on this PC ('BD-0001', 'BD-A0001' with sync code A), for Settings' example. */
export function exampleAssetTag(prefix: string): string {
  return suggestNextAssetTag(prefix, [], undefined, numberCodeOfThisPc());
}

// ---------------------------------------------------------------------------------------------
// Photo and documents (attachments linked to the item)

export const EQUIPMENT_DOCUMENT_KINDS = ['Manual', 'Receipt', 'Warranty card', 'Other'] as const;
export type EquipmentDocumentKind = (typeof EQUIPMENT_DOCUMENT_KINDS)[number];

export interface EquipmentFileInput {
  name: string;
  mimeType?: string;
  bytes: Uint8Array;
}

const KIND_SEPARATOR = ' - ';

/** Splits a stored document name ('Manual - ir2625.pdf') into its kind and the file's name. */
export function splitEquipmentDocumentName(stored: string): { kind: EquipmentDocumentKind; fileName: string } {
  for (const kind of EQUIPMENT_DOCUMENT_KINDS) {
    if (stored.startsWith(kind + KIND_SEPARATOR)) return { kind, fileName: stored.slice(kind.length + KIND_SEPARATOR.length) };
  }
  return { kind: 'Other', fileName: stored };
}

async function liveEquipment(db: BackdeskDb, id: string): Promise<Equipment> {
  const e = await db.equipment.get(id);
  if (!e || e.deletedAt !== null) throw new RecordNotFoundError('equipment', id);
  return e;
}

/** Stores a photo and shows it on the item, replacing (and removing) the previous one; one transaction. */
export async function setEquipmentPhoto(id: string, file: EquipmentFileInput, db: BackdeskDb = getDb()): Promise<Equipment> {
  if (!/^image\//.test(file.mimeType ?? '') && !/\.(png|jpe?g|gif|webp)$/i.test(file.name))
    throw new EquipmentRegisterError('The photo must be an image (PNG, JPEG, GIF or WebP).');
  const prepared = await prepareAttachment({ ...file, linkedTable: 'equipment', linkedId: id });
  return writeTransaction(db, ['equipment', ...ATTACHMENT_TABLES], async () => {
    const e = await liveEquipment(db, id);
    await writePreparedAttachment(db, prepared);
    const at = nowIso();
    if (e.photoAttachmentId) {
      const old = await db.attachments.get(e.photoAttachmentId);
      if (old && old.deletedAt === null) await db.attachments.put({ ...old, deletedAt: at, updatedAt: at });
    }
    const next: Equipment = { ...e, photoAttachmentId: prepared.record.id, updatedAt: at };
    await db.equipment.put(next);
    await db.auditLog.add(auditEntry('equipment', id, 'update', `${e.photoAttachmentId ? 'Replaced' : 'Added'} the photo of ${quote(e.name)}`, at));
    return next;
  });
}

/** Attaches a document (manual, receipt, warranty card…) to the item; one transaction. */
export async function addEquipmentDocument(
  id: string,
  kind: EquipmentDocumentKind,
  file: EquipmentFileInput,
  db: BackdeskDb = getDb(),
): Promise<Equipment> {
  const prepared = await prepareAttachment({ ...file, name: `${kind}${KIND_SEPARATOR}${file.name}`.slice(0, 255), linkedTable: 'equipment', linkedId: id });
  return writeTransaction(db, ['equipment', ...ATTACHMENT_TABLES], async () => {
    const e = await liveEquipment(db, id);
    const ids = e.documentAttachmentIds ?? [];
    if (ids.length >= 200) throw new EquipmentRegisterError('An item keeps at most 200 documents; remove one first.');
    await writePreparedAttachment(db, prepared);
    const at = nowIso();
    const next: Equipment = { ...e, documentAttachmentIds: [...ids, prepared.record.id], updatedAt: at };
    await db.equipment.put(next);
    await db.auditLog.add(auditEntry('equipment', id, 'update', `Attached ${kind.toLowerCase()} ${quote(file.name)} to ${quote(e.name)}`, at));
    return next;
  });
}

/** Removes a document (or the photo) from the item; the attachment is soft-deleted. */
export async function removeEquipmentFile(id: string, attachmentId: string, db: BackdeskDb = getDb()): Promise<Equipment> {
  return writeTransaction(db, ['equipment', ...ATTACHMENT_TABLES], async () => {
    const e = await liveEquipment(db, id);
    const at = nowIso();
    const att = await db.attachments.get(attachmentId);
    if (att && att.deletedAt === null) {
      await db.attachments.put({ ...att, deletedAt: at, updatedAt: at });
      await db.auditLog.add(auditEntry('attachments', attachmentId, 'delete', `Removed ${quote(att.name)} from ${quote(e.name)}`, at));
    }
    const { photoAttachmentId, documentAttachmentIds, ...rest } = e;
    const docs = (documentAttachmentIds ?? []).filter((d) => d !== attachmentId);
    const next: Equipment = {
      ...rest,
      ...(photoAttachmentId && photoAttachmentId !== attachmentId ? { photoAttachmentId } : {}),
      ...(docs.length ? { documentAttachmentIds: docs } : {}),
      updatedAt: at,
    };
    await db.equipment.put(next);
    return next;
  });
}

// ---------------------------------------------------------------------------------------------
// Register settings: the asset-tag prefix and the editable category list.

export const EQUIPMENT_SETTINGS_KEY = SETTING_KEYS.equipmentRegister;

export const equipmentSettingsSchema = z.object({
  assetTagPrefix: z
    .string()
    .trim()
    .max(20, 'The asset-tag prefix is at most 20 characters')
    .regex(/^[\p{L}\p{N}\-_/.#: ]*$/u, 'The asset-tag prefix may use letters, digits and - _ / . # : only'),
  categories: equipmentCategoryListSchema,
});
export type EquipmentSettings = z.infer<typeof equipmentSettingsSchema>;

export const DEFAULT_EQUIPMENT_SETTINGS: EquipmentSettings = {
  assetTagPrefix: 'BD',
  categories: DEFAULT_EQUIPMENT_CATEGORIES.map((c) => ({ ...c })),
};

/** The stored settings, each part falling back to its default when it no longer validates. */
export async function getEquipmentSettings(db: BackdeskDb = getDb()): Promise<EquipmentSettings> {
  const stored = (await getSettingRecord(EQUIPMENT_SETTINGS_KEY, db))?.value as Record<string, unknown> | undefined;
  const prefix = equipmentSettingsSchema.shape.assetTagPrefix.safeParse(stored?.assetTagPrefix);
  const categories = equipmentCategoryListSchema.safeParse(stored?.categories);
  // Until someone sets a prefix, continue the series the register already uses (an imported
  // or sample register's 'HL-0018' suggests 'HL-0019', not 'BD-0001').
  const assetTagPrefix =
    stored?.assetTagPrefix !== undefined && prefix.success
      ? prefix.data
      : (usualAssetTagPrefix(await allAssetTags(db)) ?? DEFAULT_EQUIPMENT_SETTINGS.assetTagPrefix);
  return {
    assetTagPrefix,
    categories: categories.success && categories.data.length ? categories.data : DEFAULT_EQUIPMENT_SETTINGS.categories,
  };
}

/** A key for a new category from its name ('Audio/visual' → 'audio-visual'), unique in the list. */
export function newEquipmentCategoryKey(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((k) => k.toLowerCase()));
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'category';
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
  return key;
}

/**
 * Saves the register settings. A category renamed here is renamed on the items filed under
 * its old name in the same transaction, so no item is left with a name the list lost.
 */
export async function saveEquipmentSettings(input: z.input<typeof equipmentSettingsSchema>, db: BackdeskDb = getDb()): Promise<EquipmentSettings> {
  const next = parseOrThrow('settings', equipmentSettingsSchema, input);
  if (next.categories.length === 0) throw new EquipmentRegisterError('Keep at least one category.');
  await writeTransaction(db, ['settings', 'equipment', 'auditLog'], async () => {
    const at = nowIso();
    const before = await getEquipmentSettings(db);
    const renames = new Map<string, string>();
    for (const old of before.categories) {
      const now = next.categories.find((c) => c.key === old.key);
      if (now && now.name !== old.name) renames.set(old.name, now.name);
    }
    if (renames.size) {
      const items = await db.equipment.filter((e) => e.deletedAt === null && e.category !== undefined && renames.has(e.category)).toArray();
      for (const item of items) await db.equipment.put({ ...item, category: renames.get(item.category!)!, updatedAt: at });
      if (items.length) {
        const what = [...renames].map(([a, b]) => `${quote(a)} → ${quote(b)}`).join(', ');
        await db.auditLog.add(auditEntry('equipment', '', 'update', `Renamed categories ${what} on ${items.length} items`, at));
      }
    }
    const existing = await db.settings.get(EQUIPMENT_SETTINGS_KEY);
    await db.settings.put({ id: EQUIPMENT_SETTINGS_KEY, value: next, createdAt: existing?.createdAt ?? at, updatedAt: at, deletedAt: null });
    await db.auditLog.add(auditEntry('settings', EQUIPMENT_SETTINGS_KEY, existing ? 'update' : 'create', 'Updated the equipment register settings', at));
  });
  return next;
}

/** The name to show for an item's category (a stored key shows as its name). */
export function equipmentCategoryName(category: string | undefined, categories: readonly EquipmentCategory[]): string {
  if (!category) return '';
  return findEquipmentCategory(category, categories)?.name ?? category;
}

// ---------------------------------------------------------------------------------------------
// The maintenance log (first version; plans live in plans.ts)

export async function listMaintenance(equipmentId: string, db: BackdeskDb = getDb()): Promise<Maintenance[]> {
  const rows = await db.maintenance
    .where('[equipmentId+date]')
    .between([equipmentId, Dexie.minKey], [equipmentId, Dexie.maxKey])
    .reverse()
    .toArray();
  return rows.filter((m) => m.deletedAt === null);
}

/**
 * Logs maintenance; a service or inspection also sets the equipment's next service date from
 * its interval, in the same transaction.
 */
export async function logMaintenance(draft: MaintenanceDraft, db: BackdeskDb = getDb()): Promise<Maintenance> {
  const entry = maintenanceRepository.build(draft);
  await writeTransaction(db, ['maintenance', 'equipment', 'auditLog'], async () => {
    const eq = await db.equipment.get(entry.equipmentId);
    if (!eq || eq.deletedAt !== null) throw new RecordNotFoundError('equipment', entry.equipmentId);
    await db.maintenance.add(entry);
    await db.auditLog.add(auditEntry('maintenance', entry.id, 'create', `Logged ${entry.kind} for ${quote(eq.name)}`, entry.createdAt));
    if (entry.kind === 'service' || entry.kind === 'inspection') {
      const next = nextServiceAfter(entry.date, eq.serviceIntervalDays);
      if (next && (!eq.nextServiceDate || next > eq.nextServiceDate)) {
        const updated: Equipment = { ...eq, nextServiceDate: next, updatedAt: entry.createdAt };
        await db.equipment.put(updated);
      }
    }
  });
  return entry;
}

/** Live equipment due for service on or before `date`. */
export async function listServiceDue(date: string, db: BackdeskDb = getDb()): Promise<Equipment[]> {
  const rows = await db.equipment.where('nextServiceDate').belowOrEqual(date).toArray();
  return rows.filter((e) => e.deletedAt === null && e.status !== 'retired');
}
