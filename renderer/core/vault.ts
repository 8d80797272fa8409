/**
 * The office vault (issue 15.4/15.5): whether an office passphrase is set, whether the app is
 * locked, who is at the keyboard, and — while unlocked — the data key that seals confidential
 * fields. The data key lives in memory only (never in IndexedDB, never in localStorage); the
 * database holds it wrapped by the passphrase key and by the recovery key.
 *
 * SCAFFOLD: the API other slices code against. Until the lock slice lands the vault is 'off'
 * (no passphrase): everyone sees everything, and nothing is sealed.
 */
import { create } from 'zustand';
import type { CryptoKey } from '../../shared/encryption';

export const USER_ROLES = ['manager', 'staff'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** A named user chosen at unlock: an office manager sees confidential fields; staff do not. */
export interface OfficeUser {
  id: string;
  name: string;
  role: UserRole;
}

export type VaultStatus =
  | { state: 'off' }
  | { state: 'locked' }
  | { state: 'unlocked'; user: OfficeUser };

interface VaultStore {
  status: VaultStatus;
  /** In memory only while unlocked. */
  key: CryptoKey | null;
}

export const useVaultStore = create<VaultStore>()(() => ({ status: { state: 'off' }, key: null }));

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
