/**
 * The item's Edit form cannot retire or dispose of an item without both the date and the
 * reason (issue 12.1): each missing one is refused in words, nothing is saved, and with both
 * the item says when and why. Checked through the form, not assumed from the domain rule.
 */
import { test, expect } from './support/fixtures';

test('Edit → Retired or Disposed needs the date and the reason', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();
  await app.goto('/#/equipment/new');
  const form = page.getByRole('dialog', { name: 'New equipment' });
  await form.getByLabel('Name').fill('Old monitor');
  await form.getByLabel('Name').press('Enter');
  await expect(page.getByRole('heading', { name: 'Old monitor', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Old monitor' });
  await edit.getByLabel('Status').selectOption('Retired');
  // Neither: both refused.
  await edit.getByLabel('Date retired').fill('');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByRole('alert')).toHaveText('Enter the date the item was retired. Enter why the item was retired.');
  // A reason of spaces is no reason.
  await edit.getByLabel('Date retired').fill('2026-02-27');
  await edit.getByLabel('Reason').fill('   ');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByRole('alert')).toHaveText('Enter why the item was retired.');
  // The reason without the date.
  await edit.getByLabel('Status').selectOption('Disposed');
  await edit.getByLabel('Date disposed').fill('');
  await edit.getByLabel('Reason').fill('Screen cracked');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByRole('alert')).toHaveText('Enter the date the item was disposed.');
  // Nothing was saved meanwhile.
  await expect(page.getByRole('note')).toHaveCount(0);
  // Both: saved, and the item says when and why.
  await edit.getByLabel('Date disposed').fill('2026-02-27');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('note')).toHaveText('Disposed on Feb 27, 2026: Screen cracked');

  // Editing a disposed item: clearing the reason is refused too.
  await page.getByRole('button', { name: 'Edit' }).click();
  await edit.getByLabel('Reason').fill('');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByRole('alert')).toHaveText('Enter why the item was disposed.');
  await page.keyboard.press('Escape');
  await edit.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('note')).toHaveText('Disposed on Feb 27, 2026: Screen cracked');
});
