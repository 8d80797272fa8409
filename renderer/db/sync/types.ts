/**
 * The shapes office sync (issue 18) keeps on this PC, beside the office's records. None of
 * these tables or settings replicate: they describe this PC's side of the conversation.
 */

/** This PC's sync settings (setting 'sync.local', never replicated). */
export interface LocalSyncSettings {
  /** Sync runs (continuously while online) when on. */
  enabled: boolean;
  /** A random id for this PC, made once. */
  deviceId: string;
  /** What other PCs see this one as ('Reception'). */
  deviceName: string;
  /**
   * This PC's letter(s) in document numbers (PO-2026-A0001, REQ-A0001, BD-A0001): one or two
   * capital letters, unique in the office; '' while sync has never been set up (numbers as before).
   */
  numberCode: string;
  /** The last `_changes` sequence applied (the pull checkpoint). */
  checkpoint: string | null;
  lastSyncedAt: string | null;
  /** Set once every record of this PC was queued for its first push (after its first pull). */
  initialPushQueued?: boolean;
}

/** Another PC of the office, as it announced itself (setting `sync.device.<deviceId>`, replicated). */
export interface SyncDevice {
  deviceId: string;
  deviceName: string;
  numberCode: string;
  lastSeenAt: string;
}

/** A row of `syncOutbox`: a record changed on this PC and not yet pushed. */
export interface SyncOutboxEntry {
  seq?: number;
  /** The CouchDB document id: `<table>:<record id>`. */
  docId: string;
  at: string;
}

/** A row of `syncRevs`: what this PC last agreed with the server for a document. */
export interface SyncRevision {
  docId: string;
  /** The revision this PC's copy descends from ('3-abc…'); the parent of the next push. */
  rev: string;
  /** A hash of the content last pushed or pulled, so a write that changed nothing is not pushed. */
  contentHash: string;
}

/**
 * Two PCs edited the same record: the server's deterministic winner is applied here, and the
 * losing version waits on the Conflicts screen until someone picks or merges.
 */
export interface SyncConflict {
  /** `${docId}@${loserRev}` */
  id: string;
  docId: string;
  table: string;
  recordId: string;
  winnerRev: string;
  loserRev: string;
  /** The record as applied (the server's winner), fields only (no CouchDB `_` fields). */
  winner: Record<string, unknown>;
  /** The losing version, the same way. `null` when the losing side deleted the record. */
  loser: Record<string, unknown> | null;
  winnerDevice: string | null;
  loserDevice: string | null;
  detectedAt: string;
  /** Set when the user settled it here: the losing branch is retired on the server by the next push. */
  resolvedAt?: string;
}

export type SyncPhase = 'not-configured' | 'off' | 'idle' | 'syncing' | 'offline' | 'error' | 'needs-passphrase';

/** What the status bar and Settings → Sync show; kept in a zustand store by the engine. */
export interface SyncStatus {
  phase: SyncPhase;
  lastSyncedAt: string | null;
  /** Records changed here and not yet on the server. */
  pending: number;
  /** Conflicts waiting on the Conflicts screen. */
  conflicts: number;
  /** A sentence, when the last attempt failed. */
  error: string | null;
  /** During a long pull or push: documents done and (when known) the total. */
  progress: { done: number; total: number | null; direction: 'pull' | 'push' } | null;
}
