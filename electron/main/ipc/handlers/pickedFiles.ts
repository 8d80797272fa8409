/**
 * How much of a picked file main may read, per grant (issue 15.1): a file picked for import
 * is capped at PICKED_FILE_MAX_BYTES, a file picked as a backup may be as large as any backup
 * Backdesk writes (SAVED_FILE_MAX_BYTES) — otherwise a 100 MB–1 GB backup could be written but
 * never restored. Kept apart from files.ts (which needs Electron) so it is tested in Node.
 */
import { PICKED_FILE_MAX_BYTES, SAVED_FILE_MAX_BYTES } from '../../../../shared/ipc/contract';
import { AppError } from '../../../../shared/ipc/result';
import { readUserFile, type FileGrants, type ReadFile } from '../../../services/files';

export type PickPurpose = 'backup' | undefined;

export interface PickLimits {
  /** Any picked file (imports, attachments). */
  default: number;
  /** A file picked with purpose 'backup'. */
  backup: number;
}

export const PICK_LIMITS: PickLimits = { default: PICKED_FILE_MAX_BYTES, backup: SAVED_FILE_MAX_BYTES };

/** Remembers which grants were made for a backup; bounded like FileGrants. */
export class PickedFiles {
  private readonly backupGrants = new Set<string>();

  constructor(
    readonly grants: FileGrants,
    private readonly limits: PickLimits = PICK_LIMITS,
    private readonly keep = 50,
  ) {}

  grant(filePath: string, purpose: PickPurpose): string {
    const id = this.grants.grant(filePath);
    if (purpose === 'backup') {
      this.backupGrants.add(id);
      while (this.backupGrants.size > this.keep) {
        const oldest = this.backupGrants.values().next().value;
        if (oldest === undefined) break;
        this.backupGrants.delete(oldest);
      }
    }
    return id;
  }

  maxBytes(id: string): number {
    return this.backupGrants.has(id) ? this.limits.backup : this.limits.default;
  }

  async read(id: string): Promise<ReadFile> {
    const filePath = this.grants.resolve(id);
    if (!filePath) {
      throw new AppError('not_found', 'This file is no longer available to Backdesk; please choose it again.');
    }
    return readUserFile(filePath, this.maxBytes(id));
  }
}
