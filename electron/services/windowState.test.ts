import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZING,
  fitToDisplays,
  loadWindowState,
  readWindowState,
  writeWindowState,
  type Rect,
} from './windowState';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'backdesk-window-'));
  file = path.join(dir, 'window-state.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('reading and writing', () => {
  it('round-trips through the file without leaving temp files', async () => {
    const state = { x: 10, y: 20, width: 1000, height: 700, maximized: true };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    expect(await readdir(dir)).toEqual(['window-state.json']);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state);
  });

  it('rounds fractional bounds (high-DPI displays report them)', () => {
    writeWindowState(file, { x: 10.4, y: 20.6, width: 1000.5, height: 700.2, maximized: false });
    expect(readWindowState(file)).toEqual({
      x: 10,
      y: 21,
      width: 1001,
      height: 700,
      maximized: false,
    });
  });

  it('treats a missing, corrupt or odd file as no state', async () => {
    expect(readWindowState(file)).toBeNull();
    await writeFile(file, '{ not json');
    expect(readWindowState(file)).toBeNull();
    await writeFile(
      file,
      JSON.stringify({ x: 'left', y: 0, width: 100, height: 100, maximized: false }),
    );
    expect(readWindowState(file)).toBeNull();
    await writeFile(file, JSON.stringify({ x: 0, y: 0, width: -5, height: 100, maximized: false }));
    expect(readWindowState(file)).toBeNull();
    await writeFile(
      file,
      JSON.stringify({ x: 0, y: 0, width: 1e9, height: 100, maximized: false }),
    );
    expect(readWindowState(file)).toBeNull();
  });

  it('falls back to the default size centred on the primary display', () => {
    expect(loadWindowState(file, [laptop])).toEqual({
      x: (1920 - DEFAULT_SIZING.width) / 2,
      y: (1040 - DEFAULT_SIZING.height) / 2,
      width: DEFAULT_SIZING.width,
      height: DEFAULT_SIZING.height,
      maximized: false,
    });
  });
});

describe('fitToDisplays', () => {
  it('keeps a window that is fully visible', () => {
    const state = { x: 100, y: 50, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual(state);
  });

  it('keeps a window on a second monitor that is still connected', () => {
    const state = { x: 2200, y: 100, width: 1400, height: 900, maximized: true };
    expect(fitToDisplays(state, [laptop, rightMonitor])).toEqual(state);
  });

  it('brings back a window whose monitor was unplugged, keeping its size and maximized flag', () => {
    const state = { x: 2200, y: 100, width: 1400, height: 900, maximized: true };
    expect(fitToDisplays(state, [laptop])).toEqual({
      x: 260,
      y: 70,
      width: 1400,
      height: 900,
      maximized: true,
    });
  });

  it('moves a window hanging off an edge fully onto its display', () => {
    const state = { x: 1500, y: -40, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual({
      x: 920,
      y: 0,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('treats a sliver on screen as off screen', () => {
    const state = { x: 1900, y: 100, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(state, [laptop]).x).toBe(460);
  });

  it('shrinks a window larger than its display', () => {
    const state = { x: 0, y: 0, width: 3000, height: 2000, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
      maximized: false,
    });
  });

  it('grows a window below the minimum size unless the display is smaller still', () => {
    const state = { x: 0, y: 0, width: 200, height: 100, maximized: false };
    expect(fitToDisplays(state, [laptop])).toMatchObject({ width: 800, height: 560 });
    const tiny: Rect = { x: 0, y: 0, width: 640, height: 480 };
    expect(fitToDisplays(state, [tiny])).toMatchObject({ width: 640, height: 480, x: 0, y: 0 });
  });

  it('prefers the display holding most of the window', () => {
    const state = { x: 1700, y: 100, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(state, [laptop, rightMonitor])).toMatchObject({ x: 1920, y: 100 });
  });

  it('copes with no displays reported at all', () => {
    expect(fitToDisplays(null, [])).toMatchObject({
      width: DEFAULT_SIZING.width,
      height: DEFAULT_SIZING.height,
    });
  });
});
