/**
 * Every module's first screen on the sample office, in light and dark, has no serious or
 * critical axe-core finding under WCAG 2.1 A/AA (issue 16.18: 127 before — nested controls and
 * name mismatches on the recruiting board and dashboard, a disallowed ARIA attribute on every
 * grid, table roles broken in the calendar, text below contrast). New modules are covered as
 * they join the sidebar.
 *
 * One test, one sample office: the screens are reached through the sidebar's links as a user
 * goes (no reload per screen), first in the light theme, then again after the sidebar's
 * "Switch to dark theme" (issue 16.15). Every screen is scanned before anything fails, so one
 * run reports all that is wrong.
 */
import { expect, test } from './support/fixtures';
import { axeSeriousFindings, type AxeFinding } from './support/axe';

test('every module screen passes axe (WCAG 2.1 A/AA) in the light theme and in the dark one', async ({ app, page }) => {
  // 19 screens × 2 themes, each a full axe run (1–2 s on a loaded box).
  test.setTimeout(300_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await app.goto('/');
  await app.loadSampleOffice();
  const hrefs = (await app.nav.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).filter((h) =>
    h.startsWith('#/'),
  );
  expect(hrefs.length).toBeGreaterThanOrEqual(19);
  const html = page.locator('html');
  const found: Record<string, AxeFinding[]> = {};
  for (const theme of ['light', 'dark'] as const) {
    if (theme === 'dark') await page.getByRole('button', { name: 'Switch to dark theme', exact: true }).click();
    await expect(html).toHaveAttribute('data-theme', theme);
    for (const href of hrefs) {
      const link = app.nav.locator(`a[href="${href}"]`);
      await link.click();
      await expect(link).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible();
      // The screen has read its data: no loading line left.
      await expect(page.getByText(/^Loading…$/)).toHaveCount(0);
      const findings = await axeSeriousFindings(page);
      if (findings.length) found[`${href} (${theme})`] = findings;
    }
  }
  expect(found).toEqual({});
});
