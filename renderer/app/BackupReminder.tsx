/**
 * The backup reminder and the automatic-backup responder (issue 15.2): in a browser, a bar
 * when the last backup is older than the setting, with a download; in Electron, answers main's
 * "backup due" by writing one. SCAFFOLD: the backups slice fills it in.
 */
export function BackupReminder() {
  return null;
}
