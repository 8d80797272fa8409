import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/result';
import { AttachmentStore } from './attachments';

let dataDir: string;
let store: AttachmentStore;
const bytes = (text: string) => new TextEncoder().encode(text);
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'backdesk-attachments-'));
  store = new AttachmentStore({ dataDir });
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('AttachmentStore', () => {
  it('stores a file under attachments/ named by its SHA-256', async () => {
    const stored = await store.put(bytes('receipt'));
    expect(stored).toEqual({ id: sha('receipt'), size: 7, existed: false });
    expect(await readdir(path.join(dataDir, 'attachments'))).toEqual([sha('receipt')]);
    expect(new TextDecoder().decode(await store.get(stored.id))).toBe('receipt');
  });

  it('stores identical contents once', async () => {
    const first = await store.put(bytes('same'));
    const second = await store.put(bytes('same'));
    expect(second).toEqual({ ...first, existed: true });
    expect(await readdir(path.join(dataDir, 'attachments'))).toHaveLength(1);
  });

  it('rewrites a truncated copy instead of trusting it', async () => {
    const { id } = await store.put(bytes('whole file'));
    await writeFile(path.join(dataDir, 'attachments', id), 'whole');
    expect((await store.put(bytes('whole file'))).existed).toBe(false);
    expect(await readFile(path.join(dataDir, 'attachments', id), 'utf8')).toBe('whole file');
  });

  it('rewrites a copy damaged at the same size (bit rot) when the same file is attached again', async () => {
    const { id } = await store.put(bytes('good bytes'));
    await writeFile(path.join(dataDir, 'attachments', id), 'bad  bytes');
    expect((await caught(store.get(id))).code).toBe('unreadable');
    expect((await store.put(bytes('good bytes'))).existed).toBe(false);
    expect(new TextDecoder().decode(await store.get(id))).toBe('good bytes');
  });

  it('reports an emptied file as damaged, not as an empty attachment', async () => {
    const { id } = await store.put(bytes('content'));
    await writeFile(path.join(dataDir, 'attachments', id), '');
    const error = await caught(store.get(id));
    expect(error.code).toBe('unreadable');
    expect(error.message).toBe('This attachment is damaged on disk; restore it from a backup.');
  });

  it('refuses files over the limit with a message naming the limit', async () => {
    const small = new AttachmentStore({ dataDir, maxBytes: 1024 * 1024 });
    const error = await caught(small.put(new Uint8Array(1024 * 1024 + 1)));
    expect(error.code).toBe('too_large');
    expect(error.message).toBe('This file is 1 MB; attachments can be up to 1 MB.');
    const defaults = await caught(store.put(new Uint8Array(25 * 1024 * 1024 + 1)));
    expect(defaults.message).toContain('up to 25 MB');
  });

  it('deletes, and reports whether there was anything to delete', async () => {
    const { id } = await store.put(bytes('bye'));
    expect(await store.has(id)).toBe(true);
    expect(await store.delete(id)).toBe(true);
    expect(await store.delete(id)).toBe(false);
    expect(await store.has(id)).toBe(false);
    const error = await caught(store.get(id));
    expect(error.code).toBe('not_found');
  });

  it('notices a file damaged on disk', async () => {
    const { id } = await store.put(bytes('original'));
    await writeFile(path.join(dataDir, 'attachments', id), 'tampered');
    const error = await caught(store.get(id));
    expect(error.code).toBe('unreadable');
    expect(error.message).toContain('damaged');
  });

  it('refuses ids that are not hashes before touching the disk', async () => {
    await writeFile(path.join(dataDir, 'secret.txt'), 'secret');
    for (const id of [
      '../secret.txt',
      '..%2fsecret.txt',
      '/etc/passwd',
      'A'.repeat(64),
      '',
      `${'a'.repeat(64)}/..`,
      '..\\secret.txt',
      '..\\..\\attachments',
      `${'a'.repeat(63)}\0`,
      `${'a'.repeat(64)}\n`,
      `../${'a'.repeat(61)}`,
    ]) {
      const error = await caught(store.get(id));
      expect(error.code).toBe('invalid_request');
      await expect(store.delete(id)).rejects.toBeInstanceOf(AppError);
    }
    expect(await readFile(path.join(dataDir, 'secret.txt'), 'utf8')).toBe('secret');
    expect(await readdir(dataDir)).toEqual(['secret.txt']);
  });
});
