/**
 * restoreBackup end to end on the app's database (fake-indexeddb) with an in-memory backup
 * store: the safety copy comes first and a restore without one changes nothing; a refused file
 * changes nothing and saves nothing; a good one replaces everything and reports the counts read
 * back; a write that does not store what the backup holds names the safety copy.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBackup, writeBackup } from '../../../shared/backup';
import type { BackupKind, StoredBackup } from '../../platform';
import Dexie from 'dexie';
import { closeDb, DEFAULT_DB_NAME, getDb, SCHEMA_VERSION } from '../../db';
import { snapshotDatabase } from '../../db/backup';
import { readLocalSync, writeLocalSync } from '../../db/sync/device';
import { loadSampleOffice } from '../../core/sampleLoader';
import '../expenses/registrations';
import '../inventory/registrations';
import '../equipment/registrations';

const kept: { kind: BackupKind; bytes: Uint8Array; info: StoredBackup }[] = [];
let storeFails = false;

vi.mock('../../platform', () => ({
  getPlatform: () => ({
    kind: 'browser',
    attachments: null,
    backups: {
      write: async (bytes: Uint8Array, kind: BackupKind): Promise<StoredBackup> => {
        if (storeFails) throw new Error('The backup folder is not there any more');
        const info = { id: `Backdesk ${kept.length} ${kind}.zip`, kind, createdAt: new Date().toISOString(), size: bytes.byteLength } as StoredBackup;
        kept.push({ kind, bytes, info });
        return info;
      },
    },
  }),
}));

const { restoreBackup } = await import('./backup');

async function counts() {
  const db = getDb();
  return { items: await db.items.count(), expenses: await db.expenses.count(), settings: await db.settings.count(), stockMovements: await db.stockMovements.count() };
}

beforeEach(async () => {
  kept.length = 0;
  storeFails = false;
  closeDb();
  await Dexie.delete(DEFAULT_DB_NAME);
  await loadSampleOffice(undefined, getDb(), { today: '2026-11-22' });
});
afterEach(() => closeDb());

describe('restoreBackup', () => {
  it('saves the current data first, replaces everything and reports the counts read back', async () => {
    const { snapshot } = await snapshotDatabase();
    const before = await counts();
    const backup = await writeBackup({ ...snapshot, tables: { ...snapshot.tables, expenses: snapshot.tables.expenses!.slice(0, 5) } }, { passphrase: 'harbor and pine' });
    const progress: number[] = [];
    const report = await restoreBackup(backup, { passphrase: 'harbor and pine', onProgress: (f) => progress.push(f) });
    expect(report.counts.expenses).toBe(5);
    expect(report.counts.items).toBe(before.items);
    expect(await counts()).toEqual({ ...before, expenses: 5 });
    expect(progress.at(-1)).toBe(1);
    // The safety copy holds the data as it was, before the restore.
    expect(kept.map((k) => k.kind)).toEqual(['pre-restore']);
    expect(report.safetyBackup?.id).toBe(kept[0]!.info.id);
    const safety = await readBackup(kept[0]!.bytes, SCHEMA_VERSION);
    expect(safety.ok && safety.snapshot.tables.expenses!.length).toBe(before.expenses);
    expect((await getDb().auditLog.where('action').equals('backup').toArray()).map((e) => e.summary)).toEqual([`Restored a backup from ${snapshot.createdAt}`]);
  });

  it("keeps this PC's own sync state: a backup made on another PC never brings that PC's id, code or checkpoint", async () => {
    const db = getDb();
    await writeLocalSync({ enabled: true, deviceId: 'pc-here', deviceName: 'Reception', numberCode: 'B', checkpoint: '41' }, db);
    const { snapshot } = await snapshotDatabase();
    const otherPcs = { ...snapshot, tables: { ...snapshot.tables, settings: [...snapshot.tables.settings!.filter((r) => (r as { id: string }).id !== 'sync.local'), { id: 'sync.local', value: { enabled: true, deviceId: 'pc-there', deviceName: 'Front desk', numberCode: 'A', checkpoint: '7', lastSyncedAt: null }, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', deletedAt: null }] } };
    await restoreBackup(await writeBackup(otherPcs));
    const local = await readLocalSync(db);
    expect(local).toMatchObject({ deviceId: 'pc-here', deviceName: 'Reception', numberCode: 'B', checkpoint: '41' });
  });

  it('changes nothing when the file is refused or no safety copy can be saved', async () => {
    const before = await counts();
    const { snapshot } = await snapshotDatabase();
    const emptied = new TextEncoder().encode(JSON.stringify({ format: 'backdesk-snapshot', schemaVersion: 9, exportedAt: '2026-11-22T00:00:00Z', tables: {} }));
    await expect(restoreBackup(emptied)).rejects.toThrow(/no tables at all/);
    await expect(restoreBackup(await writeBackup(snapshot, { passphrase: 'harbor and pine' }), { passphrase: 'wrong' })).rejects.toThrow(/passphrase does not open/);
    expect(kept).toEqual([]);
    storeFails = true;
    await expect(restoreBackup(await writeBackup({ ...snapshot, tables: { ...snapshot.tables, items: [] } }))).rejects.toThrow(
      'A safety copy of the current data could not be saved (The backup folder is not there any more), so nothing was restored.',
    );
    expect(await counts()).toEqual(before);
  });

  it('names the safety copy when what is stored differs from the backup', async () => {
    const { snapshot } = await snapshotDatabase();
    // Two records with one id: the file's count is 2, the database can only hold 1.
    const item = snapshot.tables.items![0]!;
    const doubled = await writeBackup({ ...snapshot, tables: { ...snapshot.tables, items: [item, item] } });
    await expect(restoreBackup(doubled)).rejects.toThrow(/did not store what the backup holds \(items: 1 stored, 2 in the backup\)\. A copy of the data from before is kept in Backups \(Backdesk 0 pre-restore\.zip\)/);
  });
});
