/**
 * What the report screens read. Reports own no table: every record comes through its owner's
 * public index (expenses, purchasing, vendors, budget, inventory), read once per screen in a
 * few whole-table or index-range reads — never a query per row — and turned here into the
 * plain facts the pure aggregations in shared/domain/reports.ts take.
 */
import { NO_KEY, committedCents, type PriceObservation, type SpendEntry } from '../../../shared/domain/reports';
import type { BackdeskDb } from '../../db';
import { budgetCategoryRepository } from '../budget';
import { invoiceRepository, listExpensesBetween } from '../expenses';
import { itemRepository } from '../inventory';
import { purchaseOrderRepository, PURCHASE_ORDER_STATUS_LABELS, type PurchaseOrder } from '../purchasing';
import { rfqRepository } from '../quotes';
import { listStaffRequestRows, REQUEST_KIND_LABELS, REQUEST_STATUS_LABELS } from '../requests';
import { vendorRepository } from '../vendors';

/** The key orders count under when spend is grouped by category (orders carry none). */
export const ORDERS_KEY = '*orders';

/** A spend entry with what the drill-down list shows of it. */
export interface SpendRecord extends SpendEntry {
  vendorId?: string | undefined;
  categoryId?: string | undefined;
  description: string;
  /** 'Expense' or the order's status ('Sent', 'Received'). */
  status: string;
}

export interface SpendData {
  expenses: SpendRecord[];
  /** Sent purchase orders not yet booked as an expense (through a paid invoice), by order date. */
  orders: SpendRecord[];
  vendorNames: Map<string, string>;
  /** Category names by id, and each category's top-level category. */
  categoryNames: Map<string, string>;
  rootOf: Map<string, string>;
}

/** An order counts as committed once sent, until cancelled. */
const COMMITTED = new Set<PurchaseOrder['status']>(['ordered', 'partially-received', 'received']);

export async function loadSpendData(from: string, to: string, db?: BackdeskDb): Promise<SpendData> {
  const [expenses, orders, invoices, vendors, categories] = await Promise.all([
    listExpensesBetween(from, to, db),
    purchaseOrderRepository.list(db),
    invoiceRepository.list(db),
    vendorRepository.list(db),
    budgetCategoryRepository.list(db),
  ]);
  // An order whose invoice was booked as an expense is already in the expenses: never twice.
  const invoiceOrder = new Map<string, string>();
  for (const inv of invoices) if (inv.purchaseOrderId) invoiceOrder.set(inv.id, inv.purchaseOrderId);
  const booked = new Set<string>();
  const spend: SpendRecord[] = [];
  for (const e of expenses) {
    const po = e.invoiceId ? invoiceOrder.get(e.invoiceId) : undefined;
    if (po) booked.add(po);
    spend.push({
      id: e.id,
      source: 'expense',
      date: e.date,
      amountCents: e.amountCents,
      key: NO_KEY,
      vendorId: e.vendorId,
      categoryId: e.categoryId,
      description: e.description,
      status: 'Expense',
    });
  }
  // Invoices booked outside the period still mark their order as booked.
  for (const inv of invoices) if (inv.purchaseOrderId && inv.status === 'paid') booked.add(inv.purchaseOrderId);
  const committed: SpendRecord[] = [];
  for (const po of orders) {
    if (!COMMITTED.has(po.status) || booked.has(po.id) || po.orderDate < from || po.orderDate > to) continue;
    committed.push({
      id: po.id,
      source: 'order',
      date: po.orderDate,
      amountCents: committedCents(po),
      key: NO_KEY,
      vendorId: po.vendorId,
      description: `Purchase order ${po.number}`,
      status: PURCHASE_ORDER_STATUS_LABELS[po.status],
    });
  }
  const parent = new Map(categories.map((c) => [c.id, c.parentId]));
  const rootOf = new Map<string, string>();
  for (const c of categories) {
    let id = c.id;
    // Bounded walk up the tree: a damaged parent loop cannot hang the screen.
    for (let i = 0; i < 50; i++) {
      const p = parent.get(id);
      if (!p || !parent.has(p)) break;
      id = p;
    }
    rootOf.set(c.id, id);
  }
  return {
    expenses: spend,
    orders: committed,
    vendorNames: new Map(vendors.map((v) => [v.id, v.name])),
    categoryNames: new Map(categories.map((c) => [c.id, c.name])),
    rootOf,
  };
}

/** A price seen, with the names the screen shows. */
export interface PriceData {
  observations: PriceObservation[];
  itemNames: Map<string, string>;
  itemUnits: Map<string, string>;
  vendorNames: Map<string, string>;
}

/**
 * Unit prices per item: every line with an inventory item on a sent purchase order (the price
 * paid, dated by the order), and every price a vendor quoted for one on a request for
 * quotation (dated the day the quote came in). Two whole-table reads and one pass each.
 */
export async function loadPriceData(db?: BackdeskDb): Promise<PriceData> {
  const [orders, rfqs, items, vendors] = await Promise.all([purchaseOrderRepository.list(db), rfqRepository.list(db), itemRepository.list(db), vendorRepository.list(db)]);
  const observations: PriceObservation[] = [];
  for (const po of orders) {
    if (!COMMITTED.has(po.status)) continue;
    for (const l of po.lines) {
      if (!l.itemId) continue;
      observations.push({
        itemId: l.itemId,
        vendorId: po.vendorId,
        date: po.orderDate,
        unitPriceCents: l.unitCostCents,
        source: 'order',
        recordId: po.id,
        reference: po.number,
        lineId: l.id,
        quantity: l.quantity,
      });
    }
  }
  // Every price a vendor quoted for an inventory item, dated the day the quote came in.
  for (const rfq of rfqs) {
    const itemOf = new Map(rfq.lines.flatMap((l) => (l.itemId ? [[l.id, l] as const] : [])));
    if (itemOf.size === 0) continue;
    for (const q of rfq.quotes)
      for (const ql of q.lines) {
        const line = itemOf.get(ql.lineId);
        if (!line?.itemId || ql.unitPriceCents === undefined) continue;
        observations.push({
          itemId: line.itemId,
          vendorId: q.vendorId,
          date: q.receivedOn,
          unitPriceCents: ql.unitPriceCents,
          source: 'quote',
          recordId: rfq.id,
          reference: rfq.number,
          lineId: line.id,
          quantity: line.quantity,
        });
      }
  }
  return {
    observations,
    itemNames: new Map(items.map((i) => [i.id, i.name])),
    itemUnits: new Map(items.flatMap((i) => (i.unit ? [[i.id, i.unit] as const] : []))),
    vendorNames: new Map(vendors.map((v) => [v.id, v.name])),
  };
}

/** A staff request as the report counts it, with what its drill-down row shows. */
export interface RequestRecord {
  id: string;
  kind: string;
  createdAt: string;
  closedAt: string | null;
  status: string;
  number: string;
  what: string;
  requester: string;
  kindLabel: string;
  statusLabel: string;
}

/**
 * Every live staff request with the status and closing time its linked work gives it (the
 * requests feature's own queue read, so the report and the queue agree).
 */
export async function loadRequestData(db?: BackdeskDb): Promise<RequestRecord[]> {
  const rows = await listStaffRequestRows(db);
  return rows.map((r) => ({
    id: r.request.id,
    kind: r.request.kind,
    createdAt: r.request.createdAt,
    closedAt: r.closedAt,
    status: r.status,
    number: r.request.number,
    what: r.request.what,
    requester: r.requester,
    kindLabel: REQUEST_KIND_LABELS[r.request.kind],
    statusLabel: REQUEST_STATUS_LABELS[r.status],
  }));
}
