/**
 * Automatic backups in the browser build (issue 15.2), from an empty office with the page's
 * clock under test control (Playwright's page.clock; no sleeps):
 * - a day after the first record the app keeps an automatic copy in this browser and the bar
 *   asks for a download ("No backup has been downloaded yet"), which downloads a real backup
 *   and goes away; Settings ▸ Backups lists both copies with what they hold and ✓ Verifies;
 * - restoring the automatic copy from its row replaces the data (a contact added later is
 *   gone) and the safety copy made before it appears in the list;
 * - a failed automatic backup, recorded in the store's last run, shows on the Dashboard with
 *   its words and a link to Backups; an empty office is never nagged.
 */
import type { Page } from '@playwright/test';
import { readBackup } from '../../shared/backup';
import { expect, test } from './support/fixtures';
import { lookShot } from './support/shots';

const HOUR = 3_600_000;
const START = new Date('2026-12-01T09:00:00');

async function addContact(page: Page, name: string): Promise<void> {
  await page.goto('/#/contacts/new');
  await expect(page.getByRole('heading', { name: 'New contact', level: 1 })).toBeVisible();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Name').press('Enter');
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

/** Seeds the browser store's settings (the last run), as a failed write in main would leave them. */
function seedLastRun(page: Page, lastRun: { at: string; ok: boolean; message?: string }): Promise<void> {
  return page.evaluate(async (run) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('backdesk-backups');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('meta', 'readwrite');
    const store = tx.objectStore('meta');
    const current = await new Promise<{ value?: object } | undefined>((resolve) => {
      const q = store.get('settings');
      q.onsuccess = () => resolve(q.result as { value?: object } | undefined);
    });
    store.put({ id: 'settings', value: { folder: null, enabled: true, intervalHours: 24, keepDaily: 7, keepWeekly: 4, keepMonthly: 12, ...current?.value, lastRun: run } });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, lastRun);
}

test('a day after the first record: an automatic copy, the download reminder, and both verify on the Backups screen', async ({ app, page }) => {
  await page.clock.install({ time: START });
  await app.goto('/#/settings/backups');
  await app.startEmpty();
  await page.goto('/#/settings/backups');
  // An empty office: nothing kept, nothing to nag about.
  await expect(page.getByRole('region', { name: 'No backups yet' })).toBeVisible();
  await expect(page.getByText('No automatic backup has run yet.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Backup reminder' })).toHaveCount(0);
  await lookShot(page, 'backups-empty', { fullPage: true });

  await addContact(page, 'Olivia Bennett');
  // A day later (the app's 15-minute check runs): an automatic copy is kept and the bar asks for a download.
  await page.clock.fastForward(25 * HOUR);
  const bar = page.getByRole('region', { name: 'Backup reminder' });
  await expect(bar).toContainText('No backup has been downloaded yet.');
  await lookShot(page, 'backups-reminder');

  const downloading = page.waitForEvent('download');
  await bar.getByRole('button', { name: 'Download a backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Backdesk backup \d{4}-\d{2}-\d{2}\.zip$/);
  const bytes = new Uint8Array(await (await import('node:fs/promises')).readFile((await download.path())!));
  const read = await readBackup(bytes, 999);
  expect(read.ok).toBe(true);
  if (read.ok) expect(read.snapshot.tables.contacts).toHaveLength(1);
  await expect(bar).toHaveCount(0);

  await page.goto('/#/settings/backups');
  const table = page.getByRole('table', { name: 'Backups' });
  const automatic = table.getByRole('row').filter({ hasText: 'Automatic' });
  const manual = table.getByRole('row').filter({ hasText: 'Made by hand' });
  await expect(automatic).toHaveCount(1);
  await expect(manual).toHaveCount(1);
  for (const row of [automatic, manual]) {
    await expect(row).toContainText('✓ Verifies');
    await expect(row).toContainText('1 contact');
  }
  await expect(page.getByText(/^Last automatic backup: /)).toBeVisible();
  await lookShot(page, 'backups-list', { fullPage: true });
});

test('restore from the list replaces the data and keeps the data from before as a pre-restore copy', async ({ app, page }) => {
  await page.clock.install({ time: START });
  await app.goto('/#/contacts');
  await app.startEmpty();
  await addContact(page, 'Olivia Bennett');
  await page.clock.fastForward(25 * HOUR);
  await page.goto('/#/settings/backups');
  const table = page.getByRole('table', { name: 'Backups' });
  await expect(table.getByRole('row').filter({ hasText: 'Automatic' })).toContainText('✓ Verifies');

  // Something added after the automatic copy…
  await addContact(page, 'Priya Raman');
  await page.goto('/#/settings/backups');
  const automatic = table.getByRole('row').filter({ hasText: 'Automatic' });
  await automatic.getByRole('button', { name: /^Restore the automatic backup of / }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from a backup?' });
  await expect(dialog).toContainText('Automatic backup of');
  await expect(dialog).toContainText('1 contacts');
  await lookShot(page, 'backups-restore-dialog');
  await dialog.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(dialog).toHaveCount(0);

  // …is gone after the restore, and the copy taken just before holds it.
  const before = table.getByRole('row').filter({ hasText: 'Before a restore' });
  await expect(before).toContainText('2 contacts');
  await expect(before).toContainText('✓ Verifies');
  await page.goto('/#/contacts');
  await expect(page.getByText('Olivia Bennett')).toBeVisible();
  await expect(page.getByText('Priya Raman')).toHaveCount(0);
});

test('a failed automatic backup is on the Dashboard in words, with the way to Backups', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();
  await seedLastRun(page, {
    at: new Date(Date.now() - 3 * HOUR).toISOString(),
    ok: false,
    message: 'The backup folder “E:\\Backdesk” cannot be found. Is the USB stick or network drive connected? Reconnect it or choose another folder.',
  });
  await page.goto('/#/dashboard');
  const card = page.getByRole('alert').filter({ hasText: 'The last automatic backup failed' });
  await expect(card).toContainText('cannot be found. Is the USB stick or network drive connected?');
  await expect(card).toContainText('3 hours ago');
  await lookShot(page, 'backups-dashboard-failed');
  await card.getByRole('link', { name: 'Open Backups' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The last automatic backup failed on' })).toContainText('E:\\Backdesk');
});
