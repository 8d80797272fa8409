#!/usr/bin/env node
// `npm run web`: builds the renderer only and opens Backdesk in the browser, the same way
// `npm start` does when Electron is unavailable (see start.mjs), without trying Electron.
import path from 'node:path';
import { ROOT, runNode, serveInBrowser } from './start.mjs';

const built = await runNode(path.join(ROOT, 'scripts', 'build.mjs'), ['--renderer-only']);
if (built !== 0) process.exit(built);
await serveInBrowser({ reason: null });
