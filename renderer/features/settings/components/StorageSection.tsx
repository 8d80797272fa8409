/**
 * Settings ▸ Storage (issue 15.7): persistent storage granted or not, used and available
 * space. SCAFFOLD: the storage slice fills it in.
 */
export function StorageSection() {
  return null;
}
