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
// The company fields the first-run company step shares with Settings (issue 16.14).
export {
  CountryField,
  CurrencyField,
  LogoField,
  PaperSizeField,
  currencyForCountry,
  guessCountry,
  paperAfterCountryChange,
} from './components/companyFields';
