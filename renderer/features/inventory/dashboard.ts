/**
 * The inventory dashboard's numbers, read from the maintained aggregates (DESIGN §2b) so they
 * take the same time with 100 items or 100,000: stock value and below-minimum counts per
 * category, items to reorder per vendor, units issued per month, and the most used items of
 * all time and of this month (the top keys of the itemUsage [month+issued] index).
 */
import Dexie from 'dexie';
import { addMonths } from '../../../shared/lib/dates';
import { ALL_TIME, type InventoryTotal, type ItemUsage } from '../../../shared/domain/inventory';
import { getDb, type BackdeskDb } from '../../db';
import { vendorRepository } from '../vendors';

export interface UsageLine {
  itemId: string;
  name: string;
  unit: string;
  issued: number;
}

export interface InventoryDashboardData {
  itemCount: number;
  totalValueCents: number;
  belowMinimum: number;
  valueByCategory: { category: string; valueCents: number; itemCount: number; belowMinimum: number }[];
  reorderByVendor: { vendorId: string; vendorName: string; count: number }[];
  usageByMonth: { month: string; issued: number }[];
  /** Most used items of all time and of the current month, most first. */
  topAllTime: UsageLine[];
  topThisMonth: UsageLine[];
}

/** 'YYYY-MM' of the `count` months ending with the month of `today`, oldest first. */
export function lastMonths(today: string, count: number): string[] {
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) out.push(addMonths(`${today.slice(0, 7)}-01`, -i).slice(0, 7));
  return out;
}

/** Pure part: shapes aggregate rows into what the charts draw. */
export function summarizeInventory(
  totals: readonly InventoryTotal[],
  months: readonly string[],
  vendorNames: ReadonlyMap<string, string>,
): Omit<InventoryDashboardData, 'topAllTime' | 'topThisMonth'> {
  const categories = totals.filter((t) => t.kind === 'category' && t.itemCount > 0);
  const valueByCategory = categories
    .map((t) => ({ category: t.key, valueCents: t.valueCents, itemCount: t.itemCount, belowMinimum: t.belowMinCount }))
    .sort((a, b) => b.valueCents - a.valueCents || a.category.localeCompare(b.category));
  const reorderByVendor = totals
    .filter((t) => t.kind === 'vendor' && t.belowMinCount > 0)
    .map((t) => ({ vendorId: t.key, vendorName: t.key ? (vendorNames.get(t.key) ?? 'Unknown vendor') : 'No vendor', count: t.belowMinCount }))
    .sort((a, b) => b.count - a.count || a.vendorName.localeCompare(b.vendorName));
  const issuedByMonth = new Map(totals.filter((t) => t.kind === 'month').map((t) => [t.key, t.issued]));
  return {
    itemCount: categories.reduce((s, t) => s + t.itemCount, 0),
    totalValueCents: categories.reduce((s, t) => s + t.valueCents, 0),
    belowMinimum: categories.reduce((s, t) => s + t.belowMinCount, 0),
    valueByCategory,
    reorderByVendor,
    usageByMonth: months.map((month) => ({ month, issued: issuedByMonth.get(month) ?? 0 })),
  };
}

/** The `limit` items with the most units issued in `month` (or ALL_TIME): the top of the [month+issued] index. */
async function topUsage(db: BackdeskDb, month: string, limit: number): Promise<ItemUsage[]> {
  return db.itemUsage
    .where('[month+issued]')
    .between([month, 1], [month, Dexie.maxKey], true, true)
    .reverse()
    .limit(limit)
    .toArray();
}

export async function loadInventoryDashboard(today: string, db: BackdeskDb = getDb(), topLimit = 10): Promise<InventoryDashboardData> {
  const months = lastMonths(today, 12);
  const thisMonth = today.slice(0, 7);
  return db.transaction('r', [db.inventoryTotals, db.itemUsage, db.vendors, db.items], async () => {
    const [totals, allTime, recent, vendors] = await Promise.all([
      db.inventoryTotals.toArray(),
      topUsage(db, ALL_TIME, topLimit),
      topUsage(db, thisMonth, topLimit),
      vendorRepository.list(db),
    ]);
    const items = await db.items.bulkGet([...new Set([...allTime, ...recent].map((u) => u.itemId))]);
    const byId = new Map(items.flatMap((i) => (i && i.deletedAt === null ? [[i.id, i] as const] : [])));
    const named = (rows: ItemUsage[]) =>
      rows.flatMap((u) => {
        const item = byId.get(u.itemId);
        return item ? [{ itemId: u.itemId, name: item.name, unit: item.unit, issued: u.issued }] : [];
      });
    return {
      ...summarizeInventory(totals, months, new Map(vendors.map((v) => [v.id, v.name]))),
      topAllTime: named(allTime),
      topThisMonth: named(recent),
    };
  });
}
