/**
 * Office sync end to end (issue 18): two browser contexts are two PCs of one office, syncing
 * through a real CouchDB-protocol server (pouchdb-server, started by playwright.config.ts). Both
 * edit offline, reconnect and converge; the same vendor renamed on both becomes a conflict that
 * is settled on the Conflicts screen and followed by the other PC; the server's documents are
 * read directly to prove a confidential field never reached it in the clear.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { AppPage } from './support/app';
import { recordPrintCalls } from './support/print';
import { lockScreen, setPassphrase, unlockAs } from './support/lock';
import { lookShot } from './support/shots';
import { axeSeriousFindings } from './support/axe';
import { SYNC_URL } from './support/syncServer.mjs';

async function newPc(browser: Browser): Promise<{ context: BrowserContext; page: Page; app: AppPage }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  await recordPrintCalls(context);
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.goto('/');
  await app.startEmpty();
  return { context, page, app };
}

/** Settings → Sync: the office server, this PC's name and code, then sync on. */
async function joinOffice(page: Page, database: string, pc: { name: string; code: string; create?: boolean; takesPassphrase?: boolean }): Promise<void> {
  await page.goto('/#/settings/sync');
  const server = page.getByRole('form', { name: 'Office server' });
  await server.getByLabel('Server address').fill(SYNC_URL);
  await server.getByLabel('Database name').fill(database);
  await server.getByRole('button', { name: 'Test connection' }).click();
  const verdict = server.getByRole('status', { name: 'Connection test' });
  if (pc.create) {
    await expect(verdict).toContainText(`has no database “${database}”`);
    await server.getByRole('button', { name: 'Create database' }).click();
    await expect(verdict).toContainText(`Created the database “${database}”`);
  } else {
    await expect(verdict).toContainText(`the database “${database}” is ready`);
  }
  await server.getByRole('button', { name: 'Save server' }).click();
  await expect(verdict).toContainText(`Saved: ${SYNC_URL}, database ${database}`);
  const thisPc = page.getByRole('form', { name: 'This PC' });
  await thisPc.getByLabel('This PC’s name').fill(pc.name);
  await thisPc.getByLabel('Number code').fill(pc.code);
  await expect(thisPc).toContainText(`purchase orders PO-${new Date().getFullYear()}-${pc.code}0001`);
  await thisPc.getByRole('button', { name: 'Save this PC' }).click();
  await expect(page.getByText('This PC is saved.')).toBeVisible();
  const on = page.getByRole('checkbox', { name: 'Sync this PC with the office server' });
  await on.click();
  // A PC joining an office with a passphrase locks as soon as the office's arrives.
  if (!pc.takesPassphrase) await expect(on).toBeChecked();
}

function syncStatus(page: Page) {
  return page.getByRole('status', { name: 'Sync status' });
}

async function renameVendor(page: Page, vendorPath: string, name: string): Promise<void> {
  await page.goto(vendorPath);
  await page.getByRole('button', { name: 'Edit vendor' }).click();
  const form = page.getByRole('form', { name: 'Edit vendor' });
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Save vendor' }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

async function addVendor(page: Page, name: string): Promise<string> {
  await page.goto('/#/vendors/new');
  const form = page.getByRole('form', { name: 'New vendor' });
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  return new URL(page.url()).hash.replace(/^#/, '/#');
}

test('two PCs converge after offline edits, a conflict is settled on the Conflicts screen, confidential fields reach the server encrypted', async ({ browser, request }) => {
  test.setTimeout(300_000);
  const database = `office-${randomUUID().slice(0, 8)}`;

  // PC A: an office with a passphrase, a confidential salary and a vendor, then joins the server.
  const A = await newPc(browser);
  await setPassphrase(A.page, { managerName: 'Ana' });
  await A.app.openModule('People');
  await A.page.getByRole('button', { name: 'New employee' }).click();
  const newEmployee = A.page.getByRole('dialog', { name: 'New employee' });
  await newEmployee.getByLabel('Name').fill('Pat Worker');
  await newEmployee.getByRole('button', { name: 'Add employee' }).click();
  await A.page.getByRole('button', { name: 'Show confidential' }).click();
  await A.page.getByLabel('Salary').fill('48,000');
  await A.page.getByLabel('Confidential notes').fill('Raise promised in March');
  await A.page.getByRole('button', { name: 'Save confidential details' }).click();
  await expect(A.page.getByText('Confidential details saved')).toBeVisible();
  const acme = await addVendor(A.page, 'Acme Office Supply');
  await joinOffice(A.page, database, { name: 'Front desk', code: 'A', create: true });
  await expect(syncStatus(A.page)).toContainText(/^Synced/);
  await lookShot(A.page, 'sync-settings-a');
  expect(await axeSeriousFindings(A.page)).toEqual([]);

  // The server's own documents: the employee is there, the confidential values only sealed.
  const all = (await (await request.get(`${SYNC_URL}/${database}/_all_docs?include_docs=true`)).json()) as { rows: { doc: Record<string, unknown> }[] };
  const employee = all.rows.map((r) => r.doc).find((d) => d.bd_table === 'employees' && d.name === 'Pat Worker');
  expect(employee).toBeTruthy();
  expect(employee).toHaveProperty('sealed');
  expect(employee).not.toHaveProperty('salaryCents');
  const serverText = JSON.stringify(all);
  expect(serverText).not.toContain('Raise promised in March');
  expect(serverText).not.toContain('4800000');
  expect(serverText).toContain('Acme Office Supply');

  // PC B joins an empty office: it takes the office's records and its passphrase from the server.
  const B = await newPc(browser);
  await joinOffice(B.page, database, { name: 'Office manager', code: 'B', takesPassphrase: true });
  await expect(lockScreen(B.page)).toBeVisible();
  await unlockAs(B.page, 'Ana');
  await B.page.goto(acme);
  await expect(B.page.getByRole('heading', { name: 'Acme Office Supply', level: 2 })).toBeVisible();
  await B.app.openModule('People');
  await B.page.getByRole('row', { name: /Pat Worker/ }).dblclick();
  await expect(B.page.getByRole('heading', { name: 'Pat Worker', level: 2 })).toBeVisible();
  await B.page.getByRole('button', { name: 'Show confidential' }).click();
  await expect(B.page.getByLabel('Confidential notes')).toHaveValue('Raise promised in March');

  // Both offline: each renames the same vendor and adds one of its own.
  await A.context.setOffline(true);
  await B.context.setOffline(true);
  await renameVendor(A.page, acme, 'Acme Ltd');
  await renameVendor(B.page, acme, 'ACME Limited');
  await addVendor(A.page, 'Northwind Paper');
  await addVendor(B.page, 'Harbor Cleaning');
  await expect(syncStatus(A.page)).toContainText(/Offline — \d+ changes? waiting/);

  // Back online: both converge, and both see the one conflict.
  await A.context.setOffline(false);
  await B.context.setOffline(false);
  for (const pc of [A, B]) {
    await expect(pc.page.getByRole('link', { name: '1 conflict to look at' })).toBeVisible({ timeout: 60_000 });
    await pc.page.goto('/#/vendors');
    for (const name of ['Northwind Paper', 'Harbor Cleaning']) await expect(pc.page.getByRole('main').getByText(name, { exact: true }).first()).toBeVisible();
  }
  const nameOn = async (page: Page) => {
    await page.goto(acme);
    return (await page.getByRole('main').getByRole('heading', { level: 2 }).first().textContent())?.trim();
  };
  const applied = await nameOn(A.page);
  expect(['Acme Ltd', 'ACME Limited']).toContain(applied);
  await expect.poll(() => nameOn(B.page)).toBe(applied);
  const other = applied === 'Acme Ltd' ? 'ACME Limited' : 'Acme Ltd';

  // Settled on A's Conflicts screen by taking the other version's name; B follows.
  await A.page.getByRole('link', { name: '1 conflict to look at' }).click();
  await A.page.getByRole('button', { name: `Vendor ${applied}` }).click();
  const both = A.page.getByRole('table', { name: `Both versions of Vendor ${applied}` });
  await expect(both.getByRole('row', { name: /Name \(differs\)/ })).toContainText(other);
  await lookShot(A.page, 'sync-conflict');
  // Dark as well as light: the Conflicts screen and the status bar pass the accessibility checks.
  expect(await axeSeriousFindings(A.page)).toEqual([]);
  await A.page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await axeSeriousFindings(A.page)).toEqual([]);
  await lookShot(A.page, 'sync-conflict-dark');
  await both.getByRole('radio', { name: /^Name: Other version/ }).check();
  await A.page.getByRole('button', { name: 'Keep this' }).click();
  await expect(A.page.getByRole('heading', { name: 'No conflicts' })).toBeVisible();
  await expect.poll(() => nameOn(A.page)).toBe(other);
  await expect.poll(() => nameOn(B.page), { timeout: 60_000 }).toBe(other);
  await expect(B.page.getByRole('link', { name: /conflict to look at/ })).toHaveCount(0);

  await A.context.close();
  await B.context.close();
});
