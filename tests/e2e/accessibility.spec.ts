/**
 * Every module's first screen on the sample office, in light and dark, has no serious or
 * critical axe-core finding under WCAG 2.1 A/AA (issue 16.18: 127 before — nested controls and
 * name mismatches on the recruiting board and dashboard, a disallowed ARIA attribute on every
 * grid, table roles broken in the calendar, text below contrast). New modules are covered as
 * they join the sidebar.
 */
import { expect, test } from './support/fixtures';
import { axeSeriousFindings } from './support/axe';

for (const scheme of ['light', 'dark'] as const) {
  test(`every module screen passes axe in the ${scheme} theme`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await app.goto('/');
    await app.loadSampleOffice();
    const links = app.nav.getByRole('link');
    const names = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).filter((h) => h.startsWith('#/'));
    expect(names.length).toBeGreaterThanOrEqual(15);
    const found: Record<string, unknown> = {};
    for (const href of names) {
      await page.goto(`/${href}`);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      // The screen has read its data: no loading line left.
      await expect(page.getByText(/^Loading…$/)).toHaveCount(0);
      const findings = await axeSeriousFindings(page);
      if (findings.length) found[href] = findings;
    }
    expect(found).toEqual({});
  });
}
