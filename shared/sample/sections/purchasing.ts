/**
 * Purchase orders for the last five weeks of restocks (one per vendor per week, as an office
 * manager batches them), a draft for what has run low, and the vendors' invoices for the orders
 * received.
 */
import { addDays, dayOfWeek } from '../../lib/dates';
import type { Invoice, PurchaseOrder, PurchaseOrderLine } from '../../domain';
import { suggestedQuantity } from '../../domain/reorder';
import { VENDORS } from '../catalog';
import { compact, instant, type SampleContext } from '../context';
import type { Order, SampleInventory } from './inventory';

export interface SamplePurchasing {
  purchaseOrders: PurchaseOrder[];
  invoices: Invoice[];
}

export function generatePurchasing(
  ctx: SampleContext,
  inventory: SampleInventory,
  vendorIds: ReadonlyMap<string, string>,
): SamplePurchasing {
  const { rng, today, base, newId } = ctx;
  const { orders, sims } = inventory;
  const poCutoff = addDays(today, -28);
  const weekStart = (date: string) => addDays(date, -((dayOfWeek(date) + 6) % 7));
  const groups = new Map<string, Order[]>();
  for (const o of orders) {
    if (o.orderDate < poCutoff) continue;
    const key = `${weekStart(o.orderDate)}|${o.sim.seed.vendor}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const purchaseOrders: PurchaseOrder[] = [];
  const invoices: Invoice[] = [];
  let poSeq = 41;
  const poNumber = (date: string) => `PO-${date.slice(0, 4)}-${String(poSeq++).padStart(4, '0')}`;
  const firstOrder = (g: Order[]) =>
    g.reduce((a, o) => (o.orderDate < a ? o.orderDate : a), g[0]!.orderDate);
  const sortedGroups = [...groups.entries()].sort(
    (a, b) => firstOrder(a[1]).localeCompare(firstOrder(b[1])) || a[0].localeCompare(b[0]),
  );
  for (const [key, group] of sortedGroups) {
    const vendorKey = key.split('|')[1]!;
    const orderDate = firstOrder(group);
    const received = group.every((o) => o.receiptDate <= today);
    const po: PurchaseOrder = {
      ...base(orderDate, 10 * 60),
      number: poNumber(orderDate),
      vendorId: vendorIds.get(vendorKey)!,
      status: received ? 'received' : 'ordered',
      orderDate,
      expectedDate: group.reduce((a, o) => (o.receiptDate > a ? o.receiptDate : a), orderDate),
      lines: group.map<PurchaseOrderLine>((o) => ({
        id: newId(),
        itemId: o.sim.item.id,
        description: o.sim.seed.name,
        quantity: o.quantity,
        unitCostCents: o.sim.seed.cost,
        receivedQuantity: o.receiptDate <= today ? o.quantity : 0,
      })),
      shippingCents: rng.chance(0.5) ? 0 : rng.int(6, 18) * 100,
    };
    if (received) po.updatedAt = instant(po.expectedDate!, 12 * 60);
    for (const o of group) if (o.movement) o.movement.purchaseOrderId = po.id;
    purchaseOrders.push(po);
  }
  // A draft order for the items that have run low, waiting for approval.
  const lowSims = sims.filter((s) => s.suppressed && s.onHand < s.seed.min);
  const draftVendor = lowSims[0]?.seed.vendor;
  if (draftVendor) {
    const lines = lowSims
      .filter((s) => s.seed.vendor === draftVendor)
      .map<PurchaseOrderLine>((s) => ({
        id: newId(),
        itemId: s.item.id,
        description: s.seed.name,
        quantity: suggestedQuantity(s.item),
        unitCostCents: s.seed.cost,
        receivedQuantity: 0,
      }));
    purchaseOrders.push({
      ...base(today, 11 * 60),
      number: poNumber(today),
      vendorId: vendorIds.get(draftVendor)!,
      status: 'draft',
      orderDate: today,
      lines,
      shippingCents: 0,
      notes: 'Waiting for approval from Marcus.',
    });
  }
  const termsDays = (terms: string) => (terms === 'Net 30' ? 30 : terms === 'Net 15' ? 15 : 0);
  purchaseOrders
    .filter((po) => po.status === 'received')
    .forEach((po, i) => {
      const v = VENDORS.find((x) => vendorIds.get(x.key) === po.vendorId)!;
      const issueDate = po.expectedDate!;
      const dueDate = addDays(issueDate, termsDays(v.paymentTerms));
      const amount =
        po.lines.reduce((s, l) => s + l.quantity * l.unitCostCents, 0) + po.shippingCents;
      const paidDate = addDays(issueDate, rng.int(3, 20));
      const paid = i % 3 !== 2 && paidDate <= today;
      invoices.push(
        compact<Invoice>({
          ...base(issueDate, 15 * 60),
          number: `${v.invoicePrefix}${rng.int(10000, 99999)}`,
          vendorId: po.vendorId,
          issueDate,
          dueDate,
          amountCents: amount,
          status: i === 1 ? 'disputed' : paid ? 'paid' : 'unpaid',
          paidDate: paid && i !== 1 ? paidDate : undefined,
          purchaseOrderId: po.id,
          notes: i === 1 ? 'Two cartons arrived damaged; credit requested.' : undefined,
        }),
      );
    });
  return { purchaseOrders, invoices };
}
