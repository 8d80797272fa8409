/**
 * A failed or overdue backup on the Dashboard (issue 15.2): never swallowed. SCAFFOLD: the
 * backups slice fills it in.
 */
export function BackupStatusCard() {
  return null;
}
