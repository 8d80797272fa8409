/**
 * When automatic backups happen (issue 15.2). The renderer owns the data, so main does not
 * build a backup itself: when one is due it sends `backups:due` to the window, and the
 * renderer answers with `backups:write` (kind 'auto'), which the backup service writes,
 * verifies and rotates.
 *
 * - Schedule: checked a minute after start (`firstCheckMs`: the window is listening by then)
 *   and every `checkEveryMs` (15 minutes); due when the newest
 *   backup is `intervalHours` old (daily by default) or there is none. After asking, it asks
 *   again no sooner than `retryMs` (an hour), so a folder that was gone is retried once it is
 *   back, and a window that had nothing new to save is not asked every tick.
 * - Quit: when the data changed since the last backup (`dataChangedSince`), the window's
 *   close and the app's before-quit are held, `{ reason: 'quit' }` is sent, and quitting
 *   goes on when the write arrives or after `quitWaitMs` (20 s) at most — then the missed
 *   backup is recorded as a failed run, so the Dashboard says so next time.
 *
 * No Electron import: the clock, the sender and the service are passed in, so this is tested
 * with fake timers.
 */
import type { BackupKind, BackupSettingsValue } from '../../shared/ipc/contract';

export type DueReason = 'schedule' | 'quit';

export interface BackupSchedulerDeps {
  service: {
    getSettings(): Promise<BackupSettingsValue>;
    lastBackupAt(): Promise<string | null>;
    recordRun(run: { ok: boolean; message?: string }): Promise<void>;
  };
  /** Sends backups:due to the window; false when there is no window to ask. */
  send(reason: DueReason): boolean;
  /** Has the office's data changed since `at` (null: no backup yet)? */
  dataChangedSince(at: string | null): Promise<boolean>;
  now?: () => number;
  firstCheckMs?: number;
  checkEveryMs?: number;
  retryMs?: number;
  quitWaitMs?: number;
}

/** Something that can be held back: Electron's close and before-quit events. */
export interface Holdable {
  preventDefault(): void;
}

const HOUR = 3_600_000;

export class BackupScheduler {
  private readonly deps: Required<Omit<BackupSchedulerDeps, 'service' | 'send' | 'dataChangedSince'>> &
    Pick<BackupSchedulerDeps, 'service' | 'send' | 'dataChangedSince'>;
  private timer: ReturnType<typeof setInterval> | null = null;
  private firstTimer: ReturnType<typeof setTimeout> | null = null;
  private lastAskedAt: number | null = null;
  private checking: Promise<unknown> | null = null;
  private waiters: (() => void)[] = [];
  private quit: 'open' | 'holding' | 'done' = 'open';

  constructor(deps: BackupSchedulerDeps) {
    this.deps = { now: Date.now, firstCheckMs: 60_000, checkEveryMs: 15 * 60_000, retryMs: HOUR, quitWaitMs: 20_000, ...deps };
  }

  /** Checks soon after start, then on a timer. */
  start(): void {
    if (this.timer) return;
    this.firstTimer = setTimeout(() => void this.check(), this.deps.firstCheckMs);
    this.timer = setInterval(() => void this.check(), this.deps.checkEveryMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.firstTimer) clearTimeout(this.firstTimer);
    this.timer = null;
    this.firstTimer = null;
  }

  /** One look at the schedule; says what it did (for tests and logs). */
  async check(): Promise<'asked' | 'not-due' | 'off' | 'asked-recently' | 'no-window' | 'busy'> {
    if (this.checking) return 'busy';
    const run = this.checkOnce();
    this.checking = run;
    try {
      return await run;
    } catch {
      return 'not-due';
    } finally {
      this.checking = null;
    }
  }

  private async checkOnce(): Promise<'asked' | 'not-due' | 'off' | 'asked-recently' | 'no-window'> {
    const settings = await this.deps.service.getSettings();
    if (!settings.enabled || this.quit !== 'open') return 'off';
    const now = this.deps.now();
    const last = await this.deps.service.lastBackupAt();
    if (last && now - Date.parse(last) < settings.intervalHours * HOUR) return 'not-due';
    if (this.lastAskedAt !== null && now - this.lastAskedAt < this.deps.retryMs) return 'asked-recently';
    if (!this.deps.send('schedule')) return 'no-window';
    this.lastAskedAt = now;
    return 'asked';
  }

  /** The backups:write handler calls this after each write (done or failed). */
  written(kind: BackupKind): void {
    if (kind !== 'auto') return;
    this.lastAskedAt = null;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  /**
   * For the window's 'close' and the app's 'before-quit': the first one holds the quit while
   * the backup on quit is made, then calls `proceed` (close the window again, quit again),
   * which passes through.
   */
  holdQuit(event: Holdable, proceed: () => void): void {
    if (this.quit === 'done') return;
    event.preventDefault();
    if (this.quit === 'holding') return;
    this.quit = 'holding';
    this.stop();
    void this.backupOnQuit()
      .catch(() => undefined)
      .finally(() => {
        this.quit = 'done';
        proceed();
      });
  }

  /** Asks for the quit backup when data changed and waits (bounded) for it; true when one was written. */
  async backupOnQuit(): Promise<boolean> {
    const settings = await this.deps.service.getSettings();
    if (!settings.enabled) return false;
    if (!(await this.deps.dataChangedSince(await this.deps.service.lastBackupAt()))) return false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arrived = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), this.deps.quitWaitMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!this.deps.send('quit')) {
      clearTimeout(timer);
      this.waiters = [];
      return false;
    }
    const done = await arrived;
    if (!done) {
      const seconds = Math.round(this.deps.quitWaitMs / 1000);
      await this.deps.service
        .recordRun({ ok: false, message: `The backup when Backdesk closed did not finish within ${seconds} seconds, so the latest changes are not in a backup yet. Back up now to be safe.` })
        .catch(() => undefined);
    }
    return done;
  }
}
