import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupSettingsValue } from '../../shared/ipc/contract';
import { BackupScheduler, type DueReason } from './backupScheduler';

const HOUR = 3_600_000;
const START = Date.parse('2026-12-04T08:00:00Z');

function setup(options: { last?: string | null; enabled?: boolean; intervalHours?: number; window?: boolean; changed?: boolean } = {}) {
  const sent: DueReason[] = [];
  const runs: { ok: boolean; message?: string }[] = [];
  const state = {
    last: options.last ?? null,
    settings: { folder: null, enabled: options.enabled ?? true, intervalHours: options.intervalHours ?? 24, keepDaily: 7, keepWeekly: 4, keepMonthly: 12 } as BackupSettingsValue,
    window: options.window ?? true,
    changed: options.changed ?? true,
  };
  const scheduler = new BackupScheduler({
    service: {
      getSettings: () => Promise.resolve(state.settings),
      lastBackupAt: () => Promise.resolve(state.last),
      recordRun: (run) => {
        runs.push(run);
        return Promise.resolve();
      },
    },
    send: (reason) => {
      if (!state.window) return false;
      sent.push(reason);
      return true;
    },
    dataChangedSince: () => Promise.resolve(state.changed),
    // Fake timers move Date.now with them.
    now: () => Date.now(),
  });
  const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);
  /** The renderer answering: main wrote an automatic backup just now. */
  const answer = () => {
    state.last = new Date().toISOString();
    scheduler.written('auto');
  };
  return { scheduler, sent, runs, state, advance, answer };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('BackupScheduler: the schedule', () => {
  it('asks a minute after start when no backup exists, then daily, without asking twice in an hour', async () => {
    const t = setup();
    t.scheduler.start();
    await t.advance(59_000);
    expect(t.sent).toEqual([]);
    await t.advance(1_000);
    expect(t.sent).toEqual(['schedule']);
    // No answer yet (nothing new to save): the next ticks within the hour do not ask again.
    await t.advance(44 * 60_000);
    expect(t.sent).toEqual(['schedule']);
    // The tick at 60 minutes is 59 minutes after asking: still not again; at 75 it asks.
    await t.advance(15 * 60_000);
    expect(t.sent).toEqual(['schedule']);
    await t.advance(15 * 60_000);
    expect(t.sent).toEqual(['schedule', 'schedule']);
    t.answer();
    // Not due again until 24 hours after that backup (the next tick after it).
    await t.advance(23 * HOUR + 50 * 60_000);
    expect(t.sent).toHaveLength(2);
    await t.advance(15 * 60_000);
    expect(t.sent).toHaveLength(3);
    t.scheduler.stop();
  });

  it('follows intervalHours, stays quiet when switched off, and needs a window', async () => {
    const t = setup({ last: new Date(START - 5 * HOUR).toISOString(), intervalHours: 6 });
    expect(await t.scheduler.check()).toBe('not-due');
    await t.advance(HOUR);
    expect(await t.scheduler.check()).toBe('asked');
    t.state.settings = { ...t.state.settings, enabled: false };
    await t.advance(2 * HOUR);
    expect(await t.scheduler.check()).toBe('off');
    t.state.settings = { ...t.state.settings, enabled: true };
    t.state.window = false;
    expect(await t.scheduler.check()).toBe('no-window');
    expect(t.sent).toEqual(['schedule']);
  });
});

describe('BackupScheduler: on quit', () => {
  it('holds the quit, asks for a backup when data changed, and quits once it is written', async () => {
    const t = setup({ last: new Date(START - HOUR).toISOString() });
    const prevented: string[] = [];
    let quits = 0;
    const event = (name: string) => ({ preventDefault: () => prevented.push(name) });
    t.scheduler.holdQuit(event('close'), () => quits++);
    // A second quit request while holding is held too, without a second backup.
    t.scheduler.holdQuit(event('before-quit'), () => quits++);
    await vi.advanceTimersByTimeAsync(0);
    expect(t.sent).toEqual(['quit']);
    expect(prevented).toEqual(['close', 'before-quit']);
    expect(quits).toBe(0);
    await t.advance(3000);
    t.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(quits).toBe(1);
    // Quitting again passes straight through.
    t.scheduler.holdQuit(event('before-quit'), () => quits++);
    expect(prevented).toHaveLength(2);
    expect(t.runs).toEqual([]);
  });

  it('quits at once when nothing changed since the last backup or backups are off', async () => {
    const t = setup({ last: new Date(START - HOUR).toISOString(), changed: false });
    expect(await t.scheduler.backupOnQuit()).toBe(false);
    expect(t.sent).toEqual([]);
    const off = setup({ enabled: false });
    expect(await off.scheduler.backupOnQuit()).toBe(false);
    expect(off.sent).toEqual([]);
  });

  it('waits 20 seconds at most, then quits and records the missed backup', async () => {
    const t = setup();
    let quit = false;
    t.scheduler.holdQuit({ preventDefault: () => undefined }, () => {
      quit = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(t.sent).toEqual(['quit']);
    await t.advance(19_000);
    expect(quit).toBe(false);
    await t.advance(1_000);
    expect(quit).toBe(true);
    expect(t.runs).toEqual([{ ok: false, message: expect.stringMatching(/did not finish within 20 seconds/) }]);
  });
});
