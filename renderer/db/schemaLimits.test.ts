/**
 * Every text field of every table has a length limit at the schema (issue 15.9): a record of
 * each table (from the loaded sample office, or a hand-made one for tables the sample leaves
 * empty) is parsed with each of its strings in turn replaced by a 1,000,001-character string,
 * and every optional field it lacks set to one, and every empty list given one. Each must be
 * refused — so a field added later without a limit fails here.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { BackdeskDb, TableName } from './database';
import { openTestDb } from './testing';
import { TABLE_SCHEMAS } from './schemas';
import { loadSampleOffice } from '../core/sampleLoader';
import '../features/expenses/registrations';
import '../features/inventory/registrations';
import '../features/equipment/registrations';

const HUGE = 'x'.repeat(1_000_001);
const NOW = '2026-11-22T10:00:00.000Z';
const HASH = 'a'.repeat(64);

/**
 * Strings allowed past a million characters, each with its own limit (tested at limit + 1):
 * a sealed value holds a whole confidential document (body, rich body, versions) encrypted.
 */
const LONGER_LIMITS: Record<string, number> = { 'sealed.data': 2_000_000 };

/** Records for the tables the sample office leaves empty; each must parse as it is. */
const HAND_MADE: Partial<Record<TableName, Record<string, unknown>>> = {
  attachments: {
    id: 'att1',
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: null,
    hash: HASH,
    name: 'quote.pdf',
    mimeType: 'application/pdf',
    size: 3,
    linkedTable: 'vendors',
    linkedId: 'v1',
    storage: 'idb',
  },
  attachmentBlobs: { id: HASH, bytes: new Uint8Array([1, 2, 3]), size: 3, createdAt: NOW },
  importBatches: {
    id: 'b1',
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: null,
    kind: 'items',
    fileName: 'items.csv',
    status: 'running',
    startedAt: NOW,
    total: 10,
    written: 0,
  },
  staffRequests: {
    id: 'req1',
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: null,
    number: 'REQ-0001',
    requesterId: 'emp1',
    kind: 'repair',
    what: 'Printer jams on tray 2',
    urgency: 'normal',
    status: 'in-progress',
    triage: { kind: 'repair', linkedTable: 'equipmentRepairs', linkedId: 'rep1', at: NOW },
    attachmentIds: ['att1'],
    closedAt: null,
  },
  purchaseRequests: {
    id: 'pr1',
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: null,
    number: 'PR-0001',
    requesterId: 'emp1',
    description: 'Desk chair',
    quantity: 1,
    estimatedUnitCostCents: 32_500,
    status: 'pending',
    autoApproved: false,
  },
  rfqs: {
    id: 'rfq1',
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: null,
    number: 'RFQ-2026-001',
    title: 'Laptops',
    status: 'sent',
    lines: [{ id: 'l1', description: 'Laptop', quantity: 3 }],
    vendorIds: ['v1'],
    quotes: [{ vendorId: 'v1', receivedOn: '2026-11-20', lines: [{ lineId: 'l1', unitPriceCents: 98_000, packSize: 1 }] }],
  },
  projects: {
    id: 'proj1',
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: null,
    name: 'Office move',
    status: 'active',
    milestones: [{ id: 'm1', title: 'Movers booked', due: '2026-12-01', done: false }],
  },
  reminderDismissals: { id: 'e1|2026-11-22T09:00', createdAt: NOW, updatedAt: NOW, deletedAt: null, dismissedAt: NOW },
  auditLog: {
    id: 'a1',
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: null,
    at: NOW,
    table: 'vendors',
    recordId: 'v1',
    action: 'create',
    summary: 'Created vendor',
    actor: 'Jane',
  },
};

const RICH = {
  blocks: [
    { kind: 'paragraph', runs: [{ text: 'Hello ', bold: true }, { text: 'there', href: 'https://example.com' }] },
    { kind: 'heading', level: 2, runs: [{ text: 'Agenda' }] },
    { kind: 'bulletList', items: [[{ text: 'one' }]] },
    { kind: 'orderedList', start: 1, items: [[{ text: 'two' }]] },
    { kind: 'table', header: [[{ text: 'A' }]], rows: [[[{ text: 'a1' }]]] },
  ],
};

/** Fields added to the sample record so nested optional parts are probed too; the record must still parse. */
const EXTRA: Partial<Record<TableName, Record<string, unknown>>> = {
  documents: {
    richBody: RICH,
    recipientAddress: '1 Main St',
    sealed: { $sealed: 1, data: 'c2VhbGVk' },
    signatureText: 'Yours,\nJane',
    message: { time: '10:00', company: 'Acme', phone: '555', pages: '2', flags: ['urgent'] },
    versions: [
      { savedAt: NOW, title: 'Old', date: '2026-11-20', status: 'final', to: 'A', from: 'B', cc: 'C', subject: 'S', body: 'b', richBody: RICH },
    ],
  },
};

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  getter?: () => z.ZodType;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional/nullable/default/pipe wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  for (let i = 0; i < 20; i++) {
    const def = defOf(schema);
    if (['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional'].includes(def.type) && def.innerType) {
      schema = def.innerType;
    } else if (def.type === 'pipe' && def.in && def.out) {
      // z.preprocess(fn, schema) is pipe(transform, schema); schema.transform(fn) is pipe(schema, transform).
      schema = defOf(def.in).type === 'transform' ? def.out : def.in;
    } else if (def.type === 'lazy' && def.getter) {
      schema = def.getter();
    } else return schema;
  }
  return schema;
}

type Path = (string | number)[];
interface Probe {
  path: Path;
  /** Builds the record with the probe's huge value in place. */
  apply: (record: unknown) => unknown;
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

/** Every place a huge string can go: each string leaf, each absent field, one element of each empty list. */
function probes(value: unknown, schema: z.ZodType | undefined, path: Path = []): Probe[] {
  const s = schema ? unwrap(schema) : undefined;
  const def = s ? defOf(s) : undefined;
  const key = path.join('.');
  const huge = HUGE.length > (LONGER_LIMITS[key] ?? 0) ? HUGE : 'x'.repeat(LONGER_LIMITS[key]! + 1);
  if (typeof value === 'string') return [{ path, apply: (r) => setAt(r, path, huge) }];
  if (Array.isArray(value)) {
    const out = value.flatMap((v, i) => probes(v, def?.type === 'array' ? def.element : undefined, [...path, i]));
    if (value.length === 0 && def?.type === 'array' && def.element) {
      const element = unwrap(def.element);
      if (defOf(element).type === 'string') out.push({ path: [...path, 0], apply: (r) => setAt(r, path, [HUGE]) });
    }
    return out;
  }
  if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const record = value as Record<string, unknown>;
    const shape = def?.type === 'object' ? def.shape : undefined;
    const out = Object.entries(record).flatMap(([k, v]) => probes(v, shape?.[k], [...path, k]));
    if (def?.type === 'record') out.push({ path: [...path, HUGE.slice(0, 10)], apply: (r) => setAt(r, [...path, HUGE], 1) });
    for (const k of Object.keys(shape ?? {})) {
      if (k in record) continue;
      const p = [...path, k];
      const max = LONGER_LIMITS[p.join('.')];
      out.push({ path: p, apply: (r) => setAt(r, p, max ? 'x'.repeat(max + 1) : HUGE) });
    }
    return out;
  }
  return [];
}

let db: BackdeskDb;
const samples = new Map<TableName, unknown>();

beforeAll(async () => {
  db = await openTestDb();
  await loadSampleOffice(undefined, db, { today: '2026-11-22' });
  for (const table of Object.keys(TABLE_SCHEMAS) as TableName[]) {
    // The sample record with the most fields set, so optional fields are tried as the sample fills them.
    const rows = (await db.table(table).limit(400).toArray()) as Record<string, unknown>[];
    const richest = rows.sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0];
    const record = richest ?? HAND_MADE[table];
    samples.set(table, record && EXTRA[table] ? { ...record, ...EXTRA[table] } : record);
  }
}, 60_000);
afterAll(() => db.close());

describe('every text field has a limit at the schema', () => {
  it('has a valid record of every table to probe', () => {
    for (const [table, schema] of Object.entries(TABLE_SCHEMAS) as [TableName, z.ZodType][]) {
      const record = samples.get(table);
      expect(record, `no sample or hand-made record for ${table}`).toBeDefined();
      const parsed = schema.safeParse(record);
      expect(parsed.success, `${table}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it.each(Object.keys(TABLE_SCHEMAS) as TableName[])('%s refuses a 1,000,001-character string in every text field', (table) => {
    const schema = TABLE_SCHEMAS[table];
    const record = samples.get(table);
    const accepted: string[] = [];
    const list = probes(record, schema);
    expect(list.length).toBeGreaterThan(0);
    for (const probe of list) {
      const parsed = schema.safeParse(probe.apply(record));
      // Accepted only if the huge string is kept (a field the schema does not know is dropped).
      if (parsed.success && JSON.stringify(parsed.data).includes(HUGE.slice(0, 100_000))) accepted.push(probe.path.join('.'));
    }
    expect(accepted, `${table} accepts a string of over a million characters in`).toEqual([]);
  });

  it("reaches into nested parts: a document's rich body, versions and slip, a setting's value", () => {
    const paths = (table: TableName) => probes(samples.get(table), TABLE_SCHEMAS[table]).map((p) => p.path.join('.'));
    expect(paths('documents')).toEqual(
      expect.arrayContaining(['body', 'subject', 'richBody.blocks.0.runs.0.text', 'richBody.blocks.4.rows.0.0.0.text', 'versions.0.body', 'message.flags.0', 'sealed.data']),
    );
    expect(paths('settings').some((p) => p.startsWith('value.'))).toBe(true);
  });

  it("keeps the limits a user reads: the field's name and the number", () => {
    const doc = samples.get('documents') as Record<string, unknown>;
    const parsed = TABLE_SCHEMAS.documents.safeParse({ ...doc, subject: 's'.repeat(301), body: 'b'.repeat(200_001) });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(['Subject is longer than 300 characters', 'Body is longer than 200,000 characters']);
    expect(TABLE_SCHEMAS.documents.safeParse({ ...doc, body: 'b'.repeat(200_000) }).success).toBe(true);
  });
});
