/**
 * Email drafts on disk (issue 17.5): main writes the `.eml` the renderer asked for into a
 * folder of its own under the system's temp folder, atomically, under a unique name, and hands
 * the path to the user's mail program (shell.openPath in the handler). Drafts older than a
 * week are removed as new ones are written, so the folder never grows without end; a draft the
 * user still has open is young enough to stay.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rmdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { emlFileName } from '../../shared/email/eml';
import { writeFileAtomic } from './files';

export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export class EmailDraftFolder {
  constructor(
    private readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Writes the draft and returns its path; old drafts are cleared first (best effort). */
  async write(subject: string, eml: string): Promise<string> {
    try {
      await mkdir(this.dir, { recursive: true });
    } catch (error) {
      throw new AppError('unavailable', `The email draft could not be written: the folder ${this.dir} cannot be made (${String((error as Error).message)}).`);
    }
    await this.clearOld();
    // A short unique folder keeps the file name readable in the mail program's title bar.
    const folder = path.join(this.dir, randomUUID().slice(0, 8));
    await mkdir(folder, { recursive: true });
    const file = path.join(folder, emlFileName(subject));
    await writeFileAtomic(file, new TextEncoder().encode(eml));
    return file;
  }

  /** Removes draft files (and their folders when empty) older than DRAFT_MAX_AGE_MS. */
  async clearOld(): Promise<number> {
    let removed = 0;
    let entries: string[];
    try {
      entries = await readdir(this.dir);
    } catch {
      return 0;
    }
    const cutoff = this.now() - DRAFT_MAX_AGE_MS;
    for (const name of entries) {
      const folder = path.join(this.dir, name);
      try {
        const files = await readdir(folder);
        let left = files.length;
        for (const f of files) {
          const file = path.join(folder, f);
          if ((await stat(file)).mtimeMs < cutoff) {
            await unlink(file);
            removed++;
            left--;
          }
        }
        if (left === 0) await rmdir(folder);
      } catch {
        // Not a folder of ours, or in use: leave it.
      }
    }
    return removed;
  }
}
