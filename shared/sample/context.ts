/**
 * What every section of the sample office draws on: one seeded random stream, one id generator
 * and the clock. The sections share them, so the order in which generateSampleOffice calls the
 * sections is part of the output — reordering them changes every id and random pick after.
 *
 * Times: the studio is in Portland, Maine; office hours are written as UTC instants five hours
 * ahead of local time (Eastern Standard Time), e.g. 9:00 local → 14:00Z.
 */
import { createUlidGenerator } from '../lib/ids';
import { addDays, dayOfWeek } from '../lib/dates';
import { createRandom, type Random } from './random';

export interface RecordBase {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: null;
}

export interface SampleContext {
  rng: Random;
  today: string;
  /**
   * The moment the office is loaded (a UTC instant). Nothing that happened (a call taken, a
   * message closed, a task made or done) is placed after it: "today's" calls are only the ones
   * before now. Defaults to the end of the office day (SAMPLE_END_OF_DAY), so the pinned sample
   * of a date keeps all of that day.
   */
  now: string;
  /** The year of `today`. */
  year: number;
  /** When the office "set up" the app: the date of its first records. */
  setupDate: string;
  newId(): string;
  /** A fresh id and timestamps at `minutes` local time on `date` (9:00 unless told). */
  base(date: string, minutes?: number): RecordBase;
  /** A random minute of the office day (8:30 to 17:00 local). */
  workMinutes(): number;
}

/** The default load moment: 17:30 local, after the office day (8:30–17:00) has ended. */
export const SAMPLE_END_OF_DAY = 17 * 60 + 30;

export function createSampleContext(seed: number, today: string, now = instant(today, SAMPLE_END_OF_DAY)): SampleContext {
  const rng = createRandom(seed);
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const newId = createUlidGenerator({
    now: () => Date.UTC(year, month - 1, day),
    randomBytes: (b) => rng.fillBytes(b),
  });
  return {
    rng,
    today,
    now,
    year,
    setupDate: addDays(today, -200),
    newId,
    base(date, minutes = 9 * 60) {
      const at = instant(date, minutes);
      return { id: newId(), createdAt: at, updatedAt: at, deletedAt: null };
    },
    workMinutes: () => rng.int(8 * 60 + 30, 17 * 60),
  };
}

/** Local office minutes since midnight → UTC instant on that date (EST = UTC−5). */
export function instant(date: string, localMinutes: number): string {
  const utc = Math.min(localMinutes + 5 * 60, 23 * 60 + 59);
  const hh = String(Math.floor(utc / 60)).padStart(2, '0');
  const mm = String(utc % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}:00.000Z`;
}

/** Drops undefined values so records carry no empty keys. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}

export const isWorkday = (date: string) => {
  const d = dayOfWeek(date);
  return d !== 0 && d !== 6;
};

export function asciiEmail(name: string, domain: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z\s]/g, '')
    .trim()
    .split(/\s+/);
  return `${ascii[0]}.${ascii[ascii.length - 1]}@${domain}`;
}
