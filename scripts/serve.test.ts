/**
 * The static server's sync origin (issue 18.2): only a plain http(s) origin is accepted, and the
 * served page's header and meta tag both carry appCsp(origin) — the meta tag is where the
 * browser build reads which server it may reach.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appCsp, APP_CSP, syncOriginOf as cspSyncOriginOf } from '../shared/lib/csp';
import { startStaticServer, syncOriginOf } from './serve.mjs';

let root = '';
let server: Server | undefined;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'bd-serve-'));
  const page = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${APP_CSP}"></head><body></body></html>`;
  await writeFile(path.join(root, 'index.html'), page);
  await writeFile(path.join(root, 'other.html'), page);
  await writeFile(path.join(root, 'app.js'), `// connect-src 'self'`);
});
afterEach(async () => {
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  server = undefined;
  await rm(root, { recursive: true, force: true });
});

function metaOf(html: string): string | undefined {
  return /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
}

describe('serve.mjs --sync-origin', () => {
  it('accepts an http(s) origin only, by the same rule as the app', () => {
    const cases: Array<[string, string | null]> = [
      ['http://127.0.0.1:5984', 'http://127.0.0.1:5984'],
      ['https://couch.example/', 'https://couch.example'],
      ['http://127.0.0.1:5984/office', null],
      ['http://admin:pw@127.0.0.1:5984', null],
      ['ftp://127.0.0.1', null],
      ["http://127.0.0.1:5984 'unsafe-eval'", null],
      ['*', null],
      ['', null],
    ];
    for (const [value, origin] of cases) {
      expect(syncOriginOf(value), value).toBe(origin);
      expect(cspSyncOriginOf(value), value).toBe(origin);
    }
    expect(() => startStaticServer({ root, syncOrigin: "http://x 'unsafe-inline'" })).toThrow(/--sync-origin/);
  });

  it('serves every page with appCsp(origin) in the header and the meta tag, other files untouched', async () => {
    const origin = 'http://127.0.0.1:5985';
    let url: string;
    ({ server, url } = await startStaticServer({ root, syncOrigin: origin }));
    for (const p of ['', 'other.html', 'some/route']) {
      const res = await fetch(new URL(p, url));
      expect(res.headers.get('content-security-policy'), p).toBe(appCsp(origin));
      expect(metaOf(await res.text()), p).toBe(appCsp(origin));
    }
    expect(await (await fetch(new URL('app.js', url))).text()).toBe(`// connect-src 'self'`);
  });

  it('without a sync origin serves the built policy unchanged', async () => {
    let url: string;
    ({ server, url } = await startStaticServer({ root }));
    const res = await fetch(url);
    expect(res.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(metaOf(await res.text())).toBe(APP_CSP);
  });
});
