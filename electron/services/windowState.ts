/**
 * The main window's size, position and maximized flag, remembered between runs in a small
 * JSON file under the user data folder. What is read back is validated and fitted to the
 * displays connected now: a window last seen on a monitor that has since been unplugged
 * would otherwise open off-screen where nobody can reach it.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  maximized: boolean;
}

export interface WindowSizing {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

export const DEFAULT_SIZING: WindowSizing = {
  width: 1280,
  height: 820,
  minWidth: 800,
  minHeight: 560,
};

/** A window must show at least this much on a display to count as visible there. */
const MIN_VISIBLE = { width: 120, height: 60 };

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

export const windowStateSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: length,
  height: length,
  maximized: z.boolean(),
});

/** The saved state, or null when there is none or it is damaged (never an error). */
export function readWindowState(file: string): WindowState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const parsed = windowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * Saves synchronously so it can run from a window's 'close' event, after which the process
 * may exit before a promise settles; temp file and rename so a crash keeps the old state.
 */
export function writeWindowState(file: string, state: WindowState): void {
  const valid = windowStateSchema.parse({
    ...state,
    x: Math.round(state.x),
    y: Math.round(state.y),
    width: Math.round(state.width),
    height: Math.round(state.height),
  });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`);
  try {
    writeFileSync(temp, JSON.stringify(valid, null, 2) + '\n');
    renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // The temp file was never created.
    }
    throw error;
  }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function sizeWithin(width: number, height: number, area: Rect, sizing: WindowSizing) {
  // A display smaller than the minimum size wins over the minimum: better cramped than cut off.
  return {
    width: Math.min(Math.max(width, sizing.minWidth), area.width),
    height: Math.min(Math.max(height, sizing.minHeight), area.height),
  };
}

function centredOn(
  area: Rect,
  width: number,
  height: number,
  sizing: WindowSizing,
  maximized: boolean,
): WindowState {
  const size = sizeWithin(width, height, area, sizing);
  return {
    x: Math.round(area.x + (area.width - size.width) / 2),
    y: Math.round(area.y + (area.height - size.height) / 2),
    ...size,
    maximized,
  };
}

/**
 * Fits a saved state to the displays' work areas (primary first). The window stays on the
 * display it overlaps most, shrunk to fit and moved fully onto it; if it is not visibly on
 * any display it is centred on the primary one; with no state it gets the default size.
 */
export function fitToDisplays(
  state: WindowState | null,
  workAreas: readonly Rect[],
  sizing: WindowSizing = DEFAULT_SIZING,
): WindowState {
  const primary = workAreas[0];
  if (!primary) {
    return state ?? { x: 0, y: 0, width: sizing.width, height: sizing.height, maximized: false };
  }
  if (!state) return centredOn(primary, sizing.width, sizing.height, sizing, false);

  let best: Rect | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const shared = overlap(state, area);
    const visible = shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height;
    if (visible && shared.width * shared.height > bestArea) {
      best = area;
      bestArea = shared.width * shared.height;
    }
  }
  if (!best) return centredOn(primary, state.width, state.height, sizing, state.maximized);

  const size = sizeWithin(state.width, state.height, best, sizing);
  return {
    x: clamp(state.x, best.x, best.x + best.width - size.width),
    y: clamp(state.y, best.y, best.y + best.height - size.height),
    ...size,
    maximized: state.maximized,
  };
}

/** Reads the saved state and fits it to the current displays in one step. */
export function loadWindowState(
  file: string,
  workAreas: readonly Rect[],
  sizing?: WindowSizing,
): WindowState {
  return fitToDisplays(readWindowState(file), workAreas, sizing);
}
