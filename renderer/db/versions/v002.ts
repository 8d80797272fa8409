/**
 * Schema version 2: `expenseTotals`, the maintained aggregate of spend per category and month
 * that budgets and the dashboard read instead of scanning expenses (DESIGN §2b). The upgrade
 * fills it from the expenses already stored. RELEASED FILES ARE NEVER EDITED.
 *
 * The aggregation is written out here rather than imported from the expenses repository:
 * a migration must keep doing what it did when it shipped, whatever later code does.
 */
import type Dexie from 'dexie';

export const V002_STORES = {
  // Primary key [categoryId+month]; `month` serves "all categories for these months".
  expenseTotals: '[categoryId+month], month',
} as const;

interface V002Expense {
  date: string;
  amountCents: number;
  categoryId?: string;
  deletedAt: string | null;
}

export function declareV002(db: Dexie): void {
  db.version(2)
    .stores(V002_STORES)
    .upgrade(async (tx) => {
      const totals = new Map<string, { categoryId: string; month: string; amountCents: number; count: number }>();
      await tx
        .table<V002Expense>('expenses')
        .each((e) => {
          if (e.deletedAt !== null) return;
          const categoryId = e.categoryId ?? '';
          const month = e.date.slice(0, 7);
          const key = `${categoryId}\u0000${month}`;
          const t = totals.get(key) ?? { categoryId, month, amountCents: 0, count: 0 };
          t.amountCents += e.amountCents;
          t.count += 1;
          totals.set(key, t);
        });
      await tx.table('expenseTotals').bulkPut([...totals.values()]);
    });
}
