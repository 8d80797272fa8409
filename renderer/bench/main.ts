import { openFreshStore, putInChunks, deleteDatabase } from './rawIdb';

export interface ScenarioResult {
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

const scenarios: Record<string, () => Promise<ScenarioResult>> = {
  'idb.put.100k.raw': async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ id: `r${i}`, name: `Item ${i}` }));
    const db = await openFreshStore('bench-raw', 'items');
    const t0 = performance.now();
    await putInChunks(db, 'items', rows, 2000);
    const ms = performance.now() - t0;
    db.close();
    await deleteDatabase('bench-raw');
    return { value: Math.round((rows.length / ms) * 1000), unit: 'rows/s' };
  },
};

declare global {
  interface Window {
    __backdeskBench?: { scenarios: Record<string, () => Promise<ScenarioResult>> };
  }
}
window.__backdeskBench = { scenarios };
