/**
 * The `test` feature specs import: Playwright's own, plus an `app` page object on the test's
 * page. Every test already runs in a fresh browser context, so IndexedDB starts empty.
 */
import { test as base } from '@playwright/test';
import { AppPage } from './app';

export const test = base.extend<{ app: AppPage }>({
  app: async ({ page }, use) => {
    await use(new AppPage(page));
  },
});

export { expect } from '@playwright/test';
