/** Placeholder until the backup module lands. */
export function BackupControls() {
  return null;
}
