import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { mainWebPreferences, printWebPreferences } from './webPreferences';

describe('window webPreferences (DESIGN §4)', () => {
  it('isolates the app window and gives it no Node', () => {
    const prefs = mainWebPreferences('/app/preload.cjs', true);
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('runs no plugin: PDFs are drawn by the app’s own viewer (issue 15.6)', () => {
    expect(mainWebPreferences('/p', true).plugins).toBe(false);
    expect(mainWebPreferences('/p', false).plugins).toBe(false);
    expect(printWebPreferences({} as Session).plugins).toBeUndefined();
  });

  it('turns DevTools off when packaged only', () => {
    expect(mainWebPreferences('/p', true).devTools).toBe(false);
    expect(mainWebPreferences('/p', false).devTools).toBe(true);
  });

  it('prints with JavaScript off, no preload and a session of its own', () => {
    const session = { id: 'print' } as unknown as Session;
    const prefs = printWebPreferences(session);
    expect(prefs.javascript).toBe(false);
    expect(prefs.preload).toBeUndefined();
    expect(prefs.session).toBe(session);
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: false });
  });
});
