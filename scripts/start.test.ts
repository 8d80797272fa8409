import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  announcement,
  browserArgs,
  browserCandidates,
  browserProfileDir,
  electronBinary,
  findBrowser,
  isPortFree,
  openBrowser,
  resolveElectron,
  runElectronInstall,
  shouldOpenBrowser,
  userDataDir,
} from './start.mjs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'backdesk-start-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Lays out node_modules/electron the way install.js leaves it after a download. */
async function installFakeElectron(electronDir: string) {
  await mkdir(path.join(electronDir, 'dist'), { recursive: true });
  await writeFile(path.join(electronDir, 'path.txt'), 'electron');
  await writeFile(path.join(electronDir, 'dist', 'electron'), '');
}

describe('electronBinary', () => {
  it('is null until both path.txt and the program exist', async () => {
    expect(electronBinary(dir)).toBeNull();
    await writeFile(path.join(dir, 'path.txt'), 'electron');
    expect(electronBinary(dir)).toBeNull();
    await mkdir(path.join(dir, 'dist'));
    await writeFile(path.join(dir, 'dist', 'electron'), '');
    expect(electronBinary(dir)).toBe(path.join(dir, 'dist', 'electron'));
  });

  it('ignores an empty path.txt', async () => {
    await writeFile(path.join(dir, 'path.txt'), '  \n');
    expect(electronBinary(dir)).toBeNull();
  });
});

describe('resolveElectron', () => {
  it('uses a present binary without installing', async () => {
    await installFakeElectron(dir);
    const install = vi.fn(async () => true);
    expect(await resolveElectron({ electronDir: dir, install })).toBe(
      path.join(dir, 'dist', 'electron'),
    );
    expect(install).not.toHaveBeenCalled();
  });

  it('installs once when absent and uses what the install left', async () => {
    const install = vi.fn(async () => {
      await installFakeElectron(dir);
      return true;
    });
    expect(await resolveElectron({ electronDir: dir, install })).toBe(
      path.join(dir, 'dist', 'electron'),
    );
    expect(install).toHaveBeenCalledTimes(1);
  });

  it('gives up (null) when the install fails, or claims success but leaves nothing', async () => {
    const failing = vi.fn(async () => false);
    expect(await resolveElectron({ electronDir: dir, install: failing })).toBeNull();
    expect(failing).toHaveBeenCalledTimes(1);
    const lying = vi.fn(async () => true);
    expect(await resolveElectron({ electronDir: dir, install: lying })).toBeNull();
  });
});

describe('runElectronInstall', () => {
  it('reports success and failure by exit code', async () => {
    const good = path.join(dir, 'good.js');
    const bad = path.join(dir, 'bad.js');
    await writeFile(good, 'process.exit(0)');
    await writeFile(bad, 'console.error("getaddrinfo ENOTFOUND github.com"); process.exit(1)');
    expect(await runElectronInstall(good)).toBe(true);
    expect(await runElectronInstall(bad)).toBe(false);
    expect(await runElectronInstall(path.join(dir, 'missing.js'))).toBe(false);
  });

  it('stops waiting for a download that hangs', async () => {
    const hang = path.join(dir, 'hang.js');
    await writeFile(hang, 'setInterval(() => {}, 1000)');
    const started = Date.now();
    expect(await runElectronInstall(hang, { timeoutMs: 300 })).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('findBrowser', () => {
  const only =
    (...present: string[]) =>
    (candidate: string) =>
      present.includes(candidate);

  it('prefers $CHROMIUM_PATH when it exists', () => {
    const env = { CHROMIUM_PATH: '/opt/chromium/chrome', PATH: '/usr/bin' };
    expect(
      findBrowser({
        env,
        platform: 'linux',
        exists: only('/opt/chromium/chrome', '/usr/bin/chromium'),
      }),
    ).toBe('/opt/chromium/chrome');
  });

  it('skips a $CHROMIUM_PATH that does not exist', () => {
    const env = { CHROMIUM_PATH: '/nowhere/chrome', PATH: '' };
    expect(findBrowser({ env, platform: 'linux', exists: only('/usr/bin/chromium') })).toBe(
      '/usr/bin/chromium',
    );
  });

  it('finds chromium-browser or google-chrome on PATH', () => {
    const env = { PATH: '/home/me/bin:/opt/google/chrome' };
    expect(
      findBrowser({ env, platform: 'linux', exists: only('/opt/google/chrome/google-chrome') }),
    ).toBe('/opt/google/chrome/google-chrome');
    expect(findBrowser({ env, platform: 'linux', exists: only('/usr/bin/chromium-browser') })).toBe(
      '/usr/bin/chromium-browser',
    );
  });

  it('is null when no browser is installed', () => {
    expect(
      findBrowser({ env: { PATH: '/usr/bin' }, platform: 'linux', exists: () => false }),
    ).toBeNull();
  });

  it('knows where browsers live on macOS and Windows', () => {
    expect(browserCandidates({ env: {}, platform: 'darwin' })).toContain(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    const windows = browserCandidates({
      env: { PROGRAMFILES: 'C:\\Program Files' },
      platform: 'win32',
    });
    expect(windows).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(windows).toContain('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe');
  });
});

describe('shouldOpenBrowser', () => {
  it('opens a browser unless CI or BACKDESK_NO_BROWSER is set', () => {
    expect(shouldOpenBrowser({})).toBe(true);
    expect(shouldOpenBrowser({ CI: 'true' })).toBe(false);
    expect(shouldOpenBrowser({ CI: '1' })).toBe(false);
    expect(shouldOpenBrowser({ BACKDESK_NO_BROWSER: '1' })).toBe(false);
    expect(shouldOpenBrowser({ CI: 'false', BACKDESK_NO_BROWSER: '' })).toBe(true);
  });
});

describe('user data and browser profile', () => {
  it('matches the folder Electron would use for Backdesk', () => {
    expect(userDataDir({ env: {}, platform: 'linux', home: '/home/ann' })).toBe(
      '/home/ann/.config/Backdesk',
    );
    expect(
      userDataDir({ env: { XDG_CONFIG_HOME: '/cfg' }, platform: 'linux', home: '/home/ann' }),
    ).toBe('/cfg/Backdesk');
    expect(userDataDir({ env: {}, platform: 'darwin', home: '/Users/ann' })).toBe(
      '/Users/ann/Library/Application Support/Backdesk',
    );
    expect(
      userDataDir({
        env: { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' },
        platform: 'win32',
        home: 'C:\\Users\\ann',
      }),
    ).toBe('C:\\Users\\ann\\AppData\\Roaming\\Backdesk');
  });

  it('keeps the browser profile inside it', () => {
    expect(browserProfileDir({ env: {}, platform: 'linux', home: '/home/ann' })).toBe(
      '/home/ann/.config/Backdesk/browser-profile',
    );
  });

  it('opens the app in its own window with its own profile', () => {
    const args = browserArgs('http://127.0.0.1:5317/', '/p', { isRoot: false });
    expect(args).toContain('--app=http://127.0.0.1:5317/');
    expect(args).toContain('--user-data-dir=/p');
    expect(args).not.toContain('--no-sandbox');
    expect(browserArgs('http://127.0.0.1:5317/', '/p', { isRoot: true })).toContain('--no-sandbox');
  });
});

describe('announcement', () => {
  const url = 'http://127.0.0.1:5317/';
  const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z])/).length;

  it('is one sentence naming the reason and the address', () => {
    const opened = announcement({ url, opened: true, reason: 'not-downloaded' });
    expect(opened).toBe(
      "Electron's program could not be downloaded on this machine, so Backdesk is opening in your browser instead at http://127.0.0.1:5317/ (press Ctrl+C to stop).",
    );
    expect(sentences(opened)).toBe(1);
    const served = announcement({ url, opened: false, reason: 'not-downloaded' });
    expect(served).toContain(url);
    expect(served).toContain('open that address in your browser');
    expect(sentences(served)).toBe(1);
    expect(announcement({ url, opened: false, reason: 'would-not-start' })).toMatch(
      /^Electron's program would not start/,
    );
  });

  it('leaves out the Ctrl+C hint when an earlier run is doing the serving', () => {
    expect(announcement({ url, opened: true, reason: null, stoppable: false })).toBe(
      'Backdesk is opening in your browser at http://127.0.0.1:5317/.',
    );
  });

  it('drops the reason for npm run web', () => {
    expect(announcement({ url, opened: true, reason: null })).toBe(
      'Backdesk is opening in your browser at http://127.0.0.1:5317/ (press Ctrl+C to stop).',
    );
  });
});

describe('isPortFree', () => {
  it('tells a taken port from a free one', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    expect(await isPortFree(port)).toBe(false);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await isPortFree(port)).toBe(true);
  });
});

describe('openBrowser', () => {
  it('counts a browser that fails at once (no display) as not opened', async () => {
    expect(await openBrowser(process.execPath, ['-e', 'process.exit(1)'])).toBe(false);
    expect(await openBrowser(path.join(dir, 'no-such-browser'), [])).toBe(false);
  });

  it('counts a running browser, or a clean hand-off to one, as opened', async () => {
    expect(
      await openBrowser(process.execPath, ['-e', 'setTimeout(() => {}, 2000)'], { settleMs: 200 }),
    ).toBe(true);
    expect(await openBrowser(process.execPath, ['-e', 'process.exit(0)'])).toBe(true);
  });
});
