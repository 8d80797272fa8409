/**
 * Nothing typed is lost by a stray Escape or Cancel (FormDialog): an untouched form closes at
 * once; a changed one asks "Discard what you typed?" inside the dialog, with Keep editing
 * focused (Escape again keeps editing too) and Discard closing it without saving.
 */
import { test, expect } from './support/fixtures';

test('a changed form asks before Escape or Cancel throws it away; an untouched one closes at once', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Equipment');
  const newItem = page.getByRole('button', { name: 'New item' });
  const form = page.getByRole('dialog', { name: 'New equipment' });

  // Untouched: Escape closes at once.
  await newItem.click();
  await expect(form.getByLabel('Name')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  // Typed: Escape asks; Keep editing is focused; a second Escape keeps editing, text intact.
  await newItem.click();
  await form.getByLabel('Name').fill('Label printer');
  await page.keyboard.press('Escape');
  const ask = form.getByRole('alert').filter({ hasText: 'Discard what you typed?' });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  if (process.env.BACKDESK_SHOTS_DIR) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `${process.env.BACKDESK_SHOTS_DIR}/discard-${scheme}.png` });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Name')).toHaveValue('Label printer');
  await expect(form.getByLabel('Name')).toBeFocused();

  // Cancel asks too; Keep editing goes back to the form.
  await form.getByRole('button', { name: 'Cancel' }).click();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(form.getByLabel('Name')).toHaveValue('Label printer');
  await expect(form.getByRole('button', { name: 'Add to register' })).toBeVisible();

  // A changed select counts as typing; Discard closes without saving.
  await form.getByLabel('Category').selectOption('Computer');
  await page.keyboard.press('Escape');
  await ask.getByRole('button', { name: 'Discard' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('region', { name: 'No equipment yet' })).toBeVisible();

  // Opened again, the form starts untouched: Escape closes at once.
  await newItem.click();
  await expect(form.getByLabel('Name')).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
});
