/** What every benchmark scenario module shares: the result shape, the page log, timing. */

export interface ScenarioResult {
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

/** Appends a line to the bench page's log (run.mjs echoes it to stderr). */
export function log(line: string): void {
  const pre = document.getElementById('log');
  if (pre) pre.textContent += line + '\n';
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median milliseconds of `runs` calls after one warm-up call. */
export async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

/** mulberry32: tiny, seedable, so every run generates the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
