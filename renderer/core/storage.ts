/**
 * The browser's storage for this app (issue 15.7): ask once at start that IndexedDB be kept
 * when the disk runs low (navigator.storage.persist), and read how much is used and how much
 * the browser allows (navigator.storage.estimate) for Settings ▸ Storage. No database work here.
 */

export type Persistence = 'persistent' | 'best-effort' | 'unsupported';

/** Asks for persistent storage (granted silently to an installed or engaged app) and says what holds now. */
export async function requestPersistentStorage(): Promise<Persistence> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}

/** The words Settings shows for a persistence state. */
export function persistenceSentence(state: Persistence): string {
  if (state === 'persistent') return 'Your data is kept even when the disk is low.';
  if (state === 'best-effort') return 'The browser may clear your data when the disk is low — back up regularly.';
  return 'This browser does not say whether it keeps your data when the disk is low — back up regularly.';
}

export interface StorageUse {
  /** Bytes this app stores (IndexedDB, caches). */
  used: number;
  /** Bytes the browser lets it store in all. */
  quota: number;
}

/** Used and allowed bytes, or null when the browser does not tell. */
export async function storageUse(): Promise<StorageUse | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.estimate) return null;
  try {
    const { usage, quota } = await storage.estimate();
    if (usage === undefined || quota === undefined) return null;
    return { used: usage, quota };
  } catch {
    return null;
  }
}

/** "12.3 MB", "1.2 GB": decimal units as file managers show them. */
export function formatStorageBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  if (unit === 0) return `${Math.round(value)} bytes`;
  return `${value.toLocaleString('en', { maximumFractionDigits: value < 10 ? 1 : 0 })} ${units[unit]}`;
}
