/**
 * Equipment (printers, laptops, the coffee machine) and its maintenance log: the register
 * record, its categories and statuses, and the asset-tag rules (issue 12).
 *
 * Related pure modules beside this one: equipmentLedger (hand-overs), equipmentMeters
 * (meters and readings), equipmentMaintenance (plans and due dates), equipmentRepairs
 * (repairs, downtime, cost of ownership), equipmentBookings (reservations and clashes),
 * equipmentConsumables (supplies an item uses).
 *
 * Field names kept from the first version: `make` is the manufacturer, `serialNumber` the
 * serial number and `warrantyEnds` the warranty end date.
 */
import { z } from 'zod';
import { addDays, addMonths } from '../lib/dates';
import { ASSET_TAG_SEPARATORS, codedSeriesDigits, normalizeNumberCode } from '../sync/numbering';
import {
  BASE_OMIT,
  baseRecordShape,
  centsSchema,
  idSchema,
  isoDateSchema,
  nonNegativeCentsSchema,
  optionalText,
  quantitySchema,
  requiredText,
} from './common';

/**
 * Statuses. The first four are the original values and stay valid; 'lent-out' and 'disposed'
 * were added for issue 12. Labels the issue uses: in use, in store, lent out, under repair,
 * retired, disposed.
 */
export const EQUIPMENT_STATUSES = ['in-use', 'in-storage', 'in-repair', 'retired', 'lent-out', 'disposed'] as const;
export type EquipmentStatus = (typeof EQUIPMENT_STATUSES)[number];

export const EQUIPMENT_STATUS_LABELS: Readonly<Record<EquipmentStatus, string>> = {
  'in-use': 'In use',
  'in-storage': 'In store',
  'lent-out': 'Lent out',
  'in-repair': 'Under repair',
  retired: 'Retired',
  disposed: 'Disposed',
};

/** Words people (and other asset tools' exports) use for each status, already normalized. */
const STATUS_WORDS: ReadonlyArray<[EquipmentStatus, readonly string[]]> = [
  ['in-use', ['in use', 'in-use', 'deployed', 'active', 'assigned']],
  ['in-storage', ['in store', 'in storage', 'in-storage', 'stored', 'storage', 'ready to deploy', 'available', 'spare']],
  ['lent-out', ['lent out', 'lent-out', 'lent', 'on loan', 'loaned', 'checked out']],
  ['in-repair', ['under repair', 'in repair', 'in-repair', 'repair', 'out for repair', 'broken']],
  ['retired', ['retired', 'archived', 'decommissioned']],
  ['disposed', ['disposed', 'disposed of', 'scrapped', 'sold', 'lost', 'stolen']],
];

/** The status a label or word names ('Under repair', 'in store', 'Ready to Deploy'), if any. */
export function parseEquipmentStatus(text: string): EquipmentStatus | undefined {
  const t = text.trim().toLowerCase().replace(/[\s_]+/g, ' ');
  if (!t) return undefined;
  for (const [status, words] of STATUS_WORDS) if (words.includes(t)) return status;
  return undefined;
}

/** Retired or disposed: no longer lent, booked, maintained or counted as in service. */
export function isOutOfService(status: EquipmentStatus | undefined): boolean {
  return status === 'retired' || status === 'disposed';
}

export const equipmentShape = {
  ...baseRecordShape,
  name: requiredText('Name'),
  assetTag: optionalText('Asset tag', 40),
  category: optionalText('Category', 80),
  make: optionalText('Make', 80),
  model: optionalText('Model', 80),
  serialNumber: optionalText('Serial number', 80),
  location: optionalText('Location', 120),
  assignedToEmployeeId: idSchema.optional(),
  status: z.enum(EQUIPMENT_STATUSES).default('in-use'),
  purchaseDate: isoDateSchema.optional(),
  purchaseCostCents: nonNegativeCentsSchema.optional(),
  vendorId: idSchema.optional(),
  warrantyEnds: isoDateSchema.optional(),
  serviceIntervalDays: quantitySchema.min(1, 'The service interval is at least a day').optional(),
  nextServiceDate: isoDateSchema.optional(),
  notes: optionalText('Notes', 4000),
  /** Expected useful life in months, counted from the purchase date. */
  expectedLifeMonths: quantitySchema.min(1, 'The expected life is at least a month').max(1200, 'The expected life is at most 100 years').optional(),
  /** When a retired or disposed item left service, and why (see `equipmentProblems`). */
  retiredOn: isoDateSchema.optional(),
  retirementReason: optionalText('Reason', 500),
  /** Attachment ids: the photo shown on the item's page, and documents (manual, receipt, warranty card). */
  photoAttachmentId: idSchema.optional(),
  documentAttachmentIds: z.array(idSchema).max(200, 'At most 200 documents per item').optional(),
  /** Can be reserved for a time range (projector, pool car); absent means not bookable. */
  bookable: z.boolean().optional(),
};
export const equipmentSchema = z.object(equipmentShape);
export const equipmentDraftSchema = z.object(equipmentShape).omit(BASE_OMIT);
export type Equipment = z.infer<typeof equipmentSchema>;
export type EquipmentDraft = z.input<typeof equipmentDraftSchema>;

export const MAINTENANCE_KINDS = ['service', 'repair', 'inspection', 'other'] as const;

export const maintenanceShape = {
  ...baseRecordShape,
  equipmentId: idSchema,
  date: isoDateSchema,
  kind: z.enum(MAINTENANCE_KINDS).default('service'),
  description: requiredText('Description', 1000),
  costCents: centsSchema.default(0),
  vendorId: idSchema.optional(),
  performedBy: optionalText('Performed by', 120),
  /** The maintenance plan this work fulfilled ("mark done"), if any. */
  planId: idSchema.optional(),
  /** The meter reading when the work was done (the plan's meter, lifetime scale). */
  meterValue: z.number().finite().min(0, 'A meter reading cannot be negative').optional(),
  /** The checklist lines ticked off. */
  checklistDone: z.array(z.string().trim().max(300)).max(100).optional(),
  /** The expense this work created or was linked to. */
  expenseId: idSchema.optional(),
};
export const maintenanceSchema = z.object(maintenanceShape);
export const maintenanceDraftSchema = z.object(maintenanceShape).omit(BASE_OMIT);
export type Maintenance = z.infer<typeof maintenanceSchema>;
export type MaintenanceDraft = z.input<typeof maintenanceDraftSchema>;

/** Next service date after a service on `date`, or undefined without an interval. */
export function nextServiceAfter(date: string, intervalDays: number | undefined): string | undefined {
  return intervalDays ? addDays(date, intervalDays) : undefined;
}

export function isServiceDue(equipment: Pick<Equipment, 'nextServiceDate' | 'status'>, onDate: string, withinDays = 0): boolean {
  if (!equipment.nextServiceDate || equipment.status === 'retired') return false;
  return equipment.nextServiceDate <= addDays(onDate, withinDays);
}

// ---------------------------------------------------------------------------------------------
// Register rules (issue 12.1)

/**
 * Record-level problems a form or import shows before saving, one sentence each (empty when
 * fine): a retired or disposed item needs the date and the reason; a retirement date or
 * reason on an item still in service is refused; the warranty cannot end before purchase.
 */
export function equipmentProblems(
  e: Pick<EquipmentDraft, 'status' | 'retiredOn' | 'retirementReason' | 'purchaseDate' | 'warrantyEnds'>,
): string[] {
  const out: string[] = [];
  const status = e.status ?? 'in-use';
  const reason = e.retirementReason?.trim();
  if (isOutOfService(status)) {
    const word = EQUIPMENT_STATUS_LABELS[status].toLowerCase();
    if (!e.retiredOn) out.push(`Enter the date the item was ${word}.`);
    if (!reason) out.push(`Enter why the item was ${word}.`);
    if (e.retiredOn && e.purchaseDate && e.retiredOn < e.purchaseDate)
      out.push(`The item cannot be ${word} (${e.retiredOn}) before it was bought (${e.purchaseDate}).`);
  } else if (e.retiredOn || reason) {
    out.push('Only a retired or disposed item has a retirement date and reason.');
  }
  if (e.purchaseDate && e.warrantyEnds && e.warrantyEnds < e.purchaseDate)
    out.push(`The warranty cannot end (${e.warrantyEnds}) before the purchase date (${e.purchaseDate}).`);
  return out;
}

/** The changes that retire or dispose of an item (apply with the usual update). */
export function retirementPatch(
  status: 'retired' | 'disposed',
  date: string,
  reason: string,
): Pick<Equipment, 'status' | 'retiredOn' | 'retirementReason'> {
  return { status, retiredOn: date, retirementReason: reason.trim() };
}

/** The day the expected life runs out (purchase date + expected life), if both are known. */
export function endOfExpectedLife(e: Pick<Equipment, 'purchaseDate' | 'expectedLifeMonths'>): string | undefined {
  return e.purchaseDate && e.expectedLifeMonths ? addMonths(e.purchaseDate, e.expectedLifeMonths) : undefined;
}

/** True on and after the end of the expected life. */
export function isPastExpectedLife(e: Pick<Equipment, 'purchaseDate' | 'expectedLifeMonths'>, onDate: string): boolean {
  const end = endOfExpectedLife(e);
  return end !== undefined && onDate >= end;
}

/** True while the warranty runs (the end date included). */
export function isUnderWarranty(e: Pick<Equipment, 'warrantyEnds'>, onDate: string): boolean {
  return e.warrantyEnds !== undefined && onDate <= e.warrantyEnds;
}

// ---------------------------------------------------------------------------------------------
// Categories: data with defaults, so an office can rename, add or hide them.

export interface EquipmentCategory {
  /** Stable key; defaults use the keys below, added categories get a slug or an id. */
  key: string;
  name: string;
  /** Hidden from pickers but still shown on items that use it. */
  hidden?: boolean;
}

export const DEFAULT_EQUIPMENT_CATEGORIES: readonly EquipmentCategory[] = [
  { key: 'copier-printer', name: 'Copier/printer' },
  { key: 'computer', name: 'Computer' },
  { key: 'phone', name: 'Phone' },
  { key: 'furniture', name: 'Furniture' },
  { key: 'appliance', name: 'Appliance' },
  { key: 'vehicle', name: 'Vehicle' },
  { key: 'other', name: 'Other' },
];

export const equipmentCategorySchema = z.object({
  key: z.string().trim().min(1, 'A category needs a key').max(64, 'That category key is too long'),
  name: requiredText('Category name', 80),
  hidden: z.boolean().optional(),
});

/** The editable list (kept in Settings): names and keys unique, ignoring case. */
export const equipmentCategoryListSchema = z
  .array(equipmentCategorySchema)
  .max(500, 'At most 500 categories')
  .superRefine((list, ctx) => {
    const names = new Map<string, number>();
    const keys = new Set<string>();
    list.forEach((c, i) => {
      const n = c.name.trim().toLowerCase();
      const first = names.get(n);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `The category "${c.name}" is already in the list.` });
      else names.set(n, i);
      const k = c.key.toLowerCase();
      if (keys.has(k)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `The category key "${c.key}" is used twice.` });
      keys.add(k);
    });
  });

/** The category a typed or imported name means (case and spacing ignored), or undefined. */
export function findEquipmentCategory(name: string, categories: readonly EquipmentCategory[] = DEFAULT_EQUIPMENT_CATEGORIES): EquipmentCategory | undefined {
  const n = name.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!n) return undefined;
  return categories.find((c) => c.name.toLowerCase() === n || c.key.toLowerCase() === n);
}

// ---------------------------------------------------------------------------------------------
// Asset tags

/**
 * The form a tag is looked up and compared in: Unicode-normalized, upper case, without
 * spaces ('bd- 0042 ' → 'BD-0042'). Leading zeros stay: 'BD-42' and 'BD-0042' are different tags.
 */
export function normalizeAssetTag(tag: string): string {
  return tag.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

const TAG_SEPARATORS = ASSET_TAG_SEPARATORS;

/**
 * The next tag in a prefix's series: one past the highest number any existing tag with that
 * prefix carries, zero-padded to at least `minDigits` (4) or the width that tag used.
 * Matching ignores case and spaces; a tag counts only when the prefix is followed by an
 * optional single separator (- _ / . # :) and digits only, so 'BDX-0099' and 'BD-12A' do not
 * count for 'BD'. Without a separator in the prefix, the one the highest tag used is kept,
 * else '-': ('BD', ['BD-0041', 'bd-0007', 'XY-0100']) → 'BD-0042'; ('BD-', []) → 'BD-0001'.
 *
 * With this PC's sync number `code` the tag is in the PC's own series, code then digits, and
 * only that series counts: ('BD', ['BD-0041', 'BD-A0007', 'BD-B0100'], 4, 'A') → 'BD-A0008'
 * (shared/sync/numbering.ts). Its separator is the series' own, '-' when the series has none
 * ('BD-A0001' after 'BD0041', so the code never reads as part of the prefix).
 */
export function suggestNextAssetTag(prefix: string, existingTags: Iterable<string>, minDigits = 4, code = ''): string {
  const c = normalizeNumberCode(code);
  const shown = prefix.trim();
  const p = normalizeAssetTag(shown);
  const prefixHasSeparator = p === '' || TAG_SEPARATORS.includes(p[p.length - 1]!);
  type Best = { digits: string; width: number; separator: string };
  let best: Best | undefined;
  let bestPlain: Best | undefined;
  for (const raw of existingTags) {
    const tag = normalizeAssetTag(raw);
    if (!tag.startsWith(p)) continue;
    let rest = tag.slice(p.length);
    let separator = '';
    if (!prefixHasSeparator && rest !== '' && TAG_SEPARATORS.includes(rest[0]!)) {
      separator = rest[0]!;
      rest = rest.slice(1);
    }
    const plain = /^\d+$/.test(rest);
    const number = c === '' ? (plain ? rest : undefined) : codedSeriesDigits(rest, c);
    if (plain) {
      const digits = rest.replace(/^0+(?=\d)/, '');
      if (!bestPlain || compareDigitStrings(digits, bestPlain.digits) > 0) bestPlain = { digits, width: rest.length, separator };
    }
    if (number === undefined) continue;
    const digits = number.replace(/^0+(?=\d)/, '');
    if (!best || compareDigitStrings(digits, best.digits) > 0) best = { digits, width: number.length, separator };
  }
  const next = best ? incrementDigitString(best.digits) : '1';
  const width = Math.max(minDigits, best?.width ?? 0);
  const separator = prefixHasSeparator ? '' : c === '' ? (best?.separator ?? '-') : best?.separator || bestPlain?.separator || '-';
  return `${shown}${separator}${c}${next.padStart(width, '0')}`;
}

/** Compares two digit strings without leading zeros as numbers (any length, no precision loss). */
function compareDigitStrings(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}

function incrementDigitString(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') out[i] = '0';
    else {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
  }
  return `1${out.join('')}`;
}

/**
 * The prefix an office's existing tags use most ('HL' for HL-0001…HL-0018), for suggesting the
 * next tag before anyone set a prefix (an imported register keeps its own series). Only tags
 * of letters, an optional separator and digits count; undefined when none does. A tie goes to
 * the alphabetically first prefix, so the answer never depends on the order of the list.
 */
export function usualAssetTagPrefix(tags: Iterable<string>): string | undefined {
  const counts = new Map<string, number>();
  for (const raw of tags) {
    const m = /^(\p{L}+)[-_/.#:]?\d+$/u.exec(normalizeAssetTag(raw));
    if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const [prefix, n] of counts) if (!best || n > best[1] || (n === best[1] && prefix < best[0])) best = [prefix, n];
  return best?.[0];
}

/**
 * The live item that already carries `tag` (compared normalized), leaving out `ignoreId` (the
 * item being edited); undefined when the tag is free or blank.
 */
export function findAssetTagOwner<T extends { id: string; assetTag?: string; deletedAt?: string | null }>(
  tag: string,
  items: Iterable<T>,
  ignoreId?: string,
): T | undefined {
  const n = normalizeAssetTag(tag);
  if (!n) return undefined;
  for (const item of items) {
    if (item.deletedAt || item.id === ignoreId || !item.assetTag) continue;
    if (normalizeAssetTag(item.assetTag) === n) return item;
  }
  return undefined;
}
