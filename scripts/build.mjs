#!/usr/bin/env node
// Builds the renderer (Vite) and, unless --renderer-only, the Electron main and preload bundles.
import { build } from 'vite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rendererOnly = process.argv.includes('--renderer-only');

await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
// Progress goes to stderr so `npm run bench -- --json` keeps stdout for the JSON alone.
console.error('built renderer → dist/renderer');

if (!rendererOnly) {
  const electronConfig = path.join(root, 'vite.electron.config.ts');
  if (existsSync(electronConfig)) {
    // One config, two bundles: main (Node CJS) and preload (sandboxed CJS).
    for (const target of ['main', 'preload']) {
      process.env.BACKDESK_ELECTRON_TARGET = target;
      await build({ configFile: electronConfig, logLevel: 'warn' });
      console.error(`built electron ${target} → dist/electron/${target}`);
    }
  }
}
