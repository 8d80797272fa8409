/**
 * The register's view (issue 12 review): one status filter (the route drives the grid's own
 * Status column filter; the chip and "All" remove it), the default columns fit at 1366 wide,
 * the toolbar wraps cleanly at 1024, and export is disabled with a reason when no row shows.
 * Screenshots of the sample office's register at 1024 and 1366, light and dark, when
 * BACKDESK_SHOTS_DIR is set.
 */
import { mkdir } from 'node:fs/promises';
import { test, expect } from './support/fixtures';

const SHOTS = process.env.BACKDESK_SHOTS_DIR;

test('one status filter: the route sets the Status column filter, and choosing there changes the route', async ({ app, page }) => {
  await app.goto('/');
  await app.loadSampleOffice();
  await page.setViewportSize({ width: 1366, height: 860 });
  await app.goto('/#/equipment/status/in-repair');
  const grid = page.getByRole('table', { name: 'Equipment register' });
  const rows = grid.locator('tbody').getByRole('row');
  const statusFilter = grid.getByRole('combobox', { name: 'Filter Status' });
  await expect(statusFilter).toHaveValue('Under repair');
  await expect(page.getByText('Status: Under repair')).toBeVisible();
  // No second status select beside the search box.
  await expect(page.getByRole('toolbar', { name: 'Equipment register tools' }).getByRole('combobox')).toHaveCount(0);
  await expect(rows.first()).toContainText('Under repair');
  await expect(rows.filter({ hasNotText: 'Under repair' })).toHaveCount(0);

  // Choosing another status in the column filter follows the route; "All" removes it.
  await statusFilter.selectOption('Lent out');
  await expect(page).toHaveURL(/#\/equipment\/status\/lent-out$/);
  await expect(page.getByText('Status: Lent out')).toBeVisible();
  await expect(rows.first()).toContainText('Lent out');
  await expect(rows.filter({ hasNotText: 'Lent out' })).toHaveCount(0);
  // The search and another column filter stay while the status changes; Clear filters removes all.
  const search = page.getByRole('searchbox', { name: 'Search equipment register' });
  await grid.getByRole('combobox', { name: 'Filter Category' }).selectOption('Computers');
  await search.fill('loaner');
  await statusFilter.selectOption('In store');
  await expect(page).toHaveURL(/#\/equipment\/status\/in-storage$/);
  await expect(grid.getByRole('combobox', { name: 'Filter Category' })).toHaveValue('Computers');
  await expect(search).toHaveValue('loaner');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/#\/equipment$/);
  await expect(statusFilter).toHaveValue('');
  await expect(grid.getByRole('combobox', { name: 'Filter Category' })).toHaveValue('');
  await expect(search).toHaveValue('');
  await statusFilter.selectOption('Under repair');
  await expect(page).toHaveURL(/#\/equipment\/status\/in-repair$/);
  await statusFilter.selectOption('All');
  await expect(page).toHaveURL(/#\/equipment$/);
  await expect(page.getByText(/^Status: /)).toHaveCount(0);

  // The default columns, all of them on screen at 1366 and at 1024, the overdue date whole.
  const headers = ['Asset tag', 'Name', 'Category', 'Location', 'Status', 'With', 'Due back'];
  await expect(grid.locator('thead tr').first().getByRole('columnheader')).toHaveText(headers);
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 860 });
    const scroller = page.getByRole('group', { name: /^Equipment register \(use arrow keys/ });
    const box = (await scroller.boundingBox())!;
    for (const name of headers) {
      const h = (await grid.getByRole('columnheader', { name, exact: true }).boundingBox())!;
      expect(h.x + h.width, `${name} at ${width}`).toBeLessThanOrEqual(box.x + box.width + 1);
    }
    const overdue = grid.locator('tbody td .badge-warn').filter({ hasText: /^Overdue / }).first();
    await expect(overdue).toBeVisible();
    const cell = overdue.locator('xpath=ancestor::td');
    expect(await cell.evaluate((td) => td.scrollWidth <= td.clientWidth)).toBe(true);
    // The toolbar's buttons stay on as few lines as fit, and never one button alone.
    const tools = page.getByRole('toolbar', { name: 'Equipment register tools' });
    const csv = (await tools.getByRole('button', { name: 'Export CSV' }).boundingBox())!;
    const xlsx = (await tools.getByRole('button', { name: 'Export XLSX' }).boundingBox())!;
    expect(Math.abs(csv.y - xlsx.y)).toBeLessThan(2);
  }

  // Nothing shown: export is off, and says why.
  await page.getByRole('searchbox', { name: 'Search equipment register' }).fill('no such thing at all');
  await expect(rows).toHaveCount(0);
  for (const name of ['Export CSV', 'Export XLSX']) {
    const button = page.getByRole('button', { name });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute('title', 'Nothing to export: no rows are shown');
  }
  await page.getByRole('searchbox', { name: 'Search equipment register' }).fill('');
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
});

test('screenshots of the sample register at 1024 and 1366, light and dark', async ({ app, page }) => {
  test.skip(!SHOTS, 'Set BACKDESK_SHOTS_DIR to take the screenshots');
  await mkdir(SHOTS!, { recursive: true });
  await app.goto('/');
  await app.loadSampleOffice();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1024, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      await app.goto('/#/equipment');
      await expect(page.getByRole('table', { name: 'Equipment register' }).locator('tbody').getByRole('row').first()).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/register-${width}-${scheme}.png` });
      await app.goto('/#/equipment/status/in-repair');
      await expect(page.getByRole('table', { name: 'Equipment register' })).toBeVisible();
      await page.getByRole('combobox', { name: 'Filter Category' }).selectOption('Printers');
      await page.screenshot({ path: `${SHOTS}/register-in-repair-${width}-${scheme}.png` });
    }
  }
});
