/**
 * The office lock through the UI (issue 15.4), for any spec that needs a passphrase: set one in
 * Settings ▸ Security (the recovery key dialog read and closed), add users, lock, unlock as a
 * named user. Every step waits for what the user sees.
 */
import { expect, type Page } from '@playwright/test';

export const TEST_PASSPHRASE = 'tulip kettle runway harbour';

/** The lock screen (its heading: "<office> is locked"). */
export function lockScreen(page: Page) {
  return page.getByRole('form', { name: 'Unlock' });
}

/**
 * Sets the office passphrase from Settings; `managerName` becomes the first office manager and
 * stays unlocked. Returns the recovery key as shown ('ABCDE-FGHJK-…').
 */
export async function setPassphrase(
  page: Page,
  { passphrase = TEST_PASSPHRASE, managerName = 'Ana' }: { passphrase?: string; managerName?: string } = {},
): Promise<string> {
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Set a passphrase…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set the office passphrase' });
  await dialog.getByLabel('Your name').fill(managerName);
  await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await dialog.getByLabel('Passphrase again').fill(passphrase);
  await dialog.getByRole('button', { name: 'Set passphrase' }).click();
  const recoveryKey = await readRecoveryKeyDialog(page);
  await closeRecoveryKeyDialog(page);
  return recoveryKey;
}

/** The recovery key the open "Your recovery key" dialog shows. */
export async function readRecoveryKeyDialog(page: Page): Promise<string> {
  const shown = page.getByRole('dialog', { name: 'Your recovery key' }).getByRole('group', { name: 'Recovery key' });
  await expect(shown).toBeVisible();
  const text = ((await shown.textContent()) ?? '').replace(/[^0-9A-Z]/g, '');
  expect(text).toHaveLength(40);
  return text.match(/.{5}/g)!.join('-');
}

/** Ticks "I have printed or written it down" and closes the recovery key dialog. */
export async function closeRecoveryKeyDialog(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Your recovery key' });
  await dialog.getByRole('checkbox', { name: 'I have printed or written it down' }).check();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);
}

/** Adds a user in Settings ▸ Security (the page must be open, unlocked as a manager). */
export async function addUser(page: Page, name: string, role: 'Office manager' | 'Staff' = 'Staff'): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a user' });
  await form.getByLabel('New user’s name').fill(name);
  await form.getByLabel('New user’s role').selectOption({ label: role });
  await form.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByRole('table', { name: 'Users who can unlock the office' }).getByRole('rowheader', { name: new RegExp(`^${name}`) })).toBeVisible();
}

/** Locks now (Ctrl+L) and waits for the lock screen. */
export async function lockNow(page: Page): Promise<void> {
  await page.keyboard.press('Control+l');
  await expect(lockScreen(page)).toBeVisible();
}

/** Unlocks from the lock screen as `user` and waits for the app's navigation. */
export async function unlockAs(page: Page, user: string, passphrase: string = TEST_PASSPHRASE): Promise<void> {
  const form = lockScreen(page);
  await form.getByRole('radio', { name: new RegExp(`^${user}\\b`) }).check();
  await form.getByLabel('Passphrase').fill(passphrase);
  await form.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Modules' })).toBeVisible();
}
