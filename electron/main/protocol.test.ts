import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_CSP, PDF_WORKER_CSP } from '../../shared/lib/csp';
import { APP_SCHEME_PRIVILEGES, createAppHandler, registerAppScheme, serveApp } from './protocol';

let base: string;
let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'backdesk-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Backdesk</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'pdf.worker.min-FHbmGBN0.mjs'), 'export {}');
  await writeFile(path.join(root, 'assets', 'pdf.worker.min-FHbmGBN0.mjs.html'), '<p>not a worker</p>');
  await mkdir(path.join(root, 'docs'));
  // A sibling whose name shares root's prefix: a prefix check would serve it.
  await mkdir(path.join(base, 'renderer-secret'));
  await writeFile(path.join(base, 'renderer-secret', 'key.txt'), 'secret');
  await writeFile(path.join(base, 'secret.txt'), 'secret');
  handle = createAppHandler(root);
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it('serves the app with the CSP header', async () => {
    const response = await get('app://backdesk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Backdesk</title>');
  });

  it('lets only the bundled pdf.js worker compile WebAssembly, never a page or another script', async () => {
    const worker = await get('app://backdesk/assets/pdf.worker.min-FHbmGBN0.mjs');
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-security-policy')).toBe(PDF_WORKER_CSP);
    expect(PDF_WORKER_CSP).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(PDF_WORKER_CSP).not.toMatch(/'unsafe-eval'/);
    expect(APP_CSP).not.toContain('wasm');
    for (const url of ['app://backdesk/', 'app://backdesk/assets/app.js', 'app://backdesk/assets/pdf.worker.min-FHbmGBN0.mjs.html', 'app://backdesk/docs/../assets/app.js'])
      expect((await get(url)).headers.get('content-security-policy'), url).toBe(APP_CSP);
  });

  it('serves assets with their content type', async () => {
    const response = await get('app://backdesk/assets/app.js?v=1');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('falls back to index.html for app routes but not for missing assets', async () => {
    const route = await get('app://backdesk/inventory/items/42');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('Backdesk');
    expect((await get('app://backdesk/assets/missing.js')).status).toBe(404);
    expect((await get('app://backdesk/docs')).status).toBe(404);
  });

  it('never serves files outside root', async () => {
    for (const url of [
      'app://backdesk/../secret.txt',
      'app://backdesk/%2e%2e/secret.txt',
      'app://backdesk/..%2fsecret.txt',
      'app://backdesk/..%5csecret.txt',
      'app://backdesk/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://backdesk/..%2frenderer-secret%2fkey.txt',
      'app://backdesk/%2e%2e/renderer-secret/key.txt',
    ]) {
      const response = await get(url);
      expect(await response.text(), url).not.toBe('secret');
    }
  });

  it('refuses undecodable paths and NUL bytes', async () => {
    expect((await get('app://backdesk/%E0%A4%A')).status).toBe(400);
    expect((await get('app://backdesk/index.html%00.js')).status).toBe(400);
  });

  it('answers other hosts with 404', async () => {
    expect((await get('app://backdesk.evil.com/')).status).toBe(404);
    expect((await get('app://print/')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await get('app://backdesk/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://backdesk/', 'POST')).status).toBe(405);
  });

  it('registers the scheme as standard, secure and fetchable, and binds the handler', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
    serveApp(protocol, root);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
