import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupService, backupFileName, folderChangedSince, newestChangeIn, parseBackupFileName, SETTINGS_FILE } from './backups';

let dataDir: string;
let usb: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'backdesk-backups-'));
  usb = await mkdtemp(path.join(tmpdir(), 'backdesk-usb-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(usb, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);

/** A clock the test moves: each call returns the current value. */
function clock(start: string) {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

const DAY = 86_400_000;

describe('backup file names', () => {
  it('carry the kind and the local time, and read back', () => {
    const at = new Date(2026, 11, 4, 15, 30, 12);
    expect(backupFileName(at, 'auto')).toBe('Backdesk 2026-12-04 153012 auto.zip');
    expect(backupFileName(at, 'pre-restore', 2)).toBe('Backdesk 2026-12-04 153012 2 pre-restore.zip');
    expect(parseBackupFileName('Backdesk 2026-12-04 153012 auto.zip')).toEqual({ kind: 'auto', createdAt: at.toISOString() });
    expect(parseBackupFileName('Backdesk 2026-12-04 153012 2 pre-restore.zip')?.kind).toBe('pre-restore');
    for (const other of ['notes.txt', 'Backdesk 2026-02-30 153012 auto.zip', 'Backdesk 2026-12-04 153012 other.zip', '.Backdesk 2026-12-04 153012 auto.zip.x.tmp', '../Backdesk 2026-12-04 153012 auto.zip']) {
      expect(parseBackupFileName(other), other).toBeNull();
    }
  });
});

describe('BackupService', () => {
  it('writes into the default folder until one is chosen, then into the chosen one; lists and reads back', async () => {
    const c = clock('2026-12-04T15:30:00Z');
    const service = new BackupService({ dataDir, now: c.now });
    expect(await service.list()).toEqual([]);
    const first = await service.write(bytes('zip one'), 'auto');
    expect(first.kind).toBe('auto');
    expect(first.size).toBe(7);
    expect(await readdir(path.join(dataDir, 'Backups'))).toEqual([first.id]);
    expect((await service.getSettings()).lastRun).toMatchObject({ ok: true, id: first.id, at: '2026-12-04T15:30:00.000Z' });

    await service.setFolder(usb);
    c.advance(1000);
    const second = await service.write(bytes('zip two'), 'manual');
    await writeFile(path.join(usb, 'shopping list.txt'), 'milk');
    const listed = await service.list();
    expect(listed).toEqual([{ id: second.id, kind: 'manual', createdAt: second.createdAt, size: 7 }]);
    expect(new TextDecoder().decode(await service.read(second.id))).toBe('zip two');
    // Two in the same second get different names.
    const third = await service.write(bytes('zip three'), 'manual');
    expect(third.id).not.toBe(second.id);
    expect(await service.list()).toHaveLength(2);
    // Nothing left half-written beside them.
    expect((await readdir(usb)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('reads only file names in the folder', async () => {
    const service = new BackupService({ dataDir });
    await service.setFolder(usb);
    await writeFile(path.join(dataDir, 'Backdesk 2026-12-04 153012 auto.zip'), 'outside');
    for (const id of ['../Backdesk 2026-12-04 153012 auto.zip', 'secret.txt', '/etc/passwd', `..${path.sep}${SETTINGS_FILE}`]) {
      await expect(service.read(id), id).rejects.toThrow(/file name only/);
    }
    await expect(service.read('Backdesk 2026-12-04 153012 auto.zip')).rejects.toThrow(/no longer in the backup folder/);
  });

  it('rotates automatic backups to 7 daily, 4 weekly and 12 monthly and keeps manual and pre-restore copies', async () => {
    const c = clock('2025-10-01T10:00:00Z');
    // Without the flush to disk: 144 writes stay quick.
    const service = new BackupService({ dataDir, now: c.now, io: { writeTemp: (file, data) => writeFile(file, data, { flag: 'wx' }) } });
    await service.setFolder(usb);
    await service.write(bytes('manual'), 'manual');
    await service.write(bytes('before restore'), 'pre-restore');
    // One every third day for 14 months.
    for (let day = 0; day < 430; day += 3) {
      await service.write(bytes(`day ${day}`), 'auto');
      c.advance(3 * DAY);
    }
    const list = await service.list();
    const auto = list.filter((b) => b.kind === 'auto');
    expect(auto.length).toBeGreaterThanOrEqual(12);
    expect(auto.length).toBeLessThanOrEqual(7 + 4 + 12);
    // The newest seven days are all there.
    expect(auto.slice(0, 7).map((b) => b.createdAt.slice(0, 10))).toHaveLength(7);
    expect(new Set(auto.slice(0, 7).map((b) => b.createdAt.slice(0, 10))).size).toBe(7);
    // The oldest kept is within about a year.
    const oldest = new Date(auto.at(-1)!.createdAt).getTime();
    expect(c.now().getTime() - oldest).toBeLessThan(366 * DAY + DAY * 31);
    // The manual and pre-restore copies from the very start are still there.
    expect(list.filter((b) => b.kind === 'manual')).toHaveLength(1);
    expect(list.filter((b) => b.kind === 'pre-restore')).toHaveLength(1);
  }, 30_000);

  it('records a folder that is gone, keeps the error, and never re-creates the chosen folder', async () => {
    const c = clock('2026-12-04T15:30:00Z');
    const service = new BackupService({ dataDir, now: c.now });
    await service.setFolder(usb);
    await service.write(bytes('good'), 'auto');
    await rm(usb, { recursive: true, force: true });
    c.advance(DAY);
    await expect(service.write(bytes('next'), 'auto')).rejects.toThrow(/cannot be found.*USB stick/);
    const { lastRun } = await service.getSettings();
    expect(lastRun).toMatchObject({ ok: false, at: '2026-12-05T15:30:00.000Z' });
    expect(lastRun?.message).toContain(usb);
    await expect(readdir(usb)).rejects.toThrow();
    // Listing a missing folder is an empty list, not a crash.
    expect(await service.list()).toEqual([]);
    // The settings file on disk says the same (it survives a restart).
    const onDisk = JSON.parse(await readFile(path.join(dataDir, SETTINGS_FILE), 'utf8')) as { lastRun: { ok: boolean } };
    expect(onDisk.lastRun.ok).toBe(false);
  });

  it('on a full disk leaves no partial file, deletes no old copy and records the failure', async () => {
    const c = clock('2026-12-01T09:00:00Z');
    let full = false;
    const service = new BackupService({
      dataDir,
      now: c.now,
      io: {
        async writeTemp(file, data) {
          if (!full) {
            await writeFile(file, data, { flag: 'wx' });
            return;
          }
          // Half the bytes land, then the disk is full.
          await writeFile(file, data.subarray(0, data.byteLength >> 1), { flag: 'wx' });
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        },
      },
    });
    await service.setFolder(usb);
    await service.setSettings({ keepDaily: 1, keepWeekly: 0, keepMonthly: 0 });
    const good = await service.write(bytes('the only good copy'), 'auto');
    c.advance(DAY);
    full = true;
    await expect(service.write(bytes('a newer backup that does not fit'), 'auto')).rejects.toThrow(/is full/);
    expect(await readdir(usb)).toEqual([good.id]);
    expect(new TextDecoder().decode(await service.read(good.id))).toBe('the only good copy');
    expect((await service.getSettings()).lastRun).toMatchObject({ ok: false, message: expect.stringMatching(/is full\. Free some space/) });
    // Once there is room again, the next one replaces it (rotation after the write).
    full = false;
    c.advance(DAY);
    const next = await service.write(bytes('fits again'), 'auto');
    expect(await readdir(usb)).toEqual([next.id]);
    expect((await service.getSettings()).lastRun).toMatchObject({ ok: true, id: next.id });
  });

  it('refuses an empty backup and a folder that is a file; a broken settings file reads as the defaults', async () => {
    const service = new BackupService({ dataDir });
    await expect(service.write(new Uint8Array(0), 'auto')).rejects.toThrow(/empty/);
    const file = path.join(usb, 'file.txt');
    await writeFile(file, 'x');
    await expect(service.setFolder(file)).rejects.toThrow(/cannot be found/);
    await writeFile(path.join(dataDir, SETTINGS_FILE), '{ not json');
    expect(await service.getSettings()).toMatchObject({ enabled: true, intervalHours: 24, keepDaily: 7, folder: null });
    expect(await service.setSettings({ intervalHours: 6, enabled: false })).toMatchObject({ intervalHours: 6, enabled: false });
    await expect(service.setSettings({ intervalHours: 0 })).rejects.toThrow();
  });

  it('says when the newest backup was made', async () => {
    const c = clock('2026-12-04T08:00:00Z');
    const service = new BackupService({ dataDir, now: c.now });
    expect(await service.lastBackupAt()).toBeNull();
    await service.write(bytes('x'), 'pre-upgrade');
    expect(await service.lastBackupAt()).toBeNull();
    c.advance(3_600_000);
    await service.write(bytes('y'), 'manual');
    expect(await service.lastBackupAt()).toBe('2026-12-04T09:00:00.000Z');
  });
});

describe('newestChangeIn', () => {
  it('finds the newest file two levels down', async () => {
    expect(await newestChangeIn(path.join(dataDir, 'missing'))).toBeNull();
    await mkdir(path.join(dataDir, 'IndexedDB', 'app_backdesk_0.indexeddb.leveldb'), { recursive: true });
    await writeFile(path.join(dataDir, 'IndexedDB', 'app_backdesk_0.indexeddb.leveldb', '000003.log'), 'x');
    const newest = await newestChangeIn(path.join(dataDir, 'IndexedDB'));
    expect(newest).not.toBeNull();
    expect(Math.abs(new Date(newest!).getTime() - Date.now())).toBeLessThan(60_000);
    const dir = path.join(dataDir, 'IndexedDB');
    expect(await folderChangedSince(dir, null)).toBe(true);
    expect(await folderChangedSince(dir, '2000-01-01T00:00:00.000Z')).toBe(true);
    expect(await folderChangedSince(dir, '2999-01-01T00:00:00.000Z')).toBe(false);
    expect(await folderChangedSince(path.join(dataDir, 'missing'), '2999-01-01T00:00:00.000Z')).toBe(true);
  });
});
