/**
 * The browser build's sync road against a REAL pouchdb-server on 127.0.0.1: the page's CSP meta
 * tag decides which server Test connection may try (a refused one is never fetched), the
 * password stays in sessionStorage, and the engine's requests reach the saved database only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { appCsp } from '../../shared/lib/csp';
import { connectOrigins, createBrowserSync } from '../../renderer/platform/browserSync';

let server: ChildProcess;
let serverDir = '';
let base = '';

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
  serverDir = await mkdtemp(path.join(tmpdir(), 'bd-couch-browser-'));
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
  await fetch(`${base}/_config/admins/admin`, { method: 'PUT', body: JSON.stringify('s3cret pass') });
}, 30_000);

afterAll(async () => {
  server?.kill();
  await rm(serverDir, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(k: string): string | null {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.items.set(k, v);
  }
  removeItem(k: string): void {
    this.items.delete(k);
  }
}

/** Just what browserSync touches of a window: its storages and the CSP meta tag. */
function page(csp: string) {
  const localStorage = new MemoryStorage();
  const sessionStorage = new MemoryStorage();
  const meta = { getAttribute: (name: string) => (name === 'content' ? csp : null) };
  const win = { localStorage, sessionStorage, document: { querySelector: () => meta } } as unknown as Window;
  return { win, localStorage, sessionStorage };
}

describe('browser sync transport', () => {
  it('reads the origins its policy allows beside its own', () => {
    expect(connectOrigins(appCsp())).toEqual([]);
    expect(connectOrigins(appCsp('http://127.0.0.1:5984'))).toEqual(['http://127.0.0.1:5984']);
  });

  it('refuses a server its policy does not name without asking it, and answers for the one it does', async () => {
    const { win } = page(appCsp(base));
    const sync = createBrowserSync(win);
    const other = `http://localhost:${new URL(base).port}`;
    const spy = vi.spyOn(globalThis, 'fetch');
    const refused = await sync.test({ url: other, database: 'office', user: 'admin', password: 's3cret pass' });
    expect(refused.kind).toBe('blocked');
    expect(refused.message).toContain(base);
    expect(spy).not.toHaveBeenCalled();
    expect((await createBrowserSync(page(appCsp()).win).test({ url: base, database: 'office', user: '' })).kind).toBe('blocked');
    spy.mockRestore();

    expect((await sync.test({ url: base, database: 'office-b', user: 'admin', password: 'wrong' })).kind).toBe('unauthorized');
    expect(await sync.test({ url: base, database: 'office-b', user: 'admin', password: 's3cret pass' })).toMatchObject({ kind: 'missing-database', canCreate: true, server: 'PouchDB Server 4.2.0' });
    expect((await sync.createDatabase({ url: base, database: 'office-b', user: 'admin', password: 's3cret pass' })).kind).toBe('ok');
    expect((await sync.test({ url: `${base}/`, database: 'office-b', user: 'admin', password: 's3cret pass' })).kind).toBe('ok');
    expect((await sync.test({ url: 'ftp://x', database: 'office-b', user: '' })).kind).toBe('invalid');
  });

  it('keeps the password for this tab only and sends the engine to the saved database', async () => {
    const { win, localStorage, sessionStorage } = page(appCsp(base));
    const sync = createBrowserSync(win);
    await sync.createDatabase({ url: base, database: 'office-c', user: 'admin', password: 's3cret pass' });
    expect(await sync.setConnection({ url: `${base}/`, database: 'office-c', user: 'admin', password: 's3cret pass' })).toEqual({ url: base, database: 'office-c', user: 'admin', hasPassword: true });
    expect([...localStorage.items.values()].join()).not.toContain('s3cret');
    expect([...sessionStorage.items.values()]).toEqual(['s3cret pass']);
    expect(sync.allowedOrigins()).toEqual([base]);

    expect((await sync.request({ method: 'POST', path: '_bulk_docs', body: { docs: [{ _id: 'vendors:v1', name: 'Acme' }] } })).status).toBe(201);
    const info = await sync.request({ method: 'GET', path: '' });
    expect(info.body).toMatchObject({ db_name: 'office-c', doc_count: 1 });
    await expect(sync.request({ method: 'GET', path: '..' })).rejects.toThrow();

    // A new tab: the address is remembered, the password is not.
    sessionStorage.items.clear();
    expect(await createBrowserSync(win).getConnection()).toEqual({ url: base, database: 'office-c', user: 'admin', hasPassword: false });
    expect((await sync.request({ method: 'GET', path: '' })).status).toBe(401);
    await sync.clearConnection();
    expect(await sync.getConnection()).toBeNull();
    expect((await sync.request({ method: 'GET', path: '' })).status).toBe(0);
  });
});
