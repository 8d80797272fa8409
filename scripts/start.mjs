#!/usr/bin/env node
// `npm start`: builds everything, then runs Backdesk in Electron. Electron's program is not
// downloaded at install time (.npmrc ignore-scripts), so the first start fetches it; when that
// cannot happen (offline, blocked), Backdesk opens in the browser instead, served from this
// machine, so the app is usable either way. The decisions are small exported functions,
// tested in start.test.ts; the bottom of the file only runs them.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './serve.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const HOST = '127.0.0.1';
/**
 * A fixed port, because the browser keeps the app's data (IndexedDB) per origin and the
 * port is part of the origin: a different port would open an empty office.
 */
export const DEFAULT_PORT = 5317;

/** The Electron executable when it has been downloaded, else null. */
export function electronBinary(electronDir) {
  let relative;
  try {
    relative = readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  if (!relative) return null;
  const executable = path.join(electronDir, 'dist', relative);
  return existsSync(executable) ? executable : null;
}

/** Runs electron's own install.js once; resolves true if it finished successfully in time. */
export function runElectronInstall(installScript, { timeoutMs = 60_000, env = process.env } = {}) {
  if (!existsSync(installScript)) return Promise.resolve(false);
  return new Promise((resolve) => {
    // Its output is a stack trace when offline; the one-sentence fallback says it better.
    const child = spawn(process.execPath, [installScript], {
      cwd: path.dirname(installScript),
      env,
      stdio: ['ignore', 'ignore', env.BACKDESK_VERBOSE ? 'inherit' : 'ignore'],
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(false);
    }, timeoutMs);
    child.on('error', () => {
      clearTimeout(timer);
      resolve(false);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}

/** The Electron executable, downloading it first (once) if needed; null when it cannot be had. */
export async function resolveElectron({ electronDir, install }) {
  const present = electronBinary(electronDir);
  if (present) return present;
  if (!(await install())) return null;
  return electronBinary(electronDir);
}

const BROWSER_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
];

/** Where a Chromium-family browser may live, most specific first. */
export function browserCandidates({ env = process.env, platform = process.platform } = {}) {
  const candidates = [];
  if (env.CHROMIUM_PATH) candidates.push(env.CHROMIUM_PATH);
  if (platform === 'darwin') {
    candidates.push(
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    );
  } else if (platform === 'win32') {
    for (const base of [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']]) {
      if (!base) continue;
      candidates.push(
        path.win32.join(base, 'Chromium', 'Application', 'chrome.exe'),
        path.win32.join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        path.win32.join(base, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      );
    }
  } else {
    candidates.push(...BROWSER_NAMES.map((name) => `/usr/bin/${name}`), '/snap/bin/chromium');
    const pathApi = path.posix;
    for (const dir of (env.PATH ?? '').split(':').filter(Boolean)) {
      for (const name of BROWSER_NAMES) candidates.push(pathApi.join(dir, name));
    }
  }
  return [...new Set(candidates)];
}

/** The first installed Chromium-family browser, or null. */
export function findBrowser({
  env = process.env,
  platform = process.platform,
  exists = existsSync,
} = {}) {
  return browserCandidates({ env, platform }).find((candidate) => exists(candidate)) ?? null;
}

function isSet(value) {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/** No browser window in CI or when asked not to (tests, headless machines). */
export function shouldOpenBrowser(env = process.env) {
  return !isSet(env.CI) && !isSet(env.BACKDESK_NO_BROWSER);
}

/** The same folder Electron's app.getPath('userData') gives Backdesk. */
export function userDataDir({
  env = process.env,
  platform = process.platform,
  home = os.homedir(),
} = {}) {
  if (platform === 'win32')
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'Backdesk');
  if (platform === 'darwin')
    return path.posix.join(home, 'Library', 'Application Support', 'Backdesk');
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), 'Backdesk');
}

/** A browser profile of Backdesk's own, so its data survives between runs and stays apart. */
export function browserProfileDir(options) {
  const dataDir = userDataDir(options);
  const join = (options?.platform ?? process.platform) === 'win32' ? path.win32.join : path.join;
  return join(dataDir, 'browser-profile');
}

export function browserArgs(url, profileDir, { isRoot = process.getuid?.() === 0 } = {}) {
  const args = [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
  ];
  // Chromium refuses to start as root unless its sandbox is off; only root ever gets this.
  if (isRoot) args.push('--no-sandbox');
  return args;
}

const REASONS = {
  'not-downloaded': "Electron's program could not be downloaded on this machine",
  'would-not-start': "Electron's program would not start on this machine",
};

/**
 * The one sentence that tells a person where Backdesk is and, when Electron is not used,
 * why. `reason` is a key of REASONS, or null for `npm run web`.
 */
export function announcement({ url, opened, reason = null, stoppable = true }) {
  const instead = reason ? ' instead' : '';
  const where = opened
    ? `Backdesk is opening in your browser${instead} at ${url}`
    : `Backdesk is being served${instead} at ${url}; open that address in your browser`;
  return `${reason ? `${REASONS[reason]}, so ${where}` : where}${stoppable ? ' (press Ctrl+C to stop)' : ''}.`;
}

/** Resolves true when nothing listens on host:port. */
export function isPortFree(port, host = HOST) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/** True when `url` answers with Backdesk's page (an earlier run still serving). */
export async function isBackdeskAt(url, timeoutMs = 1500) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok && (await response.text()).includes('<title>Backdesk</title>');
  } catch {
    return false;
  }
}

/**
 * Starts Chromium in app mode. Resolves true once it has started and not failed within
 * `settleMs` (without a display it exits at once with an error); a quick clean exit means it
 * handed the window to an already running instance, which also counts as opened.
 */
export function openBrowser(executable, args, { settleMs = 1500 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(executable, args, { stdio: 'ignore' });
    let timer;
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      timer = setTimeout(() => resolve(true), settleMs);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}

/**
 * Serves dist/renderer on 127.0.0.1 (reusing an earlier run's server when one is there),
 * opens the browser unless told not to, and prints one sentence. The returned server, if
 * any, keeps the process alive until Ctrl+C.
 */
export async function serveInBrowser({
  reason = null,
  env = process.env,
  root = path.join(ROOT, 'dist', 'renderer'),
}) {
  const preferred = Number(env.BACKDESK_PORT) || DEFAULT_PORT;
  const preferredUrl = `http://${HOST}:${preferred}/`;
  let server = null;
  let url = preferredUrl;
  let note = '';
  if (await isPortFree(preferred)) {
    ({ server, url } = await startStaticServer({ root, port: preferred, host: HOST }));
  } else if (!(await isBackdeskAt(preferredUrl))) {
    ({ server, url } = await startStaticServer({ root, port: 0, host: HOST }));
    note = `Port ${preferred} is taken by another program, so what you enter at this address is kept apart from your usual Backdesk data.`;
  }

  let opened = false;
  const browser = shouldOpenBrowser(env) ? findBrowser({ env }) : null;
  if (browser) opened = await openBrowser(browser, browserArgs(url, browserProfileDir({ env })));
  // Without a server of its own (an earlier run is serving), there is nothing to stop here.
  console.log(announcement({ url, opened, reason, stoppable: server !== null }));
  if (note) console.log(note);

  if (server) {
    const stop = () => {
      server.close(() => process.exit(0));
      // The browser holds keep-alive connections that would otherwise delay the close.
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
  return { server, url, opened };
}

/** Runs a Node script to completion; resolves its exit code. */
export function runNode(script, args = []) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

/** Launches Electron on the app folder; resolves its exit code, or null if it would not start. */
export function launchElectron(executable) {
  const env = { ...process.env };
  // Set by some shells and tools; it would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  return new Promise((resolve) => {
    // The app folder rather than the bundle: Electron then reads package.json's main
    // (dist/electron/main/index.cjs) and productName, which names the user data folder.
    const child = spawn(executable, [ROOT], { cwd: ROOT, env, stdio: 'inherit' });
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    child.once('error', () => resolve(null));
    child.once('exit', (code, signal) => resolve(signal ? 0 : (code ?? 0)));
  });
}

function electronDir() {
  return path.join(ROOT, 'node_modules', 'electron');
}

async function main() {
  const built = await runNode(path.join(ROOT, 'scripts', 'build.mjs'));
  if (built !== 0) process.exit(built);

  const dir = electronDir();
  const timeoutMs = Number(process.env.BACKDESK_ELECTRON_INSTALL_TIMEOUT_MS) || 30_000;
  const executable = await resolveElectron({
    electronDir: dir,
    install: () => runElectronInstall(path.join(dir, 'install.js'), { timeoutMs }),
  });
  if (executable) {
    const code = await launchElectron(executable);
    if (code !== null) process.exit(code);
  }
  await serveInBrowser({ reason: executable ? 'would-not-start' : 'not-downloaded' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await main();
}
