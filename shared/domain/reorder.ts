/**
 * The reorder list's arithmetic, kept pure so every rule has a test: which items need
 * ordering, how many to order (target − on hand − on order, in whole packs, at least the
 * vendor's minimum), how fast they are used, how long the shelf lasts and the last day an
 * order can go out given the vendor's lead time.
 */
import { addDays, diffDays } from '../lib/dates';
import { isAtOrBelowMinimum } from './inventory';

/** Days of issues the usage rate looks back over. */
export const USAGE_WINDOW_DAYS = 90;

export interface ReorderItem {
  id: string;
  name: string;
  sku?: string | undefined;
  unit?: string | undefined;
  quantityOnHand: number;
  minQuantity: number;
  targetQuantity: number;
  packSize: number;
  unitCostCents: number;
  vendorId?: string | undefined;
  /** The least the vendor sells in one order, in units (inventory may add this field). */
  vendorMinimumOrder?: number | undefined;
  minOrderQuantity?: number | undefined;
  deletedAt?: string | null;
}

export interface ReorderVendor {
  id: string;
  name: string;
  leadTimeDays?: number | undefined;
}

/** An issue from the ledger: `quantity` is negative (stock going out). */
export interface UsageMovement {
  itemId: string;
  kind: string;
  quantity: number;
  /** Business day; falls back to the day of createdAt. */
  date?: string | undefined;
  createdAt: string;
  deletedAt?: string | null;
}

export interface ReorderLine {
  itemId: string;
  itemName: string;
  sku?: string | undefined;
  unit?: string | undefined;
  vendorId?: string | undefined;
  vendorName?: string | undefined;
  onHand: number;
  min: number;
  target: number;
  onOrder: number;
  packSize: number;
  minimumOrder: number;
  suggested: number;
  unitCostCents: number;
  /** Units per day over the window; 0 when nothing was issued. */
  usagePerDay: number;
  /** null when there is no usage to run out from. */
  daysOfCover: number | null;
  /** The last day to send the order; null without usage. */
  orderBy: string | null;
  /** The order-by day is today or already past. */
  orderNow: boolean;
  leadTimeDays: number;
  /** Draft orders that already hold this item (counted in onOrder): the list links to them. */
  onDraft: { orderId: string; number: string; quantity: number }[];
  /** Units on sent, not yet received orders (the rest of onOrder is on drafts). */
  onSentOrders: number;
}

/** A draft purchase order, as the reorder list reads it. */
export interface DraftOrderRef {
  id: string;
  number: string;
  vendorId: string;
  lines: readonly { itemId?: string | undefined; quantity: number }[];
  deletedAt?: string | null;
}

function roundUpTo(value: number, step: number): number {
  const s = Math.max(1, Math.floor(step));
  return Math.ceil(value / s) * s;
}

/** The vendor's minimum order for an item in units: its own field, else one pack. */
export function minimumOrderOf(item: Pick<ReorderItem, 'packSize' | 'vendorMinimumOrder' | 'minOrderQuantity'>): number {
  const m = item.vendorMinimumOrder ?? item.minOrderQuantity;
  return m !== undefined && m > 0 ? Math.floor(m) : Math.max(1, item.packSize);
}

/**
 * target − on hand − on order, rounded up to whole packs and then up to the vendor's minimum
 * (itself rounded to whole packs, so the order stays in packs). 0 when nothing is needed.
 */
export function suggestedQuantity(
  item: Pick<ReorderItem, 'quantityOnHand' | 'minQuantity' | 'targetQuantity' | 'packSize' | 'vendorMinimumOrder' | 'minOrderQuantity'>,
  onOrder = 0,
): number {
  // Without a target the item refills to its minimum.
  const goal = Math.max(item.targetQuantity, item.minQuantity);
  const need = goal - item.quantityOnHand - Math.max(0, onOrder);
  if (need <= 0) return 0;
  const pack = Math.max(1, item.packSize);
  const inPacks = roundUpTo(need, pack);
  const minimum = minimumOrderOf(item);
  return inPacks >= minimum ? inPacks : roundUpTo(minimum, pack);
}

function movementDay(m: Pick<UsageMovement, 'date' | 'createdAt'>): string {
  return m.date ?? m.createdAt.slice(0, 10);
}

/**
 * Units issued per day per item over the `windowDays` up to and including `today`. Counts,
 * adjustments and receipts are not usage.
 */
export function usageRates(
  movements: Iterable<UsageMovement>,
  today: string,
  windowDays = USAGE_WINDOW_DAYS,
): Map<string, number> {
  const from = addDays(today, -(windowDays - 1));
  const totals = new Map<string, number>();
  for (const m of movements) {
    if (m.kind !== 'issued' || (m.deletedAt ?? null) !== null) continue;
    const day = movementDay(m);
    if (day < from || day > today) continue;
    totals.set(m.itemId, (totals.get(m.itemId) ?? 0) + Math.abs(m.quantity));
  }
  const out = new Map<string, number>();
  for (const [id, units] of totals) out.set(id, units / windowDays);
  return out;
}

/** How many days the stock on hand lasts at this rate; null when nothing is used. */
export function daysOfCover(onHand: number, usagePerDay: number): number | null {
  if (!(usagePerDay > 0)) return null;
  return Math.max(0, onHand) / usagePerDay;
}

/**
 * today + whole days of cover − lead time. `orderNow` when that day is today or earlier:
 * an order sent later would arrive after the shelf is empty.
 */
export function orderByDate(
  today: string,
  cover: number | null,
  leadTimeDays: number,
): { orderBy: string | null; orderNow: boolean } {
  if (cover === null) return { orderBy: null, orderNow: false };
  const orderBy = addDays(today, Math.floor(cover) - Math.max(0, leadTimeDays));
  return { orderBy, orderNow: diffDays(today, orderBy) <= 0 };
}

export interface ReorderInput {
  items: readonly ReorderItem[];
  vendors: readonly ReorderVendor[];
  /** Units on order per item id (sent purchase order lines not yet received). */
  onOrder: ReadonlyMap<string, number>;
  /** Draft orders: their quantities count as on order too (issue 16.1). */
  drafts?: readonly DraftOrderRef[];
  movements: Iterable<UsageMovement>;
  today: string;
  windowDays?: number;
}

/**
 * The reorder list: every live item at or below its minimum, most urgent first. Quantities on
 * draft and sent orders count as on order; an item they fully cover (nothing left to suggest
 * once they arrive) leaves the list (issue 16.1).
 */
export function buildReorderList(input: ReorderInput): ReorderLine[] {
  const vendors = new Map(input.vendors.map((v) => [v.id, v]));
  const rates = usageRates(input.movements, input.today, input.windowDays);
  const drafted = new Map<string, ReorderLine['onDraft']>();
  for (const d of input.drafts ?? []) {
    if ((d.deletedAt ?? null) !== null) continue;
    for (const l of d.lines) {
      if (!l.itemId || l.quantity <= 0) continue;
      const list = drafted.get(l.itemId) ?? [];
      const same = list.find((x) => x.orderId === d.id);
      if (same) same.quantity += l.quantity;
      else list.push({ orderId: d.id, number: d.number, quantity: l.quantity });
      drafted.set(l.itemId, list);
    }
  }
  const lines: ReorderLine[] = [];
  for (const item of input.items) {
    if ((item.deletedAt ?? null) !== null || !isAtOrBelowMinimum(item)) continue;
    const vendor = item.vendorId ? vendors.get(item.vendorId) : undefined;
    const onSentOrders = input.onOrder.get(item.id) ?? 0;
    const onDraft = drafted.get(item.id) ?? [];
    const onOrder = onSentOrders + onDraft.reduce((n, d) => n + d.quantity, 0);
    const suggested = suggestedQuantity(item, onOrder);
    // Covered: what is ordered (or drafted) brings it back to its target.
    if (onOrder > 0 && suggested === 0) continue;
    const usagePerDay = rates.get(item.id) ?? 0;
    const cover = daysOfCover(item.quantityOnHand, usagePerDay);
    const leadTimeDays = vendor?.leadTimeDays ?? 0;
    const { orderBy, orderNow } = orderByDate(input.today, cover, leadTimeDays);
    lines.push({
      itemId: item.id,
      itemName: item.name,
      sku: item.sku,
      unit: item.unit,
      vendorId: vendor?.id,
      vendorName: vendor?.name,
      onHand: item.quantityOnHand,
      min: item.minQuantity,
      target: item.targetQuantity,
      onOrder,
      packSize: Math.max(1, item.packSize),
      minimumOrder: minimumOrderOf(item),
      suggested,
      unitCostCents: item.unitCostCents,
      usagePerDay,
      daysOfCover: cover,
      orderBy,
      orderNow,
      leadTimeDays,
      onDraft,
      onSentOrders,
    });
  }
  return lines.sort(
    (a, b) =>
      Number(b.orderNow) - Number(a.orderNow) ||
      (a.orderBy ?? '9999').localeCompare(b.orderBy ?? '9999') ||
      a.itemName.localeCompare(b.itemName),
  );
}

/** An order-by day within this many days counts as "order now" for the ticks (a weekly order round). */
export const ORDER_SOON_DAYS = 7;

/**
 * Ticked at first (issue 16.2): only what needs ordering now — a positive suggestion once what
 * is on order and on drafts is counted, from a known vendor, and either due to be ordered
 * within ORDER_SOON_DAYS (by its usage and the vendor's lead time) or already below its
 * minimum with no usage to go by. An item at its minimum with months of cover is shown, unticked.
 */
export function isPreselected(
  line: Pick<ReorderLine, 'suggested' | 'vendorId' | 'orderNow' | 'orderBy' | 'daysOfCover' | 'onHand' | 'min'>,
  today: string,
): boolean {
  if (line.suggested <= 0 || line.vendorId === undefined) return false;
  if (line.orderNow) return true;
  if (line.orderBy !== null) return line.orderBy <= addDays(today, ORDER_SOON_DAYS);
  return line.onHand < line.min;
}

export interface DraftOrderPlan {
  vendorId: string;
  /** A line without an item is free text (an approved purchase request for something not stocked, issue 17.2). */
  lines: { itemId?: string | undefined; description: string; quantity: number; unitCostCents: number }[];
}

/**
 * Groups chosen lines into one order per vendor, in vendor-name order. Lines without a vendor
 * or with a quantity under 1 are returned as `skipped` so the screen can say why.
 */
export function planDraftOrders(
  chosen: readonly (Pick<ReorderLine, 'itemId' | 'itemName' | 'vendorId' | 'vendorName' | 'unitCostCents'> & { quantity: number })[],
): { orders: DraftOrderPlan[]; skipped: { itemId: string; reason: string }[] } {
  const byVendor = new Map<string, { name: string; plan: DraftOrderPlan }>();
  const skipped: { itemId: string; reason: string }[] = [];
  for (const line of chosen) {
    if (!line.vendorId) {
      skipped.push({ itemId: line.itemId, reason: `${line.itemName} has no vendor` });
      continue;
    }
    if (!Number.isInteger(line.quantity) || line.quantity < 1) {
      skipped.push({ itemId: line.itemId, reason: `${line.itemName}: the quantity must be a whole number of at least 1` });
      continue;
    }
    const group = byVendor.get(line.vendorId) ?? { name: line.vendorName ?? '', plan: { vendorId: line.vendorId, lines: [] } };
    group.plan.lines.push({ itemId: line.itemId, description: line.itemName, quantity: line.quantity, unitCostCents: line.unitCostCents });
    byVendor.set(line.vendorId, group);
  }
  const orders = [...byVendor.values()].sort((a, b) => a.name.localeCompare(b.name)).map((g) => g.plan);
  return { orders, skipped };
}

export interface MergeLine {
  id?: string | undefined;
  itemId?: string | undefined;
  description: string;
  quantity: number;
  unitCostCents: number;
  receivedQuantity?: number | undefined;
}

export interface DraftForMerge {
  id: string;
  vendorId: string;
  createdAt?: string;
  deletedAt?: string | null;
  lines: readonly MergeLine[];
}

export interface DraftMerge {
  /** Existing drafts that gain lines or quantities, with their new lines. */
  updates: { orderId: string; lines: MergeLine[] }[];
  /** Plans for vendors that have no draft yet: new orders. */
  creates: DraftOrderPlan[];
}

/**
 * "Create purchase orders" never makes a second draft for a vendor that has one (issue 16.1):
 * a plan for such a vendor goes into its newest draft — a line for an item already there
 * gains the quantity, others are added — and only vendors without a draft get a new order.
 */
export function mergeIntoDrafts(
  plans: readonly DraftOrderPlan[],
  drafts: readonly DraftForMerge[],
): DraftMerge {
  const newest = new Map<string, DraftForMerge>();
  for (const d of drafts) {
    if ((d.deletedAt ?? null) !== null) continue;
    const seen = newest.get(d.vendorId);
    if (!seen || (d.createdAt ?? '') > (seen.createdAt ?? '')) newest.set(d.vendorId, d);
  }
  const updates: DraftMerge['updates'] = [];
  const creates: DraftOrderPlan[] = [];
  for (const plan of plans) {
    const draft = newest.get(plan.vendorId);
    if (!draft) {
      creates.push(plan);
      continue;
    }
    const lines: MergeLine[] = draft.lines.map((l) => ({ ...l }));
    for (const add of plan.lines) {
      const same = lines.find((l) => l.itemId !== undefined && l.itemId === add.itemId);
      if (same) same.quantity += add.quantity;
      else lines.push({ itemId: add.itemId, description: add.description, quantity: add.quantity, unitCostCents: add.unitCostCents });
    }
    updates.push({ orderId: draft.id, lines });
  }
  return { updates, creates };
}
