/**
 * Items and their stock ledger, simulated day by day over the last 100 days: an opening count,
 * daily issues to staff, restocks when an item drops below its minimum, a cycle count and a few
 * damaged units. Each item's quantity on hand equals its ledger sum. A handful of items stop
 * being reordered 25 days ago so the office has something low on stock today.
 */
import { addDays, diffDays } from '../../lib/dates';
import type { Employee, Item, StockMovement } from '../../domain';
import { suggestedQuantity } from '../../domain/reorder';
import { ITEMS, type ItemSeed } from '../catalog';
import { compact, isWorkday, type SampleContext } from '../context';
import { vendorSeed } from './vendors';

export interface SimItem {
  seed: ItemSeed;
  item: Item;
  onHand: number;
  pending?: { orderDate: string; receiptDate: string; quantity: number };
  /** Not reordered lately: ends the simulation below its minimum. */
  suppressed: boolean;
}

/** A restock the simulation placed; received ones carry their ledger movement. */
export interface Order {
  sim: SimItem;
  orderDate: string;
  receiptDate: string;
  quantity: number;
  movement?: StockMovement;
}

export interface SampleInventory {
  items: Item[];
  stockMovements: StockMovement[];
  sims: SimItem[];
  orders: Order[];
}

export function simulateInventory(
  ctx: SampleContext,
  activeEmployees: readonly Employee[],
  vendorIds: ReadonlyMap<string, string>,
): SampleInventory {
  const { rng, today, base } = ctx;
  const ledgerStart = addDays(today, -100);
  const minuteOfDay = new Map<string, number>();
  const nextMinute = (date: string) => {
    const k = minuteOfDay.get(date) ?? 0;
    minuteOfDay.set(date, k + 1);
    return 8 * 60 + 30 + Math.min(k * 3, 9 * 60);
  };
  const suppressedSkus = new Set(
    rng
      .sample(
        ITEMS.filter((i) => i.min >= 2 && i.weekly >= 0.4),
        7,
      )
      .map((i) => i.sku),
  );
  const sims: SimItem[] = ITEMS.map((s) => ({
    seed: s,
    onHand: 0,
    suppressed: suppressedSkus.has(s.sku),
    item: {
      ...base(ledgerStart, 8 * 60),
      name: s.name,
      sku: s.sku,
      category: s.category,
      unit: s.unit,
      location: s.location,
      quantityOnHand: 0,
      minQuantity: s.min,
      targetQuantity: s.target,
      packSize: s.pack,
      unitCostCents: s.cost,
      vendorId: vendorIds.get(s.vendor)!,
    },
  }));
  const stockMovements: StockMovement[] = [];
  const orders: Order[] = [];
  const move = (
    sim: SimItem,
    date: string,
    fields: Omit<
      StockMovement,
      'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'itemId' | 'balanceAfter'
    >,
  ) => {
    sim.onHand += fields.quantity;
    const m = compact<StockMovement>({
      ...base(date, nextMinute(date)),
      itemId: sim.item.id,
      balanceAfter: sim.onHand,
      date,
      ...fields,
    });
    stockMovements.push(m);
    sim.item.updatedAt = m.createdAt;
    return m;
  };
  const issue = (sim: SimItem, date: string, quantity: number) => {
    const taker = rng.pick(activeEmployees);
    move(sim, date, {
      kind: 'issued',
      quantity: -quantity,
      issuedTo: taker.name,
      issuedToEmployeeId: taker.id,
    });
  };
  const cycleCountDay = addDays(today, -45);
  const cycleCountSkus = new Set(rng.sample(ITEMS, 12).map((i) => i.sku));
  const damageDays = new Set([
    addDays(today, -80),
    addDays(today, -52),
    addDays(today, -33),
    addDays(today, -9),
  ]);
  const totalDays = diffDays(ledgerStart, today);

  for (let d = 0; d <= totalDays; d++) {
    const date = addDays(ledgerStart, d);
    for (const sim of sims) {
      if (d === 0) {
        const qty = Math.max(
          sim.seed.min,
          sim.seed.target - rng.int(0, Math.floor(sim.seed.target / 4)),
        );
        move(sim, date, {
          kind: 'counted',
          quantity: qty,
          countedQuantity: qty,
          reason: 'Opening stock count',
        });
        continue;
      }
      if (sim.pending && sim.pending.receiptDate === date) {
        const { quantity, orderDate } = sim.pending;
        const m = move(sim, date, {
          kind: 'received',
          quantity,
          unitCostCents: sim.seed.cost,
          reason: `Restock from ${vendorSeed(sim.seed.vendor).name}`,
        });
        orders.push({ sim, orderDate, receiptDate: date, quantity, movement: m });
        sim.pending = undefined;
      }
      if (date === cycleCountDay && cycleCountSkus.has(sim.seed.sku)) {
        const counted = Math.max(0, sim.onHand + rng.int(-2, 1));
        move(sim, date, {
          kind: 'counted',
          quantity: counted - sim.onHand,
          countedQuantity: counted,
          reason: 'Quarterly cycle count',
        });
      }
      if (isWorkday(date) && date !== cycleCountDay) {
        const daily = sim.seed.weekly / 5;
        if (rng.chance(Math.min(0.85, daily))) {
          const qty = Math.min(sim.onHand, daily >= 1 ? rng.int(1, Math.ceil(daily * 1.5)) : 1);
          if (qty > 0) issue(sim, date, qty);
        }
      }
      const blocked = sim.suppressed && date >= addDays(today, -25);
      if (!sim.pending && !blocked && sim.onHand < sim.seed.min) {
        const quantity = suggestedQuantity({
          quantityOnHand: sim.onHand,
          minQuantity: sim.seed.min,
          targetQuantity: sim.seed.target,
          packSize: sim.seed.pack,
        });
        sim.pending = { orderDate: date, receiptDate: addDays(date, rng.int(2, 6)), quantity };
      }
    }
    if (damageDays.has(date)) {
      const sim = rng.pick(sims.filter((s) => s.onHand >= 1));
      move(sim, date, {
        kind: 'adjusted',
        quantity: -1,
        reason: rng.pick([
          'Damaged in delivery',
          'Found opened and unusable',
          'Water damage under the sink',
        ]),
      });
    }
  }
  for (const sim of sims) {
    if (sim.suppressed && sim.onHand >= sim.seed.min)
      issue(sim, today, sim.onHand - sim.seed.min + 1);
    if (sim.pending)
      orders.push({
        sim,
        orderDate: sim.pending.orderDate,
        receiptDate: sim.pending.receiptDate,
        quantity: sim.pending.quantity,
      });
    sim.item.quantityOnHand = sim.onHand;
  }
  return { items: sims.map((s) => s.item), stockMovements, sims, orders };
}
