/**
 * The `test` feature specs import: Playwright's own, plus an `app` page object on the test's
 * page. Every test already runs in a fresh browser context, so IndexedDB starts empty, and
 * every context records print() calls instead of starting print jobs (support/print.ts).
 */
import { test as base } from '@playwright/test';
import { AppPage } from './app';
import { recordPrintCalls } from './print';

export const test = base.extend<{ app: AppPage }>({
  context: async ({ context }, use) => {
    await recordPrintCalls(context);
    await use(context);
  },
  app: async ({ page }, use) => {
    await use(new AppPage(page));
  },
});

export { expect } from '@playwright/test';
