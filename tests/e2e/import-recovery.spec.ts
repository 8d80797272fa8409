/**
 * Imports that can be trusted after a crash (issue 15.3), in real Chromium:
 * - a 30,000-row supplies import is cut off by closing the window once its progress bar has moved
 *   (whole chunks were committed); after the reload the app says what happened in words and
 *   none of the file's rows — items or the vendors it made — are left;
 * - a bank export imported twice adds nothing the second time (two identical coffees on one
 *   day stay two expenses), counted on screen.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { AppPage } from './support/app';
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

test('an import cut off by closing the page is rolled back whole at the next start, and the user is told', async ({ app: first, page: firstPage, context }) => {
  // 30,000 rows parsed, checked and written chunk by chunk: over a minute on a loaded 2-core box.
  test.setTimeout(180_000);
  let app = first;
  let page = firstPage;
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

  // Cut the import off the way a crash would, whatever the machine's speed: inside the page,
  // as soon as the progress bar shows a committed chunk, a write transaction of our own over
  // every store starts and keeps itself busy, so every later chunk waits behind it; once it
  // runs (everything queued before it has committed) the page is reloaded. The import cannot
  // reach its last chunk in between (6 chunks; at most the one in flight completes).
  const heldAt = await page.evaluate(
    (label) =>
      new Promise<number>((resolve, reject) => {
        const bar = () => document.querySelector<HTMLProgressElement>(`progress[aria-label="${label}"]`);
        const hold = () => {
          const open = indexedDB.open('backdesk');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const conn = open.result;
            const stores = [...conn.objectStoreNames];
            const tx = conn.transaction(stores, 'readwrite');
            const store = tx.objectStore(stores[0]!);
            let first = true;
            const spin = () => {
              const req = store.count();
              req.onsuccess = () => {
                if (first) {
                  first = false;
                  resolve(bar()?.value ?? -1);
                }
                spin();
              };
            };
            spin();
          };
        };
        const watch = () => ((bar()?.value ?? 0) > 0 ? hold() : setTimeout(watch, 5));
        watch();
      }),
    'Importing 30,000 rows…',
  );
  expect(heldAt).toBeGreaterThan(0);
  expect(heldAt).toBeLessThan(1);
  // "Backdesk closes": the window goes away with the import in flight; then it starts again.
  const url = page.url();
  await page.close({ runBeforeUnload: false });
  page = await context.newPage();
  app = new AppPage(page);
  await page.goto(url);
  // The rollback runs before the app opens; it deletes thousands of rows, so give it time.
  await expect(app.nav).toBeVisible({ timeout: 60_000 });

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
