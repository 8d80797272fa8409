import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/support/chromium.mjs';
import { SYNC_PORT, SYNC_URL } from './tests/e2e/support/syncServer.mjs';

// BACKDESK_E2E_PORT and BACKDESK_OUT_DIR let two checkouts (or two engineers) test side by side.
const PORT = Number(process.env.BACKDESK_E2E_PORT ?? 5317);
const ROOT = process.env.BACKDESK_OUT_DIR ?? 'dist/renderer';
const BASE_URL = `http://127.0.0.1:${PORT}`;
const CI = !!process.env.CI;
/** Where CI keeps the e2e report (JSON for the summary, HTML with traces); named in its log. */
const REPORT_DIR = process.env.BACKDESK_E2E_REPORT ?? 'e2e-report';

function couchFolder(): string {
  const dir = path.join(os.tmpdir(), `backdesk-e2e-couch-${SYNC_PORT}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores: one worker per core; Chromium's own processes share them, hence the roomy timeouts.
  workers: 2,
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // `list` shows progress; in CI the JSON report feeds the failure summary that .ci/run prints
  // last (scripts/e2e-summary.mjs) and the HTML report keeps the traces of failures to open.
  reporter: CI
    ? [
        ['list'],
        ['json', { outputFile: `${REPORT_DIR}/results.json` }],
        ['html', { outputFolder: `${REPORT_DIR}/html`, open: 'never' }],
      ]
    : 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: CI ? `${REPORT_DIR}/artifacts` : 'test-results',
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    baseURL: BASE_URL,
    // Each test already gets a fresh context (Playwright's default), so IndexedDB starts empty.
    // Traces are recorded on the retry of a failed test only (CI retries once): recording one
    // for every test cost 40% of the suite's time (five specs: 92 s traced, 55 s not), and the
    // retry's trace is the one to read. A first failure keeps its screenshot.
    trace: 'on-first-retry',
    screenshot: CI ? 'only-on-failure' : 'off',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: [
    {
      // The browser build is served for the one sync server below: its CSP allows that origin
      // and no other (issue 18.2).
      command: `node scripts/serve.mjs --port ${PORT} --root ${JSON.stringify(ROOT)} --sync-origin ${SYNC_URL}`,
      url: BASE_URL,
      reuseExistingServer: !CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // A real CouchDB-protocol server for the sync specs (pouchdb-server, in memory, loopback
      // only). It writes config.json and log.txt where it runs, hence its own folder.
      command: `${JSON.stringify(path.resolve('node_modules/.bin/pouchdb-server'))} --in-memory --host 127.0.0.1 --port ${SYNC_PORT}`,
      cwd: couchFolder(),
      url: `${SYNC_URL}/`,
      reuseExistingServer: !CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
