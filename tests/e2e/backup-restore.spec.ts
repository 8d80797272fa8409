/**
 * Restore that cannot destroy (issue 15.1) in real Chromium, from the sample office (the data
 * at stake): a backup made in Settings is turned into hostile files here — the issue's
 * `"tables": {}` and a file cut at a record boundary and re-closed, a truncated zip, a table
 * that does not match its checksum, a newer schema, an entry the manifest does not name,
 * random bytes — and each is refused with its sentence in the restore dialog; after a reload
 * every stored table holds exactly what it held. A backup protected by a passphrase is
 * refused with a wrong passphrase, then restores with the right one: the counts read back
 * match the file, and the data from before is kept as a pre-restore copy.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readBackup, writeBackup } from '../../shared/backup';
import { expect, test } from './support/fixtures';
import { lookShot } from './support/shots';

const PASSPHRASE = 'harbor and pine 2026';

/** Every object store of the office's database and how many records it holds. */
function storedCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('backdesk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const names = [...db.objectStoreNames];
    const tx = db.transaction(names, 'readonly');
    const counts: Record<string, number> = {};
    await Promise.all(
      names.map(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const q = tx.objectStore(name).count();
            q.onsuccess = () => {
              counts[name] = q.result;
              resolve();
            };
            q.onerror = () => reject(q.error);
          }),
      ),
    );
    db.close();
    return counts;
  });
}

/** The kinds of copies kept in the browser's backup store. */
function keptBackupKinds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('backdesk-backups');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    if (!db.objectStoreNames.contains('backups')) return [];
    const rows = await new Promise<{ kind: string }[]>((resolve, reject) => {
      const q = db.transaction('backups').objectStore('backups').getAll();
      q.onsuccess = () => resolve(q.result as { kind: string }[]);
      q.onerror = () => reject(q.error);
    });
    db.close();
    return rows.map((r) => r.kind);
  });
}

async function openSettings(page: Page): Promise<void> {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

/** Back up now… through Settings; returns the downloaded file's bytes. */
async function backUp(page: Page, passphrase?: string): Promise<Uint8Array> {
  await page.getByRole('button', { name: 'Back up now…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Back up now' });
  if (passphrase) {
    await dialog.getByRole('checkbox', { name: 'Protect the file with a passphrase' }).check();
    await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await dialog.getByLabel('Passphrase again').fill(passphrase);
  }
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save backup…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Backdesk backup \d{4}-\d{2}-\d{2}\.zip$/);
  await expect(dialog).toBeHidden();
  return new Uint8Array(await readFile((await file.path())!));
}

/** Restore from a backup file… with these bytes; returns the open restore dialog. */
async function pickForRestore(page: Page, name: string, bytes: Uint8Array) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup file…' }).click();
  await (await chooser).setFiles({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'application/zip', buffer: Buffer.from(bytes) });
  const dialog = page.getByRole('dialog', { name: 'Restore from a backup?' });
  await expect(dialog).toBeVisible();
  return dialog;
}

function rezip(bytes: Uint8Array, change: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(bytes);
  change(entries);
  return zipSync(entries);
}

test('hostile backup files are refused with a sentence and leave every record in place', async ({ app, page }) => {
  await app.goto('/');
  await app.loadSampleOffice();
  await openSettings(page);
  const good = await backUp(page);
  const before = await storedCounts(page);
  expect(before.items).toBeGreaterThan(20);
  expect(before.expenses).toBeGreaterThan(100);
  expect(before.stockMovements).toBeGreaterThan(100);

  const entries = unzipSync(good);
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as { schemaVersion: number; tables: Record<string, unknown> };
  const table = (name: string) => new TextDecoder().decode(entries[`tables/${name}.json`]);
  // An old JSON backup (the format before issue 15) holding every table, then cut after the
  // 18th stock movement and re-closed with `]}}`: valid JSON, most of the office missing.
  const oldJson = `{"format":"backdesk-snapshot","schemaVersion":${manifest.schemaVersion},"exportedAt":"2026-11-22T09:00:00.000Z","tables":{"items":${table('items')},"stockMovements":${table('stockMovements')}}}`;
  const movements = JSON.parse(table('stockMovements')) as object[];
  const cutAfter18 = `{"format":"backdesk-snapshot","schemaVersion":${manifest.schemaVersion},"exportedAt":"2026-11-22T09:00:00.000Z","tables":{"items":${table('items')},"stockMovements":${JSON.stringify(movements.slice(0, 18)).slice(0, -1)}]}}`;
  expect(() => JSON.parse(cutAfter18) as unknown).not.toThrow();
  const random = Uint8Array.from({ length: 4096 }, (_, i) => (i === 0 ? 0x89 : (i * 7919 + 13) % 251));

  const hostile: [string, Uint8Array, RegExp][] = [
    ['emptied.json', strToU8(JSON.stringify({ format: 'backdesk-snapshot', schemaVersion: manifest.schemaVersion, exportedAt: '2026-11-22T09:00:00.000Z', tables: {} })), /^The backup holds no tables at all, so restoring it would empty the office\. Nothing was changed\.$/],
    ['cut and re-closed.json', strToU8(cutAfter18), /^The backup is incomplete: \d+ tables, among them “vendors” are missing \(the file may have been cut short\)\. Nothing was changed\.$/],
    ['two tables only.json', strToU8(oldJson), /^The backup is incomplete: \d+ tables, among them “vendors” are missing/],
    ['truncated.zip', good.slice(0, Math.floor(good.length / 2)), /^The backup is damaged or incomplete \(the file was cut short or changed\), so it cannot be restored\. Nothing was changed\.$/],
    [
      'tampered.zip',
      rezip(good, (e) => {
        // One expense's amount raised by $10, the manifest left as it was.
        const text = table('expenses').replace(/"amountCents":(\d+)/, (_, n: string) => `"amountCents":${Number(n) + 1000}`);
        expect(text).not.toBe(table('expenses'));
        e['tables/expenses.json'] = strToU8(text);
      }),
      /^The backup is damaged: the table “expenses” does not match its checksum\. Nothing was changed\.$/,
    ],
    [
      'newer.zip',
      rezip(good, (e) => {
        e['manifest.json'] = strToU8(JSON.stringify({ ...manifest, schemaVersion: 99 }));
      }),
      /^This backup was made by a newer Backdesk \(data version 99\); this one reads up to version \d+\. Update Backdesk, then restore it\.$/,
    ],
    [
      'slip.zip',
      rezip(good, (e) => {
        e['../../startup/evil.bat'] = strToU8('echo owned');
      }),
      /^The backup holds a file its list of contents does not name \(“\.\.\/\.\.\/startup\/evil\.bat”\), so it is refused\. Nothing was changed\.$/,
    ],
    ['random.zip', random, /^This file is not a Backdesk backup\.$/],
  ];
  for (const [name, bytes, message] of hostile) {
    const dialog = await pickForRestore(page, name, bytes);
    await expect(dialog.getByRole('alert')).toHaveText(message);
    await expect(dialog.getByRole('button', { name: 'Replace my data with this backup' })).toBeDisabled();
    if (name === 'cut and re-closed.json') await lookShot(page, 'restore-refused');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  }

  await page.reload();
  await app.waitForApp();
  await expect(app.nav).toBeVisible();
  expect(await storedCounts(page)).toEqual(before);
  // Nothing was restored, so no safety copy was needed either.
  expect(await keptBackupKinds(page)).not.toContain('pre-restore');
  await app.openModule('Expenses');
});

test('a protected backup asks its passphrase, refuses a wrong one, then restores and the counts match', async ({ app, page }) => {
  await app.goto('/');
  await app.loadSampleOffice();
  await openSettings(page);
  const protectedBackup = await backUp(page, PASSPHRASE);
  const before = await storedCounts(page);
  // The file opens with its passphrase only; here it is made to differ from the office
  // (five expenses fewer), so the restore visibly replaces the data.
  const read = await readBackup(protectedBackup, 99, PASSPHRASE);
  if (!read.ok) throw new Error(read.error);
  const { snapshot } = read;
  const expenses = snapshot.tables.expenses!;
  const changed = await writeBackup({ ...snapshot, tables: { ...snapshot.tables, expenses: expenses.slice(5) } }, { passphrase: PASSPHRASE });

  const dialog = await pickForRestore(page, 'Backdesk backup protected.zip', changed);
  await expect(dialog.getByText('This backup is protected by a passphrase.')).toBeVisible();
  const replace = dialog.getByRole('button', { name: 'Replace my data with this backup' });
  await expect(replace).toBeDisabled();
  await dialog.getByLabel('Backup passphrase').fill('harbor and pine 2025');
  await replace.click();
  await expect(dialog.getByRole('alert')).toHaveText('That passphrase does not open this backup (or the file was altered). Nothing was changed.');
  expect(await storedCounts(page)).toEqual(before);

  await dialog.getByLabel('Backup passphrase').fill(PASSPHRASE);
  await lookShot(page, 'restore-passphrase');
  await replace.press('Enter');
  await expect(page.getByText(/^Backup restored: /)).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toBeHidden();

  await page.reload();
  await app.waitForApp();
  await expect(app.nav).toBeVisible();
  const after = await storedCounts(page);
  // Every table holds what the file held; the restore's own audit line is the one addition.
  for (const [name, rows] of Object.entries(snapshot.tables)) {
    if (['expenseTotals', 'inventoryTotals', 'itemUsage', 'lowStock'].includes(name)) continue;
    const expected = name === 'expenses' ? rows.length - 5 : name === 'auditLog' ? rows.length + 1 : rows.length;
    expect(after[name], name).toBe(expected);
  }
  expect(after.expenses).toBe(before.expenses! - 5);
  expect(await keptBackupKinds(page)).toContain('pre-restore');
  await app.openModule('Expenses');
  await lookShot(page, 'restored-expenses');
});
