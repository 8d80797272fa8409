/**
 * The automatic backup folder (issue 15.2), for the backups:* channels and the scheduler. A
 * plain Node service: the renderer builds the backup bytes (it owns the data), main keeps
 * them as files in the folder the user chose — a USB stick or a network share is typical —
 * or, until one is chosen, in `<data folder>/Backups`.
 *
 * - Files are named by their time (local, as the user reads the folder) and kind:
 *   `Backdesk 2026-12-04 153012 auto.zip`; the list is read back from the names (anything
 *   else in the folder is ignored, never touched).
 * - A write is atomic (temporary file in the same folder, flushed, renamed) and then read
 *   back and compared byte for byte. Only after that are old copies rotated away, so the
 *   only good copy is never deleted. The rotation (shared/backup/rotation) keeps the newest
 *   automatic backup of each of the last `keepDaily` days, `keepWeekly` weeks and
 *   `keepMonthly` months, always the newest automatic one, and the newest 10 manual, 5
 *   pre-restore and 3 pre-upgrade copies (each kind by its own count: an automatic backup
 *   never pushes out a manual one).
 * - A chosen folder that is gone is never re-created (that would write to the PC's own disk
 *   where the USB stick was mounted); the default folder is.
 * - An automatic backup that fails (folder gone, disk full, read-only, not allowed) is
 *   recorded in the settings file as `lastRun { at, ok: false, message }`, a sentence the
 *   Dashboard shows, and the error is thrown on to the caller: never swallowed.
 * - Settings are JSON in the data folder (`backup-settings.json`), written atomically.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { backupsToDelete } from '../../shared/backup/rotation';
import {
  backupSettings,
  type BackupEntryValue,
  type BackupKind,
  type BackupSettingsValue,
} from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { writeFileAtomic } from './files';
import { resolveContained } from './paths';

export const DEFAULT_BACKUP_SETTINGS: BackupSettingsValue = {
  folder: null,
  enabled: true,
  intervalHours: 24,
  keepDaily: 7,
  keepWeekly: 4,
  keepMonthly: 12,
};

export const SETTINGS_FILE = 'backup-settings.json';
export const DEFAULT_FOLDER_NAME = 'Backups';

const KINDS: readonly BackupKind[] = ['auto', 'manual', 'pre-upgrade', 'pre-restore'];
const NAME = /^Backdesk (\d{4})-(\d{2})-(\d{2}) (\d{2})(\d{2})(\d{2})(?: (\d+))? (auto|manual|pre-upgrade|pre-restore)\.zip$/;

/** The file name for a backup made at `at` (local time, to the second); `n` tells apart two in one second. */
export function backupFileName(at: Date, kind: BackupKind, n = 0): string {
  const p = (v: number) => String(v).padStart(2, '0');
  const day = `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}`;
  const time = `${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
  return `Backdesk ${day} ${time}${n ? ` ${n}` : ''} ${kind}.zip`;
}

/** Kind and time read back from a file name; null for any file that is not one of ours. */
export function parseBackupFileName(name: string): { kind: BackupKind; createdAt: string } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, , kind] = m;
  const at = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(at.getTime()) || at.getDate() !== Number(d)) return null;
  if (!KINDS.includes(kind as BackupKind)) return null;
  return { kind: kind as BackupKind, createdAt: at.toISOString() };
}

function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** What went wrong with the backup folder, as a sentence for the Dashboard. */
export function describeFolderError(folder: string, error: unknown): string {
  switch (errnoCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `The backup folder “${folder}” cannot be found. Is the USB stick or network drive connected? Reconnect it or choose another folder.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `The backup folder “${folder}” is full. Free some space there or choose another folder.`;
    case 'EROFS':
      return `The backup folder “${folder}” is read-only. Choose a folder Backdesk can write to.`;
    case 'EACCES':
    case 'EPERM':
      return `Backdesk is not allowed to write in the backup folder “${folder}”. Choose another folder.`;
    default:
      return error instanceof AppError ? error.message : `The backup could not be saved in “${folder}”.`;
  }
}

/** The disk operations a write goes through; tests replace `writeTemp` to fill the disk. */
export interface BackupIo {
  /** Creates `file` (it must not exist), writes every byte and flushes it to the disk. */
  writeTemp(file: string, bytes: Uint8Array): Promise<void>;
}

const defaultIo: BackupIo = {
  async writeTemp(file, bytes) {
    const handle = await open(file, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

export interface BackupServiceOptions {
  /** The app's data folder (Electron's userData): the settings file and the default folder live there. */
  dataDir: string;
  now?: () => Date;
  io?: Partial<BackupIo>;
}

export class BackupService {
  readonly dataDir: string;
  readonly defaultFolder: string;
  private readonly now: () => Date;
  private readonly io: BackupIo;
  /** Writes run one after another: rotation reads the folder a concurrent write may change. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor({ dataDir, now = () => new Date(), io = {} }: BackupServiceOptions) {
    this.dataDir = path.resolve(dataDir);
    this.defaultFolder = path.join(this.dataDir, DEFAULT_FOLDER_NAME);
    this.now = now;
    this.io = { ...defaultIo, ...io };
  }

  private get settingsFile(): string {
    return path.join(this.dataDir, SETTINGS_FILE);
  }

  async getSettings(): Promise<BackupSettingsValue> {
    let text: string;
    try {
      text = await readFile(this.settingsFile, 'utf8');
    } catch {
      return { ...DEFAULT_BACKUP_SETTINGS };
    }
    try {
      const parsed = backupSettings.safeParse({ ...DEFAULT_BACKUP_SETTINGS, ...(JSON.parse(text) as object) });
      return parsed.success ? parsed.data : { ...DEFAULT_BACKUP_SETTINGS };
    } catch {
      return { ...DEFAULT_BACKUP_SETTINGS };
    }
  }

  private async saveSettings(value: BackupSettingsValue): Promise<BackupSettingsValue> {
    const parsed = backupSettings.parse(value);
    await mkdir(this.dataDir, { recursive: true });
    await writeFileAtomic(this.settingsFile, new TextEncoder().encode(JSON.stringify(parsed, null, 2)));
    return parsed;
  }

  async setSettings(
    patch: Partial<Pick<BackupSettingsValue, 'enabled' | 'intervalHours' | 'keepDaily' | 'keepWeekly' | 'keepMonthly'>>,
  ): Promise<BackupSettingsValue> {
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    return this.saveSettings({ ...(await this.getSettings()), ...defined });
  }

  /** Sets the folder the user chose in the dialog; it must exist and be a folder. */
  async setFolder(folder: string): Promise<BackupSettingsValue> {
    const absolute = path.resolve(folder);
    try {
      if (!(await stat(absolute)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    } catch (error) {
      throw new AppError('not_found', describeFolderError(absolute, error));
    }
    return this.saveSettings({ ...(await this.getSettings()), folder: absolute });
  }

  /** Where backups go now: the chosen folder, else the default one in the data folder. */
  async folder(): Promise<{ folder: string; chosen: boolean }> {
    const { folder } = await this.getSettings();
    return folder ? { folder, chosen: true } : { folder: this.defaultFolder, chosen: false };
  }

  /** Records what happened to an automatic backup (the renderer may also fail before it writes). */
  async recordRun(run: { ok: boolean; message?: string; id?: string }): Promise<void> {
    const settings = await this.getSettings();
    const lastRun = { at: this.now().toISOString(), ok: run.ok, ...(run.message ? { message: run.message.slice(0, 2000) } : {}), ...(run.id ? { id: run.id } : {}) };
    await this.saveSettings({ ...settings, lastRun });
  }

  /** Every backup in the folder, newest first (an empty list when the folder is missing). */
  async list(): Promise<BackupEntryValue[]> {
    const { folder } = await this.folder();
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') return [];
      throw new AppError('unavailable', describeFolderError(folder, error));
    }
    const entries: BackupEntryValue[] = [];
    for (const name of names) {
      const meta = parseBackupFileName(name);
      if (!meta) continue;
      try {
        const info = await stat(path.join(folder, name));
        if (info.isFile()) entries.push({ id: name, ...meta, size: info.size });
      } catch {
        // Removed between readdir and stat: not there.
      }
    }
    return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  /** The bytes of one backup; `id` is a file name in the folder, nothing more. */
  async read(id: string): Promise<Uint8Array> {
    const { folder } = await this.folder();
    const file = parseBackupFileName(id) ? resolveContained(folder, id) : null;
    if (!file || path.dirname(file) !== path.resolve(folder)) throw new AppError('invalid_request', 'A backup is named by its file name only.');
    try {
      return new Uint8Array(await readFile(file));
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') throw new AppError('not_found', `The backup “${id}” is no longer in the backup folder.`);
      throw new AppError('unavailable', describeFolderError(folder, error));
    }
  }

  /**
   * Writes one backup: atomically, read back and compared, then the rotation. An automatic
   * backup records its outcome in lastRun; every failure is thrown as an AppError sentence.
   */
  write(bytes: Uint8Array, kind: BackupKind): Promise<BackupEntryValue> {
    const run = this.queue.then(() => this.writeNow(bytes, kind));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async writeNow(bytes: Uint8Array, kind: BackupKind): Promise<BackupEntryValue> {
    const { folder, chosen } = await this.folder();
    let entry: BackupEntryValue;
    try {
      if (bytes.byteLength === 0) throw new AppError('invalid_request', 'The backup was empty, so it was not kept.');
      if (!chosen) await mkdir(folder, { recursive: true });
      entry = await this.writeVerified(folder, bytes, kind);
    } catch (error) {
      const message = describeFolderError(folder, error);
      if (kind === 'auto') await this.recordRun({ ok: false, message }).catch(() => undefined);
      throw new AppError(errnoCode(error) === 'ENOENT' ? 'not_found' : 'unavailable', message);
    }
    // The new copy is on disk and reads back: only now may old ones go.
    const notRemoved = await this.rotate(folder, entry.id);
    if (kind === 'auto' || kind === 'manual') {
      await this.recordRun({
        ok: true,
        id: entry.id,
        ...(notRemoved ? { message: `${notRemoved} old backup${notRemoved === 1 ? '' : 's'} could not be removed from the folder.` } : {}),
      });
    }
    return entry;
  }

  private async writeVerified(folder: string, bytes: Uint8Array, kind: BackupKind): Promise<BackupEntryValue> {
    const at = this.now();
    const existing = new Set(await readdir(folder));
    let name = backupFileName(at, kind);
    for (let n = 2; existing.has(name); n++) name = backupFileName(at, kind, n);
    const target = path.join(folder, name);
    const temp = path.join(folder, `.${name}.${randomUUID()}.tmp`);
    try {
      await this.io.writeTemp(temp, bytes);
      await rename(temp, target);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await syncFolder(folder);
    const back = new Uint8Array(await readFile(target));
    if (!sameBytes(back, bytes)) {
      await unlink(target).catch(() => undefined);
      throw new AppError('unavailable', `The backup written to “${folder}” did not read back the same, so it was removed. The disk may be failing; choose another folder.`);
    }
    const meta = parseBackupFileName(name)!;
    return { id: name, kind, createdAt: meta.createdAt, size: back.byteLength };
  }

  /** Removes what the rotation no longer keeps (never `keep`); returns how many could not be removed. */
  private async rotate(folder: string, keep: string): Promise<number> {
    const settings = await this.getSettings();
    let failed = 0;
    for (const id of backupsToDelete(await this.list(), settings)) {
      if (id === keep) continue;
      try {
        await unlink(path.join(folder, id));
      } catch (error) {
        if (errnoCode(error) !== 'ENOENT') failed++;
      }
    }
    return failed;
  }

  /** When the newest backup of the data was made (any kind but pre-upgrade), or null. */
  async lastBackupAt(): Promise<string | null> {
    const settings = await this.getSettings();
    let newest: string | null = settings.lastRun?.ok ? settings.lastRun.at : null;
    try {
      for (const b of await this.list()) {
        if (b.kind !== 'pre-upgrade' && (!newest || b.createdAt > newest)) newest = b.createdAt;
      }
    } catch {
      // A folder that cannot be read leaves what lastRun says.
    }
    return newest;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** Flushes the folder entry of the rename (POSIX); Windows cannot open a folder for this and needs nothing. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported here; the rename itself is still atomic.
  }
}

/**
 * The newest modification time of anything under `dir` (two levels down), as an ISO instant,
 * or null when there is nothing: main's coarse "has the data changed since the last backup"
 * for the quit backup, read from Chromium's IndexedDB folder. A false "changed" only costs
 * one extra backup.
 */
export async function newestChangeIn(dir: string, depth = 2): Promise<string | null> {
  let newest = 0;
  const walk = async (d: string, level: number): Promise<void> => {
    let names: string[];
    try {
      names = await readdir(d);
    } catch {
      return;
    }
    for (const name of names) {
      try {
        const info = await stat(path.join(d, name));
        if (info.isDirectory()) {
          if (level < depth) await walk(path.join(d, name), level + 1);
        } else if (info.mtimeMs > newest) newest = info.mtimeMs;
      } catch {
        // Gone meanwhile.
      }
    }
  };
  await walk(dir, 1);
  return newest ? new Date(newest).toISOString() : null;
}

/**
 * Main's coarse "has the office's data changed since the last backup" for the backup on quit:
 * Chromium's IndexedDB folder (`dir`) holds a file newer than `at`. True when there is no
 * backup yet or it cannot tell; a false "changed" only costs one extra backup.
 */
export async function folderChangedSince(dir: string, at: string | null): Promise<boolean> {
  if (!at) return true;
  const newest = await newestChangeIn(dir);
  return newest === null || newest > at;
}
