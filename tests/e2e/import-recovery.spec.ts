/**
 * Imports that can be trusted after a crash (issue 15.3), in real Chromium:
 * - a 30,000-row supplies import is cut off by a page reload once its progress bar has moved
 *   (whole chunks were committed); after the reload the app says what happened in words and
 *   none of the file's rows — items or the vendors it made — are left;
 * - a bank export imported twice adds nothing the second time (two identical coffees on one
 *   day stay two expenses), counted on screen.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { lookShot } from './support/shots';

async function pickFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer });
}

function todayUs(): string {
  const d = new Date();
  return `${String(d.getMonth() + 1).padStart(2, '0')}/${String(d.getDate()).padStart(2, '0')}/${d.getFullYear()}`;
}

test('an import cut off by closing the page is rolled back whole at the next start, and the user is told', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Inventory');
  await page.getByRole('button', { name: 'Import…' }).click();
  const rows = ['Name,SKU,Quantity,Unit cost,Vendor'];
  for (let i = 0; i < 30_000; i++) rows.push(`Item ${i},SKU-${i},${(i % 9) + 1},$${(i % 50) + 1}.25,Vendor ${i % 7}`);
  await pickFile(page, 'items.csv', Buffer.from(rows.join('\n'), 'utf8'));
  await expect(page.getByTestId('import-row-count')).toHaveText('30,000');
  await page.getByRole('button', { name: 'Check rows' }).click();
  await page.getByRole('button', { name: 'Import 30,000 valid rows' }).click();

  // Wait until at least one chunk of 5,000 is committed, then "close" the app mid-import.
  const progress = page.getByRole('progressbar', { name: 'Importing 30,000 rows…' });
  await expect.poll(() => progress.evaluate((el) => (el as HTMLProgressElement).value), { timeout: 60_000 }).toBeGreaterThan(0);
  await page.reload();
  await app.waitForApp();

  const notice = page.getByRole('status').filter({ hasText: 'An import was interrupted' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(
    /^An import was interruptedThe import of items\.csv \(30,000 rows\) was interrupted when Backdesk closed; the [\d,]+ rows it had written were removed, so nothing from that file is in your data\. Run the import again\./,
  );
  const removed = Number((/the ([\d,]+) rows it had written/.exec((await notice.innerText()) ?? '')?.[1] ?? '0').replace(/,/g, ''));
  expect(removed % 5000).toBe(0);
  expect(removed).toBeGreaterThanOrEqual(5000);
  await lookShot(page, 'import-recovery-notice');

  // Nothing from the file is left: no items, and none of the vendors it made.
  await app.openModule('Inventory');
  await expect(page.getByText('No supplies yet')).toBeVisible();
  await app.openModule('Vendors');
  await expect(page.getByText('Vendor 3')).toHaveCount(0);

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('a bank export imported twice adds nothing the second time', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Expenses');
  const day = todayUs();
  const lines = ['Transaction Date,Description,Amount'];
  for (let i = 0; i < 118; i++) lines.push(`${day},Card payment ${i},${(i % 40) + 1}.50`);
  lines.push(`${day},Coffee,3.50`, `${day},Coffee,3.50`); // two real coffees
  const file = Buffer.from(lines.join('\r\n'), 'utf8');
  const total = page.getByLabel('Total of the expenses shown');

  const importOnce = async () => {
    await page.getByRole('link', { name: 'Import' }).click();
    await expect(page.getByRole('heading', { name: 'Import expenses', level: 1 })).toBeVisible();
    await pickFile(page, 'bank.csv', file);
    await page.getByRole('button', { name: 'Check rows' }).click();
    await page.getByRole('button', { name: 'Import 120 valid rows' }).click();
  };

  await importOnce();
  await expect(page.getByRole('heading', { name: 'Import finished: 120 new, 0 already there (skipped)' })).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(total).toContainText('120 expenses');
  const spent = await total.innerText();

  // The same file again: every row is already there (the duplicate checkbox left unticked).
  await importOnce();
  await expect(page.getByRole('heading', { name: 'Import finished: 0 new, 120 already there (skipped)' })).toBeVisible();
  await expect(page.getByTestId('import-already-there')).toHaveText('120');
  await lookShot(page, 'import-recovery-rerun');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(total).toContainText('120 expenses');
  await expect(total).toHaveText(spent);
});
