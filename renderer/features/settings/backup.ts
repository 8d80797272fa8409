/**
 * Backing up and restoring the whole office as one JSON file through the platform bridge
 * (a save dialog in Electron, a download in a browser). Used by Settings and by the File menu.
 */
import { exportSnapshot, restoreSnapshot, snapshotFromJson, snapshotToJson } from '../../db/backup';
import { getPlatform } from '../../platform';
import { today } from '../../../shared/lib/dates';

export async function backUpNow(): Promise<boolean> {
  const json = snapshotToJson(await exportSnapshot());
  return getPlatform().saveFile(new TextEncoder().encode(json), {
    suggestedName: `Backdesk backup ${today()}.json`,
    mimeType: 'application/json',
    filters: [{ name: 'Backdesk backups', extensions: ['json'] }],
  });
}

/** Asks for a backup file and restores it; resolves false when the user picks nothing. */
export async function restoreFromFile(onProgress?: (fraction: number) => void): Promise<boolean> {
  const [file] = await getPlatform().pickFiles({
    title: 'Restore a Backdesk backup',
    filters: [{ name: 'Backdesk backups', extensions: ['json'] }],
  });
  if (!file) return false;
  const snapshot = snapshotFromJson(new TextDecoder().decode(file.bytes));
  await restoreSnapshot(snapshot, { onProgress });
  return true;
}

// ---------------------------------------------------------------------------------------------
// SCAFFOLD (issue 15): the backup API the Backups screen, the automatic backups and the menu
// use. The backup-format slice implements these on shared/backup; until then they refuse.
import type { StoredBackup, BackupKind } from '../../platform';

/** What a restore did: the counts read back after the write, per table, equal to the manifest's. */
export interface RestoreReport {
  createdAt: string;
  counts: Record<string, number>;
  /** The safety backup of the data that was replaced. */
  safetyBackup: StoredBackup | null;
}

/** Builds a backup of the whole office (tables and attachment bytes) and keeps it in the platform's store. */
export async function makeBackup(_kind: BackupKind, _options: { passphrase?: string } = {}): Promise<StoredBackup> {
  throw new Error('Backups are not available yet.');
}

/**
 * Verifies a backup file (readBackup), saves a safety backup of the current data, replaces
 * everything in one transaction and reads the counts back against the manifest.
 */
export async function restoreBackup(
  _bytes: Uint8Array,
  _options: { passphrase?: string; onProgress?: (fraction: number) => void } = {},
): Promise<RestoreReport> {
  throw new Error('Restoring is not available yet.');
}
