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
