/**
 * The shared machinery behind every feature repository: validate with zod at the boundary,
 * stamp ids and timestamps, soft delete, and write an audit entry in the same transaction as
 * the change (DESIGN §2). Feature repositories build on `createCrudRepository` and add their
 * own rules (the stock ledger, expense aggregates).
 */
import type { z } from 'zod';
import { newId } from '../../shared/lib/ids';
import { nowIso } from '../../shared/lib/dates';
import { dropBlankStrings, type BaseRecord } from '../../shared/domain/common';
import type { AuditAction, AuditLogEntry } from '../../shared/domain/audit';
import type { BackdeskDb, RecordTableName, TableName } from './database';
import { RecordNotFoundError, RecordValidationError, mapDbError } from './errors';
import { getDb, strictConnection } from './index';
import { IMPORT_BATCH_TABLE, commitImportBatchInTx } from './importBatches';

/** Rows per transaction for bulk writes: big enough to be fast, small enough to commit often. */
export const BULK_CHUNK_SIZE = 2000;

/** Runs `fn` in one read-write transaction; storage errors come out as readable errors. */
export async function writeTransaction<T>(db: BackdeskDb, tables: readonly TableName[], fn: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction('rw', tables as TableName[], fn);
  } catch (e) {
    throw mapDbError(e);
  }
}

let auditActor: string | undefined;

/**
 * Who is at the keyboard, stamped on every audit entry from now on (the user chosen at
 * unlock, renderer/core/vault.ts); undefined when the office has no users.
 */
export function setAuditActor(name: string | undefined): void {
  auditActor = name;
}

export function currentAuditActor(): string | undefined {
  return auditActor;
}

export function auditEntry(
  table: string,
  recordId: string,
  action: AuditAction,
  summary: string,
  at: string = nowIso(),
): AuditLogEntry {
  return {
    id: newId(),
    at,
    table,
    recordId,
    action,
    summary: summary.slice(0, 1000),
    ...(auditActor ? { actor: auditActor } : {}),
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
}

/** Parses with zod, throwing RecordValidationError with readable messages. */
export function parseOrThrow<S extends z.ZodType>(table: string, schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new RecordValidationError(table, result.error);
  return result.data;
}

function shapeKeys(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  if (!shape) throw new Error('Draft schemas must be zod objects');
  return Object.keys(shape);
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Applies a patch: '' or undefined clears an optional field. */
function applyPatch(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || (typeof v === 'string' && v.trim() === '')) delete out[k];
    else out[k] = v;
  }
  return out;
}

export interface BulkCreateOptions {
  chunkSize?: number;
  onProgress?: (fraction: number) => void;
  /** Audit summary per chunk, e.g. "Imported from supplies.csv". */
  auditNote?: string;
  /**
   * The import batch (issue 15.3): every record and audit line written carries its id, so a
   * batch that never finished is rolled back whole at the next start.
   */
  importBatchId?: string;
  /**
   * Marks the batch 'committed' (with `written` rows in all) in the same transaction as the
   * last chunk. Only for the import's last write; needs importBatchId.
   */
  commitBatch?: { written: number };
  /** Stops between chunks (the records written so far are returned; the batch stays open). */
  signal?: AbortSignal;
}

export interface PageOptions<TRecord> {
  /** An indexed field ('name', 'date'…) or 'id' (creation order). */
  index?: string;
  limit: number;
  after?: TRecord;
  reverse?: boolean;
}

export interface Page<TRecord> {
  rows: TRecord[];
  /** Pass as `after` for the next page; undefined on the last page. */
  next?: TRecord;
}

export interface CrudConfig<TRecord extends BaseRecord, TDraft extends z.ZodType> {
  table: RecordTableName;
  /** The full record schema. */
  schema: z.ZodType<TRecord>;
  /** What callers supply (a zod object without id/timestamps/derived fields). */
  draftSchema: TDraft;
  /** Lowercase singular noun for audit summaries: 'vendor'. */
  noun: string;
  /** A short label for audit summaries; never a confidential value. */
  label: (record: TRecord) => string;
  /** Default order of `list()`. */
  compare?: (a: TRecord, b: TRecord) => number;
  /** Values a new record's draft gets when the caller leaves them out (e.g. today's date). */
  draftDefaults?: () => Record<string, unknown>;
  /** Fields a new record gets that the draft does not carry (derived values). */
  initial?: () => Partial<TRecord>;
  /** More tables the write hooks touch (aggregates). */
  extraTables?: readonly TableName[];
  /**
   * Runs inside the write transaction after a record changes. `before`/`after` are the live
   * versions (undefined when absent or soft-deleted), so aggregates can subtract and add.
   */
  onWrite?: (db: BackdeskDb, before: TRecord | undefined, after: TRecord | undefined) => Promise<void>;
  /** Like onWrite for a bulk chunk of new records. */
  onBulkWrite?: (db: BackdeskDb, created: readonly TRecord[]) => Promise<void>;
}

export interface CrudRepository<TRecord extends BaseRecord, TDraft extends z.ZodType> {
  readonly table: RecordTableName;
  /** Live (not soft-deleted) records in the default order. */
  list(db?: BackdeskDb): Promise<TRecord[]>;
  /**
   * One page of live records in index order, resuming after `after` (the last row of the
   * previous page) with an index key range rather than an offset (DESIGN §2b).
   */
  page(options: PageOptions<TRecord>, db?: BackdeskDb): Promise<Page<TRecord>>;
  /** Soft-deleted records, most recently deleted first (the bin). */
  listDeleted(db?: BackdeskDb): Promise<TRecord[]>;
  /** A live record, or undefined (also for a soft-deleted one unless includeDeleted). */
  get(id: string, db?: BackdeskDb, options?: { includeDeleted?: boolean }): Promise<TRecord | undefined>;
  /** Like get, but throws RecordNotFoundError. */
  require(id: string, db?: BackdeskDb): Promise<TRecord>;
  create(draft: z.input<TDraft>, db?: BackdeskDb): Promise<TRecord>;
  update(id: string, patch: Partial<z.input<TDraft>>, db?: BackdeskDb): Promise<TRecord>;
  softDelete(id: string, db?: BackdeskDb): Promise<void>;
  restore(id: string, db?: BackdeskDb): Promise<TRecord>;
  /**
   * Validates every draft first (nothing is written when one fails), then writes in chunks,
   * each its own strict-durability transaction with one audit entry: a crash keeps whole
   * chunks or none.
   */
  bulkCreate(drafts: readonly z.input<TDraft>[], options?: BulkCreateOptions, db?: BackdeskDb): Promise<TRecord[]>;
  /** Builds a stamped, validated record without writing it (bulk paths, the sample office). */
  build(draft: z.input<TDraft>, at?: string): TRecord;
}

export class BulkValidationError extends RecordValidationError {
  constructor(
    table: string,
    readonly index: number,
    error: z.ZodError,
  ) {
    super(table, error);
    this.message = `Row ${index + 1}: ${this.message}`;
  }
}

export function createCrudRepository<TRecord extends BaseRecord, TDraft extends z.ZodType>(
  config: CrudConfig<TRecord, TDraft>,
): CrudRepository<TRecord, TDraft> {
  const { table, schema, draftSchema, noun } = config;
  const draftKeys = shapeKeys(draftSchema);
  const tables: TableName[] = [table, 'auditLog', ...(config.extraTables ?? [])];
  const t = (db: BackdeskDb) => db.table<TRecord, string>(table);
  const live = (r: TRecord | undefined) => (r && r.deletedAt === null ? r : undefined);

  const build = (draft: z.input<TDraft>, at: string = nowIso()): TRecord => {
    const input = { ...config.draftDefaults?.(), ...dropBlankStrings(draft as Record<string, unknown>) };
    const parsed = parseOrThrow(table, draftSchema, input) as Record<string, unknown>;
    return parseOrThrow(table, schema, {
      ...config.initial?.(),
      ...parsed,
      id: newId(),
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    });
  };

  const repo: CrudRepository<TRecord, TDraft> = {
    table,
    build,

    async list(db = getDb()) {
      const rows = await t(db)
        .filter((r) => r.deletedAt === null)
        .toArray();
      return config.compare ? rows.sort(config.compare) : rows;
    },

    async page(options, db = getDb()) {
      const index = options.index ?? 'id';
      const limit = Math.max(1, options.limit);
      const key = (r: TRecord) => (r as unknown as Record<string, unknown>)[index];
      let coll;
      if (options.after) {
        const last = options.after;
        const lastKey = key(last) as string | number;
        const w = t(db).where(index);
        coll = (options.reverse ? w.belowOrEqual(lastKey) : w.aboveOrEqual(lastKey)).filter(
          // Rows sharing the last key sort by primary key within the index.
          (r) => key(r) !== lastKey || (options.reverse ? r.id < last.id : r.id > last.id),
        );
      } else {
        coll = t(db).orderBy(index);
      }
      if (options.reverse) coll = coll.reverse();
      const rows = await coll
        .filter((r) => r.deletedAt === null)
        .limit(limit + 1)
        .toArray();
      const more = rows.length > limit;
      const pageRows = more ? rows.slice(0, limit) : rows;
      return more ? { rows: pageRows, next: pageRows[pageRows.length - 1] } : { rows: pageRows };
    },

    async listDeleted(db = getDb()) {
      const rows = await t(db)
        .filter((r) => r.deletedAt !== null)
        .toArray();
      return rows.sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
    },

    async get(id, db = getDb(), options = {}) {
      const r = await t(db).get(id);
      return options.includeDeleted ? r : live(r);
    },

    async require(id, db = getDb()) {
      const r = live(await t(db).get(id));
      if (!r) throw new RecordNotFoundError(table, id);
      return r;
    },

    async create(draft, db = getDb()) {
      const record = build(draft);
      await writeTransaction(db, tables, async () => {
        await t(db).add(record);
        await db.auditLog.add(auditEntry(table, record.id, 'create', `Created ${noun} ${quote(config.label(record))}`, record.createdAt));
        await config.onWrite?.(db, undefined, record);
      });
      return record;
    },

    async update(id, patch, db = getDb()) {
      return writeTransaction(db, tables, async () => {
        const existing = live(await t(db).get(id));
        if (!existing) throw new RecordNotFoundError(table, id);
        const existingFields = existing as unknown as Record<string, unknown>;
        const current: Record<string, unknown> = {};
        for (const k of draftKeys) if (k in existingFields) current[k] = existingFields[k];
        const merged = applyPatch(current, patch as Record<string, unknown>);
        const parsed = parseOrThrow(table, draftSchema, merged) as Record<string, unknown>;
        const base: Record<string, unknown> = { ...existingFields };
        for (const k of draftKeys) delete base[k];
        const at = nowIso();
        const next = parseOrThrow(table, schema, { ...base, ...parsed, updatedAt: at });
        const changed = draftKeys.filter(
          (k) => !sameValue(existingFields[k], (next as unknown as Record<string, unknown>)[k]),
        );
        if (changed.length === 0) return existing;
        await t(db).put(next);
        await db.auditLog.add(
          auditEntry(table, id, 'update', `Updated ${noun} ${quote(config.label(next))} (${changed.join(', ')})`, at),
        );
        await config.onWrite?.(db, existing, next);
        return next;
      });
    },

    async softDelete(id, db = getDb()) {
      await writeTransaction(db, tables, async () => {
        const existing = live(await t(db).get(id));
        if (!existing) throw new RecordNotFoundError(table, id);
        const at = nowIso();
        const next = { ...existing, deletedAt: at, updatedAt: at };
        await t(db).put(next);
        await db.auditLog.add(auditEntry(table, id, 'delete', `Deleted ${noun} ${quote(config.label(existing))}`, at));
        await config.onWrite?.(db, existing, undefined);
      });
    },

    async restore(id, db = getDb()) {
      return writeTransaction(db, tables, async () => {
        const existing = await t(db).get(id);
        if (!existing) throw new RecordNotFoundError(table, id);
        if (existing.deletedAt === null) return existing;
        const at = nowIso();
        const next = { ...existing, deletedAt: null, updatedAt: at };
        await t(db).put(next);
        await db.auditLog.add(auditEntry(table, id, 'restore', `Restored ${noun} ${quote(config.label(next))}`, at));
        await config.onWrite?.(db, undefined, next);
        return next;
      });
    },

    async bulkCreate(drafts, options = {}, db = getDb()) {
      const at = nowIso();
      const records = drafts.map((d, i) => {
        try {
          return build(d, at);
        } catch (e) {
          if (e instanceof RecordValidationError) {
            const r = draftSchema.safeParse({ ...config.draftDefaults?.(), ...dropBlankStrings(d as Record<string, unknown>) });
            if (!r.success) throw new BulkValidationError(table, i, r.error);
          }
          throw e;
        }
      });
      const batchId = options.importBatchId;
      if (batchId) for (const r of records) (r as BaseRecord & { importBatchId?: string }).importBatchId = batchId;
      const commit = batchId ? options.commitBatch : undefined;
      const chunkSize = Math.max(1, options.chunkSize ?? BULK_CHUNK_SIZE);
      const strict = strictConnection(db);
      const chunkTables: TableName[] = commit ? [...tables, IMPORT_BATCH_TABLE] : tables;
      for (let start = 0; start < records.length; start += chunkSize) {
        if (options.signal?.aborted) return records.slice(0, start);
        const chunk = records.slice(start, start + chunkSize);
        const last = start + chunkSize >= records.length;
        await writeTransaction(strict, chunkTables, async () => {
          await strict.table<TRecord, string>(table).bulkPut(chunk);
          const note = options.auditNote ? ` (${options.auditNote})` : '';
          const entry = auditEntry(table, '', 'import', `Imported ${chunk.length} ${plural(noun, chunk.length)}${note}`, at);
          await strict.auditLog.add(batchId ? { ...entry, importBatchId: batchId } : entry);
          await config.onBulkWrite?.(strict, chunk);
          if (last && commit && batchId) await commitImportBatchInTx(strict, batchId, commit.written);
        });
        options.onProgress?.(Math.min(1, (start + chunk.length) / records.length));
      }
      if (records.length === 0) options.onProgress?.(1);
      return records;
    },
  };
  return repo;
}

export function quote(label: string): string {
  const short = label.length > 80 ? `${label.slice(0, 77)}…` : label;
  return `"${short}"`;
}

export function plural(noun: string, n: number): string {
  if (n === 1) return noun;
  if (noun.endsWith('y') && !/[aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
