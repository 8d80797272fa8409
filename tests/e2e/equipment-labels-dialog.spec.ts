/**
 * The label dialog's words follow the stock (issue 12 review): a sheet defaults to the office's
 * paper (US Letter for en-US, A4 for en-GB), the start position's range follows the chosen
 * sheet (1 to 30 on Letter, 1 to 24 on A4), and the single-label stock has no start position
 * and says one label per page.
 */
import { test, expect } from './support/fixtures';

test('label stock: the office paper by default, the start range follows the sheet, single labels one per page', async ({ app, page }) => {
  await app.goto('/');
  await app.loadSampleOffice();
  await app.goto('/#/equipment');
  await page.getByRole('button', { name: 'Print labels…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Print labels for \d+ items$/ });
  const start = dialog.getByRole('spinbutton', { name: 'Start at label' });
  await expect(dialog.getByRole('radio', { name: /US Letter sheet/ })).toBeChecked();
  await expect(dialog).toContainText('counted across rows (1 to 30)');
  await expect(start).toHaveAttribute('max', '30');

  await dialog.getByRole('radio', { name: /A4 sheet/ }).check();
  await expect(dialog).toContainText('counted across rows (1 to 24)');
  await expect(start).toHaveAttribute('max', '24');
  await start.fill('25');
  await dialog.getByRole('button', { name: 'Print labels' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The first free label is a position from 1 to 24 on this sheet.');

  await dialog.getByRole('radio', { name: /Single label/ }).check();
  await expect(start).toHaveCount(0);
  await expect(dialog.getByRole('status')).toContainText(/^\d+ labels, one per page\./);
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Discard' }).click();
  await expect(dialog).toBeHidden();

  // One item's label from its page: the single stock, no start position, "1 label, one per page".
  await page.getByRole('link', { name: 'Paper shredder' }).click();
  await page.getByRole('region', { name: 'Print' }).getByRole('button', { name: 'Print label' }).click();
  const one = page.getByRole('dialog', { name: 'Print the label of Paper shredder' });
  await expect(one.getByRole('radio', { name: /Single label/ })).toBeChecked();
  await expect(one.getByRole('spinbutton', { name: 'Start at label' })).toHaveCount(0);
  await expect(one.getByRole('status')).toContainText('1 label, one per page.');
  await one.getByRole('radio', { name: /A4 sheet/ }).check();
  await expect(one.getByRole('status')).toContainText('1 label on 1 sheet.');
  await page.keyboard.press('Escape');
  await one.getByRole('button', { name: 'Discard' }).click();

  // An office in the UK gets A4 sheets by default.
  await app.openModule('Settings');
  const profile = page.getByRole('form', { name: 'Company profile' });
  await profile.getByLabel('Language and region').selectOption('en-GB');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Company profile saved')).toBeVisible();
  await app.goto('/#/equipment');
  await page.getByRole('button', { name: 'Print labels…' }).click();
  await expect(dialog.getByRole('radio', { name: /A4 sheet/ })).toBeChecked();
  await expect(dialog).toContainText('counted across rows (1 to 24)');
});
