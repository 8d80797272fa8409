/**
 * The sample office's equipment, end to end (issue 12.11): after "Load sample office" the
 * Equipment module is alive — the copier's toner check is due this week, Hannah's loaner
 * laptop is an overdue return, the shredder and the front desk printer are under repair (the
 * shredder flagged after three repairs in a year), the copier's page shows its meter, plans
 * and toner, and the Dashboard's equipment cards count them.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

// Screenshots for looking at the screens are taken only when asked (BACKDESK_SHOTS=<folder>).
const SHOTS = process.env.BACKDESK_SHOTS;

async function shot(page: Page, name: string, width = 1366, height = 900): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize({ width, height });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test('the sample office has equipment to work with: due, overdue, under repair, a metered copier', async ({ app, page }) => {
  await app.goto('/');
  await app.loadSampleOffice();

  // Dashboard: the equipment cards count the sample's items.
  const cards = page.getByRole('group', { name: 'Equipment' });
  await expect(cards.getByRole('region', { name: 'Maintenance due this week' })).toContainText('Toner check');
  await expect(cards.getByRole('region', { name: 'Overdue returns' })).toContainText('Loaner laptop 1');
  const repair = cards.getByRole('region', { name: 'Under repair' });
  await expect(repair).toContainText('Paper shredder');
  await expect(repair).toContainText('Front desk printer');
  await shot(page, 'dashboard');

  await page.goto('/#/equipment/maintenance');
  const due = page.getByRole('table', { name: 'Maintenance due' });
  await expect(due.getByRole('row').filter({ hasText: 'Toner check' })).toContainText('Multifunction copier');
  await shot(page, 'maintenance-due');

  await page.goto('/#/equipment/overdue');
  const overdue = page.getByRole('table', { name: 'Overdue returns' });
  await expect(overdue.getByRole('row').filter({ hasText: 'Loaner laptop 1' })).toContainText('Hannah Kowalski');
  await shot(page, 'overdue-returns');

  await page.goto('/#/equipment/status/in-repair');
  await expect(page.getByRole('heading', { name: 'Equipment', level: 1 })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('Paper shredder');
  await expect(main).toContainText('Front desk printer');
  await expect(main).not.toContainText('Multifunction copier');
  await shot(page, 'under-repair');

  // The register lists every item; the copier's page has its meter, plans and supplies.
  await page.goto('/#/equipment');
  await expect(main).toContainText('Pool car');
  await shot(page, 'register');
  await shot(page, 'register-1024', 1024);
  await main.getByRole('link', { name: 'Multifunction copier' }).click();
  await expect(page.getByRole('heading', { name: 'Multifunction copier', level: 1 })).toBeVisible();
  await expect(main).toContainText('Page count');
  await expect(main).toContainText('Service: 50,000 pages or 6 months');
  await expect(main).toContainText('Toner cartridge Canon GPR-58 black');
  // The page scrolls inside its main area: a tall window shows the sections below the details.
  await shot(page, 'copier', 1366, 3600);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'copier-dark', 1024, 3600);
  await page.emulateMedia({ colorScheme: 'light' });

  // The shredder is flagged for replacement after its third repair in a year.
  await page.goto('/#/equipment');
  await main.getByRole('link', { name: 'Paper shredder' }).click();
  await expect(page.getByRole('heading', { name: 'Paper shredder', level: 1 })).toBeVisible();
  await expect(main).toContainText(/3 repairs in 12 months/);
  await shot(page, 'shredder', 1366, 3000);
});
