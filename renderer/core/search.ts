/**
 * Search across every module for the command palette: case- and diacritic-insensitive
 * substring match of every query word, soft-deleted records skipped. Each table is scanned
 * with a cursor that stops after `limit` matches, so a common word in a 100k-item office
 * stops early; hits are then ranked (title matches first) and cut to `limit`.
 * Confidential fields are never searched.
 */
import type { Table } from 'dexie';
import { matchesTokens, normalizeForSearch, searchTokens } from '../../shared/lib/text';
import type { BaseRecord } from '../../shared/domain/common';
import type {
  CalendarEvent,
  Call,
  Candidate,
  Contact,
  DocumentRecord,
  Employee,
  Equipment,
  Expense,
  Invoice,
  Item,
  Position,
  Project,
  StaffRequest,
  PurchaseOrder,
  Task,
  Vendor,
  BudgetCategory,
} from '../../shared/domain';
import { normalizeAssetTag } from '../../shared/domain/equipment';
import { REQUEST_STATUS_LABELS } from '../../shared/domain/staffRequests';
import { redactConfidential } from '../../shared/domain/confidential';
import { getDb, type BackdeskDb, type TableName } from '../db';
import type { ModuleId } from './modules';
import { hrefFor } from './router';

export interface SearchHit {
  table: string;
  /** The feature route to open, e.g. 'inventory'. */
  module: ModuleId;
  id: string;
  title: string;
  subtitle?: string;
  /** The route under the module that opens the record: `[id]` for most, `['event', id]` for events. */
  path: string[];
}

/** Where a hit opens: '#/calendar/event/<id>'. */
export function hitHref(hit: Pick<SearchHit, 'module' | 'path'>): string {
  return hrefFor(hit.module, ...hit.path);
}

interface Source<T extends BaseRecord> {
  table: TableName;
  module: ModuleId;
  text: (r: T) => (string | undefined)[];
  title: (r: T) => string;
  subtitle?: (r: T) => string | undefined;
  /** The route segments that open the record (default: its id). */
  path?: (r: T) => string[];
}

const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ') || undefined;

function source<T extends BaseRecord>(s: Source<T>): Source<BaseRecord> {
  return s as unknown as Source<BaseRecord>;
}

/** In priority order: earlier sources win ties. */
const SOURCES: Source<BaseRecord>[] = [
  source<Item>({
    table: 'items',
    module: 'inventory',
    text: (r) => [r.name, r.sku, r.category, r.location],
    title: (r) => r.name,
    subtitle: (r) => join(r.sku, r.category, r.location),
  }),
  source<Vendor>({
    table: 'vendors',
    module: 'vendors',
    text: (r) => [r.name, r.contactName, r.email, r.phone],
    title: (r) => r.name,
    subtitle: (r) => join(r.contactName, r.phone),
  }),
  source<Contact & { phoneKeys?: string[] }>({
    table: 'contacts',
    module: 'contacts',
    // The E.164 keys let digits typed any way find the number ('2075550195', '+44 20…').
    text: (r) => [r.name, r.organization, r.title, ...r.emails, ...r.phones.map((p) => p.number), ...(r.phoneKeys ?? [])],
    title: (r) => r.name,
    subtitle: (r) => join('Contact', r.organization, r.phones[0]?.number ?? r.emails[0]),
  }),
  source<Employee>({
    table: 'employees',
    module: 'people',
    text: (r) => [r.name, r.title, r.department, r.email, r.extension],
    title: (r) => r.name,
    subtitle: (r) => join(r.title, r.department),
  }),
  source<Equipment>({
    table: 'equipment',
    module: 'equipment',
    text: (r) => [r.name, r.assetTag, r.serialNumber, r.make, r.model, r.location],
    title: (r) => r.name,
    subtitle: (r) => join(r.assetTag, r.location),
  }),
  source<Candidate>({
    table: 'candidates',
    module: 'recruiting',
    text: (r) => [r.name, r.email, r.phone],
    title: (r) => r.name,
    subtitle: (r) => join('Candidate', r.stage),
  }),
  source<Position>({
    table: 'positions',
    module: 'recruiting',
    text: (r) => [r.title, r.department],
    title: (r) => r.title,
    subtitle: (r) => join('Position', r.department, r.status),
  }),
  source<CalendarEvent>({
    table: 'events',
    module: 'calendar',
    path: (r) => ['event', r.id],
    text: (r) => [r.title, r.location],
    title: (r) => r.title,
    subtitle: (r) => join(r.start.slice(0, 10), r.location),
  }),
  source<Call>({
    table: 'calls',
    module: 'calls',
    text: (r) => [r.caller, r.company, r.phone, r.message],
    title: (r) => (r.company ? `${r.caller} (${r.company})` : r.caller),
    subtitle: (r) => join(`Call ${r.takenAt.slice(0, 10)}`, r.message?.slice(0, 60)),
  }),
  source<DocumentRecord>({
    table: 'documents',
    module: 'documents',
    text: (r) => [r.title, r.subject],
    title: (r) => r.title,
    subtitle: (r) => join(r.type, r.date),
  }),
  source<Task>({
    table: 'tasks',
    module: 'tasks',
    text: (r) => [r.title, r.location],
    title: (r) => r.title,
    subtitle: (r) => join(r.kind === 'errand' ? 'Errand' : 'Task', r.due ? `due ${r.due}` : undefined, r.status),
  }),
  source<PurchaseOrder>({
    table: 'purchaseOrders',
    module: 'purchasing',
    text: (r) => [r.number],
    title: (r) => r.number,
    subtitle: (r) => join('Purchase order', r.orderDate, r.status),
  }),
  source<Invoice>({
    table: 'invoices',
    module: 'expenses',
    // The invoices list (bills to pay); there is no page per invoice.
    path: () => ['invoices'],
    text: (r) => [r.number],
    title: (r) => `Invoice ${r.number}`,
    subtitle: (r) => join(r.issueDate, r.status),
  }),
  source<Expense>({
    table: 'expenses',
    module: 'expenses',
    // The expenses list; there is no page per expense.
    path: () => [],
    text: (r) => [r.description, r.reference],
    title: (r) => r.description,
    subtitle: (r) => join('Expense', r.date),
  }),
  source<StaffRequest>({
    table: 'staffRequests',
    module: 'requests',
    text: (r) => [r.number, r.what, r.where, r.requesterName],
    title: (r) => `${r.number} ${r.what}`,
    subtitle: (r) => join('Staff request', r.where, REQUEST_STATUS_LABELS[r.status]),
  }),
  source<Project>({
    table: 'projects',
    module: 'projects',
    text: (r) => [r.name, r.ownerName],
    title: (r) => r.name,
    subtitle: (r) => join('Project', r.due ? `due ${r.due}` : undefined, r.status),
  }),
  source<BudgetCategory>({
    table: 'budgetCategories',
    module: 'budget',
    path: () => ['categories'],
    text: (r) => [r.name, r.code],
    title: (r) => r.name,
    subtitle: () => 'Budget category',
  }),
];

/** 0 = title equals the query … 3 = title contains it, 4 = another field matched. */
function rank(title: string, query: string): number {
  const t = normalizeForSearch(title);
  if (t === query) return 0;
  if (t.startsWith(query)) return 1;
  if (t.includes(` ${query}`)) return 2;
  if (t.includes(query)) return 3;
  return 4;
}

/**
 * The item whose asset tag the query is, ignoring case and spaces ('bd 0042' finds BD-0042),
 * so a typed or scanned tag opens its item first. Reads the tag index's keys, not the rows.
 */
export async function findAssetTagHit(query: string, db: BackdeskDb = getDb()): Promise<SearchHit | undefined> {
  const wanted = normalizeAssetTag(query);
  if (wanted.length < 2) return undefined;
  const keys = (await db.equipment.orderBy('assetTag').uniqueKeys()).filter((k): k is string => typeof k === 'string');
  const matching = keys.filter((k) => normalizeAssetTag(k) === wanted);
  if (matching.length === 0) return undefined;
  const item = (await db.equipment.where('assetTag').anyOf(matching).toArray()).find((e) => e.deletedAt === null);
  if (!item) return undefined;
  return { table: 'equipment', module: 'equipment', id: item.id, title: item.name, path: [item.id], subtitle: join(`Asset tag ${item.assetTag}`, item.location) };
}

export async function searchEverything(query: string, limit = 20, db: BackdeskDb = getDb()): Promise<SearchHit[]> {
  const tokens = searchTokens(query);
  if (tokens.length === 0 || limit <= 0) return [];
  const normalizedQuery = tokens.join(' ');
  const [tagHit, hits] = await Promise.all([findAssetTagHit(query, db), searchSources(tokens, normalizedQuery, limit, db)]);
  if (!tagHit) return hits;
  return [tagHit, ...hits.filter((h) => !(h.table === 'equipment' && h.id === tagHit.id))].slice(0, limit);
}

async function searchSources(tokens: string[], normalizedQuery: string, limit: number, db: BackdeskDb): Promise<SearchHit[]> {
  const perSource = await Promise.all(
    SOURCES.map(async (s, order) => {
      const table = db.table(s.table) as Table<BaseRecord, string>;
      const rows = await table
        // Searched without its confidential fields (a confidential document: its title only), sealed or not.
        .filter((r) => r.deletedAt === null && matchesTokens(normalizeForSearch(s.text(redactConfidential(s.table, r)).filter(Boolean).join(' ')), tokens))
        .limit(limit)
        .toArray();
      return rows.map((r) => {
        const title = s.title(r);
        const subtitle = s.subtitle?.(r);
        const hit: SearchHit = { table: s.table, module: s.module, id: r.id, title, path: s.path?.(r) ?? [r.id], ...(subtitle ? { subtitle } : {}) };
        return { hit, score: rank(title, normalizedQuery), order };
      });
    }),
  );
  return perSource
    .flat()
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map((x) => x.hit);
}

/**
 * One record as a search hit (its title and where it opens), for a link held as table + id
 * (a task linked to an order, a candidate…); undefined when the table is not searchable or
 * the record is gone.
 */
export async function findRecordHit(table: string, id: string, db: BackdeskDb = getDb()): Promise<SearchHit | undefined> {
  const s = SOURCES.find((x) => x.table === table);
  if (!s || !id) return undefined;
  const r = (await (db.table(s.table) as Table<BaseRecord, string>).get(id)) as BaseRecord | undefined;
  if (!r || r.deletedAt !== null) return undefined;
  const subtitle = s.subtitle?.(r);
  return { table: s.table, module: s.module, id: r.id, title: s.title(r), path: s.path?.(r) ?? [r.id], ...(subtitle ? { subtitle } : {}) };
}
