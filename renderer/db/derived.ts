/**
 * Derived tables are the maintained aggregates (DESIGN §2b: spend per category and month, stock
 * totals, the low-stock set): each is owned by a feature, kept current in the same transaction
 * as its records, and can always be recomputed from them. A bulk load (restore, the sample
 * office) writes records only, then asks every owner to rebuild; owners register here, so the
 * data layer never imports a feature.
 */
import type { BackdeskDb, TableName } from './database';

export interface DerivedDataRebuilder {
  /** The owning feature. */
  name: string;
  /** The derived tables it rebuilds (and only those). */
  tables: readonly TableName[];
  /** Replaces its tables with a full recompute; runs inside the caller's transaction. */
  rebuild(db: BackdeskDb): Promise<void>;
}

/** Every derived table in the schema: a rebuild that misses one would leave stale figures. */
export const DERIVED_TABLES: readonly TableName[] = [
  'expenseTotals',
  'inventoryTotals',
  'itemUsage',
  'lowStock',
  'equipmentHolders',
];

const rebuilders = new Map<string, DerivedDataRebuilder>();

export function registerDerivedDataRebuilder(rebuilder: DerivedDataRebuilder): void {
  rebuilders.set(rebuilder.name, rebuilder);
}

/**
 * Rebuilds every derived table from the records, inside the caller's transaction. Throws (so
 * that transaction rolls back) when a derived table has no registered owner.
 */
export async function rebuildDerivedData(db: BackdeskDb): Promise<void> {
  const covered = new Set([...rebuilders.values()].flatMap((r) => r.tables));
  const missing = DERIVED_TABLES.filter((t) => !covered.has(t));
  if (missing.length) {
    throw new Error(`The totals in ${missing.join(', ')} cannot be rebuilt: no feature registered them.`);
  }
  for (const r of rebuilders.values()) await r.rebuild(db);
}

/**
 * Rebuilds the derived tables of the named owners only ('inventory', 'expenses', 'equipment'),
 * inside the caller's transaction: office sync (issue 18) recomputes what the pulled records
 * touched, never taking another PC's totals as truth.
 */
export async function rebuildDerivedDataFor(db: BackdeskDb, owners: Iterable<string>): Promise<void> {
  for (const name of new Set(owners)) await rebuilders.get(name)?.rebuild(db);
}
