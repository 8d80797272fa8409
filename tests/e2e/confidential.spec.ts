/**
 * Confidential data, end to end (issue 15.4/15.5).
 * (a) With no office passphrase: showing an employee's confidential file writes an audit entry
 *     the Audit log screen lists under "Opened confidential" (never the values), the export
 *     holds it, and Ctrl+K finds a confidential document by its title but never by its body.
 * (b) With a passphrase: every object store of the 'backdesk' database read raw while locked
 *     holds no confidential value; staff cannot see the file, a manager can (and is logged).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { lookShot } from './support/shots';
import { addUser, lockNow, lockScreen, setPassphrase, unlockAs } from './support/lock';

async function addEmployee(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New employee' }).click();
  const dialog = page.getByRole('dialog', { name: 'New employee' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Add employee' }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

async function newConfidentialMemo(page: Page, subject: string, body: string): Promise<void> {
  await page.getByRole('button', { name: 'New memo' }).first().click();
  await page.getByRole('textbox', { name: 'Subject' }).fill(subject);
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type(body);
  await page.getByRole('checkbox', { name: 'Confidential' }).check();
  await page.getByRole('button', { name: 'Save as final' }).click();
  await expect(page.getByText('Memo saved as final')).toBeVisible();
  await page.getByRole('button', { name: '← Documents' }).click();
}

async function palette(page: Page, query: string) {
  const dialog = page.getByRole('dialog', { name: 'Command palette' });
  // The shortcut can land while the page is still settling after a save; press until it opens.
  await expect(async () => {
    if (!(await dialog.isVisible())) await page.keyboard.press('Control+k');
    await expect(dialog).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await dialog.getByRole('combobox').fill(query);
  return dialog;
}

test('vault off: Show writes an audit entry the Audit log lists and exports; search skips confidential content', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();

  // Showing the confidential file is logged, even with no passphrase (everyone is the manager).
  await app.openModule('People');
  await addEmployee(page, 'Pat Worker');
  await expect(page.getByLabel('Salary')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show confidential' }).click();
  await page.getByLabel('Salary').fill('48,000');
  await page.getByLabel('Confidential notes').fill('Raise promised in March');
  await page.getByRole('button', { name: 'Save confidential details' }).click();
  await expect(page.getByText('Confidential details saved')).toBeVisible();
  // Saved and shown again (no second entry for the same Show).
  await expect(page.getByLabel('Confidential notes')).toHaveValue('Raise promised in March');
  await page.getByLabel('New medical note').getByLabel('Note').fill('Fit note from GP');
  await page.getByRole('button', { name: 'Add medical note' }).click();
  await expect(page.getByText('Fit note from GP')).toBeVisible();

  // A confidential memo: found by its title, never by its body.
  await app.openModule('Documents');
  await newConfidentialMemo(page, 'Pay review 2027', 'Bonus pool zanzibar');
  let found = await palette(page, 'zanzibar');
  await expect(found.getByText('Nothing matches “zanzibar”.')).toBeVisible();
  await page.keyboard.press('Escape');
  found = await palette(page, 'Pay review');
  await expect(found.getByRole('option', { name: /Pay review 2027/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('searchbox', { name: 'Search documents' }).fill('zanzibar');
  await expect(page.getByText('No document matches')).toBeVisible();
  // Opening it is on purpose, and logged.
  await page.getByRole('searchbox', { name: 'Search documents' }).fill('Pay review');
  await page.getByRole('button', { name: 'Pay review 2027' }).click();
  await expect(page.getByText('This document is confidential.')).toBeVisible();
  await page.getByRole('button', { name: 'Show document' }).click();
  await expect(page.getByRole('textbox', { name: 'Body' })).toContainText('Bonus pool zanzibar');

  // Settings ▸ Audit log, filtered by "Opened confidential".
  await page.goto('/#/settings/audit');
  await expect(page.getByRole('heading', { name: 'Audit log', level: 2 })).toBeVisible();
  await page.getByLabel('Action').selectOption({ label: 'Opened confidential' });
  const grid = page.getByRole('table', { name: 'Audit log entries' });
  await expect(grid.getByRole('row', { name: /Opened confidential employee details "Pat Worker"/ })).toHaveCount(1);
  await expect(grid.getByRole('row', { name: /Opened confidential document "Pay review 2027"/ })).toHaveCount(1);
  await expect(grid.getByRole('row', { name: /Opened confidential HR record "Medical note"/ })).toHaveCount(1);
  await expect(grid.getByRole('row', { name: /Updated employee/ })).toHaveCount(0);
  await expect(grid).not.toContainText('48,000');
  await expect(grid).not.toContainText('Raise promised');
  await lookShot(page, 'audit-log');

  // The export holds exactly the filtered list, with no confidential value.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile((await (await download).path())!, 'utf8');
  expect(csv).toContain('Opened confidential employee details ""Pat Worker""');
  expect(csv).toContain('Opened confidential document ""Pay review 2027""');
  expect(csv).not.toContain('Created employee');
  for (const secret of ['48,000', '4800000', 'Raise promised', 'zanzibar', 'Fit note']) expect(csv).not.toContain(secret);

  // The record opens from its entry.
  await grid.getByRole('button', { name: 'People · Pat Worker' }).click();
  await expect(page.getByRole('heading', { name: 'Pat Worker', level: 2 })).toBeVisible();
});

/** Every object store of the 'backdesk' database, read raw (bytes as their characters). */
async function rawDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('backdesk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const parts: string[] = [];
    for (const name of Array.from(db.objectStoreNames)) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(name, 'readonly').objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result as unknown[]);
        req.onerror = () => reject(req.error);
      });
      parts.push(
        `${name}:${JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? Array.from(v, (b) => String.fromCharCode(b)).join('') : v))}`,
      );
    }
    db.close();
    return parts.join('\n');
  });
}

test('with a passphrase: nothing confidential in any stored record while locked; staff cannot see, a manager can', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();
  await setPassphrase(page, { managerName: 'Ana' });
  await addUser(page, 'Sam', 'Staff');

  // Ana (office manager) fills in the confidential file and a confidential memo.
  await app.openModule('People');
  await addEmployee(page, 'Pat Worker');
  await page.getByRole('button', { name: 'Show confidential' }).click();
  await page.getByLabel('Salary').fill('48,000');
  await page.getByLabel('Home address').fill('12 Quarry Lane');
  await page.getByLabel('Confidential notes').fill('Raise promised in March');
  await page.getByRole('button', { name: 'Save confidential details' }).click();
  await expect(page.getByText('Confidential details saved')).toBeVisible();
  await page.getByLabel('Concerning').fill('Repeated lateness');
  await page.getByLabel('New disciplinary record').getByLabel('Details').fill('Late on the 3rd, 7th and 9th');
  await page.getByRole('button', { name: 'Add disciplinary record' }).click();
  await expect(page.getByText('Repeated lateness')).toBeVisible();
  await page.getByLabel('New medical note').getByLabel('Note').fill('Fit note from GP');
  await page.getByRole('button', { name: 'Add medical note' }).click();
  await expect(page.getByText('Fit note from GP')).toBeVisible();
  await app.openModule('Documents');
  await newConfidentialMemo(page, 'Pay review 2027', 'Bonus pool zanzibar');

  // Reloaded, the app is locked: read every object store of the database directly.
  await page.reload();
  await expect(lockScreen(page)).toBeVisible();
  const raw = await rawDatabase(page);
  expect(raw).toContain('Pat Worker'); // the read sees the office…
  expect(raw).toContain('Pay review 2027'); // …and a confidential document's title stays searchable
  const secrets = ['48,000', '4800000', '12 Quarry Lane', 'Raise promised', 'Repeated lateness', 'Late on the 3rd', 'Fit note', 'zanzibar'];
  for (const secret of secrets) expect(raw, secret).not.toContain(secret);

  // Sam (staff) cannot see the file: nothing is opened.
  await unlockAs(page, 'Sam');
  await app.openModule('People');
  await page.getByRole('row', { name: /Pat Worker/ }).dblclick();
  await page.getByRole('button', { name: 'Show confidential' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Only an office manager can see this.' })).toBeVisible();
  await expect(page.getByLabel('Salary')).toHaveCount(0);
  await expect(page.getByText('Raise promised')).toHaveCount(0);

  // Ana sees it, and the audit log names her.
  await lockNow(page);
  await unlockAs(page, 'Ana');
  await app.openModule('People');
  await page.getByRole('row', { name: /Pat Worker/ }).dblclick();
  await page.getByRole('button', { name: 'Show confidential' }).click();
  await expect(page.getByLabel('Confidential notes')).toHaveValue('Raise promised in March');
  await expect(page.getByLabel('Home address')).toHaveValue('12 Quarry Lane');
  await expect(page.getByText('Late on the 3rd, 7th and 9th')).toBeVisible();
  await page.goto('/#/settings/audit');
  await page.getByLabel('Action').selectOption({ label: 'Opened confidential' });
  await page.getByLabel('User').selectOption('Ana');
  const grid = page.getByRole('table', { name: 'Audit log entries' });
  await expect(grid.getByRole('row', { name: /Ana.*Opened confidential employee details "Pat Worker"/ }).first()).toBeVisible();
  await page.getByLabel('User').selectOption('Sam');
  await expect(page.getByText('No entries match these filters.')).toBeVisible();
  await lookShot(page, 'audit-log-users');
});
