/**
 * Table screens at the window sizes offices use (issue 16.7): at 1024×768, 1366×768 and
 * 1920×1080 on the sample office, every column heading of Expenses, Invoices, Inventory items,
 * Purchase orders, Vendors and People is inside the window and inside the grid's visible width
 * (no key column — amount, status — hidden behind a sideways scroll: Expenses' Amount sat at
 * x≈1524), and the grid ends inside the window yet uses its height (fixed 60vh/55vh ran past
 * the bottom at 768 high and left space unused at 1080). Below 1200 wide the sidebar folds to
 * its icons, its links keeping their names. axe-core finds nothing on the grids themselves
 * (issue 16.18: a disallowed aria-activedescendant on the grid's region).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { expect, test } from './support/fixtures';
import { lookShot } from './support/shots';

const require = createRequire(import.meta.url);

const SCREENS = [
  { route: '#/expenses', heading: 'Expenses', table: 'Expenses' },
  { route: '#/expenses/invoices', heading: 'Expenses', table: 'Invoices' },
  { route: '#/inventory', heading: 'Inventory', table: 'Items' },
  { route: '#/purchasing', heading: 'Purchasing', table: 'Purchase orders' },
  { route: '#/vendors', heading: 'Vendors', table: 'Vendors' },
  { route: '#/people', heading: 'People', table: 'Employees' },
] as const;

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

test('table screens fit 1024, 1366 and 1920 wide: every heading visible, the grid fills the window', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.goto('/');
  await app.loadSampleOffice();
  const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

  for (const size of SIZES) {
    await page.setViewportSize(size);
    // The sidebar folds to icons below 1200 wide; its links keep their names (and tooltips).
    const inventoryLink = app.nav.getByRole('link', { name: 'Inventory', exact: true });
    const linkBox = await inventoryLink.boundingBox();
    if (size.width < 1200) expect.soft(linkBox!.width).toBeLessThan(60);
    else expect.soft(linkBox!.width).toBeGreaterThan(150);

    for (const screen of SCREENS) {
      await page.goto(`/${screen.route}`);
      await expect(page.getByRole('heading', { name: screen.heading, level: 1 })).toBeVisible();
      const table = page.getByRole('table', { name: screen.table, exact: true });
      await expect(table.locator('tbody tr').first()).toBeVisible();
      const where = `${screen.route} at ${size.width}×${size.height}`;
      // Measured once the grid has taken its height (it follows the window).
      await expect
        .configure({ soft: true })
        .poll(async () => {
          const box = await table.locator('xpath=ancestor::*[contains(@class,"data-grid-scroll")][1]').boundingBox();
          return box ? Math.round(box.y + box.height) : 0;
        }, { message: `${where}: grid bottom inside the window` })
        .toBeLessThanOrEqual(size.height);
      const layout = await table.evaluate((t) => {
        const scroller = t.closest('.data-grid-scroll')!;
        const view = scroller.getBoundingClientRect();
        return {
          headers: [...t.querySelectorAll('thead tr:first-child th')].map((th) => {
            const r = th.getBoundingClientRect();
            return { name: th.textContent?.trim() ?? '', left: Math.round(r.left), right: Math.round(r.right) };
          }),
          view: { left: Math.round(view.left), right: Math.round(view.right), bottom: Math.round(view.bottom) },
          overflows: scroller.scrollHeight > scroller.clientHeight,
          pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
        };
      });
      expect(layout.headers.length, where).toBeGreaterThanOrEqual(3);
      const outside = layout.headers
        .filter((h) => h.left < Math.max(0, layout.view.left) || h.right > Math.min(size.width, layout.view.right))
        .map((h) => `${h.name} ${h.left}–${h.right}`);
      expect.soft(outside, `${where}: headings outside the window or the grid's visible width ${layout.view.left}–${layout.view.right}`).toEqual([]);
      expect.soft(layout.pageScrollsSideways, `${where}: the page scrolls sideways`).toBe(false);
      // A list longer than the grid uses the window's height down to near its bottom.
      if (layout.overflows) expect.soft(layout.view.bottom, `${where}: space left under the grid`).toBeGreaterThan(size.height - 80);
      await lookShot(page, `layout-${screen.table.toLowerCase().replace(/ /g, '-')}-${size.width}`);

      if (size.width === 1366) {
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
          const result = await axe.run(
            { include: [['.data-grid']] },
            { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] },
          );
          return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
        });
        expect.soft(violations, `${where}: axe on the grid`).toEqual([]);
      }
    }
  }
});
