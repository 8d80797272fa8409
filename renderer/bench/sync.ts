/**
 * Office sync benchmark (issue 18.6): `sync.initial.10k`, the first sync of an office of 10,000
 * records through a real CouchDB-protocol server (pouchdb-server, started by run.mjs, which
 * passes its origin in and lets this page reach it in the CSP's connect-src).
 *
 * - Seeded (not timed) on PC A through the repositories' own paths, outbox tracking off as on a
 *   PC that never synced: vendors, supply items with their opening counts, receipts and issues
 *   against them (the stock ledger's planned-movement path, each with its audit entry),
 *   contacts and tasks — 10,000 replicated records with the chunks' audit entries.
 * - The app, timed: A's first `syncRound` to an empty server database (pull nothing, queue
 *   every record, push with `_revs_diff` + `_bulk_docs`, pull its own changes back), then an
 *   empty PC B's first `syncRound` (pull the whole feed, validate and store every record,
 *   recount on hand, rebuild the inventory totals). Afterwards B must hold exactly as many
 *   records per replicated table as A, and the same total on hand.
 * - The baseline, in the same run, before and after the app (drift falls on both sides): the
 *   raw protocol and raw IndexedDB for the very documents A pushed — `_bulk_docs` with
 *   new_edits:false and made-up revisions, in batches of the app's size, to a fresh database,
 *   then `_changes?include_docs=true` in the same batch size, each batch `put` into a bare
 *   object store in one transaction.
 *
 * value = the app's records per second over both PCs' rounds; ratio = baseline ms / app ms
 * (1.0 = as fast as the raw protocol, higher is better).
 */
import type { ContactDraft } from '../../shared/domain/contacts';
import type { TaskDraft } from '../../shared/domain/tasks';
import type { VendorDraft } from '../../shared/domain/vendors';
import { addDays, today } from '../../shared/lib/dates';
import { openBackdeskDb, strictConnection, type BackdeskDb } from '../db';
import { writeTransaction } from '../db/crud';
import { writeLocalSync } from '../db/sync/device';
import { syncRound } from '../db/sync/engine';
import { fetchHttp, type SyncHttp } from '../db/sync/couchHttp';
import { isReplicatedRecord, replicatedTables } from '../db/sync/replicated';
import { contactRepository } from '../features/contacts/repository';
import { STOCK_TABLES, bulkCreateItems, planStockMovement, writePlannedMovements, type Item, type PlannedMovement } from '../features/inventory';
import { taskRepository } from '../features/tasks';
import { vendorRepository } from '../features/vendors';
// A pull rebuilds the derived totals through their owners, as the app registers them at start.
import '../app/registrations';
import { makeItems } from './items';
import { deleteDatabase, requestToPromise } from './rawIdb';
import { log, seededRandom, type ScenarioResult } from './common';

/** The engine's default batch, used by both sides. */
const BATCH = 500;
const DB_A = 'bench-sync-a';
const DB_B = 'bench-sync-b';
const DB_RAW = 'bench-sync-raw';
const RAW_STORE = 'docs';

// 10,000 replicated records: 300 + 1,200 + 1,200 opening counts + 2,400 movements + 2,400
// movement audit entries + 1,496 + 1,000, and one audit entry per bulk chunk (4).
const VENDORS = 300;
const ITEMS = 1_200;
const MOVEMENTS = 2_400;
const CONTACTS = 1_496;
const TASKS = 1_000;

type Rand = () => number;

const FIRST = ['Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Priya', 'Wei', 'Fatima', 'José', 'Zoë', 'Søren', 'Aoife', 'Kwame', 'Yuki', 'Dmitri', 'Chiara'];
const LAST = ['Smith', 'Johnson', 'Garcia', "O'Brien", 'Nguyen', 'Kim', 'Patel', 'Müller', 'Rossi', 'Kowalski', 'Okafor', 'Svensson', 'Dubois', 'Tanaka'];
const ORG = ['Acme', 'Northwind', 'Globex', 'Initech', 'Contoso', 'Fabrikam', 'Tailspin', 'Litware', 'Adatum', 'Wingtip'];
const TRADE = ['Office Supply', 'Logistics', 'Cleaning Co.', 'Catering', 'IT Services', 'Print Shop', 'Couriers', 'Facilities'];

function helpers(rand: Rand) {
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const pick = <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)]!;
  const phone = () => `(${int(201, 989)}) 555-${String(int(100, 9999)).padStart(4, '0')}`;
  return { int, pick, phone };
}

function makeVendors(rand: Rand): VendorDraft[] {
  const { int, pick, phone } = helpers(rand);
  return Array.from({ length: VENDORS }, (_, i) => {
    const name = `${pick(ORG)} ${pick(TRADE)} ${i + 1}`;
    return {
      name,
      contactName: `${pick(FIRST)} ${pick(LAST)}`,
      email: `orders${i + 1}@${pick(ORG).toLowerCase()}.example.com`,
      phone: phone(),
      address: `${int(1, 999)} Commerce Street, Springfield`,
      website: `www.${pick(ORG).toLowerCase()}-${i + 1}.example.com`,
      paymentTerms: pick(['Net 30', 'Net 15', 'Due on receipt', 'Net 30 EOM']),
      leadTimeDays: int(1, 21),
      rating: int(1, 5),
      ...(i % 4 === 0 ? { notes: 'Ask for the account manager; invoices by email only.' } : {}),
    };
  });
}

function makeContacts(rand: Rand, vendorIds: readonly string[]): ContactDraft[] {
  const { int, pick, phone } = helpers(rand);
  return Array.from({ length: CONTACTS }, (_, i) => {
    const first = pick(FIRST);
    const last = pick(LAST);
    const linked = i % 5 === 0 ? pick(vendorIds) : undefined;
    return {
      name: `${first} ${last}`,
      organization: `${pick(ORG)} ${pick(TRADE)}`,
      title: pick(['Accounts', 'Sales', 'Office manager', 'Director', 'Reception']),
      phones: [{ number: phone(), kind: 'work' as const }, ...(i % 3 === 0 ? [{ number: phone(), kind: 'mobile' as const }] : [])],
      emails: [`${first}.${i}@example.com`.toLowerCase().replace(/[^a-z0-9.@]/g, 'x')],
      ...(i % 7 === 0 ? { birthday: `19${int(60, 99)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}` } : {}),
      ...(i % 6 === 0 ? { notes: 'Met at the trade fair; prefers calls before noon.' } : {}),
      tags: i % 4 === 0 ? ['supplier'] : [],
      ...(linked ? { vendorId: linked } : {}),
    };
  });
}

function makeTasks(rand: Rand, day0: string): TaskDraft[] {
  const { int, pick } = helpers(rand);
  const titles = ['Call back', 'Send invoice to', 'Order toner for', 'Book meeting room for', 'Renew contract with', 'Chase payment from'];
  return Array.from({ length: TASKS }, (_, i) => {
    const done = i % 3 !== 0;
    const due = addDays(day0, done ? -int(1, 700) : int(-20, 90));
    return {
      title: `${pick(titles)} ${pick(ORG)} #${i}`,
      kind: i % 9 === 0 ? ('errand' as const) : ('task' as const),
      due,
      priority: pick(['low', 'normal', 'normal', 'high', 'urgent'] as const),
      status: done ? ('done' as const) : ('open' as const),
      ...(done ? { completedAt: `${due}T${String(int(8, 17)).padStart(2, '0')}:30:00.000Z` } : {}),
      ...(i % 9 === 0 ? { location: 'Post office', bring: 'The parcel and its form' } : {}),
      ...(i % 5 === 0 ? { notes: 'See the last email.' } : {}),
    };
  });
}

/** Receipts and issues against the items, planned one after another on the running balance. */
async function seedMovements(db: BackdeskDb, items: readonly Item[], rand: Rand, day0: string): Promise<void> {
  const { int, pick } = helpers(rand);
  const strict = strictConnection(db);
  const current = new Map(items.map((i) => [i.id, i]));
  const at = new Date().toISOString();
  for (let start = 0; start < MOVEMENTS; start += 1_200) {
    await writeTransaction(strict, STOCK_TABLES, async () => {
      const planned: PlannedMovement[] = [];
      for (let k = start; k < Math.min(MOVEMENTS, start + 1_200); k++) {
        const item = current.get(pick(items).id)!;
        const date = addDays(day0, -int(0, 365));
        const issue = k % 2 === 1 && item.quantityOnHand > 0;
        const p = issue
          ? planStockMovement(item, { kind: 'issued', itemId: item.id, quantity: int(1, Math.min(item.quantityOnHand, 12)), issuedTo: pick(['Reception', 'Accounts', 'Kitchen']), date }, at)
          : planStockMovement(item, { kind: 'received', itemId: item.id, quantity: int(1, 40), unitCostCents: item.unitCostCents, date }, at);
        current.set(item.id, p.item);
        planned.push(p);
      }
      await writePlannedMovements(strict, planned);
    });
  }
}

/** PC A's office, written through the repositories; returns how many replicated records it holds. */
async function seedOfficeA(): Promise<Record<string, number>> {
  const t0 = performance.now();
  await deleteDatabase(DB_A);
  const db = await openBackdeskDb(DB_A);
  try {
    const rand = seededRandom(18);
    const day0 = today();
    const vendors = await vendorRepository.bulkCreate(makeVendors(rand), {}, db);
    const items = await bulkCreateItems(
      makeItems(ITEMS, 1818).map((d, i) => ({ ...d, openingQuantity: (d.openingQuantity ?? 0) + 1, ...(i % 3 === 0 ? { vendorId: vendors[i % vendors.length]!.id } : {}) })),
      {},
      db,
    );
    await seedMovements(db, items, rand, day0);
    await contactRepository.bulkCreate(makeContacts(rand, vendors.map((v) => v.id)), {}, db);
    await taskRepository.bulkCreate(makeTasks(rand, day0), {}, db);
    const counts = await replicatedCounts(db);
    log(`seeded PC A through the repositories in ${(performance.now() - t0).toFixed(0)} ms: ${describeCounts(counts)}`);
    return counts;
  } finally {
    strictConnection(db).close();
    db.close();
  }
}

/** Records per replicated table (settings by key: this PC's own are not office records). */
async function replicatedCounts(db: BackdeskDb): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of replicatedTables()) {
    const keys = (await db.table(table).toCollection().primaryKeys()) as string[];
    const n = keys.filter((k) => isReplicatedRecord(table, k)).length;
    if (n) out[table] = n;
  }
  return out;
}

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((s, n) => s + n, 0);
}

function describeCounts(counts: Record<string, number>): string {
  return `${total(counts)} records (${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')})`;
}

async function onHandSum(db: BackdeskDb): Promise<number> {
  let sum = 0;
  await db.items.each((i) => {
    sum += i.quantityOnHand;
  });
  return sum;
}

async function createServerDb(url: string): Promise<void> {
  await fetch(url, { method: 'DELETE' }).catch(() => undefined);
  const res = await fetch(url, { method: 'PUT' });
  if (res.status !== 201 && res.status !== 412) throw new Error(`Could not create ${url}: ${res.status} ${await res.text()}`);
}

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`POST ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

interface Doc {
  _id: string;
  _rev?: string;
  _revisions?: { start: number; ids: string[] };
  [field: string]: unknown;
}

/** The documents A pushed, as the server holds them, with fresh made-up revisions (untimed). */
async function documentsOf(dbUrl: string): Promise<Doc[]> {
  const all = await getJson<{ rows: { doc?: Doc }[] }>(`${dbUrl}/_all_docs?include_docs=true`);
  const rand = seededRandom(1818);
  const hex = () => Array.from({ length: 4 }, () => Math.floor(rand() * 2 ** 32).toString(16).padStart(8, '0')).join('');
  return all.rows.flatMap((r) => {
    if (!r.doc) return [];
    const { _rev: _r, ...doc } = r.doc;
    const h = hex();
    return [{ ...doc, _rev: `1-${h}`, _revisions: { start: 1, ids: [h] } }];
  });
}

/** Counts the requests and the time spent waiting on them, so the log splits server from PC. */
function timedHttp(http: SyncHttp): { http: SyncHttp; take: () => string } {
  let ms = 0;
  let requests = 0;
  return {
    http: async (req) => {
      const t = performance.now();
      try {
        return await http(req);
      } finally {
        ms += performance.now() - t;
        requests++;
      }
    },
    take: () => {
      const text = `${requests} requests waited on for ${(ms / 1000).toFixed(2)} s`;
      ms = 0;
      requests = 0;
      return text;
    },
  };
}

function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** The raw protocol + raw IndexedDB for `docs`: returns ms of the push and of the pull. */
async function rawRound(serverUrl: string, docs: readonly Doc[], tag: string): Promise<{ pushMs: number; pullMs: number }> {
  const dbUrl = `${serverUrl}/bench-sync-raw-${tag}`;
  await createServerDb(dbUrl);
  await deleteDatabase(DB_RAW);
  const open = indexedDB.open(DB_RAW, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(RAW_STORE, { keyPath: '_id' });
  const idb = await requestToPromise(open);
  try {
    const t0 = performance.now();
    for (let i = 0; i < docs.length; i += BATCH) {
      const answer = await postJson<{ error?: string }[]>(`${dbUrl}/_bulk_docs`, { new_edits: false, docs: docs.slice(i, i + BATCH) });
      const refused = answer.find((a) => a.error);
      if (refused) throw new Error(`raw _bulk_docs refused a document: ${JSON.stringify(refused)}`);
    }
    const t1 = performance.now();
    let since = '0';
    let stored = 0;
    for (;;) {
      const feed = await getJson<{ results: { doc?: Doc }[]; last_seq: string | number }>(`${dbUrl}/_changes?include_docs=true&limit=${BATCH}&since=${encodeURIComponent(since)}`);
      const tx = idb.transaction(RAW_STORE, 'readwrite');
      const store = tx.objectStore(RAW_STORE);
      for (const row of feed.results) if (row.doc) store.put(row.doc);
      await transactionDone(tx);
      stored += feed.results.length;
      since = String(feed.last_seq);
      if (feed.results.length < BATCH) break;
    }
    const t2 = performance.now();
    if (stored !== docs.length) throw new Error(`raw pull stored ${stored} documents, ${docs.length} were pushed`);
    return { pushMs: t1 - t0, pullMs: t2 - t1 };
  } finally {
    idb.close();
    await deleteDatabase(DB_RAW);
    await fetch(dbUrl, { method: 'DELETE' }).catch(() => undefined);
  }
}

async function initialSync(serverUrl?: string): Promise<ScenarioResult> {
  if (!serverUrl) throw new Error('sync.initial.10k needs the sync server: run it through tests/bench/run.mjs');
  const server = serverUrl.replace(/\/+$/, '');
  // Before seeding: a page whose CSP leaves the server out only says "Failed to fetch".
  await fetch(server).catch((e: unknown) => {
    throw new Error(`The bench page cannot reach the sync server ${server} (${e instanceof Error ? e.message : String(e)}): is its origin in the page's connect-src (startStaticServer's syncOrigin)?`);
  });
  const countsA = await seedOfficeA();
  const records = total(countsA);

  const appUrl = `${server}/bench-sync-app`;
  await createServerDb(appUrl);
  await deleteDatabase(DB_B);
  const a = await openBackdeskDb(DB_A);
  const b = await openBackdeskDb(DB_B);
  try {
    await writeLocalSync({ enabled: true, deviceName: 'Front desk', numberCode: 'A' }, a);
    await writeLocalSync({ enabled: true, deviceName: 'Office manager', numberCode: 'B' }, b);
    const emptyB = total(await replicatedCounts(b));
    if (emptyB) throw new Error(`PC B is not empty before its first sync: ${emptyB} records`);
    const { http, take } = timedHttp(fetchHttp(appUrl));

    // The baseline's documents are A's, as pushed; so the first baseline run needs A pushed.
    // Push A, time it; build the documents; then baseline, B's pull, baseline again.
    const t0 = performance.now();
    const roundA = await syncRound(a, http, 'Front desk', BATCH);
    const pushMs = performance.now() - t0;
    log(`app, PC A's first round (push ${roundA.pushed} documents, read its own changes back): ${(pushMs / 1000).toFixed(2)} s; ${take()}`);
    if (roundA.pushed !== records || roundA.held) throw new Error(`PC A pushed ${roundA.pushed} of ${records} records (${roundA.held} held)`);

    const docs = await documentsOf(appUrl);
    if (docs.length !== records) throw new Error(`the server holds ${docs.length} documents, PC A ${records} records`);
    const rawBefore = await rawRound(server, docs, 'before');
    log(`raw (before): _bulk_docs ${(rawBefore.pushMs / 1000).toFixed(2)} s, _changes + IndexedDB put ${(rawBefore.pullMs / 1000).toFixed(2)} s`);

    const t1 = performance.now();
    const roundB = await syncRound(b, http, 'Office manager', BATCH);
    const pullMs = performance.now() - t1;
    log(`app, PC B's first round (pull ${roundB.pulled} documents, recount, rebuild totals, queue and check its own): ${(pullMs / 1000).toFixed(2)} s; ${take()}`);

    const rawAfter = await rawRound(server, docs, 'after');
    log(`raw (after): _bulk_docs ${(rawAfter.pushMs / 1000).toFixed(2)} s, _changes + IndexedDB put ${(rawAfter.pullMs / 1000).toFixed(2)} s`);

    const countsB = await replicatedCounts(b);
    const differ = [...new Set([...Object.keys(countsA), ...Object.keys(countsB)])].filter((t) => countsA[t] !== countsB[t]);
    if (differ.length) throw new Error(`PC B differs from PC A: ${differ.map((t) => `${t} A ${countsA[t] ?? 0} / B ${countsB[t] ?? 0}`).join(', ')}`);
    const [sumA, sumB] = [await onHandSum(a), await onHandSum(b)];
    if (sumA !== sumB) throw new Error(`on hand over all items: PC A ${sumA}, PC B ${sumB}`);
    const conflicts = (await a.syncConflicts.count()) + (await b.syncConflicts.count());
    if (conflicts) throw new Error(`${conflicts} conflicts after an initial sync`);
    log(`checked: PC B holds ${describeCounts(countsB)}, on hand ${sumB} on both; B's outbox after its round: ${await b.syncOutbox.count()} rows`);

    const appMs = pushMs + pullMs;
    const rawMs = (rawBefore.pushMs + rawBefore.pullMs + rawAfter.pushMs + rawAfter.pullMs) / 2;
    log(`app total ${(appMs / 1000).toFixed(2)} s (A ${(pushMs / 1000).toFixed(2)} s + B ${(pullMs / 1000).toFixed(2)} s); raw mean ${(rawMs / 1000).toFixed(2)} s; batch ${BATCH}`);
    const appRate = (records / appMs) * 1000;
    const rawRate = (records / rawMs) * 1000;
    return { value: appRate, unit: 'records/s', baseline: rawRate, ratio: rawMs / appMs };
  } finally {
    strictConnection(a).close();
    a.close();
    b.close();
    await deleteDatabase(DB_A);
    await deleteDatabase(DB_B);
    await fetch(appUrl, { method: 'DELETE' }).catch(() => undefined);
  }
}

export const syncScenarios: Record<string, (serverUrl?: string) => Promise<ScenarioResult>> = {
  'sync.initial.10k': initialSync,
};
