/**
 * The office lock (issue 15.4/15.5), from an empty office:
 * (a) a passphrase set in Settings ▸ Security shows the recovery key once (Print it → the PDF
 *     holds the key; the dialog cannot close before "I have printed or written it down"); after a
 *     reload the app opens on the lock screen with nothing of the office mounted (no modules, no
 *     Ctrl+K palette); a wrong passphrase is refused with the field kept focused; the right one
 *     unlocks as the user chosen, whom the audit log names; Ctrl+L locks.
 * (b) the idle lock (page.clock: activity resets it, the chosen minutes without use lock);
 *     "Forgot the passphrase?" → the recovery key (a typo named by group) → a new passphrase,
 *     which then works while the old one does not; removing the passphrase opens the app unlocked.
 */
import path from 'node:path';
import { test, expect } from './support/fixtures';
import { pdfText } from './support/pdf';
import { printToPdf } from './support/print';
import { SHOTS_DIR, lookPdf, lookShot } from './support/shots';
import { TEST_PASSPHRASE, addUser, closeRecoveryKeyDialog, lockNow, lockScreen, readRecoveryKeyDialog, unlockAs } from './support/lock';

test('passphrase: recovery key printed once; reload opens locked with nothing of the office; wrong passphrase refused; unlock as the chosen user', async ({ app, page }, testInfo) => {
  await app.goto('/');
  await app.startEmpty();
  await page.goto('/#/settings');
  const security = page.getByRole('region', { name: 'Security' });
  await security.getByRole('button', { name: 'Set a passphrase…' }).click();
  const setDialog = page.getByRole('dialog', { name: 'Set the office passphrase' });
  await setDialog.getByLabel('Your name').fill('Ana');
  await setDialog.getByLabel('Passphrase', { exact: true }).fill('too short');
  await setDialog.getByLabel('Passphrase again').fill('too short');
  await setDialog.getByRole('button', { name: 'Set passphrase' }).click();
  await expect(setDialog.getByRole('alert')).toHaveText('The passphrase needs at least 10 characters.');
  await setDialog.getByLabel('Passphrase', { exact: true }).fill(TEST_PASSPHRASE);
  await expect(setDialog.getByText('Strong.')).toBeVisible();
  await setDialog.getByLabel('Passphrase again').fill(`${TEST_PASSPHRASE}!`);
  await setDialog.getByRole('button', { name: 'Set passphrase' }).click();
  await expect(setDialog.getByRole('alert')).toHaveText('The two passphrases are not the same.');
  await setDialog.getByLabel('Passphrase again').fill(TEST_PASSPHRASE);
  await setDialog.getByRole('button', { name: 'Set passphrase' }).click();

  // The recovery key, shown once; Print it makes a sheet with the key on it.
  const keyDialog = page.getByRole('dialog', { name: 'Your recovery key' });
  const recoveryKey = await readRecoveryKeyDialog(page);
  await lookShot(page, 'lock-recovery-key');
  const pdf = path.join(testInfo.outputPath(), 'recovery-key.pdf');
  await printToPdf(page, () => keyDialog.getByRole('button', { name: 'Print it' }).click(), pdf);
  const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
  const groups = recoveryKey.split('-');
  expect(text).toContain(groups.slice(0, 4).join(' '));
  expect(text).toContain(groups.slice(4).join(' '));
  expect(text).toContain('For My office');
  expect(text).toContain('Forgot the passphrase?');
  await lookPdf(pdf, 'lock-recovery-pdf');
  // Not closable before the tick.
  await expect(keyDialog.getByRole('button', { name: 'Done' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(keyDialog).toBeVisible();
  await closeRecoveryKeyDialog(page);
  // Never shown again.
  await expect(page.getByText(groups[0]!)).toHaveCount(0);
  await expect(security.getByText('You are Ana (Office manager)')).toBeVisible();
  await addUser(page, 'Bob', 'Staff');
  await lookShot(page, 'lock-settings', { fullPage: true });

  // A reload opens on the lock screen: nothing of the office is mounted behind it.
  await page.reload();
  await expect(lockScreen(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'My office is locked', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Modules' })).toHaveCount(0);
  await expect(page.locator('main#main')).toHaveCount(0);
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toHaveCount(0);
  await page.keyboard.press('F2');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const radios = lockScreen(page).getByRole('radio');
  await expect(radios).toHaveCount(2);
  await expect(lockScreen(page).getByRole('radio', { name: /^Ana/ })).toBeChecked();

  // Wrong passphrase: refused in a sentence, the field still focused (Enter submits).
  await lockScreen(page).getByRole('radio', { name: /^Bob/ }).check();
  const field = lockScreen(page).getByLabel('Passphrase');
  await field.fill('tulip kettle runway harbor');
  await field.press('Enter');
  await expect(lockScreen(page).getByRole('alert')).toHaveText('That passphrase is not right.');
  await expect(field).toBeFocused();
  await lookShot(page, 'lock-wrong');
  if (SHOTS_DIR) {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await lookShot(page, 'lock-wrong-dark-1024');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1366, height: 800 });
  }
  await field.fill(TEST_PASSPHRASE);
  await field.press('Enter');
  await expect(app.nav).toBeVisible();

  // Unlocked as Bob (staff): Settings says so; the audit log names him.
  await page.goto('/#/settings');
  await expect(security.getByText('You are Bob (Staff)')).toBeVisible();
  await expect(security.getByText('Only an office manager can change the passphrase, the users or the idle lock.')).toBeVisible();
  await expect(security.getByRole('button', { name: 'Change passphrase…' })).toHaveCount(0);
  await page.goto('/#/settings/audit');
  const grid = page.getByRole('table', { name: 'Audit log entries' });
  await expect(grid.getByRole('row', { name: /Unlocked by Bob/ })).toHaveCount(1);
  await expect(grid.getByRole('row', { name: /Set the office passphrase \(Ana is the office manager\)/ })).toHaveCount(1);
  await expect(grid).not.toContainText(recoveryKey);
  await expect(grid).not.toContainText(TEST_PASSPHRASE);

  // Ctrl+L locks from anywhere; the last user is offered first.
  await lockNow(page);
  await expect(page.getByRole('table', { name: 'Audit log entries' })).toHaveCount(0);
  await expect(lockScreen(page).getByRole('radio', { name: /^Bob/ })).toBeChecked();
  await unlockAs(page, 'Ana');
  await page.goto('/#/settings/audit');
  await expect(grid.getByRole('row', { name: /Locked by Bob/ })).toHaveCount(1);
});

test('idle lock after the chosen minutes; forgot → recovery key → new passphrase; the old one stops; removing the passphrase opens unlocked', async ({ app, page }) => {
  await page.clock.install();
  await app.goto('/');
  await app.startEmpty();
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Set a passphrase…' }).click();
  const setDialog = page.getByRole('dialog', { name: 'Set the office passphrase' });
  await setDialog.getByLabel('Your name').fill('Ana');
  await setDialog.getByLabel('Passphrase', { exact: true }).fill(TEST_PASSPHRASE);
  await setDialog.getByLabel('Passphrase again').fill(TEST_PASSPHRASE);
  await setDialog.getByRole('button', { name: 'Set passphrase' }).click();
  const recoveryKey = await readRecoveryKeyDialog(page);
  await closeRecoveryKeyDialog(page);

  // Lock after 5 minutes without use; use in between starts the count again.
  await page.getByLabel('Lock after').selectOption({ label: '5 minutes' });
  await expect(page.getByLabel('Lock after')).toHaveValue('5');
  await page.clock.fastForward('04:00');
  await expect(app.nav).toBeVisible();
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  await page.clock.fastForward('04:00');
  await expect(app.nav).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(lockScreen(page)).toBeVisible();
  await expect(lockScreen(page).getByText('Locked after 5 minutes without use.')).toBeVisible();
  await expect(app.nav).toHaveCount(0);

  // Forgot the passphrase: a typo is named by its group before anything is tried.
  await lockScreen(page).getByRole('button', { name: 'Forgot the passphrase?' }).click();
  const recover = page.getByRole('form', { name: 'Recover with the recovery key' });
  const typo = recoveryKey.slice(0, 6) + (recoveryKey[6] === 'A' ? 'B' : 'A') + recoveryKey.slice(7);
  await recover.getByLabel('Recovery key').fill(typo);
  await recover.getByRole('button', { name: 'Check the key' }).click();
  await expect(recover.getByRole('alert')).toContainText('Group 2');
  await recover.getByLabel('Recovery key').fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
  await recover.getByRole('button', { name: 'Check the key' }).click();
  await expect(recover.getByText('The recovery key is right.')).toBeVisible();
  await recover.getByLabel('New passphrase', { exact: true }).fill('brand new office words');
  await recover.getByLabel('New passphrase again').fill('brand new office words');
  await lookShot(page, 'lock-recover');
  await recover.getByRole('button', { name: 'Set passphrase and unlock' }).click();
  await expect(app.nav).toBeVisible();

  // The new passphrase opens; the old one does not. (Locked from the palette this time; the sidebar offers Lock too.)
  await expect(app.nav.locator('..').getByRole('button', { name: 'Lock Ctrl L' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').fill('lock');
  await page.getByRole('dialog', { name: 'Command palette' }).getByRole('option', { name: /Lock now/ }).click();
  await expect(lockScreen(page)).toBeVisible();
  const field = lockScreen(page).getByLabel('Passphrase');
  await field.fill(TEST_PASSPHRASE);
  await field.press('Enter');
  await expect(lockScreen(page).getByRole('alert')).toHaveText('That passphrase is not right.');
  await unlockAs(page, 'Ana', 'brand new office words');

  // Removing the passphrase (asked again): the next start opens straight into the office.
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Remove passphrase…' }).click();
  const remove = page.getByRole('dialog', { name: 'Remove the office passphrase?' });
  await remove.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await remove.getByRole('button', { name: 'Remove passphrase' }).click();
  await expect(remove.getByRole('alert')).toHaveText('That passphrase is not right.');
  await remove.getByLabel('Passphrase').fill('brand new office words');
  await remove.getByRole('button', { name: 'Remove passphrase' }).click();
  await expect(page.getByRole('button', { name: 'Set a passphrase…' })).toBeVisible();
  await page.reload();
  await expect(app.nav).toBeVisible();
  await expect(lockScreen(page)).toHaveCount(0);
});
