/**
 * First-run choices and the big resets: load the sample office, start empty, erase all data.
 * The sample goes in ONE read-write transaction over every table on a strict-durability
 * connection (DESIGN §2 Durability), so a crash or a full disk leaves the office empty rather
 * than half-loaded.
 */
import { generateSampleOffice, SAMPLE_TABLES } from '../../shared/sample';
import { SETTING_KEYS, DEFAULT_COMPANY_PROFILE, type AppState } from '../../shared/domain/settings';
import { nowIso, today as localToday } from '../../shared/lib/dates';
import { ALL_TABLES, getDb, strictConnection, type BackdeskDb, type TableName } from '../db';
import { SYNC_TABLES } from '../db/database';
import { readLocalSync, stopSync } from '../db/sync';
import { setOutboxTracking } from '../db/sync/outbox';
import { auditEntry, writeTransaction } from '../db/crud';
import { rebuildDerivedData } from '../db/derived';
import { countLive } from './stats';
import { MODULE_MAIN_TABLE } from './modules';
import { syncPhoneRegion } from './settings';

export class OfficeNotEmptyError extends Error {
  override readonly name = 'OfficeNotEmptyError';
  constructor() {
    super('This office already has records. Erase all data first if you want to load the sample office instead.');
  }
}

export interface SampleLoadOptions {
  seed?: number;
  /** The sample's "today" (default: the real local date), so dates look current. */
  today?: string;
  /**
   * The moment of loading (an instant): no call, message or task is placed after it. Default:
   * the real clock when `today` is the real date too; with a given `today`, the end of that
   * office day (the generator's default), so tests read the same office whatever the hour.
   */
  now?: string;
}

async function hasRecords(db: BackdeskDb): Promise<boolean> {
  for (const table of Object.values(MODULE_MAIN_TABLE)) if ((await countLive(db, table)) > 0) return true;
  return false;
}

/**
 * Writes the sample office and marks the first run done. Refuses (OfficeNotEmptyError) when
 * the office already has records. `onProgress` receives 0…1 as tables are written.
 */
export async function loadSampleOffice(
  onProgress?: (fraction: number) => void,
  db: BackdeskDb = getDb(),
  options: SampleLoadOptions = {},
): Promise<void> {
  const office = generateSampleOffice(options.seed ?? 1, options.today ?? localToday(), options.now ?? (options.today ? undefined : nowIso()));
  const strict = strictConnection(db);
  const total = SAMPLE_TABLES.reduce((n, t) => n + office[t].length, 0);
  let written = 0;
  onProgress?.(0);
  await writeTransaction(strict, ALL_TABLES, async () => {
    if (await hasRecords(strict)) throw new OfficeNotEmptyError();
    for (const table of SAMPLE_TABLES) {
      const rows = office[table];
      await strict.table(table).bulkPut(rows);
      written += rows.length;
      onProgress?.(Math.min(0.99, written / total));
    }
    await rebuildDerivedData(strict);
    const at = nowIso();
    const state: AppState = { firstRunDone: true, firstRunAt: at, startedWith: 'sample' };
    await strict.settings.bulkPut([
      { id: SETTING_KEYS.companyProfile, value: office.companyProfile, createdAt: at, updatedAt: at, deletedAt: null },
      { id: SETTING_KEYS.appState, value: state, createdAt: at, updatedAt: at, deletedAt: null },
      { id: SETTING_KEYS.equipmentRegister, value: office.equipmentRegister, createdAt: at, updatedAt: at, deletedAt: null },
      { id: SETTING_KEYS.calendar, value: office.calendarSettings, createdAt: at, updatedAt: at, deletedAt: null },
      { id: office.approvalSetting.id, value: office.approvalSetting.value, createdAt: at, updatedAt: at, deletedAt: null },
    ]);
    await strict.auditLog.add(auditEntry('settings', '', 'system', `Loaded the sample office (${total} records)`, at));
  });
  // Phone keys (caller lookup) are read with the office's country: the sample's locale's, which
  // may differ from the region the records were just keyed with; re-keys them when it does.
  await syncPhoneRegion(db);
  onProgress?.(1);
}

/** Finishes the first run with no records and the default company profile (kept if already set). */
export async function startEmpty(db: BackdeskDb = getDb()): Promise<void> {
  await writeTransaction(db, ['settings', 'auditLog'], async () => {
    const at = nowIso();
    if (!(await db.settings.get(SETTING_KEYS.companyProfile))) {
      await db.settings.put({ id: SETTING_KEYS.companyProfile, value: DEFAULT_COMPANY_PROFILE, createdAt: at, updatedAt: at, deletedAt: null });
    }
    const state: AppState = { firstRunDone: true, firstRunAt: at, startedWith: 'empty' };
    const existing = await db.settings.get(SETTING_KEYS.appState);
    await db.settings.put({ id: SETTING_KEYS.appState, value: state, createdAt: existing?.createdAt ?? at, updatedAt: at, deletedAt: null });
    await db.auditLog.add(auditEntry('settings', '', 'system', 'Started with an empty office', at));
  });
}

/**
 * Erases every table in one strict transaction (all or nothing); the app returns to its first
 * run. One audit entry remains to say when it happened. Callers offer a backup first.
 */
export async function resetAllData(db: BackdeskDb = getDb()): Promise<void> {
  const strict = strictConnection(db);
  // Erasing this PC leaves the office's server alone: sync stops and this PC forgets its side of
  // the conversation (outbox, revisions, conflicts, checkpoint), so it would join afresh.
  stopSync();
  setOutboxTracking(db.name, false);
  await writeTransaction(strict, [...ALL_TABLES, ...SYNC_TABLES] as unknown as TableName[], async () => {
    for (const table of [...ALL_TABLES, ...SYNC_TABLES]) await strict.table(table).clear();
    await strict.auditLog.add(auditEntry('settings', '', 'system', 'All data was erased', nowIso()));
  });
  await readLocalSync(db); // this PC has no number code any more
}
