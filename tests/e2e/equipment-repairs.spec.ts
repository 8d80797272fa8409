/**
 * Equipment repairs, cost of ownership and supplies, end to end (issue 12.5, 12.6), on the
 * sample office's vendors and budget categories with a copier and supplies added through the
 * UI: reporting a problem puts the copier under repair; "Repair done…" with a vendor, a cost in
 * a budget category and a part from stock puts it back in use, the expense shows in Expenses
 * with that category, the part leaves the inventory item's stock, and the cost of ownership
 * adds purchase and repair. Not enough stock is refused in the dialog and nothing is saved.
 * Toner linked to the copier shows its stock on the copier's page (Low at its minimum), and the
 * reorder list says what the toner is for.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

// Screenshots for looking at the screens are taken only when asked (BACKDESK_SHOTS=<folder>).
const SHOTS = process.env.BACKDESK_SHOTS;

async function shot(page: Page, name: string, width = 1366): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Adds an Inventory item and returns its page's address. */
/** Switches to the dark theme with the sidebar button (once per test) and waits until the page wears it. */
async function goDark(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
}

async function addSupply(page: Page, name: string, onHand: number, minimum: number): Promise<string> {
  await page.goto('/#/inventory');
  await page.getByRole('button', { name: 'New item' }).click();
  const dialog = page.getByRole('dialog', { name: 'New item' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Quantity on hand').fill(String(onHand));
  await dialog.getByLabel('Minimum (reorder point)').fill(String(minimum));
  await dialog.getByLabel('Minimum (reorder point)').press('Enter');
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  await expect(page.getByLabel('Quantity on hand')).toHaveText(`${onHand} each`);
  return page.url();
}

async function addCopier(page: Page, name: string): Promise<void> {
  await page.goto('/#/equipment/new');
  const dialog = page.getByRole('dialog', { name: 'New equipment' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel(/^Purchase cost/).fill('1000.00');
  await dialog.getByRole('button', { name: 'Add to register' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

const status = (page: Page) => page.locator('.eq-item-head .eq-status');

test.beforeEach(async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await app.goto('/');
  await app.loadSampleOffice();
});

test('report a problem → repair done with a vendor, an expense in a category and a part from stock; cost of ownership', async ({ page }) => {
  const fuserPage = await addSupply(page, 'E2E fuser kit', 3, 0);
  await addCopier(page, 'E2E copier');
  await expect(status(page)).toHaveText('In use');

  const repairs = page.getByRole('region', { name: 'Repairs', exact: true });
  await expect(repairs).toContainText('No repairs recorded');
  await repairs.getByRole('button', { name: 'Report a problem…' }).click();
  const report = page.getByRole('dialog', { name: 'Report a problem with E2E copier' });
  await expect(report.getByRole('combobox', { name: 'Reported by', exact: true })).toBeFocused();
  await report.getByLabel('Reported by').fill('Grace Park');
  await report.getByRole('button', { name: 'Report problem' }).click();
  await expect(report.getByRole('alert')).toHaveText('Describe the problem.');
  await report.getByLabel('Problem').fill('Paper jams in tray 2');
  await report.getByRole('button', { name: 'Report problem' }).click();
  await expect(report).toBeHidden();
  await expect(status(page)).toHaveText('Under repair');
  const open = repairs.getByRole('listitem', { name: 'Open repair: Paper jams in tray 2' });
  await expect(open).toContainText('Under repair · 0 days');
  await expect(open).toContainText('by Grace Park');
  await shot(page, 'repair-open');

  // The list of items under repair has it too.
  await page.goto('/#/equipment/status/in-repair');
  await page.getByRole('link', { name: 'E2E copier' }).click();
  await expect(page.getByRole('heading', { name: 'E2E copier', level: 1 })).toBeVisible();

  await open.getByRole('button', { name: 'Repair done…' }).click();
  const done = page.getByRole('dialog', { name: 'Repair done: E2E copier' });
  await done.getByRole('combobox', { name: /^Vendor/ }).selectOption({ label: 'PrintWorks Imaging' });
  await done.getByLabel(/^Cost/).fill('189.50');
  await done.getByLabel('Budget category').selectOption({ label: 'Facilities / Cleaning & maintenance' });
  await done.getByRole('button', { name: 'Add a part' }).click();
  await done.getByRole('combobox', { name: /^Part 1/ }).selectOption({ label: 'E2E fuser kit (3 each on hand)' });
  await expect(done.getByText('On hand: 3 each')).toBeVisible();
  // More than on hand: refused in words, nothing saved, everything typed kept.
  await done.getByLabel('Quantity of part 1').fill('5');
  await done.getByRole('button', { name: 'Save repair' }).click();
  await expect(done.getByRole('alert')).toContainText('Not enough E2E fuser kit in stock for this repair: 3 each on hand, 5 needed.');
  await expect(done.getByLabel(/^Cost/)).toHaveValue('189.50');
  await expect(status(page)).toHaveText('Under repair');
  await shot(page, 'repair-done-dialog');
  await done.getByLabel('Quantity of part 1').fill('2');
  await done.getByRole('button', { name: 'Save repair' }).click();
  await expect(done).toBeHidden();
  await expect(status(page)).toHaveText('In use');

  const past = repairs.getByRole('table', { name: 'Past repairs' });
  const row = past.getByRole('row').nth(1);
  await expect(row).toContainText('Paper jams in tray 2');
  await expect(row).toContainText('PrintWorks Imaging');
  await expect(row).toContainText('$189.50');
  await expect(row).toContainText('2 × E2E fuser kit');
  await expect(row).toContainText('0 days');

  const cost = page.getByRole('region', { name: 'Cost of ownership', exact: true });
  const figures = cost.getByRole('definition');
  await expect(cost.getByRole('term')).toContainText(['Purchase', 'Repairs', 'Maintenance', 'Total']);
  await expect(figures.nth(0)).toHaveText('$1,000.00');
  await expect(figures.nth(1)).toContainText('$189.50 · 1 repair');
  await expect(figures.nth(3)).toHaveText('$1,189.50');
  await shot(page, 'repairs-and-cost');
  await shot(page, 'repairs-and-cost-1024', 1024);
  await page.setViewportSize({ width: 1366, height: 900 });
  const copierPage = page.url();

  // The expense link opens Expenses on that day; the expense carries the category.
  await row.getByRole('link', { name: /^Expense of/ }).click();
  const expenses = page.getByRole('grid', { name: 'Expenses' }).or(page.getByRole('table', { name: 'Expenses' }));
  const expenseRow = expenses.getByRole('row').filter({ hasText: 'Repair: E2E copier — Paper jams in tray 2' });
  await expect(expenseRow).toHaveCount(1);
  await expect(expenseRow).toContainText('Cleaning & maintenance');
  await expect(expenseRow).toContainText('PrintWorks Imaging');
  await expect(expenseRow).toContainText('189.50');

  // The part left the stock: 3 − 2.
  await page.goto(fuserPage);
  await expect(page.getByRole('heading', { name: 'E2E fuser kit', level: 2 })).toBeVisible();
  await expect(page.getByLabel('Quantity on hand')).toHaveText('1 each');

  await page.goto(copierPage);
  await expect(page.getByRole('heading', { name: 'E2E copier', level: 1 })).toBeVisible();
  await goDark(page);
  await page.getByRole('region', { name: 'Cost of ownership', exact: true }).scrollIntoViewIfNeeded();
  await shot(page, 'repairs-and-cost-dark');
  await shot(page, 'repairs-and-cost-dark-1024', 1024);
});

test('toner linked to the copier: its stock on the copier page and what it is for on the reorder list', async ({ page }) => {
  await addSupply(page, 'E2E toner black', 2, 2);
  await addCopier(page, 'E2E copier 2nd floor');
  const supplies = page.getByRole('region', { name: 'Supplies', exact: true });
  await expect(supplies).toContainText('No supplies linked');
  await supplies.getByRole('button', { name: 'Link a supply…' }).click();
  const link = page.getByRole('dialog', { name: 'Link a supply to E2E copier 2nd floor' });
  await link.getByLabel('Supply').selectOption({ label: 'E2E toner black' });
  await expect(link).toContainText('On hand: 2 each · minimum 2');
  await link.getByLabel('What it is for').fill('toner black');
  await link.getByLabel('What it is for').press('Enter');
  await expect(link).toBeHidden();

  const table = supplies.getByRole('table', { name: 'Supplies' });
  const row = table.getByRole('row').filter({ hasText: 'E2E toner black' });
  await expect(row).toContainText('toner black');
  await expect(row).toContainText('2 each');
  await expect(row.getByRole('link', { name: 'E2E toner black is low: open it in Inventory' })).toBeVisible();

  // The same supply twice is refused in words.
  await supplies.getByRole('button', { name: 'Link a supply…' }).click();
  const again = page.getByRole('dialog', { name: 'Link a supply to E2E copier 2nd floor' });
  await expect(again.getByLabel('Supply').locator('option', { hasText: 'E2E toner black' })).toHaveCount(0);
  await again.press('Escape');
  await expect(again).toBeHidden();
  await shot(page, 'supplies');

  await page.goto('/#/purchasing/reorder');
  const reorder = page.getByRole('table', { name: 'Reorder list' });
  const line = reorder.getByRole('row').filter({ hasText: 'E2E toner black' });
  await expect(line).toContainText('For: E2E copier 2nd floor (toner black)');
  await shot(page, 'reorder-for');
  await goDark(page);
  await shot(page, 'reorder-for-dark');

  // Unlinking takes it off the copier and off the reorder list's "For".
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'E2E copier 2nd floor', level: 1 })).toBeVisible();
  await page.getByRole('region', { name: 'Supplies', exact: true }).scrollIntoViewIfNeeded();
  await shot(page, 'supplies-dark');
  await page.getByRole('region', { name: 'Supplies', exact: true }).getByRole('button', { name: 'Unlink E2E toner black' }).click();
  await expect(page.getByRole('region', { name: 'Supplies', exact: true })).toContainText('No supplies linked');
  await page.goto('/#/purchasing/reorder');
  await expect(page.getByRole('table', { name: 'Reorder list' }).getByRole('row').filter({ hasText: 'E2E toner black' })).not.toContainText('For:');
});
