/**
 * Serves the built renderer at app://backdesk from dist/renderer. A custom standard scheme
 * (rather than file://) gives the app a real, stable origin for IndexedDB and lets the
 * response carry the CSP header. Request paths are resolved with resolveContained, and
 * unknown extension-less paths get index.html so client-side routes survive a reload.
 * Electron is only imported for types; index.ts passes the real `protocol` in.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { APP_CSP, PDF_WORKER_CSP, isPdfWorkerPath } from '../../shared/lib/csp';
import { APP_SCHEME, isAppUrl, resolveContained } from './security-rules';

export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  // standard: real origin and relative URLs; secure: counts as a secure context (crypto.subtle,
  // storage quota); supportFetchAPI: the renderer may fetch its own assets.
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

async function isFile(file: string): Promise<boolean | 'directory'> {
  try {
    const info = await stat(file);
    return info.isDirectory() ? 'directory' : info.isFile();
  } catch {
    return false;
  }
}

/** Which file answers a request path: the file itself, a folder's index.html, or the SPA fallback. */
async function fileFor(root: string, pathname: string): Promise<string | null | 'outside'> {
  const target = resolveContained(root, pathname);
  if (!target) return 'outside';
  const kind = await isFile(target);
  if (kind === true) return target;
  if (kind === 'directory') {
    const index = path.join(target, 'index.html');
    return (await isFile(index)) === true ? index : null;
  }
  // A missing path with an extension is a missing asset; without one it is an app route.
  return path.extname(target) ? null : path.join(root, 'index.html');
}

export function createAppHandler(root: string): (request: Request) => Promise<Response> {
  const absoluteRoot = path.resolve(root);
  return async (request) => {
    if (!isAppUrl(request.url)) return plain(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, 'Method not allowed');
    const { pathname } = new URL(request.url);
    const file = await fileFor(absoluteRoot, pathname);
    if (file === 'outside') return plain(400, 'Bad path');
    if (file === null) return plain(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return plain(404, 'Not found');
    }
    const extension = path.extname(file).toLowerCase();
    const headers: Record<string, string> = {
      'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
      // Sent on every response, not only HTML: workers take their policy from their own script's headers.
      // pdf.js's worker alone may compile its WebAssembly image decoders (shared/lib/csp.ts).
      'Content-Security-Policy': isPdfWorkerPath(pathname) ? PDF_WORKER_CSP : APP_CSP,
      'X-Content-Type-Options': 'nosniff',
    };
    if (extension === '.html') headers['Cache-Control'] = 'no-cache';
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}

/** Answers app://backdesk/* from `root` in the given session's protocol registry. */
export function serveApp(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, createAppHandler(root));
}
