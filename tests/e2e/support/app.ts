/**
 * The page-object base every feature's page object builds on: opening the built app at a route
 * and waiting until React has put something in the root, so specs start from a drawn screen
 * instead of racing the first render. Controls are found by role and accessible name.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class AppPage {
  constructor(readonly page: Page) {}

  /** The element the renderer mounts into. */
  get root(): Locator {
    return this.page.locator('#root');
  }

  /** The sidebar listing the modules (`<nav aria-label="Modules">`). */
  get nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Modules' });
  }

  /** Opens a route of the app (hash or path, as the router uses) and waits for the first render. */
  async goto(route = '/'): Promise<this> {
    await this.page.goto(route);
    await this.waitForApp();
    return this;
  }

  /** Resolves once React has rendered into #root. */
  async waitForApp(): Promise<void> {
    await expect(this.root.locator(':scope > *').first()).toBeAttached();
  }

  /**
   * On a fresh database the app asks how to start; this answers "Start empty" when asked, skips
   * the company step that follows (the default profile, as Settings shows it) and waits for the
   * module navigation either way. first-run-paper.spec fills the company step instead.
   */
  async startEmpty(): Promise<void> {
    const start = this.page.getByRole('button', { name: 'Start empty' });
    await expect(start.or(this.nav)).toBeVisible();
    if (await start.isVisible()) {
      await start.click();
      await this.page.getByRole('button', { name: 'Skip for now' }).click();
    }
    await expect(this.nav).toBeVisible();
  }

  /** Loads the deterministic sample office from the first-run screen. */
  async loadSampleOffice(): Promise<void> {
    await this.page.getByRole('button', { name: 'Load sample office' }).click();
    await expect(this.nav).toBeVisible();
  }

  /** Follows a module's link in the sidebar and waits for that module's heading. */
  async openModule(name: string): Promise<void> {
    await this.nav.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }
}
