/**
 * Benchmark `import.csv.100k` (issue 3 item 11): a generated 100,000-row supplies CSV through
 * the import wizard's own code path — the wizard's Web Worker running parseTable and
 * mapRowsDetailed, the records cloned back to the page, then inventory's importItems into a
 * fresh database — against raw IndexedDB puts of exactly the rows that import wrote (items,
 * their opening-count movements, audit entries, vendors, dashboard aggregates) into the app's
 * schema, in as many strict-durability transactions. The ratio is what parsing, checking and the repository cost
 * on top of storage (goal ≥ 0.8).
 */
import { suggestMapping } from '../../shared/import';
import { openBackdeskDb, strictConnection, type BackdeskDb } from '../db';
import { ImportWorkerClient } from '../features/import/client';
import { beginImportBatch, releaseImportBatch } from '../db/importBatches';
import { IMPORT_CHUNK_SIZE, importItems } from '../features/inventory';
import { makeItems } from './items';
import { deleteDatabase } from './rawIdb';
import { putSameRows, readRows } from './sameRows';
import { log, type ScenarioResult } from './common';

const ROWS = 100_000;
const VENDORS = [
  'Office Depot',
  'Lyreco',
  'Staples',
  'Viking Direct',
  'Paper & Co',
  'Kitchen Supply Ltd',
];
const HEADER =
  'Item name,SKU,Category,Unit,Location,Qty on hand,Min qty,Target,Unit cost,Vendor,Notes';

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A supplies export as an office would have it: money with a currency sign, some notes quoted. */
export function makeSuppliesCsv(rows: number): Uint8Array {
  const items = makeItems(rows);
  const lines: string[] = [HEADER];
  items.forEach((item, i) => {
    const cents = item.unitCostCents ?? 0;
    const price = `$${Math.floor(cents / 100).toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`;
    lines.push(
      [
        item.name,
        item.sku ?? '',
        item.category ?? '',
        item.unit ?? '',
        item.location ?? '',
        String(item.openingQuantity ?? 0),
        String(item.minQuantity ?? 0),
        String(item.targetQuantity ?? 0),
        price,
        VENDORS[i % VENDORS.length]!,
        item.notes ?? '',
      ]
        .map(csvCell)
        .join(','),
    );
  });
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}


function closeAll(db: BackdeskDb): void {
  strictConnection(db).close();
  db.close();
}

interface AppRun {
  ms: number;
  parseMs: number;
  mapMs: number;
  writeMs: number;
  chunks: number;
}

/** The wizard's path, bytes in to rows committed; leaves the database for the baseline to read. */
async function importThroughApp(name: string, bytes: Uint8Array): Promise<AppRun> {
  await deleteDatabase(name);
  const db = await openBackdeskDb(name);
  await strictConnection(db).open();
  const client = new ImportWorkerClient();
  try {
    const start = performance.now();
    const summary = await client.parse('items', bytes, 'supplies.csv');
    const parsed = performance.now();
    const outcome = await client.map('items', summary.mapping, summary.options);
    const mapped = performance.now();
    if (outcome.errors.length > 0)
      throw new Error(`Unexpected import errors: ${outcome.errors[0]!.message}`);
    // As the wizard does (issue 15.3): a batch row first, every row stamped, committed with the last chunk.
    const batch = await beginImportBatch({ kind: 'items', fileName: 'supplies.csv', total: outcome.records.length }, db);
    const result = await importItems(
      outcome.records as Parameters<typeof importItems>[0],
      { chunkSize: IMPORT_CHUNK_SIZE, importBatchId: batch.id },
      db,
    );
    const end = performance.now();
    releaseImportBatch(batch.id);
    if (result.created !== outcome.records.length) throw new Error('Not every row was imported');
    return {
      ms: end - start,
      parseMs: parsed - start,
      mapMs: mapped - parsed,
      writeMs: end - mapped,
      chunks: Math.ceil(outcome.records.length / IMPORT_CHUNK_SIZE),
    };
  } finally {
    client.dispose();
    closeAll(db);
  }
}

// Every store importItems writes, so both sides write the same rows.
const STORES = [
  'items',
  'stockMovements',
  'auditLog',
  'vendors',
  'inventoryTotals',
  'itemUsage',
  'lowStock',
  'importBatches',
] as const;

async function measure(bytes: Uint8Array, tag: string): Promise<{ app: AppRun; rawMs: number }> {
  const app = await importThroughApp(`bench-import-app${tag}`, bytes);
  const rows = await readRows(`bench-import-app${tag}`, STORES);
  // Deleted after the baseline, so the browser's clean-up of it never overlaps the raw writes.
  const rawMs = await putSameRows(`bench-import-raw${tag}`, rows, app.chunks);
  await deleteDatabase(`bench-import-app${tag}`);
  return { app, rawMs };
}

export const importScenarios: Record<string, () => Promise<ScenarioResult>> = {
  'import.csv.100k': async () => {
    const bytes = makeSuppliesCsv(ROWS);
    // The mapping the wizard would show must cover every column, or the test measures less.
    const headers = HEADER.split(',');
    const mapped = Object.keys(suggestMapping('items', headers)).length;
    if (mapped !== headers.length)
      throw new Error(`Only ${mapped} of ${headers.length} columns were matched`);
    await measure(makeSuppliesCsv(IMPORT_CHUNK_SIZE * 2), '-warmup');
    const { app, rawMs } = await measure(bytes, '');
    log(
      `import.csv.100k: ${(bytes.length / 1e6).toFixed(1)} MB, ${ROWS} rows in ${app.ms.toFixed(0)} ms ` +
        `(parse ${app.parseMs.toFixed(0)}, check ${app.mapMs.toFixed(0)}, write ${app.writeMs.toFixed(0)})`,
    );
    log(`raw IndexedDB, same rows, ${app.chunks} transactions: ${rawMs.toFixed(0)} ms`);
    const appRate = (ROWS / app.ms) * 1000;
    const rawRate = (ROWS / rawMs) * 1000;
    return { value: appRate, unit: 'rows/s', baseline: rawRate, ratio: appRate / rawRate };
  },
};
