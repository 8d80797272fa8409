import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { generateSampleOffice } from '../../shared/sample';
import { NewerSchemaError } from './errors';
import { openBackdeskDb, SCHEMA_VERSION } from './index';
import { readBackup } from '../../shared/backup';
import { listLegacyUpgradeBackups as listUpgradeBackups, openAppDatabase, readLegacyUpgradeBackup } from './startup';
import { declareSchema } from './versions';

const office = generateSampleOffice(3, '2026-11-22');

describe('openAppDatabase', () => {
  it('keeps a copy of the old data before upgrading, then opens the upgraded database', async () => {
    const name = 'startup-upgrade';
    const old = new Dexie(name);
    declareSchema(old, 1);
    await old.open();
    await old.table('items').bulkPut(office.items.slice(0, 3));
    old.close();

    let opened: Dexie | undefined;
    await openAppDatabase(name, async () => (opened = await openBackdeskDb(name)));
    expect(opened!.verno).toBe(SCHEMA_VERSION);
    expect(await opened!.table('items').count()).toBe(3);
    opened!.close();

    const backups = await listUpgradeBackups();
    const mine = backups.find((b) => b.fromVersion === 1 && b.toVersion === SCHEMA_VERSION);
    expect(mine).toBeDefined();
    // No platform store in this test, so the copy falls back to the upgrade-backups database.
    const bytes = await readLegacyUpgradeBackup(mine!.id);
    const read = await readBackup(bytes!, SCHEMA_VERSION);
    expect(read.ok && read.snapshot.schemaVersion).toBe(1);
    expect(read.ok && read.snapshot.tables.items!.map((i) => (i as { name: string }).name)).toContain(office.items[0]!.name);
  });

  it('opens anyway when no copy can be kept, and says so', async () => {
    const name = 'startup-no-copy';
    const old = new Dexie(name);
    declareSchema(old, 8);
    await old.open();
    await old.table('items').bulkPut(office.items.slice(0, 2));
    old.close();
    const stored: Uint8Array[] = [];
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    let opened: Dexie | undefined;
    const result = await openAppDatabase(name, async () => (opened = await openBackdeskDb(name)), {
      store: () => Promise.reject(new Error('The backup folder is gone.')),
      fallback: () => Promise.reject(full),
    });
    expect(result.warning).toMatch(/^Backdesk was updated, but it could not keep a copy of your data from before the update \(.+\)\. Your data is open as usual; make a backup now in Settings\.$/);
    expect(await opened!.table('items').count()).toBe(2);
    opened!.close();
    // The store taking it: no warning, and the copy is a backup of the old version.
    const name2 = 'startup-store-copy';
    const old2 = new Dexie(name2);
    declareSchema(old2, 8);
    await old2.open();
    await old2.table('items').bulkPut(office.items.slice(0, 2));
    old2.close();
    const ok = await openAppDatabase(name2, async () => (await openBackdeskDb(name2)).close(), {
      store: async (zip) => stored.push(zip),
      fallback: () => Promise.reject(new Error('not used')),
    });
    expect(ok.warning).toBeNull();
    const read = await readBackup(stored[0]!, SCHEMA_VERSION);
    expect(read.ok && [read.snapshot.schemaVersion, read.snapshot.tables.items!.length]).toEqual([8, 2]);
  });

  it('takes no copy when nothing is upgraded', async () => {
    const name = 'startup-current';
    const before = (await listUpgradeBackups()).length;
    (await openBackdeskDb(name)).close();
    await openAppDatabase(name, async () => (await openBackdeskDb(name)).close());
    expect((await listUpgradeBackups()).length).toBe(before);
  });

  it('refuses data from a newer Backdesk and leaves it untouched', async () => {
    const name = 'startup-newer';
    const newer = new Dexie(name);
    newer.version(SCHEMA_VERSION + 5).stores({ items: 'id', future: 'id' });
    await newer.open();
    await newer.table('future').put({ id: 'keep-me' });
    newer.close();

    await expect(openAppDatabase(name, () => openBackdeskDb(name))).rejects.toBeInstanceOf(NewerSchemaError);
    const check = new Dexie(name);
    await check.open();
    expect(check.verno).toBe(SCHEMA_VERSION + 5);
    expect(await check.table('future').get('keep-me')).toEqual({ id: 'keep-me' });
    check.close();
  });
});
