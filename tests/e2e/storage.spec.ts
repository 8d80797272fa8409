/**
 * Storage pressure (issue 15.7) in real Chromium: the origin's quota is cut to 3 MB (DevTools
 * Protocol Storage.overrideQuotaForOrigin), an office with two expenses fits, then a real
 * multi-record change — a 6 MB receipt attached to an expense: the file's bytes, its attachment
 * record, the expense's link to it, the expense totals and the audit line, in one transaction —
 * runs out of room. The user reads what failed and what to do (not a stack), every table holds
 * exactly what it held before, and Settings ▸ Storage shows used and available space.
 *
 * The override is enforced only on a profile on disk (an incognito context keeps IndexedDB in
 * memory, hence a persistent context of its own) and for a database opened after it is set;
 * navigator.storage.estimate() does not report it, so Settings is checked for its figures only.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { AppPage } from './support/app';
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium.mjs';
import { lookShot } from './support/shots';

const DISK_FULL = 'The disk is full: nothing of this change was saved. Free space, then try again; Settings ▸ Storage shows what is used.';

/** Rows in every object store of the app's database, read straight from IndexedDB. */
function storeCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('backdesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => (counts[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

test('a change that meets a full disk says so, saves nothing of itself, and Settings shows the space', async ({ playwright, baseURL }) => {
  const profile = await mkdtemp(path.join(tmpdir(), 'backdesk-quota-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    baseURL: baseURL!,
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await fillThenRunOutOfRoom(page, new AppPage(page), baseURL!);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

async function fillThenRunOutOfRoom(page: Page, app: AppPage, baseURL: string): Promise<void> {
  // 3 MB for this origin, set before the app first opens its database (Chromium checks a
  // database's quota from when it opens it): room for an office with a few expenses, not for a
  // 6 MB scan.
  const origin = new URL(baseURL).origin;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 3 * 1024 * 1024 });
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Expenses');
  const date = page.getByRole('textbox', { name: 'Date', exact: true });
  await expect(date).toBeFocused();
  // After Enter the entry row goes on at the description (the date carries over, issue 16.8).
  await page.keyboard.press('Tab');
  for (const [description, amount] of [
    ['Courier', '12.40'],
    ['Printer paper', '31'],
  ] as const) {
    await expect(page.getByRole('textbox', { name: 'Description', exact: true })).toBeFocused();
    await page.keyboard.type(description);
    await page.keyboard.press('Tab');
    await page.keyboard.type(amount);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText(`Saved "${description}"`);
  }
  const before = await storeCounts(page);
  expect(before.expenses).toBe(2);

  expect((await cdp.send('Storage.getUsageAndQuota', { origin })).overrideActive).toBe(true);

  await page.getByRole('table', { name: 'Expenses' }).getByText('Printer paper').dblclick();
  const details = page.getByRole('complementary', { name: 'Expense details' });
  await details.getByLabel('Attach receipt (image or PDF)').setInputFiles({
    name: 'paper-invoice.pdf',
    mimeType: 'application/pdf',
    // Random bytes: nothing for the storage layer to compress away.
    buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(6 * 1024 * 1024)]),
  });
  await expect(details.getByRole('alert')).toHaveText(DISK_FULL);
  await expect(details.getByText('No receipt attached.')).toBeVisible();
  await lookShot(page, 'storage-disk-full');
  // Nothing of the change reached any table: not the bytes, the record, the link or the audit line.
  expect(await storeCounts(page)).toEqual(before);
  expect(await page.getByText(/at \w+ \(|\.js:\d+/).count()).toBe(0);

  // Settings ▸ Storage: the persistence answer in words and the space used and available.
  await page.goto('/#/settings');
  const storage = page.getByRole('region', { name: 'Storage' });
  await expect(
    storage
      .getByText('Your data is kept even when the disk is low.')
      .or(storage.getByText('The browser may clear your data when the disk is low — back up regularly.')),
  ).toBeVisible();
  await expect(storage.getByRole('meter', { name: 'Space used' })).toBeVisible();
  await expect(storage.getByText('Used', { exact: true })).toBeVisible();
  await expect(storage.getByText('Available', { exact: true })).toBeVisible();
  await expect(storage.getByText(/^\d[\d.,]* (bytes|KB|MB|GB|TB)$/)).toHaveCount(3);
  await lookShot(page, 'storage-settings');
}
