import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/result';
import { describeUserFile, FileGrants, mimeTypeFor, readUserFile, writeFileAtomic } from './files';
import { formatBytes } from './format';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'backdesk-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('readUserFile', () => {
  it('reads a picked file with its name and type', async () => {
    const file = path.join(dir, 'Items.CSV');
    await writeFile(file, 'name,qty\nPaper,3\n');
    const read = await readUserFile(file, 1024);
    expect(read.name).toBe('Items.CSV');
    expect(read.type).toBe('text/csv');
    expect(new TextDecoder().decode(read.bytes)).toBe('name,qty\nPaper,3\n');
  });

  it('refuses files over the limit, naming both sizes', async () => {
    const file = path.join(dir, 'big.csv');
    await writeFile(file, Buffer.alloc(3 * 1024 * 1024));
    const error = await caught(readUserFile(file, 2 * 1024 * 1024));
    expect(error.code).toBe('too_large');
    expect(error.message).toBe('"big.csv" is 3 MB, and Backdesk opens files of up to 2 MB.');
  });

  it('says when a file has gone', async () => {
    const error = await caught(readUserFile(path.join(dir, 'gone.csv'), 1024));
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('"gone.csv" could not be found');
  });

  it('refuses folders', async () => {
    await mkdir(path.join(dir, 'folder.csv'));
    const error = await caught(readUserFile(path.join(dir, 'folder.csv'), 1024));
    expect(error.code).toBe('unreadable');
    expect(error.message).toContain('is a folder');
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'says when it may not read a file',
    async () => {
      const file = path.join(dir, 'locked.csv');
      await writeFile(file, 'x');
      await chmod(file, 0o000);
      const error = await caught(readUserFile(file, 1024));
      expect(error.code).toBe('unreadable');
      expect(error.message).toContain('not allowed to read "locked.csv"');
    },
  );
});

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an existing one, leaving no temp files', async () => {
    const file = path.join(dir, 'export.csv');
    await writeFileAtomic(file, new TextEncoder().encode('first'));
    await writeFileAtomic(file, new TextEncoder().encode('second'));
    expect(await readFile(file, 'utf8')).toBe('second');
    expect(await readdir(dir)).toEqual(['export.csv']);
  });

  it('keeps the old file and cleans up when the write cannot happen', async () => {
    // The target is a folder: the rename fails after the temp file was written.
    const target = path.join(dir, 'taken');
    await mkdir(target);
    await writeFile(path.join(target, 'inside.txt'), 'keep');
    const error = await caught(writeFileAtomic(target, new TextEncoder().encode('x')));
    expect(error.code).toBe('unavailable');
    expect((await readdir(dir)).sort()).toEqual(['taken']);
    expect(await readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('keep');
  });

  it('says when the folder does not exist', async () => {
    const error = await caught(
      writeFileAtomic(path.join(dir, 'missing', 'a.csv'), new Uint8Array([1])),
    );
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('no longer exists');
  });
});

describe('FileGrants', () => {
  it('hands out opaque ids and forgets the oldest past its limit', () => {
    const grants = new FileGrants(2);
    const a = grants.grant('/a');
    const b = grants.grant('/b');
    expect(a).not.toContain('/');
    expect(grants.resolve(a)).toBe('/a');
    const c = grants.grant('/c');
    expect(grants.resolve(a)).toBeUndefined();
    expect(grants.resolve(b)).toBe('/b');
    expect(grants.resolve(c)).toBe('/c');
    expect(grants.resolve('/a')).toBeUndefined();
  });
});

describe('small helpers', () => {
  it('guesses MIME types from extensions', () => {
    expect(mimeTypeFor('a.xlsx')).toContain('spreadsheetml');
    expect(mimeTypeFor('photo.JPG')).toBe('image/jpeg');
    expect(mimeTypeFor('noext')).toBe('');
  });

  it('formats byte counts for messages', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(25 * 1024 * 1024)).toBe('25 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3 GB');
  });
});

describe('describeUserFile', () => {
  it('gives name, size and type without reading', async () => {
    const file = path.join(dir, 'logo.png');
    await writeFile(file, Buffer.alloc(10));
    expect(await describeUserFile(file)).toEqual({ name: 'logo.png', size: 10, type: 'image/png' });
    const error = await caught(describeUserFile(path.join(dir, 'nope.png')));
    expect(error.code).toBe('not_found');
  });
});
