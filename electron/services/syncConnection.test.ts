/**
 * Main's side of office sync against a REAL CouchDB-protocol server (pouchdb-server, in memory,
 * on 127.0.0.1) and a real temp folder: the connection file never holds the password in the
 * clear, requests reach the stored database only, and Test connection answers in words.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { syncHttpRequestSchema } from '../../shared/sync/types';
import type { OsEncryption } from './keychain';
import { SyncConnectionError, SyncService, syncTimeoutMs } from './syncConnection';

let server: ChildProcess;
let serverDir = '';
let base = '';
let dir = '';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  serverDir = await mkdtemp(path.join(tmpdir(), 'bd-couch-main-'));
  const port = await freePort();
  server = spawn(path.resolve('node_modules/.bin/pouchdb-server'), ['--in-memory', '--host', '127.0.0.1', '--port', String(port)], { cwd: serverDir, stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  for (;;) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  // An admin: from now on a wrong password is refused.
  await fetch(`${base}/_config/admins/admin`, { method: 'PUT', body: JSON.stringify('s3cret pass') });
}, 30_000);

afterAll(async () => {
  server?.kill();
  await rm(serverDir, { recursive: true, force: true });
});

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bd-sync-conn-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A stand-in for safeStorage (XOR), so the file can be checked for the clear password. */
function fakeOs(available = true): OsEncryption {
  return {
    isAvailable: () => available,
    encryptString: (plain) => Buffer.from(Buffer.from(`v1:${plain}`, 'utf8').map((b) => b ^ 0x5a)),
    decryptString: (sealed) => Buffer.from(sealed.map((b) => b ^ 0x5a)).toString('utf8').slice(3),
  };
}

function service(available = true, extra: { fetch?: typeof fetch; maxResponseBytes?: number } = {}) {
  return new SyncService({ file: path.join(dir, 'sync-connection.json'), encryption: fakeOs(available), ...extra });
}

describe('main process sync service', () => {
  it('answers Test connection in words: unreachable, wrong password, missing database, created, ready', async () => {
    const s = service();
    const closed = await freePort();
    expect((await s.test({ url: `http://127.0.0.1:${closed}`, database: 'office', user: 'admin', password: 'x' })).kind).toBe('unreachable');
    expect((await s.test({ url: base, database: 'office', user: 'admin', password: 'wrong' })).kind).toBe('unauthorized');
    const missing = await s.test({ url: base, database: 'office-main', user: 'admin', password: 's3cret pass' });
    expect(missing).toMatchObject({ kind: 'missing-database', canCreate: true, server: 'PouchDB Server 4.2.0' });
    expect((await s.createDatabase({ url: base, database: 'office-main', user: 'admin', password: 's3cret pass' })).kind).toBe('ok');
    expect((await s.test({ url: base, database: 'office-main', user: 'admin', password: 's3cret pass' })).message).toContain('is ready');
    expect((await s.test({ url: 'ftp://x', database: 'office', user: '' })).kind).toBe('invalid');
  });

  it('keeps the password sealed on disk and carries requests to the stored database only', async () => {
    const s = service();
    await s.createDatabase({ url: base, database: 'office-req', user: 'admin', password: 's3cret pass' });
    const saved = await s.setConnection({ url: `${base}/`, database: 'office-req', user: 'admin', password: 's3cret pass' });
    expect(saved).toEqual({ url: base, database: 'office-req', user: 'admin', hasPassword: true });
    const file = await readFile(path.join(dir, 'sync-connection.json'), 'utf8');
    expect(file).not.toContain('s3cret');
    // A saved password is used without being typed again.
    expect((await s.test({ url: base, database: 'office-req', user: 'admin' })).kind).toBe('ok');

    const put = await s.request({ method: 'POST', path: '_bulk_docs', body: { docs: [{ _id: 'vendors:v1', name: 'Acme' }] } });
    expect(put.status).toBe(201);
    const info = await s.request({ method: 'GET', path: '' });
    expect((info.body as { db_name: string; doc_count: number }).db_name).toBe('office-req');
    expect((info.body as { doc_count: number }).doc_count).toBe(1);
    const doc = await s.request({ method: 'GET', path: encodeURIComponent('vendors:v1') });
    expect((doc.body as { name: string }).name).toBe('Acme');

    // No path leaves the database: the contract refuses them before main does anything.
    for (const p of ['../_config', '_users', 'http://evil.example/x', '/office', '_config/admins', '..', '.', '%2e%2e', '.%2E', '_local/..', '_local/%2E']) {
      expect(syncHttpRequestSchema.safeParse({ method: 'GET', path: p }).success, p).toBe(false);
    }
    await expect(s.request({ method: 'GET', path: '../_config' })).rejects.toThrow();
    await expect(s.request({ method: 'DELETE', path: '%2e%2e' })).rejects.toThrow();
    // A document id with dots in it is still a document.
    expect(syncHttpRequestSchema.safeParse({ method: 'GET', path: encodeURIComponent('notes:a..b') }).success).toBe(true);
  });

  it('refuses to store a password the OS cannot encrypt, and a wrong stored one is refused by the server', async () => {
    await expect(service(false).setConnection({ url: base, database: 'office', user: 'admin', password: 'x' })).rejects.toBeInstanceOf(SyncConnectionError);
    const s = service();
    await s.setConnection({ url: base, database: 'office-req', user: 'admin', password: 'not it' });
    expect((await s.request({ method: 'GET', path: '' })).status).toBe(401);
    await s.clearConnection();
    expect(await s.getConnection()).toBeNull();
    expect((await s.request({ method: 'GET', path: '' })).status).toBe(0);
  });

  it('passes on no answer larger than its cap, whether the server gives a length or streams it', async () => {
    const s = service(true, { maxResponseBytes: 4000 });
    await s.createDatabase({ url: base, database: 'office-big', user: 'admin', password: 's3cret pass' });
    await s.setConnection({ url: base, database: 'office-big', user: 'admin', password: 's3cret pass' });
    const docs = Array.from({ length: 20 }, (_, i) => ({ _id: `notes:n${i}`, text: 'x'.repeat(300) }));
    expect((await s.request({ method: 'POST', path: '_bulk_docs', body: { docs } })).status).toBe(201);
    expect((await s.request({ method: 'GET', path: '' })).status).toBe(200);
    const big = await s.request({ method: 'GET', path: '_all_docs', query: { include_docs: 'true' } });
    expect(big).toEqual({ status: 0, body: { error: 'unreachable', reason: 'the answer is too large' } });

    // A chunked answer has no length up front: it is dropped once the bytes pass the cap.
    let cancelled = false;
    let sent = 0;
    const chunk = new TextEncoder().encode('x'.repeat(1000));
    const streaming = (async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull: (c) => (++sent > 50 ? c.close() : c.enqueue(chunk)),
          cancel: () => {
            cancelled = true;
          },
        }),
        { status: 200 },
      )) as unknown as typeof fetch;
    const streamed = await service(true, { fetch: streaming, maxResponseBytes: 4000 }).request({ method: 'GET', path: '_changes' });
    expect(streamed.status).toBe(0);
    expect(cancelled).toBe(true);
  });

  it('ends a request that never answers: a long poll after its own time plus 15 s, the rest after a minute', async () => {
    expect(syncTimeoutMs({ query: { feed: 'longpoll', timeout: '25000' } })).toBe(40_000);
    expect(syncTimeoutMs({ query: { feed: 'longpoll', timeout: 'soon' } })).toBe(60_000);
    expect(syncTimeoutMs({ query: { feed: 'longpoll', timeout: '3600000' } })).toBe(315_000);
    expect(syncTimeoutMs({})).toBe(60_000);

    await service().setConnection({ url: base, database: 'office-req', user: '' });
    let signal: AbortSignal | undefined;
    let called!: () => void;
    const fetched = new Promise<void>((r) => (called = r));
    const silent = ((_url: URL, init: RequestInit) => {
      signal = init.signal ?? undefined;
      called();
      return new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    }) as unknown as typeof fetch;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const pending = service(true, { fetch: silent }).request({ method: 'GET', path: '_changes', query: { feed: 'longpoll', timeout: '25000' } });
      await fetched;
      vi.advanceTimersByTime(39_999);
      expect(signal?.aborted).toBe(false);
      vi.advanceTimersByTime(1);
      expect(signal?.aborted).toBe(true);
      expect(await pending).toEqual({ status: 0, body: { error: 'unreachable', reason: 'no answer in time' } });
    } finally {
      vi.useRealTimers();
    }
  });
});
