/**
 * How an office record becomes a CouchDB document and back (issue 18). Pure: no I/O.
 *
 * - The document id is `<table>:<record id>` — one database holds the whole office, and a
 *   record id (a ULID or a settings key) never contains the separator's meaning twice.
 * - Fields a PC works out for itself are left out of the document (DESIGN §2: aggregates are
 *   recomputed, never replicated as truth): the on-hand quantity of an item (the sum of its
 *   stock movements), a meter's last and lifetime values (from its readings), and the index
 *   keys the database derives on write (phone and e-mail keys, a task's open-due key). Two PCs
 *   that each log a movement therefore never conflict over the item they both touched.
 * - `bd_table` and `bd_device` ride along so the server's documents say what they are and which
 *   PC wrote them (shown on the Conflicts screen). Nothing else of the PC goes out.
 */

/** Fields derived on each PC, per table: never pushed, recomputed after a pull. */
export const DERIVED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  items: ['quantityOnHand'],
  equipmentMeters: ['lastReadingOn', 'lastValue', 'lifetimeValue'],
  contacts: ['phoneKeys', 'emailKeys'],
  vendors: ['phoneKeys'],
  employees: ['phoneKeys'],
  candidates: ['phoneKeys'],
  calls: ['phoneKey'],
  tasks: ['openDue'],
  // Where a file's bytes live is each PC's own business (main's store or this database).
  attachments: ['storage'],
};

export interface OfficeDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _revisions?: { start: number; ids: string[] };
  bd_table?: string;
  bd_device?: string;
  [field: string]: unknown;
}

export function docIdOf(table: string, id: string): string {
  return `${table}:${id}`;
}

/** The table and record id of a document id; null for design docs and ids that are not ours. */
export function parseDocId(docId: string): { table: string; id: string } | null {
  if (docId.startsWith('_')) return null;
  const at = docId.indexOf(':');
  if (at <= 0 || at === docId.length - 1) return null;
  return { table: docId.slice(0, at), id: docId.slice(at + 1) };
}

/** The record's replicated fields (derived ones and undefined values left out). */
export function replicatedFields(table: string, record: Record<string, unknown>): Record<string, unknown> {
  const derived = DERIVED_FIELDS[table] ?? [];
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    if (v === undefined || derived.includes(k)) continue;
    out[k] = v;
  }
  return out;
}

/** The document for a record (without _rev). */
export function toDoc(table: string, record: Record<string, unknown>, device: string): OfficeDoc {
  const id = record.id;
  if (typeof id !== 'string' || !id) throw new Error(`A ${table} record without an id cannot be synced.`);
  return { _id: docIdOf(table, id), bd_table: table, bd_device: device, ...replicatedFields(table, record) };
}

/** The record a document holds: CouchDB's and Backdesk's bookkeeping fields removed. */
export function recordOfDoc(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) {
    if (k.startsWith('_') || k === 'bd_table' || k === 'bd_device') continue;
    out[k] = v;
  }
  return out;
}

/** JSON with object keys sorted, so equal content gives equal text whatever the key order. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableStringify(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

/** A 53-bit hash of text (cyrb53), as hex: enough to tell "the content did not change". */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The hash of a record's replicated content (what decides whether a write needs a push).
 * `updatedAt` is left out: a write that only moved it (an item whose on-hand quantity changed
 * with a stock movement) has nothing for the other PCs, and pushing it would make two PCs
 * logging movements of one item conflict over nothing.
 */
export function recordHash(table: string, record: Record<string, unknown> | null): string {
  if (record === null) return 'deleted';
  const { updatedAt: _u, ...rest } = replicatedFields(table, record);
  return contentHash(stableStringify(rest));
}

/** 'N-hash' split; null when the text is not a revision. */
export function parseRev(rev: string): { gen: number; hash: string } | null {
  const m = /^(\d+)-([0-9a-zA-Z]+)$/.exec(rev);
  if (!m) return null;
  return { gen: Number(m[1]), hash: m[2]! };
}

/**
 * The next revision of a document this PC writes, and the ancestry CouchDB needs to place it
 * (pushed with new_edits:false, as PouchDB does, so two PCs' edits of one parent become two
 * branches the server keeps — its deterministic winner shown, the other kept as a conflict).
 */
export function nextRevision(parentRev: string | null, randomHex: string): { rev: string; revisions: { start: number; ids: string[] } } {
  const parent = parentRev ? parseRev(parentRev) : null;
  const gen = (parent?.gen ?? 0) + 1;
  return { rev: `${gen}-${randomHex}`, revisions: { start: gen, ids: parent ? [randomHex, parent.hash] : [randomHex] } };
}
