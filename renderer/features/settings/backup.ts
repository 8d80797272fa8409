/**
 * Backing up and restoring the whole office (issue 15.1): the zip of shared/backup, kept in
 * the platform's backup store (the chosen folder in Electron, a database of its own in a
 * browser) and, for "Back up now", saved where the user chooses. A restore verifies the file
 * first (readBackup), saves a safety copy of the current data ('pre-restore') before it
 * replaces anything — no copy, no restore — then replaces everything in one transaction and
 * counts every table again. Used by Settings, the Backups screen, the File menu and the
 * automatic schedule.
 */
import { inspectBackup, isEncryptedBackup, writeBackup, type BackupManifest, type InspectBackupResult } from '../../../shared/backup';
import { today } from '../../../shared/lib/dates';
import { errorMessage } from '../../../shared/lib/errors';
import { readBackupFile, requiredTablesFor, restoreSnapshot, snapshotDatabase } from '../../db/backup';
import { SCHEMA_VERSION } from '../../db';
import { getPlatform, type BackupKind, type PickedFile, type StoredBackup } from '../../platform';

/** What a restore did: the counts read back after the write, per table, equal to the backup's. */
export interface RestoreReport {
  createdAt: string;
  counts: Record<string, number>;
  /** The safety backup of the data that was replaced. */
  safetyBackup: StoredBackup | null;
}

/** The whole office as backup bytes: every table in one read, attachment bytes wherever they live. */
export async function buildBackupBytes(options: { passphrase?: string } = {}): Promise<Uint8Array> {
  const { snapshot, mainFiles } = await snapshotDatabase();
  const store = getPlatform().attachments;
  if (store && mainFiles.length) {
    snapshot.files ??= {};
    for (const hash of mainFiles) {
      try {
        snapshot.files[hash] = await store.get(hash);
      } catch (e) {
        throw new Error(`An attached file could not be read for the backup (${errorMessage(e)}).`);
      }
    }
  }
  return writeBackup(snapshot, options.passphrase ? { passphrase: options.passphrase } : {});
}

/** Builds a backup of the whole office and keeps it in the platform's store. */
export async function makeBackup(kind: BackupKind, options: { passphrase?: string } = {}): Promise<StoredBackup> {
  return getPlatform().backups.write(await buildBackupBytes(options), kind);
}

/** File ▸ Back up… : saves the zip where the user chooses, and keeps a copy in the store. */
export async function backUpNow(options: { passphrase?: string } = {}): Promise<boolean> {
  const bytes = await buildBackupBytes(options);
  const saved = await getPlatform().saveFile(bytes, {
    suggestedName: `Backdesk backup ${today()}.zip`,
    mimeType: 'application/zip',
    filters: [{ name: 'Backdesk backups', extensions: ['zip'] }],
  });
  if (saved) {
    // The Backups screen lists it too; a store that cannot keep it does not undo the save.
    await getPlatform()
      .backups.write(bytes, 'manual')
      .catch(() => undefined);
  }
  return saved;
}

/** Verifies a backup without restoring it (the Backups screen's "verifies" column). */
export function checkBackup(bytes: Uint8Array): Promise<InspectBackupResult> {
  return inspectBackup(bytes, SCHEMA_VERSION, { requiredTables: requiredTablesFor });
}

export { isEncryptedBackup };
export type { BackupManifest };

/**
 * Verifies a backup file, saves a safety backup of the current data, replaces everything in
 * one transaction and reads the counts back against the backup. Throws with a sentence when
 * anything refuses; the current data is then unchanged.
 */
export async function restoreBackup(
  bytes: Uint8Array,
  options: { passphrase?: string; onProgress?: (fraction: number) => void } = {},
): Promise<RestoreReport> {
  const read = await readBackupFile(bytes, options.passphrase);
  if (!read.ok) throw new Error(read.error);
  const { snapshot } = read;
  options.onProgress?.(0.02);
  let safetyBackup: StoredBackup;
  try {
    safetyBackup = await makeBackup('pre-restore');
  } catch (e) {
    throw new Error(`A safety copy of the current data could not be saved (${errorMessage(e)}), so nothing was restored.`);
  }
  options.onProgress?.(0.1);
  // Files kept by main's store go back there before the records that name them.
  const store = getPlatform().attachments;
  const attachments = (snapshot.tables.attachments ?? []) as { hash?: string; storage?: string }[];
  if (store) {
    for (const hash of new Set(attachments.filter((a) => a.storage === 'main' && a.hash).map((a) => a.hash!))) {
      const fileBytes = snapshot.files?.[hash];
      if (fileBytes) await store.put(fileBytes);
    }
  }
  try {
    const counts = await restoreSnapshot(snapshot, { onProgress: (f) => options.onProgress?.(0.1 + f * 0.9) });
    return { createdAt: snapshot.createdAt, counts, safetyBackup };
  } catch (e) {
    throw new Error(`${errorMessage(e)} A copy of the data from before is kept in Backups (${safetyBackup.id}).`);
  }
}

/** Asks for a backup file (.zip, or .json from an earlier Backdesk); null when the user picks nothing. */
export async function pickBackupFile(): Promise<PickedFile | null> {
  const [file] = await getPlatform().pickFiles({
    title: 'Restore a Backdesk backup',
    filters: [{ name: 'Backdesk backups', extensions: ['zip', 'json'] }],
    // In Electron a backup may be read up to the size backups are written at (1 GB), not 100 MB.
    purpose: 'backup',
  });
  return file ?? null;
}
