/**
 * The backup file (DESIGN §3 Backup): one zip holding manifest.json, tables/<name>.json and
 * files/<sha256>, optionally encrypted as a whole with a passphrase. Pure: bytes in, bytes
 * out; `readBackup` never throws and never touches a database, and every refusal is a
 * sentence for the person restoring.
 *
 * Layout of a protected file: the 8 bytes `BDBKENC1`, the PBKDF2 iteration count (4 bytes,
 * big-endian), the 16-byte salt, then the whole zip sealed with AES-GCM (shared/encryption).
 *
 * Old backups (one JSON object `{ format: 'backdesk-snapshot', schemaVersion, exportedAt,
 * tables }`, bytes as `{ $bytes: base64 }`) still read, through the same verification as far
 * as they allow: no checksums exist, so every table the caller requires must be present —
 * a missing table is an error, never "empty".
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import {
  DecryptionError,
  PBKDF2_ITERATIONS,
  SALT_BYTES,
  decryptBytes,
  deriveKeyFromPassphrase,
  encryptBytes,
  fromBase64,
  randomBytes,
  sha256Hex,
  toBase64,
} from '../encryption';

export const BACKUP_FORMAT_VERSION = 1;
/** The format today's JSON backups were written in (before issue 15). */
export const LEGACY_SNAPSHOT_FORMAT = 'backdesk-snapshot';

export interface BackupSnapshot {
  schemaVersion: number;
  createdAt: string;
  tables: Record<string, object[]>;
  /** Attachment bytes keyed by the SHA-256 hex of their contents. */
  files?: Record<string, Uint8Array>;
}

export interface BackupManifest {
  app: 'backdesk';
  formatVersion: number;
  schemaVersion: number;
  createdAt: string;
  tables: Record<string, { count: number; sha256: string }>;
  files: Record<string, number>;
}

export type ReadBackupResult = { ok: true; snapshot: BackupSnapshot } | { ok: false; error: string };

/** What a Backups list shows without restoring: manifest facts, or why the file does not verify. */
export type InspectBackupResult =
  | { ok: true; manifest: BackupManifest; encrypted: false }
  | { ok: true; manifest: null; encrypted: true }
  | { ok: false; error: string };

export interface ReadBackupOptions {
  /**
   * The tables a backup of a given schema version must hold (the caller knows its schema
   * history). A backup missing one is refused: a missing table would otherwise restore as empty.
   */
  requiredTables?: (schemaVersion: number) => readonly string[];
}

const MAGIC = new TextEncoder().encode('BDBKENC1');
const HEADER_BYTES = MAGIC.length + 4 + SALT_BYTES;
const SHA256 = /^[0-9a-f]{64}$/;
const TABLE_NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

/** Uint8Array values inside records travel as base64 (as old backups did). */
function replacer(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? { $bytes: toBase64(value) } : value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const b = (value as { $bytes?: unknown }).$bytes;
    if (typeof b === 'string' && Object.keys(value).length === 1) return fromBase64(b);
  }
  return value;
}

const encoder = new TextEncoder();

export async function writeBackup(snapshot: BackupSnapshot, options: { passphrase?: string } = {}): Promise<Uint8Array> {
  const entries: Zippable = {};
  const manifest: BackupManifest = {
    app: 'backdesk',
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: snapshot.schemaVersion,
    createdAt: snapshot.createdAt,
    tables: {},
    files: {},
  };
  for (const [name, rows] of Object.entries(snapshot.tables)) {
    if (!TABLE_NAME.test(name)) throw new Error(`"${name}" is not a table name a backup can hold.`);
    const bytes = encoder.encode(JSON.stringify(rows, replacer));
    manifest.tables[name] = { count: rows.length, sha256: await sha256Hex(bytes) };
    entries[`tables/${name}.json`] = [bytes, { level: 1 }];
  }
  for (const [hash, bytes] of Object.entries(snapshot.files ?? {})) {
    if (!SHA256.test(hash)) throw new Error('Stored files are named by the SHA-256 of their bytes.');
    manifest.files[hash] = bytes.byteLength;
    // Attachments are mostly PDFs and photos, already compressed: stored as they are.
    entries[`files/${hash}`] = [bytes, { level: 0 }];
  }
  entries['manifest.json'] = [encoder.encode(JSON.stringify(manifest, null, 2)), { level: 6 }];
  const zip = zipSync(entries);
  if (!options.passphrase) return zip;

  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKeyFromPassphrase(options.passphrase, salt, PBKDF2_ITERATIONS);
  const sealed = await encryptBytes(key, zip);
  const out = new Uint8Array(HEADER_BYTES + sealed.length);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(MAGIC.length, PBKDF2_ITERATIONS);
  out.set(salt, MAGIC.length + 4);
  out.set(sealed, HEADER_BYTES);
  return out;
}

/** True when the bytes are a passphrase-protected backup (so the UI asks for it first). */
export function isEncryptedBackup(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b);
}

class Refusal extends Error {}

function refuse(message: string): never {
  throw new Refusal(message);
}

async function decrypt(bytes: Uint8Array, passphrase: string | undefined): Promise<Uint8Array> {
  if (!passphrase) refuse('This backup is protected by a passphrase. Enter the passphrase it was made with to restore it.');
  if (bytes.length < HEADER_BYTES + 28) refuse('This protected backup is incomplete (the file was cut short), so it cannot be restored.');
  const iterations = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length);
  if (iterations < 100_000 || iterations > 100_000_000) refuse('This protected backup is damaged (its header is not one Backdesk writes).');
  const salt = bytes.slice(MAGIC.length + 4, HEADER_BYTES);
  const key = await deriveKeyFromPassphrase(passphrase, salt, iterations);
  try {
    return await decryptBytes(key, bytes.subarray(HEADER_BYTES));
  } catch (e) {
    if (e instanceof DecryptionError) refuse('That passphrase does not open this backup (or the file was altered). Nothing was changed.');
    throw e;
  }
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes), reviver) as unknown;
  } catch {
    refuse(`The backup is damaged: ${what} cannot be read.`);
  }
}

function checkSchemaVersion(version: unknown, current: number): number {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) refuse('The backup is damaged: it does not say which data version it holds.');
  if (version > current) {
    refuse(
      `This backup was made by a newer Backdesk (data version ${version}); this one reads up to version ${current}. Update Backdesk, then restore it.`,
    );
  }
  return version;
}

function checkRequired(tables: Record<string, unknown>, schemaVersion: number, options: ReadBackupOptions): void {
  const names = Object.keys(tables);
  if (names.length === 0) refuse('The backup holds no tables at all, so restoring it would empty the office. Nothing was changed.');
  const missing = (options.requiredTables?.(schemaVersion) ?? []).filter((t) => !(t in tables));
  if (missing.length) {
    refuse(
      `The backup is incomplete: ${missing.length === 1 ? 'the table' : `${missing.length} tables, among them`} “${missing[0]}” ${missing.length === 1 ? 'is' : 'are'} missing (the file may have been cut short). Nothing was changed.`,
    );
  }
}

function validManifest(value: unknown): BackupManifest {
  const m = value as Partial<BackupManifest> | null;
  if (!m || typeof m !== 'object' || m.app !== 'backdesk') refuse('This zip file was not made by Backdesk, so it cannot be restored.');
  if (typeof m.formatVersion !== 'number' || m.formatVersion > BACKUP_FORMAT_VERSION) {
    refuse('This backup was written in a newer backup format than this Backdesk reads. Update Backdesk, then restore it.');
  }
  if (typeof m.createdAt !== 'string' || !m.tables || typeof m.tables !== 'object' || !m.files || typeof m.files !== 'object') {
    refuse('The backup is damaged: its list of contents is incomplete.');
  }
  for (const [name, t] of Object.entries(m.tables)) {
    if (!TABLE_NAME.test(name) || typeof t?.count !== 'number' || typeof t.sha256 !== 'string') {
      refuse('The backup is damaged: its list of contents names a table it cannot describe.');
    }
  }
  for (const [hash, size] of Object.entries(m.files)) {
    if (!SHA256.test(hash) || typeof size !== 'number') refuse('The backup is damaged: its list of contents names a file it cannot describe.');
  }
  return m as BackupManifest;
}

async function readZip(zip: Uint8Array, current: number, options: ReadBackupOptions, verifyOnly: boolean) {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch {
    refuse('The backup is damaged or incomplete (the file was cut short or changed), so it cannot be restored. Nothing was changed.');
  }
  const manifestBytes = entries['manifest.json'];
  if (!manifestBytes) refuse('This zip file is not a Backdesk backup (it has no manifest).');
  const manifest = validManifest(parseJson(manifestBytes, 'its list of contents'));
  const schemaVersion = checkSchemaVersion(manifest.schemaVersion, current);

  const expected = new Set(['manifest.json', ...Object.keys(manifest.tables).map((t) => `tables/${t}.json`), ...Object.keys(manifest.files).map((h) => `files/${h}`)]);
  for (const name of Object.keys(entries)) {
    if (!expected.has(name)) refuse(`The backup holds a file its list of contents does not name (“${name.slice(0, 120)}”), so it is refused. Nothing was changed.`);
  }
  checkRequired(manifest.tables, schemaVersion, options);

  const tables: Record<string, object[]> = {};
  for (const [name, { count, sha256 }] of Object.entries(manifest.tables)) {
    const bytes = entries[`tables/${name}.json`];
    if (!bytes) refuse(`The backup is incomplete: the table “${name}” is missing. Nothing was changed.`);
    if ((await sha256Hex(bytes)) !== sha256) refuse(`The backup is damaged: the table “${name}” does not match its checksum. Nothing was changed.`);
    const rows = parseJson(bytes, `the table “${name}”`);
    if (!Array.isArray(rows) || rows.some((r) => !r || typeof r !== 'object')) refuse(`The backup is damaged: the table “${name}” is not a list of records.`);
    if (rows.length !== count) refuse(`The backup is damaged: the table “${name}” holds ${rows.length} records where its list of contents says ${count}.`);
    if (!verifyOnly) tables[name] = rows as object[];
  }
  const files: Record<string, Uint8Array> = {};
  for (const [hash, size] of Object.entries(manifest.files)) {
    const bytes = entries[`files/${hash}`];
    if (!bytes) refuse('The backup is incomplete: an attached file is missing. Nothing was changed.');
    if (bytes.byteLength !== size || (await sha256Hex(bytes)) !== hash) refuse('The backup is damaged: an attached file does not match its checksum. Nothing was changed.');
    files[hash] = bytes;
  }
  return { manifest, snapshot: { schemaVersion, createdAt: manifest.createdAt, tables, files } satisfies BackupSnapshot };
}

function readLegacyJson(bytes: Uint8Array, current: number, options: ReadBackupOptions): BackupSnapshot {
  const first = bytes.find((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf);
  if (first !== 0x7b) refuse('This file is not a Backdesk backup.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8').decode(bytes), reviver) as unknown;
  } catch {
    refuse('This file looks like an old Backdesk backup but is damaged or incomplete (it ends too early), so it cannot be restored. Nothing was changed.');
  }
  const old = parsed as { format?: unknown; schemaVersion?: unknown; exportedAt?: unknown; tables?: unknown };
  if (!old || typeof old !== 'object' || old.format !== LEGACY_SNAPSHOT_FORMAT) refuse('This JSON file was not made by Backdesk, so it cannot be restored.');
  const schemaVersion = checkSchemaVersion(old.schemaVersion, current);
  if (!old.tables || typeof old.tables !== 'object' || Array.isArray(old.tables)) refuse('The backup is damaged: it holds no tables.');
  const tables = old.tables as Record<string, unknown>;
  checkRequired(tables, schemaVersion, options);
  for (const [name, rows] of Object.entries(tables)) {
    if (!TABLE_NAME.test(name)) refuse(`The backup names a table Backdesk does not know (“${name.slice(0, 60)}”).`);
    if (!Array.isArray(rows) || rows.some((r) => !r || typeof r !== 'object')) refuse(`The backup is damaged: the table “${name}” is not a list of records.`);
  }
  return { schemaVersion, createdAt: typeof old.exportedAt === 'string' ? old.exportedAt : '', tables: tables as Record<string, object[]> };
}

async function open(bytes: Uint8Array, current: number, passphrase: string | undefined, options: ReadBackupOptions, verifyOnly: boolean) {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) refuse('This file is empty; it is not a Backdesk backup.');
  const plain = isEncryptedBackup(bytes) ? await decrypt(bytes, passphrase) : bytes;
  if (isZip(plain)) return readZip(plain, current, options, verifyOnly);
  return { manifest: null, snapshot: readLegacyJson(plain, current, options) };
}

export async function readBackup(
  bytes: Uint8Array,
  currentSchemaVersion: number,
  passphrase?: string,
  options: ReadBackupOptions = {},
): Promise<ReadBackupResult> {
  try {
    return { ok: true, snapshot: (await open(bytes, currentSchemaVersion, passphrase, options, false)).snapshot };
  } catch (e) {
    return { ok: false, error: e instanceof Refusal ? e.message : 'This file could not be read as a Backdesk backup. Nothing was changed.' };
  }
}

/** Checks a backup fully (every checksum) and returns its manifest; an encrypted one says so. */
export async function inspectBackup(bytes: Uint8Array, currentSchemaVersion: number, options: ReadBackupOptions = {}): Promise<InspectBackupResult> {
  if (bytes instanceof Uint8Array && isEncryptedBackup(bytes)) return { ok: true, manifest: null, encrypted: true };
  try {
    const { manifest, snapshot } = await open(bytes, currentSchemaVersion, undefined, options, true);
    if (manifest) return { ok: true, manifest, encrypted: false };
    // An old JSON backup: describe it in the manifest's terms (no checksums existed then).
    const tables = Object.fromEntries(Object.entries(snapshot.tables).map(([n, rows]) => [n, { count: rows.length, sha256: '' }]));
    return { ok: true, encrypted: false, manifest: { app: 'backdesk', formatVersion: 0, schemaVersion: snapshot.schemaVersion, createdAt: snapshot.createdAt, tables, files: {} } };
  } catch (e) {
    return { ok: false, error: e instanceof Refusal ? e.message : 'This file could not be read as a Backdesk backup.' };
  }
}
