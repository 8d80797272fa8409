#!/usr/bin/env node
// The benchmark (`npm run bench`, after the renderer build). Serves dist/renderer on a free
// loopback port, starts Debian's Chromium headless with the tests' flags and a throwaway
// profile on disk (so IndexedDB writes to disk as in the app, not to an incognito memory
// store), opens bench.html and runs each scenario in turn, every one against a baseline
// measured in the same run (DESIGN.md §2b).
//
//   npm run bench                  a readable table on stdout
//   npm run bench -- --json        exactly one JSON object on stdout:
//                                  { "scenarios": [ { name, value, unit, baseline?, ratio? } ] }
//   npm run bench -- --only a,b    just the named scenarios
//
// Progress and details go to stderr either way, so this script's --json output can be piped
// as it is; the JSON is one line, and the last on stdout. (npm itself prints a "> backdesk
// bench" banner on stdout unless run as `npm run -s bench -- --json`.)
// A scenario that fails is left out of the results and makes the exit code 1.
// Functions passed to evaluate() run in the page, where `window` and `document` exist.
/* global window, document */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startStaticServer } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/support/chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = process.env.BACKDESK_OUT_DIR ? path.resolve(process.env.BACKDESK_OUT_DIR) : path.join(ROOT, 'dist', 'renderer');
// Seeding 100k items and 500k movements alone takes minutes on a busy 2-core machine.
const SCENARIO_TIMEOUT_MS = 300_000;
const PRINT_RUNS = 15;
const APP_OPEN_ITEMS = 100_000;
const APP_OPEN_RUNS = 5;

const argv = process.argv.slice(2);
const asJson = argv.includes('--json');
const onlyArg = argv.indexOf('--only');
const only = onlyArg >= 0 ? new Set((argv[onlyArg + 1] ?? '').split(',').filter(Boolean)) : null;

const log = (...parts) => console.error(...parts);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

class ScenarioTimeout extends Error {}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new ScenarioTimeout(`${what} took longer than ${ms / 1000} s`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The bench page's log (#log) from character `from` on. */
function pageLog(benchPage, from) {
  return benchPage.evaluate((start) => (document.getElementById('log')?.textContent ?? '').slice(start), from);
}

/**
 * Runs a scenario that lives in bench.html; what it logged goes to stderr with it. `argOf`
 * gives the one argument it is called with (the sync server's origin), from run.mjs's context.
 */
function pageScenario(name, argOf = () => undefined) {
  return async (ctx) => {
    const { benchPage } = ctx;
    const before = (await pageLog(benchPage, 0)).length;
    try {
      return await benchPage.evaluate(([scenario, arg]) => window.__backdeskBench.scenarios[scenario](arg), [name, argOf(ctx)]);
    } finally {
      const lines = (await pageLog(benchPage, before).catch(() => '')).trimEnd();
      if (lines) log(lines.replace(/^/gm, '  '));
    }
  };
}

/**
 * Opens the real app in a new page and times, from navigation, until the first screen is
 * interactive: the module navigation is visible and following its Inventory link shows the
 * Inventory heading. Returns milliseconds.
 */
async function openAppOnce(context, baseUrl) {
  const page = await context.newPage();
  page.on('pageerror', (error) => log(`  app error: ${error.message}`));
  try {
    const start = performance.now();
    await page.goto(new URL('index.html', baseUrl).href, { waitUntil: 'commit' });
    const nav = page.getByRole('navigation', { name: 'Modules' });
    await nav.waitFor({ state: 'visible', timeout: 60_000 });
    const navMs = performance.now() - start;
    await nav.getByRole('link', { name: 'Inventory', exact: true }).click();
    await page
      .getByRole('heading', { name: 'Inventory', level: 1 })
      .waitFor({ state: 'visible', timeout: 60_000 });
    return { ms: performance.now() - start, navMs };
  } finally {
    await page.close();
  }
}

async function timeAppOpen(context, baseUrl, label) {
  // Untimed opens first: the HTTP cache is off (no-store) but V8's code cache and the
  // database's first open are not, and the first loads would otherwise pay for both.
  for (let i = 0; i < 2; i++) await openAppOnce(context, baseUrl);
  const runs = [];
  for (let i = 0; i < APP_OPEN_RUNS; i++) runs.push(await openAppOnce(context, baseUrl));
  log(
    `  ${label}: ${runs.map((r) => r.ms.toFixed(0)).join(', ')} ms (nav visible after ` +
      `${runs.map((r) => r.navMs.toFixed(0)).join(', ')} ms); median ${median(runs.map((r) => r.ms)).toFixed(0)} ms`,
  );
  return runs.map((r) => r.ms);
}

async function appOpenScenario({ context, benchPage, baseUrl }) {
  const setup = (step, arg) =>
    benchPage.evaluate(([s, a]) => window.__backdeskBench.setup[s](a), [step, arg]);
  try {
    // Baseline: the same shell over a database with no items (first run done, so both open
    // to the same screen), timed before and after the loaded database so that drift in the
    // machine's load over the run falls on both sides.
    await setup('prepareAppDatabase', 0);
    const before = await timeAppOpen(context, baseUrl, 'no items (before)');
    const { ms: seedMs } = await setup('prepareAppDatabase', APP_OPEN_ITEMS);
    log(`  seeded ${APP_OPEN_ITEMS} items through bulkCreateItems in ${seedMs.toFixed(0)} ms`);
    const value = median(await timeAppOpen(context, baseUrl, `${APP_OPEN_ITEMS} items`));
    await setup('prepareAppDatabase', 0);
    const after = await timeAppOpen(context, baseUrl, 'no items (after)');
    const baseline = median([...before, ...after]);
    return { value, unit: 'ms', baseline, ratio: baseline / value };
  } finally {
    await setup('deleteAppDatabase');
  }
}

async function printScenario({ context, benchPage }) {
  const memo = await benchPage.evaluate(() => window.__backdeskBench.setup.memoHtml());
  const trivial = '<!doctype html><html><body><p>Backdesk</p></body></html>';
  const page = await context.newPage();
  try {
    const printOnce = async (html) => {
      const start = performance.now();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      return { ms: performance.now() - start, bytes: pdf.length };
    };
    await printOnce(trivial);
    await printOnce(memo);
    const memoRuns = [];
    const trivialRuns = [];
    // Alternate, so a slow moment of the machine lands on both sides.
    for (let i = 0; i < PRINT_RUNS; i++) {
      trivialRuns.push(await printOnce(trivial));
      memoRuns.push(await printOnce(memo));
    }
    const value = median(memoRuns.map((r) => r.ms));
    const baseline = median(trivialRuns.map((r) => r.ms));
    const spread = (runs) => {
      const ms = runs.map((r) => r.ms);
      return `median ${median(ms).toFixed(0)} ms (${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)}), ${runs[0].bytes} bytes`;
    };
    log(`  memo: ${spread(memoRuns)}; one line: ${spread(trivialRuns)}`);
    return { value, unit: 'ms', baseline, ratio: baseline / value };
  } finally {
    await page.close();
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A CouchDB-protocol server for the sync scenarios: pouchdb-server 4.2 (a devDependency) in
 * memory on 127.0.0.1, in a throwaway directory (it writes config.json and log.txt where it
 * starts). Resolves once it answers GET / as express-pouchdb.
 */
async function startSyncServer() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'backdesk-bench-couch-'));
  const port = await freePort();
  const bin = path.join(ROOT, 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');
  const child = spawn(process.execPath, [bin, '--in-memory', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-2000);
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`pouchdb-server exited with ${child.exitCode}: ${stderr.trim()}`);
    }
    try {
      const welcome = await (await fetch(origin)).json();
      if (welcome['express-pouchdb']) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`pouchdb-server did not answer on ${origin} within 30 s: ${stderr.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  log(`pouchdb-server (in memory) at ${origin}`);
  return { origin, stop };
}

const SCENARIOS = [
  { name: 'items.write.100k', run: pageScenario('items.write.100k') },
  { name: 'import.csv.100k', run: pageScenario('import.csv.100k') },
  { name: 'inventory.sortFilter.100k', run: pageScenario('inventory.sortFilter.100k') },
  { name: 'inventory.dashboard.100k-500k', run: pageScenario('inventory.dashboard.100k-500k') },
  { name: 'budget.dashboard.200k', run: pageScenario('budget.dashboard.200k') },
  { name: 'dashboard.stock.100k', run: pageScenario('dashboard.stock.100k') },
  // These two share one seeded register (10,000 items, 100,000 history entries); keep them
  // adjacent, the register first, so it is seeded once.
  { name: 'equipment.register.10k-100k', run: pageScenario('equipment.register.10k-100k') },
  { name: 'equipment.maintenanceDue.10k-100k', run: pageScenario('equipment.maintenanceDue.10k-100k') },
  { name: 'calendar.week.60-diaries-5y', run: pageScenario('calendar.week.60-diaries-5y') },
  { name: 'contacts.callerLookup.100k', run: pageScenario('contacts.callerLookup.100k') },
  { name: 'tasks.today.50k', run: pageScenario('tasks.today.50k') },
  { name: 'memo.hostileToken.100k', run: pageScenario('memo.hostileToken.100k') },
  // The restore reuses the backup's file and seeded office: keep them adjacent, the backup first.
  // 600,000 rows seeded, zipped, verified and restored: minutes each on a loaded 2-core machine.
  { name: 'backup.write.100k-500k', run: pageScenario('backup.write.100k-500k'), timeoutMs: 2_700_000 },
  { name: 'backup.restore.100k-500k', run: pageScenario('backup.restore.100k-500k'), timeoutMs: 2_700_000 },
  // 10,000 records seeded, pushed by one PC, pulled by another, and twice through the raw
  // protocol: a few minutes on a loaded 2-core machine. Needs the sync server (syncServer).
  {
    name: 'sync.initial.10k',
    run: pageScenario('sync.initial.10k', ({ syncOrigin }) => syncOrigin),
    syncServer: true,
    timeoutMs: 1_200_000,
  },
  { name: 'app.open.100k-items.first-interactive', run: appOpenScenario },
  { name: 'print.memo.pdf', run: printScenario },
];

function round(value, unit) {
  if (unit === 'ms') return Math.round(value * 10) / 10;
  return Math.round(value);
}

function formatTable(results) {
  const rows = [
    ['scenario', 'value', 'baseline', 'ratio'],
    ...results.map((r) => [
      r.name,
      `${r.value.toLocaleString('en-US')} ${r.unit}`,
      r.baseline === undefined ? '' : `${r.baseline.toLocaleString('en-US')} ${r.unit}`,
      r.ratio === undefined ? '' : r.ratio.toFixed(3),
    ]),
  ];
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)));
  const line = (row) =>
    row
      .map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col])))
      .join('  ');
  return [
    line(rows[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
  ].join('\n');
}

async function main() {
  if (!existsSync(path.join(DIST, 'bench.html'))) {
    throw new Error(
      'dist/renderer/bench.html is missing: run `node scripts/build.mjs --renderer-only` first',
    );
  }
  const selected = SCENARIOS.filter((s) => !only || only.has(s.name));
  if (only && selected.length !== only.size) {
    const known = new Set(SCENARIOS.map((s) => s.name));
    throw new Error(`unknown scenario: ${[...only].filter((n) => !known.has(n)).join(', ')}`);
  }

  // The sync server runs for the whole run when a selected scenario needs it: the page's CSP
  // (connect-src) is fixed when the static server starts, and allows exactly its origin.
  const syncServer = selected.some((s) => s.syncServer) ? await startSyncServer() : null;
  const syncOrigin = syncServer?.origin;
  let server;
  let baseUrl;
  try {
    ({ server, url: baseUrl } = await startStaticServer({ root: DIST, port: 0, ...(syncOrigin ? { syncOrigin } : {}) }));
  } catch (error) {
    await syncServer?.stop();
    throw error;
  }
  const profile = await mkdtemp(path.join(os.tmpdir(), 'backdesk-bench-'));
  let context;
  const results = [];
  let failed = 0;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: 1280, height: 800 },
    });
    const benchPage = context.pages()[0] ?? (await context.newPage());
    benchPage.on('pageerror', (error) => log(`bench page error: ${error.message}`));
    await benchPage.goto(new URL('bench.html', baseUrl).href);
    await benchPage.waitForFunction(() => window.__backdeskBench !== undefined);
    log(`Chromium ${context.browser()?.version() ?? ''} at ${chromiumPath()}, serving ${baseUrl}`);

    for (const scenario of selected) {
      log(`${scenario.name} …`);
      const started = performance.now();
      try {
        const r = await withTimeout(
          scenario.run({ context, benchPage, baseUrl, syncOrigin }),
          scenario.timeoutMs ?? SCENARIO_TIMEOUT_MS,
          scenario.name,
        );
        const result = { name: scenario.name, value: round(r.value, r.unit), unit: r.unit };
        if (r.baseline !== undefined) result.baseline = round(r.baseline, r.unit);
        if (r.ratio !== undefined) result.ratio = Math.round(r.ratio * 1000) / 1000;
        results.push(result);
        log(`${scenario.name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      } catch (error) {
        failed++;
        log(`${scenario.name}: FAILED: ${error instanceof Error ? error.stack : error}`);
        // It is still running in the browser; anything measured beside it would be skewed.
        if (error instanceof ScenarioTimeout) break;
      }
    }
  } finally {
    await context?.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await syncServer?.stop();
    await rm(profile, { recursive: true, force: true });
  }

  if (asJson) process.stdout.write(JSON.stringify({ scenarios: results }) + '\n');
  else console.log(formatTable(results));
  if (failed) process.exitCode = 1;
}

main().catch((error) => {
  log(error instanceof Error ? error.message : error);
  if (asJson) process.stdout.write(JSON.stringify({ scenarios: [] }) + '\n');
  process.exitCode = 1;
});
