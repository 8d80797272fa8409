/** The sync status the shell's status bar and Settings → Sync read (UI state only). */
import { create } from 'zustand';
import type { SyncStatus } from './types';

export const INITIAL_SYNC_STATUS: SyncStatus = {
  phase: 'not-configured',
  lastSyncedAt: null,
  pending: 0,
  conflicts: 0,
  error: null,
  progress: null,
};

export const useSyncStatus = create<SyncStatus>()(() => ({ ...INITIAL_SYNC_STATUS }));

export function setSyncStatus(patch: Partial<SyncStatus>): void {
  useSyncStatus.setState(patch);
}
