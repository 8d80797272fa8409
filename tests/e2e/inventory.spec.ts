/**
 * Inventory, end to end, on the sample office (issue 3 items 1–3, 8, 9): find an item by
 * search, open it, an issue larger than the stock is refused with the quantity on hand named,
 * a receipt adds stock and shows in the history; the count sheet prints to a PDF grouped by
 * location; the count screen takes quantities with Enter, shows the variance and applies it;
 * the CSV export holds exactly the filtered rows; the dashboard draws its charts and a click
 * on a category opens the list filtered to it.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { printToPdf } from './support/print';
import { pdfText } from './support/pdf';
import { lookPdf, lookShot } from './support/shots';

async function openInventory(app: { goto(r?: string): Promise<unknown>; loadSampleOffice(): Promise<void>; openModule(n: string): Promise<void> }) {
  await app.goto('/');
  await app.loadSampleOffice();
  await app.openModule('Inventory');
}

const onHand = async (page: Page) => Number((await page.getByLabel('Quantity on hand').innerText()).split(' ')[0]);

test('find an item, refuse an issue beyond stock, receive, see the history', async ({ app, page }) => {
  await openInventory(app);
  await lookShot(page, 'inventory-items');
  await page.getByRole('searchbox', { name: 'Search items' }).fill('TN-HP58A');
  const row = page.getByRole('row', { name: /Toner cartridge HP 58A black/ });
  await expect(row).toHaveCount(1);
  // Keyboard: ↓ from the search box into the grid, Enter opens the highlighted row.
  await page.getByRole('searchbox', { name: 'Search items' }).press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Toner cartridge HP 58A black' })).toBeVisible();
  const before = await onHand(page);

  await page.getByRole('button', { name: 'Issue', exact: true }).click();
  const issue = page.getByRole('form', { name: 'Issue stock' });
  await issue.getByLabel('Quantity').fill(String(before + 5));
  await issue.getByLabel('Issued to (person or department)').fill('Design team');
  await issue.getByRole('button', { name: 'Issue' }).click();
  await expect(issue.getByRole('alert')).toContainText(`Only ${before} each of Toner cartridge HP 58A black on hand`);
  expect(await onHand(page)).toBe(before);

  await page.getByRole('button', { name: 'Receive', exact: true }).click();
  const receive = page.getByRole('form', { name: 'Receive stock' });
  await receive.getByLabel('Quantity').fill('10');
  await receive.getByLabel('Quantity').press('Enter');
  await expect(page.getByLabel('Quantity on hand')).toHaveText(`${before + 10} each`);
  const history = page.getByRole('table', { name: 'Stock history' });
  await expect(history.getByRole('row').nth(1)).toContainText('Received');
  await expect(history.getByRole('row').nth(1)).toContainText('+10');
  await expect(history.getByRole('row').nth(1)).toContainText(String(before + 10));

  // Now an issue within stock goes through and names who took it.
  await page.getByRole('button', { name: 'Issue', exact: true }).click();
  await issue.getByLabel('Quantity').fill('3');
  await issue.getByLabel('Issued to (person or department)').fill('Design team');
  await issue.getByRole('button', { name: 'Issue' }).click();
  await expect(page.getByLabel('Quantity on hand')).toHaveText(`${before + 7} each`);
  await expect(history.getByRole('row').nth(1)).toContainText('Design team');
  await lookShot(page, 'inventory-item', { fullPage: true });
});

test('count sheet prints grouped by location', async ({ app, page }, testInfo) => {
  await openInventory(app);
  const pdf = testInfo.outputPath('count-sheet.pdf');
  const saveSheet = page.getByRole('button', { name: 'Save count sheet as PDF…' });
  await printToPdf(page, () => saveSheet.click(), pdf);
  const text = await pdfText(pdf);
  expect(text).toContain('STOCK COUNT SHEET');
  for (const heading of ['Kitchen', 'Print room', 'Supply closet A', 'Supply closet B']) expect(text).toContain(heading);
  expect(text).toContain('Copy paper A4 80gsm');
  expect(text).toContain('Toner cartridge HP 58A black');
  expect(text).toContain('Counted by');
  // Kitchen's items come under the Kitchen heading, before Print room's.
  expect(text.indexOf('Kitchen')).toBeLessThan(text.indexOf('Print room'));
  await lookPdf(pdf, 'inventory-count-sheet');
});

test('count with Enter, review the variance, apply it', async ({ app, page }) => {
  await openInventory(app);
  await page.getByRole('button', { name: 'Count stock' }).click();
  const inputs = page.getByRole('textbox', { name: /^Counted / });
  const first = inputs.nth(0);
  const second = inputs.nth(1);
  const firstName = ((await first.getAttribute('aria-label')) ?? '').replace(/^Counted /, '');
  const secondName = ((await second.getAttribute('aria-label')) ?? '').replace(/^Counted /, '');
  await first.click();
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(second).toBeFocused();
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await expect(inputs.nth(2)).toBeFocused();

  // Issue 16.4: leaving asks, and what was typed is kept as a draft count — across a reload too.
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  const leave = page.getByRole('dialog', { name: 'Leave the count?' });
  await expect(leave).toContainText('kept as a draft count');
  await leave.getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await page.goto('/#/inventory/count');
  await page.reload();
  const inProgress = page.getByRole('region', { name: 'A count is in progress' });
  await expect(inProgress).toContainText('2 items entered');
  await lookShot(page, 'inventory-count-draft');
  await inProgress.getByRole('button', { name: 'Resume count' }).click();
  await expect(first).toHaveValue('7');
  await expect(second).toHaveValue('0');
  await page.getByRole('button', { name: 'Review variance' }).click();

  const review = page.getByRole('table', { name: 'Count variance' });
  await expect(review.getByRole('row')).toHaveCount(4); // header, two lines, total
  const firstLine = review.getByRole('row', { name: new RegExp(firstName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  await expect(firstLine).toContainText('7');
  await page.getByRole('button', { name: 'Apply count' }).click();
  await expect(page.getByRole('status')).toContainText('Count applied to 2 items');
  // Applied: the draft is gone, and a new count starts empty; a draft can also be thrown away.
  await page.getByRole('button', { name: 'Count stock' }).click();
  await expect(first).toHaveValue('');
  await first.fill('3');
  await page.getByRole('button', { name: '← Items' }).click();
  await page.getByRole('dialog', { name: 'Leave the count?' }).getByRole('button', { name: 'Leave' }).click();
  await page.getByRole('button', { name: 'Count stock' }).click();
  await expect(inProgress).toContainText('1 item entered');
  await inProgress.getByRole('button', { name: 'Discard it and start over' }).click();
  await expect(first).toHaveValue('');
  await page.getByRole('button', { name: '← Items' }).click();

  for (const [name, qty] of [
    [firstName, 7],
    [secondName, 0],
  ] as const) {
    await page.getByRole('searchbox', { name: 'Search items' }).fill(name);
    await page.getByRole('row', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().dblclick();
    expect(await onHand(page)).toBe(qty);
    await expect(page.getByRole('table', { name: 'Stock history' }).getByRole('row').nth(1)).toContainText('Counted');
    await page.getByRole('button', { name: '← Items' }).click();
  }
});

test('CSV export holds the filtered view', async ({ app, page }) => {
  await openInventory(app);
  await page.getByRole('combobox', { name: 'Category' }).selectOption('Paper');
  await page.getByRole('searchbox', { name: 'Search items' }).fill('copy');
  const grid = page.getByRole('table', { name: 'Items' });
  await expect(grid).toContainText('Copy paper A4 80gsm');
  await expect(grid).not.toContainText('Toner');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('inventory-items.csv');
  const csv = (await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toMatch(/^Name,SKU,Category,Location,On hand/);
  const body = lines.slice(1);
  expect(body.length).toBeGreaterThan(0);
  for (const line of body) {
    expect(line).toContain('Paper');
    expect(line.toLowerCase()).toContain('copy');
  }
  expect(csv).toContain('PAP-A4-80');
  expect(csv).not.toContain('TN-HP58A');
  const xlsxPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export XLSX' }).click();
  const xlsx = await xlsxPromise;
  expect(xlsx.suggestedFilename()).toBe('inventory-items.xlsx');
  expect((await readFile(await xlsx.path())).subarray(0, 2).toString('latin1')).toBe('PK');

  // Hiding a column is remembered across a reload and leaves it out of the export.
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('group', { name: 'Visible columns' }).getByRole('checkbox', { name: 'Location' }).uncheck();
  await page.reload();
  await app.waitForApp();
  await expect(page.getByRole('table', { name: 'Items' }).getByRole('columnheader', { name: 'Name' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Items' }).getByRole('columnheader', { name: 'Location' })).toHaveCount(0);
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const header = (await readFile(await (await again).path())).toString('utf8').replace(/^\uFEFF/, '').split('\r\n')[0];
  expect(header).toMatch(/^Name,SKU,Category,On hand/);
});

test('a new item is entered from the keyboard', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Inventory');
  await expect(page.getByRole('region', { name: 'No supplies yet' })).toBeVisible();
  await page.getByRole('button', { name: 'New item' }).click();
  const dialog = page.getByRole('dialog', { name: 'New item' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('=Label tape <b>12 mm</b>');
  await dialog.getByLabel('SKU').fill('LT-12');
  await dialog.getByLabel('Location (cupboard or shelf)').fill('Cupboard C');
  await dialog.getByLabel('Quantity on hand').fill('4');
  await dialog.getByLabel('Minimum (reorder point)').fill('6');
  await dialog.getByLabel(/Unit cost/).fill('12.50');
  await dialog.getByLabel(/Unit cost/).press('Enter');
  await expect(page.getByRole('heading', { name: '=Label tape <b>12 mm</b>' })).toBeVisible();
  await expect(page.getByLabel('Quantity on hand')).toHaveText('4 each');
  await expect(page.getByText('$12.50')).toBeVisible();
  await expect(page.getByText('Below minimum')).toBeVisible();
  // A bad number is refused with a message, and Escape (confirming Discard) closes the form unchanged.
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: /^Edit / });
  await edit.getByLabel('Minimum (reorder point)').fill('two');
  await edit.getByLabel('Minimum (reorder point)').press('Enter');
  await expect(edit.getByRole('alert')).toContainText('Minimum must be a whole number');
  await page.keyboard.press('Escape');
  await edit.getByRole('button', { name: 'Discard' }).click();
  await expect(edit).toHaveCount(0);
});

test('dashboard draws its charts and drills into the list', async ({ app, page }) => {
  await openInventory(app);
  await page.getByRole('button', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Inventory dashboard' })).toBeVisible();
  const byCategory = page.getByRole('region', { name: 'Stock value by category' });
  await expect(byCategory.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Usage over time' }).locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Most used items' }).getByRole('listitem').first()).toBeVisible();
  await lookShot(page, 'inventory-dashboard', { fullPage: true });
  await byCategory.getByRole('button', { name: 'Paper', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Inventory', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Category' })).toHaveValue('Paper');
  const rows = page.getByRole('table', { name: 'Items' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Paper');
  await expect(page.getByRole('table', { name: 'Items' })).not.toContainText('Toner cartridge');
});

test('one low-stock rule: the Dashboard counts the items the list shows at or below minimum, those exactly at it included', async ({ app, page }) => {
  await openInventory(app);
  await page.getByRole('checkbox', { name: 'At or below minimum' }).check();
  await expect(page.getByRole('table', { name: 'Items' }).getByRole('row').nth(1)).toContainText('At or below minimum');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const lines = (await readFile(await (await download).path())).toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
  // One CSV line's fields (quoted fields may hold commas and doubled quotes).
  const fields = (line: string) => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));
  const header = fields(lines[0]!);
  const [onHandAt, minAt] = [header.indexOf('On hand'), header.indexOf('Minimum')];
  const rows = lines.slice(1).map(fields);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r.length === header.length)).toBe(true);
  expect(rows.some((r) => Number(r[onHandAt]) === Number(r[minAt]))).toBe(true);
  expect(rows.every((r) => Number(r[onHandAt]) <= Number(r[minAt]))).toBe(true);

  await app.goto('/');
  await expect(page.getByRole('link', { name: `${rows.length} supplies at or below minimum` })).toBeVisible();
  await page.goto('/#/inventory/dashboard');
  await expect(page.getByRole('button', { name: `${rows.length} items below minimum` })).toBeVisible();
});
