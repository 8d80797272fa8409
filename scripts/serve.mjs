#!/usr/bin/env node
// A small static server for the built renderer on 127.0.0.1: used by `npm run web`, by
// `npm start` when Electron's binary cannot be had, by Playwright and by the benchmark.
// It sends the same CSP the built index.html carries, and refuses paths outside its root.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Resolves a request path inside root, or null when it would leave root. */
export function containedPath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const target = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  const rel = path.relative(root, target);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return target;
}

/**
 * A sync server's origin (issue 18): 'http(s)://host[:port]' only, or null. The same rule as
 * syncOriginOf in shared/lib/csp.ts (this script runs under plain Node and cannot import it).
 */
export function syncOriginOf(value) {
  try {
    const u = new URL(value);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password) return null;
    if (u.pathname !== '/' || u.search || u.hash) return null;
    return u.origin;
  } catch {
    return null;
  }
}

/**
 * The built policy with the sync server's origin added to connect-src — appCsp(syncOrigin) of
 * shared/lib/csp.ts, made from the policy the build wrote (security.spec compares the two).
 */
export function withSyncOrigin(csp, syncOrigin) {
  if (!syncOrigin) return csp;
  return csp.replace("connect-src 'self'", `connect-src 'self' ${syncOrigin}`);
}

export function startStaticServer({ root, port = 0, host = '127.0.0.1', syncOrigin }) {
  const indexHtml = path.join(root, 'index.html');
  const origin = syncOrigin ? syncOriginOf(syncOrigin) : null;
  if (syncOrigin && !origin) throw new Error(`--sync-origin must be an http(s) origin such as http://127.0.0.1:5984, not ${syncOrigin}`);
  const builtCsp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
    readFileSync(indexHtml, 'utf8'),
  )?.[1];
  const csp = builtCsp && withSyncOrigin(builtCsp, origin);
  const server = http.createServer(async (req, res) => {
    const target = containedPath(root, req.url ?? '/');
    if (!target) {
      res.writeHead(400).end('Bad path');
      return;
    }
    let file = target;
    try {
      const s = await stat(file);
      if (s.isDirectory()) file = path.join(file, 'index.html');
    } catch {
      // Unknown paths without an extension are app routes: serve the app.
      if (!path.extname(file)) file = indexHtml;
    }
    try {
      let body = await readFile(file);
      // The page's own meta tag says the same as the header (the app reads its allowed sync origin there).
      if (origin && builtCsp && file.endsWith('.html')) body = Buffer.from(body.toString('utf8').split(builtCsp).join(csp));
      const headers = {
        'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      };
      if (csp && file.endsWith('.html')) headers['Content-Security-Policy'] = csp;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ server, url: `http://${host}:${address.port}/` });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : 5317;
  const rootArg = args.indexOf('--root');
  const root =
    rootArg >= 0
      ? path.resolve(args[rootArg + 1])
      : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'renderer');
  const syncArg = args.indexOf('--sync-origin');
  // A flag left without its origin must not quietly serve a build that reaches no sync server.
  const syncOrigin = syncArg >= 0 ? (args[syncArg + 1] ?? '') : undefined;
  if (syncOrigin === '') throw new Error('--sync-origin needs an http(s) origin such as http://127.0.0.1:5984');
  const { url } = await startStaticServer({ root, port, syncOrigin });
  console.log(`Backdesk is being served at ${url}`);
}
