/**
 * The benchmark page (bench.html), driven by tests/bench/run.mjs. It runs inside the built
 * renderer on the app's own origin and under the app's own CSP, so it measures the code the
 * app ships — the real database module and repositories — against plain IndexedDB doing the
 * same work in the same browser, in the same run (DESIGN.md §2b: report ratios, not absolutes).
 *
 * `scenarios` are measured here, whole. Scenarios that need a second page or Chromium's PDF
 * printer are timed by run.mjs, which uses `setup` to prepare their data in this page.
 */
import { renderDocumentHtml } from '../../shared/documents';
import { DEFAULT_DB_NAME, openBackdeskDb, strictConnection, type BackdeskDb } from '../db';
import { BULK_CHUNK_SIZE } from '../db/crud';
import { bulkCreateItems, type NewItem } from '../features/inventory';
import { setFirstRunDone } from '../core/settings';
import { backupScenarios } from './backup';
import { budgetScenarios } from './budget';
import { calendarScenarios } from './calendar';
import { equipmentScenarios } from './equipment';
import { frontDeskScenarios } from './frontDesk';
import { perfScenarios } from './perf';
import { importScenarios } from './import';
import { inventoryScenarios } from './inventory';
import { makeItems } from './items';
import { COMPANY, MEMO, memoScenarios } from './memo';
import { deleteDatabase } from './rawIdb';
import { putSameRows, readRows } from './sameRows';
import { syncScenarios } from './sync';
import { log, type ScenarioResult } from './common';

export type { ScenarioResult } from './common';

export interface BenchApi {
  scenarios: Record<string, () => Promise<ScenarioResult>>;
  setup: {
    /**
     * Replaces the app's database ('backdesk') with one holding `items` items made through
     * the repository's bulk path, first run done, so the app opens straight to its shell.
     */
    prepareAppDatabase(items: number): Promise<{ ms: number }>;
    deleteAppDatabase(): Promise<void>;
    /** The memo as renderDocumentHtml renders it for print. */
    memoHtml(): string;
  };
}

declare global {
  interface Window {
    __backdeskBench?: BenchApi;
  }
}

const ITEM_COUNT = 100_000;


/** Closes a database and the strict-durability sibling its bulk writes opened. */
function closeAll(db: BackdeskDb): void {
  strictConnection(db).close();
  db.close();
}

/** Writes items through the repository; leaves the database in place for the baseline to read. */
async function writeItemsThroughApp(name: string, items: readonly NewItem[]): Promise<number> {
  await deleteDatabase(name);
  const db = await openBackdeskDb(name);
  // Opening is not writing: have both connections ready before the clock starts.
  await strictConnection(db).open();
  const start = performance.now();
  await bulkCreateItems(items, { chunkSize: BULK_CHUNK_SIZE }, db);
  const ms = performance.now() - start;
  closeAll(db);
  return ms;
}

const WRITTEN_STORES = ['items', 'stockMovements', 'auditLog'] as const;

/** The app's write, then raw puts of the very rows it wrote (same schema, same chunks). */
async function measureItemWrites(items: readonly NewItem[], tag: string): Promise<{ appMs: number; rawMs: number }> {
  const appMs = await writeItemsThroughApp(`bench-app${tag}`, items);
  const rows = await readRows(`bench-app${tag}`, WRITTEN_STORES);
  await deleteDatabase(`bench-app${tag}`);
  const rawMs = await putSameRows(`bench-raw${tag}`, rows, Math.ceil(items.length / BULK_CHUNK_SIZE));
  return { appMs, rawMs };
}

const scenarios: BenchApi['scenarios'] = {
  ...importScenarios,
  ...inventoryScenarios,
  ...budgetScenarios,
  ...perfScenarios,
  ...equipmentScenarios,
  ...calendarScenarios,
  ...frontDeskScenarios,
  ...memoScenarios,
  ...backupScenarios,
  ...syncScenarios,
  /**
   * 100,000 supply items through inventory's bulkCreateItems (validation, ids, opening ledger
   * rows, one audit entry per chunk) against raw `put`s of exactly the rows it wrote, into the
   * app's own schema with the same indexes and transactions: the ratio is the app's overhead.
   */
  'items.write.100k': async () => {
    const items = makeItems(ITEM_COUNT);
    // Warm both paths (JIT, first-transaction costs) on a slice before timing the whole.
    await measureItemWrites(items.slice(0, BULK_CHUNK_SIZE * 2), '-warmup');
    const { appMs, rawMs } = await measureItemWrites(items, '');
    log(`bulkCreateItems: ${ITEM_COUNT} items in ${appMs.toFixed(0)} ms`);
    log(`raw IndexedDB, same rows and schema: ${rawMs.toFixed(0)} ms`);
    const appRate = (ITEM_COUNT / appMs) * 1000;
    const rawRate = (ITEM_COUNT / rawMs) * 1000;
    return { value: appRate, unit: 'rows/s', baseline: rawRate, ratio: appRate / rawRate };
  },
};

const setup: BenchApi['setup'] = {
  async prepareAppDatabase(count) {
    await deleteDatabase(DEFAULT_DB_NAME);
    const start = performance.now();
    const db = await openBackdeskDb(DEFAULT_DB_NAME);
    await setFirstRunDone('empty', db);
    if (count > 0) await bulkCreateItems(makeItems(count), {}, db);
    closeAll(db);
    const ms = performance.now() - start;
    log(`app database with ${count} items ready in ${ms.toFixed(0)} ms`);
    return { ms };
  },
  deleteAppDatabase: () => deleteDatabase(DEFAULT_DB_NAME),
  memoHtml: () => renderDocumentHtml(MEMO, COMPANY),
};

window.__backdeskBench = { scenarios, setup };
log(`ready: ${Object.keys(scenarios).join(', ')}`);
