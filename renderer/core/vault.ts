/**
 * The office vault (issue 15.4/15.5): whether an office passphrase is set, whether the app is
 * locked, who is at the keyboard, and — while unlocked — the data key that seals confidential
 * fields. The data key lives in memory only (never in IndexedDB, never in localStorage); the
 * database holds it wrapped by the passphrase key and by the recovery key (renderer/db/vaultKeys.ts
 * reads and writes that, and runs unlock, lock and the passphrase changes).
 *
 * This module is the state only: no database, no transactions. With no passphrase the vault is
 * 'off': everyone sees everything, and nothing is sealed.
 */
import { create } from 'zustand';
import type { CryptoKey } from '../../shared/encryption';

export const USER_ROLES = ['manager', 'staff'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const USER_ROLE_LABELS: Record<UserRole, string> = { manager: 'Office manager', staff: 'Staff' };

/** A named user chosen at unlock: an office manager sees confidential fields; staff do not. */
export interface OfficeUser {
  id: string;
  name: string;
  role: UserRole;
  /** The staff member this user is, when linked. */
  employeeId?: string | undefined;
}

export type VaultStatus =
  | { state: 'off' }
  | { state: 'locked' }
  | { state: 'unlocked'; user: OfficeUser };

/** Minutes without keyboard or mouse before the app locks; null: never. */
export const DEFAULT_IDLE_MINUTES = 10;

interface VaultStore {
  status: VaultStatus;
  /** In memory only while unlocked. */
  key: CryptoKey | null;
  /** False until the stored vault settings were read once (the gate shows nothing before). */
  loaded: boolean;
  /** The users who may unlock (empty with no passphrase). */
  users: OfficeUser[];
  idleMinutes: number | null;
  /** Why the app last locked by itself ("Locked after 10 minutes without use."), for the lock screen. */
  lockReason: string | null;
}

export const useVaultStore = create<VaultStore>()(() => ({
  status: { state: 'off' },
  key: null,
  loaded: false,
  users: [],
  idleMinutes: DEFAULT_IDLE_MINUTES,
  lockReason: null,
}));

export function useVaultStatus(): VaultStatus {
  return useVaultStore((s) => s.status);
}

export function vaultStatus(): VaultStatus {
  return useVaultStore.getState().status;
}

/** The data key while unlocked; null when the vault is off or locked. */
export function currentDataKey(): CryptoKey | null {
  return useVaultStore.getState().key;
}

/** The user at the keyboard while unlocked; undefined when the office has no passphrase. */
export function currentUser(): OfficeUser | undefined {
  const s = vaultStatus();
  return s.state === 'unlocked' ? s.user : undefined;
}

/** With no passphrase there are no users: whoever opens the app runs the office. */
export function canSeeConfidential(): boolean {
  const s = vaultStatus();
  return s.state === 'off' || (s.state === 'unlocked' && s.user.role === 'manager');
}

/** Whether the person at the keyboard may change security settings (manager, or nobody set up yet). */
export function canManageSecurity(status: VaultStatus = vaultStatus()): boolean {
  return status.state === 'off' || (status.state === 'unlocked' && status.user.role === 'manager');
}
