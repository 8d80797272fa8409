/**
 * Reading the audit log for Settings ▸ Audit log (issue 15.5): newest first, narrowed through
 * the log's indexes — `action` or `actor` when one is chosen, else the `at` range — so a log of
 * 100,000 entries reads only what the filters keep. Entries are append-only; nothing here
 * writes them.
 */
import type { AuditAction, AuditLogEntry } from '../../../shared/domain/audit';
import { getDb, type BackdeskDb } from '../../db';
import { moduleById, TABLE_MODULE } from '../../core/modules';
import type { TableName } from '../../db';

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Created',
  update: 'Updated',
  delete: 'Deleted',
  restore: 'Restored',
  import: 'Imported',
  stock: 'Stock',
  system: 'System',
  view: 'Opened confidential',
  security: 'Security',
  backup: 'Backup',
};

export interface AuditQuery {
  /** First day shown, 'YYYY-MM-DD' in local time (inclusive). */
  from?: string;
  /** Last day shown, 'YYYY-MM-DD' in local time (inclusive). */
  to?: string;
  action?: AuditAction;
  /** The user at the keyboard, as stamped on the entry. */
  actor?: string;
  /** A module id ('people'): entries about its tables. */
  module?: string;
}

/** The start of a local day as an instant. */
function dayStart(day: string): string {
  return new Date(`${day}T00:00:00`).toISOString();
}

function nextDayStart(day: string): string {
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + 1);
  return d.toISOString();
}

/** The module (its sidebar label) an entry's table belongs to; the table name when none. */
export function auditModuleLabel(table: string): string {
  const id = TABLE_MODULE[table as TableName];
  if (id) return moduleById(id)?.label ?? table;
  if (table === 'attachments') return 'Files';
  return table ? table : 'Office';
}

/** How many entries a screen reads at a time: a large log opens at once and grows on demand. */
export const AUDIT_PAGE_SIZE = 2000;

export interface AuditPage {
  entries: AuditLogEntry[];
  /** More (older) entries match beyond `limit`. */
  more: boolean;
}

const newestFirst = (a: AuditLogEntry, b: AuditLogEntry) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1);

/**
 * The newest `limit` entries matching the query (all of them when limit is Infinity). Without
 * an action or user the `at` index is walked from the newest end and stops at `limit`; an
 * action or user reads that index's entries (a small part of a big log) and sorts them.
 */
export async function listAuditEntries(query: AuditQuery = {}, db: BackdeskDb = getDb(), limit = Infinity): Promise<AuditPage> {
  const lo = query.from ? dayStart(query.from) : '';
  const hi = query.to ? nextDayStart(query.to) : '\uffff';
  const inRange = (e: AuditLogEntry) => e.at >= lo && e.at < hi;
  const module = query.module;
  const moduleLabel = module ? (moduleById(module)?.label ?? module) : '';
  const inModule = (e: AuditLogEntry) => !module || auditModuleLabel(e.table) === moduleLabel;
  let rows: AuditLogEntry[];
  if (query.action || query.actor) {
    const all = query.action
      ? await db.auditLog.where('action').equals(query.action).toArray()
      : await db.auditLog.where('actor').equals(query.actor!).toArray();
    rows = all.filter((e) => inRange(e) && (!query.actor || e.actor === query.actor) && inModule(e)).sort(newestFirst);
  } else if (!Number.isFinite(limit)) {
    // Everything: one forward getAll turned round (a reverse read walks a cursor row by row).
    rows = (await db.auditLog.where('at').between(lo, hi, true, false).toArray()).reverse().filter(inModule);
  } else {
    rows = await db.auditLog
      .where('at')
      .between(lo, hi, true, false)
      .reverse()
      .filter(inModule)
      .limit(limit + 1)
      .toArray();
  }
  return { entries: rows.slice(0, limit), more: rows.length > limit };
}

/** Everyone named on an entry, for the user filter. */
export async function listAuditActors(db: BackdeskDb = getDb()): Promise<string[]> {
  const keys = await db.auditLog.orderBy('actor').uniqueKeys();
  return keys.filter((k): k is string => typeof k === 'string' && k !== '').sort((a, b) => a.localeCompare(b));
}

/** How many entries the log holds (the empty state). */
export function countAuditEntries(db: BackdeskDb = getDb()): Promise<number> {
  return db.auditLog.count();
}
