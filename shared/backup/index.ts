/**
 * The backup file (DESIGN §3 Backup): one zip holding manifest.json, tables/<name>.json and
 * files/<sha256>, optionally encrypted as a whole with a passphrase. Pure: bytes in, bytes
 * out; `readBackup` never throws and never touches a database.
 *
 * SCAFFOLD (issue 15.1): the signatures below are the contract other slices code against;
 * the implementation lands with the backup-format slice.
 */

export const BACKUP_FORMAT_VERSION = 1;

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

export async function writeBackup(_snapshot: BackupSnapshot, _options?: { passphrase?: string }): Promise<Uint8Array> {
  throw new Error('writeBackup is not implemented yet (issue 15.1)');
}

export async function readBackup(_bytes: Uint8Array, _currentSchemaVersion: number, _passphrase?: string): Promise<ReadBackupResult> {
  return { ok: false, error: 'Reading backups is not implemented yet.' };
}

/** True when the bytes are a passphrase-protected backup (so the UI asks for it first). */
export function isEncryptedBackup(_bytes: Uint8Array): boolean {
  return false;
}

/** Checks a backup fully (every checksum) and returns its manifest; an encrypted one says so. */
export async function inspectBackup(_bytes: Uint8Array, _currentSchemaVersion: number): Promise<InspectBackupResult> {
  return { ok: false, error: 'Reading backups is not implemented yet.' };
}
