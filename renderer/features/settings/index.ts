/**
 * Settings feature: the Settings screen (company profile form, appearance, backup and data).
 * The company profile and app state it edits live below every feature in `core/settings.ts`,
 * since every feature formats money and dates with them.
 */
export { backUpNow, makeBackup, restoreBackup, checkBackup, pickBackupFile, isEncryptedBackup, type RestoreReport } from './backup';
export {
  useBackupStatus,
  loadBackupStatus,
  runAutomaticBackup,
  automaticBackupDue,
  downloadReminderDue,
  snoozeBackupReminder,
  notifyBackupsChanged,
  recordBackupFailure,
  timeAgo,
  type BackupStatus,
  type BackupRun,
} from './backupStatus';
