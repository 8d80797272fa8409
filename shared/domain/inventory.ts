/**
 * Inventory: office supplies and their stock ledger.
 *
 * The ledger of movements is the truth; `item.quantityOnHand` is a cache of the ledger's sum
 * that the inventory repository updates in the same transaction as each movement (DESIGN §2).
 * A movement's `quantity` is the signed change: received > 0, issued < 0, adjusted ≠ 0,
 * counted = counted − on hand (the variance, possibly 0), so summing `quantity` over an item's
 * movements always gives its quantity on hand.
 */
import { z } from 'zod';
import {
  BASE_OMIT,
  baseRecordShape,
  idSchema,
  isoDateSchema,
  nonNegativeCentsSchema,
  nonNegativeQuantitySchema,
  optionalText,
  quantitySchema,
  requiredText,
} from './common';

export const itemShape = {
  ...baseRecordShape,
  name: requiredText('Name'),
  sku: optionalText('SKU', 64),
  category: requiredText('Category', 80).default('General'),
  /** What one unit is: 'ream', 'box', 'each'. */
  unit: requiredText('Unit', 40).default('each'),
  location: optionalText('Location', 120),
  quantityOnHand: nonNegativeQuantitySchema.default(0),
  /** At or below this the item shows as low stock (isAtOrBelowMinimum). */
  minQuantity: nonNegativeQuantitySchema.default(0),
  /** Reorders fill up to this. */
  targetQuantity: nonNegativeQuantitySchema.default(0),
  /** Vendors sell in packs of this many units. */
  packSize: quantitySchema.min(1, 'Pack size is at least 1').default(1),
  unitCostCents: nonNegativeCentsSchema.default(0),
  vendorId: idSchema.optional(),
  /** The least the vendor sells in one order, in units (reorders round up to it). */
  vendorMinimumOrder: nonNegativeQuantitySchema.optional(),
  barcode: optionalText('Barcode', 64),
  /** The item's photo in the attachment store. */
  photoAttachmentId: idSchema.optional(),
  notes: optionalText('Notes', 4000),
};

export const itemSchema = z.object(itemShape);
/** What a form or import supplies; quantity on hand only ever changes through movements. */
export const itemDraftSchema = z.object(itemShape).omit({ ...BASE_OMIT, quantityOnHand: true });
export type Item = z.infer<typeof itemSchema>;
export type ItemDraft = z.input<typeof itemDraftSchema>;

export const STOCK_MOVEMENT_KINDS = ['received', 'issued', 'adjusted', 'counted'] as const;
export type StockMovementKind = (typeof STOCK_MOVEMENT_KINDS)[number];

export const stockMovementShape = {
  ...baseRecordShape,
  itemId: idSchema,
  kind: z.enum(STOCK_MOVEMENT_KINDS, { error: 'Kind is received, issued, adjusted or counted' }),
  /** Signed change to quantity on hand. */
  quantity: quantitySchema,
  /** Quantity on hand right after this movement, for reading the ledger without re-summing. */
  balanceAfter: nonNegativeQuantitySchema,
  /** For counts: the quantity found on the shelf. */
  countedQuantity: nonNegativeQuantitySchema.optional(),
  reason: optionalText('Reason', 500),
  /** Who took the stock (a name as written on the sign-out sheet). */
  issuedTo: optionalText('Issued to', 120),
  issuedToEmployeeId: idSchema.optional(),
  purchaseOrderId: idSchema.optional(),
  unitCostCents: nonNegativeCentsSchema.optional(),
  /** The business day of the movement (createdAt is when it was typed in). */
  date: isoDateSchema.optional(),
};

function checkMovementSign(
  m: { kind: StockMovementKind; quantity: number; countedQuantity?: number | undefined; balanceAfter: number },
  ctx: z.RefinementCtx,
): void {
  if (m.kind === 'received' && m.quantity <= 0) ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'A receipt adds stock: quantity must be positive' });
  if (m.kind === 'issued' && m.quantity >= 0) ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'An issue removes stock: quantity must be negative' });
  if (m.kind === 'adjusted' && m.quantity === 0) ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'An adjustment must change the quantity' });
  if (m.kind === 'counted') {
    if (m.countedQuantity === undefined) ctx.addIssue({ code: 'custom', path: ['countedQuantity'], message: 'A count needs the counted quantity' });
    else if (m.countedQuantity !== m.balanceAfter) ctx.addIssue({ code: 'custom', path: ['balanceAfter'], message: 'After a count the balance is the counted quantity' });
  }
}

export const stockMovementSchema = z.object(stockMovementShape).superRefine(checkMovementSign);
export type StockMovement = z.infer<typeof stockMovementSchema>;

const movementCommon = {
  itemId: idSchema,
  reason: optionalText('Reason', 500),
  date: isoDateSchema.optional(),
};
const positiveQuantity = quantitySchema.min(1, 'The quantity must be at least 1');

/** What a person records; the repository turns it into a ledger row. */
export const stockMovementInputSchema = z.discriminatedUnion('kind', [
  z.object({
    ...movementCommon,
    kind: z.literal('received'),
    quantity: positiveQuantity,
    unitCostCents: nonNegativeCentsSchema.optional(),
    purchaseOrderId: idSchema.optional(),
  }),
  z.object({
    ...movementCommon,
    kind: z.literal('issued'),
    quantity: positiveQuantity,
    issuedTo: optionalText('Issued to', 120),
    issuedToEmployeeId: idSchema.optional(),
  }),
  z.object({
    ...movementCommon,
    kind: z.literal('adjusted'),
    delta: quantitySchema.refine((v) => v !== 0, { error: 'An adjustment must change the quantity' }),
    reason: requiredText('Reason', 500),
  }),
  z.object({
    ...movementCommon,
    kind: z.literal('counted'),
    countedQuantity: nonNegativeQuantitySchema,
  }),
]);
export type StockMovementInput = z.input<typeof stockMovementInputSchema>;

export class InsufficientStockError extends Error {
  override readonly name = 'InsufficientStockError';
  constructor(
    readonly itemName: string,
    readonly onHand: number,
    readonly requested: number,
    readonly unit = 'units',
  ) {
    super(`Only ${onHand} ${unit} of ${itemName} on hand; cannot take ${requested}. Record a count or a receipt first.`);
  }
}

/**
 * The ledger row fields a movement produces given the current quantity on hand.
 * Throws InsufficientStockError when it would take stock below zero.
 */
export function planMovement(
  item: Pick<Item, 'name' | 'unit' | 'quantityOnHand'>,
  input: ParsedStockMovementInput,
): { quantity: number; balanceAfter: number; countedQuantity?: number } {
  const onHand = item.quantityOnHand;
  switch (input.kind) {
    case 'received':
      return { quantity: input.quantity, balanceAfter: onHand + input.quantity };
    case 'issued':
      if (input.quantity > onHand) throw new InsufficientStockError(item.name, onHand, input.quantity, item.unit);
      return { quantity: -input.quantity, balanceAfter: onHand - input.quantity };
    case 'adjusted':
      if (onHand + input.delta < 0) throw new InsufficientStockError(item.name, onHand, -input.delta, item.unit);
      return { quantity: input.delta, balanceAfter: onHand + input.delta };
    case 'counted':
      return {
        quantity: input.countedQuantity - onHand,
        balanceAfter: input.countedQuantity,
        countedQuantity: input.countedQuantity,
      };
  }
}

/** A movement input after its boundary parse (defaults applied, lengths and signs checked). */
export type ParsedStockMovementInput = z.output<typeof stockMovementInputSchema>;

/** A movement worked out against an item: the ledger row and the item's new quantity on hand. */
export interface LedgerStep {
  movement: StockMovement;
  quantityOnHand: number;
}

/**
 * THE movement planner (DESIGN §2): every ledger row and every change to quantity on hand
 * comes from here — single movements, shelf counts, opening balances (a count against an
 * item still at 0) and imports. Pure: the caller supplies the new row's id and time.
 *
 * `input` must have passed stockMovementInputSchema (or be built from values already checked
 * at a boundary), so the row is valid by construction and bulk callers need no zod parse per
 * row; the tests run stockMovementSchema over this function's output for every kind.
 * Throws InsufficientStockError when the movement would take stock below zero.
 */
export function planLedgerStep(
  item: Pick<Item, 'id' | 'name' | 'unit' | 'quantityOnHand'>,
  input: ParsedStockMovementInput,
  id: string,
  at: string,
): LedgerStep {
  if (input.itemId !== item.id) throw new Error(`A movement for item ${input.itemId} cannot be applied to item ${item.id}.`);
  const plan = planMovement(item, input);
  const movement: StockMovement = {
    id,
    itemId: item.id,
    kind: input.kind,
    quantity: plan.quantity,
    balanceAfter: plan.balanceAfter,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
  if (plan.countedQuantity !== undefined) movement.countedQuantity = plan.countedQuantity;
  if (input.reason) movement.reason = input.reason;
  if (input.date) movement.date = input.date;
  if (input.kind === 'issued') {
    if (input.issuedTo) movement.issuedTo = input.issuedTo;
    if (input.issuedToEmployeeId) movement.issuedToEmployeeId = input.issuedToEmployeeId;
  } else if (input.kind === 'received') {
    if (input.purchaseOrderId) movement.purchaseOrderId = input.purchaseOrderId;
    if (input.unitCostCents !== undefined) movement.unitCostCents = input.unitCostCents;
  }
  return { movement, quantityOnHand: plan.balanceAfter };
}

/** The input for an item's opening balance: a count of what is on the shelf when it is created. */
export function openingCountInput(itemId: string, quantity: number, reason = 'Opening balance'): ParsedStockMovementInput {
  return { kind: 'counted', itemId, countedQuantity: quantity, reason };
}

/** Quantity on hand as the ledger says: the sum of signed movement quantities. */
export function ledgerBalance(movements: readonly Pick<StockMovement, 'quantity' | 'deletedAt'>[]): number {
  let total = 0;
  for (const m of movements) if (m.deletedAt === null) total += m.quantity;
  return total;
}

/**
 * The one low-stock rule: an item is low when it is AT or below its minimum (its reorder
 * point), so the Inventory list, the Dashboard, the `lowStock` aggregate and the reorder list
 * always agree. Items with neither a minimum nor a target are not tracked, so an empty shelf
 * nobody set a minimum for is never "low". How much to order is `suggestedQuantity` in
 * ./reorder (on order, packs and the vendor's minimum included).
 */
export function isAtOrBelowMinimum(item: Pick<Item, 'quantityOnHand' | 'minQuantity' | 'targetQuantity'>): boolean {
  if (item.minQuantity <= 0 && item.targetQuantity <= 0) return false;
  return item.quantityOnHand <= item.minQuantity;
}

/** Value of stock on hand at unit cost. */
export function stockValueCents(item: Pick<Item, 'quantityOnHand' | 'unitCostCents'>): number {
  return item.quantityOnHand * item.unitCostCents;
}

/**
 * Maintained inventory aggregates (DESIGN §2b), so the dashboard reads a few hundred rows
 * instead of every item and movement. One row per category ('category:NAME'), per preferred
 * vendor ('vendor:ID', '' = none) and per month of issues ('month:YYYY-MM').
 */
export const INVENTORY_TOTAL_KINDS = ['category', 'vendor', 'month'] as const;
export type InventoryTotalKind = (typeof INVENTORY_TOTAL_KINDS)[number];
export const inventoryTotalSchema = z.object({
  id: z.string().max(200, 'That total id is too long'),
  kind: z.enum(INVENTORY_TOTAL_KINDS),
  key: z.string().max(200, 'That total key is too long'),
  /** Live items in the group (category and vendor rows). */
  itemCount: z.number().int(),
  /** Live items at or below their minimum (isAtOrBelowMinimum; the stored name is older than the rule). */
  belowMinCount: z.number().int(),
  /** Quantity on hand × unit cost over the group's items. */
  valueCents: z.number().int(),
  /** Units issued (month rows). */
  issued: z.number().int(),
});
export type InventoryTotal = z.infer<typeof inventoryTotalSchema>;

/** `month` of the row holding an item's issues of all time. */
export const ALL_TIME = 'all';

/**
 * Units of one item issued in one month ('YYYY-MM'), or of all time (month ALL_TIME);
 * primary key [itemId+month], indexed [month+issued] so the most used items of a month (or
 * of all time) are the last few keys of that index — no scan.
 */
export const itemUsageSchema = z.object({
  itemId: z.string().max(64, 'That item id is too long'),
  month: z.union([z.string().regex(/^\d{4}-\d{2}$/), z.literal(ALL_TIME)]),
  issued: z.number().int(),
});
export type ItemUsage = z.infer<typeof itemUsageSchema>;

export function inventoryTotalId(kind: InventoryTotalKind, key: string): string {
  return `${kind}:${key}`;
}

/** The month a movement counts in: its business date, else when it was typed in. */
export function movementMonth(m: Pick<StockMovement, 'date' | 'createdAt'>): string {
  return (m.date ?? m.createdAt).slice(0, 7);
}

/** Units issued by a movement (0 for everything but live issues). */
export function issuedUnits(m: Pick<StockMovement, 'kind' | 'quantity' | 'deletedAt'>): number {
  return m.kind === 'issued' && m.deletedAt === null ? -m.quantity : 0;
}

/** Full recompute of the aggregates from items and movements (the reference for tests and repairs). */
export function computeInventoryTotals(
  items: Iterable<Item>,
  movements: Iterable<StockMovement>,
): { totals: InventoryTotal[]; usage: ItemUsage[] } {
  const totals = new Map<string, InventoryTotal>();
  const row = (kind: InventoryTotalKind, key: string) => {
    const id = inventoryTotalId(kind, key);
    let t = totals.get(id);
    if (!t) totals.set(id, (t = { id, kind, key, itemCount: 0, belowMinCount: 0, valueCents: 0, issued: 0 }));
    return t;
  };
  for (const i of items) {
    if (i.deletedAt !== null) continue;
    for (const t of [row('category', i.category), row('vendor', i.vendorId ?? '')]) {
      t.itemCount += 1;
      if (isAtOrBelowMinimum(i)) t.belowMinCount += 1;
      t.valueCents += stockValueCents(i);
    }
  }
  const usage = new Map<string, ItemUsage>();
  for (const m of movements) {
    const q = issuedUnits(m);
    if (q === 0) continue;
    const month = movementMonth(m);
    row('month', month).issued += q;
    for (const key of [month, ALL_TIME]) {
      const k = `${m.itemId}\u0000${key}`;
      const u = usage.get(k) ?? { itemId: m.itemId, month: key, issued: 0 };
      u.issued += q;
      usage.set(k, u);
    }
  }
  return {
    totals: [...totals.values()].sort((a, b) => a.id.localeCompare(b.id)),
    usage: [...usage.values()].sort((a, b) => a.itemId.localeCompare(b.itemId) || a.month.localeCompare(b.month)),
  };
}

/** One line of a count's variance review. */
export interface CountLine {
  itemId: string;
  expected: number;
  counted: number;
  variance: number;
  varianceValueCents: number;
}

/** Expected vs counted for one item: variance = counted − expected, valued at unit cost. */
export function countLine(item: Pick<Item, 'id' | 'quantityOnHand' | 'unitCostCents'>, counted: number): CountLine {
  const variance = counted - item.quantityOnHand;
  return { itemId: item.id, expected: item.quantityOnHand, counted, variance, varianceValueCents: variance * item.unitCostCents };
}
