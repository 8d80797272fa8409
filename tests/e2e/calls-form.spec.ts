/**
 * The quick call form at 1024×768 (issue 14, review 10, 12, 13, 15), from an empty office:
 * Taken by starts as the person who uses this PC; a vendor's number fills Company with the vendor and Caller with its person; a save with
 * nobody named is refused with Caller marked and focused while Cancel/Save stay in view; an
 * unknown number's "Add to contacts" puts the form aside (the contact form is not behind it)
 * and F2 gives back everything typed; the message then saves with the number as its caller.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const SHOTS = process.env.BACKDESK_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
};

test('the call form fills the vendor and its person, marks what is missing and survives Add to contacts', async ({ app, page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await app.goto('/');
  await app.startEmpty();

  // The person who uses this PC (calendar settings) takes the calls.
  await page.goto('/#/people');
  await page.getByRole('button', { name: 'New employee' }).click();
  const newEmployee = page.getByRole('dialog', { name: 'New employee' });
  await newEmployee.getByLabel('Name').fill('Grace Hopper');
  await newEmployee.getByRole('button', { name: 'Add employee' }).click();
  await expect(page.getByRole('heading', { name: 'Grace Hopper' })).toBeVisible();
  await page.goto('/#/settings');
  await page.getByLabel('Who uses this PC').selectOption({ label: 'Grace Hopper' });
  await page.getByRole('button', { name: 'Save calendar settings' }).click();
  await expect(page.getByText('Calendar settings saved')).toBeVisible();

  await page.goto('/#/vendors/new');
  const vendorForm = page.getByRole('form', { name: 'New vendor' });
  await vendorForm.getByLabel('Name').fill('Northeast Office Supply Co.');
  await vendorForm.getByLabel('Contact person').fill('Karen Boucher');
  await vendorForm.getByLabel('Phone').fill('207-555-0180');
  await vendorForm.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.getByRole('heading', { name: 'Northeast Office Supply Co.' })).toBeVisible();

  // 10: the vendor is the company, its person the caller.
  await page.keyboard.press('F2');
  const form = page.getByRole('dialog', { name: 'Log a call' });
  await expect(form.getByLabel('Number')).toBeFocused();
  await form.getByLabel('Number').fill('207 555 0180');
  const callerField = form.getByRole('combobox', { name: 'Caller' });
  await expect(callerField).toHaveValue('Karen Boucher');
  await expect(form.getByLabel('Company')).toHaveValue('Northeast Office Supply Co.');
  await expect(form.getByLabel('Taken by')).toHaveValue(/.+/);
  await expect(form.getByLabel('Taken by').locator('option:checked')).toHaveText('Grace Hopper');
  await shot(page, 'call-form-vendor-1024');

  // 12: nobody named → Caller marked and focused, Save and Cancel still in view.
  await form.getByLabel('Number').fill('');
  await callerField.fill('');
  await form.getByLabel('Company').fill('');
  await form.getByLabel('Subject').fill('Toner quote');
  await form.getByRole('button', { name: 'Save call' }).click();
  await expect(callerField).toBeFocused();
  await expect(callerField).toHaveAttribute('aria-invalid', 'true');
  await expect(callerField).toHaveAccessibleDescription('Enter who called, or their number.');
  await expect(form.getByRole('button', { name: 'Save call' })).toBeInViewport({ ratio: 1 });
  await expect(form.getByRole('button', { name: 'Cancel' })).toBeInViewport({ ratio: 1 });
  await shot(page, 'call-form-invalid-1024');

  // 15: an unknown number, a message typed, Add to contacts → the form is put aside, not lost.
  await form.getByLabel('Number').fill('207-555-0199');
  await form.getByLabel('Message kind').selectOption({ label: 'Please call back' });
  await form.getByRole('textbox', { name: 'Message', exact: true }).fill('Wants a quote for 40 cartons');
  const card = form.getByRole('complementary', { name: 'Caller' });
  await expect(card.getByRole('heading', { name: 'Unknown number' })).toBeVisible();
  await card.getByRole('link', { name: 'Add to contacts' }).click();
  await expect(form).toBeHidden();
  await expect(page).toHaveURL(/#\/contacts\/new/);
  await expect(page.getByRole('textbox', { name: 'Phone 1' })).toHaveValue('+12075550199');
  await expect(page.getByRole('status').filter({ hasText: 'F2 takes you back' })).toBeVisible();
  await shot(page, 'call-form-put-aside-1024');
  await page.keyboard.press('F2');
  await expect(form.getByLabel('Number')).toHaveValue('207-555-0199');
  await expect(form.getByLabel('Subject')).toHaveValue('Toner quote');
  await expect(form.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue('Wants a quote for 40 cartons');
  // Given back, it asks before discarding.
  await page.keyboard.press('Escape');
  await expect(form.getByText('Discard what you typed?')).toBeVisible();
  await form.getByRole('button', { name: 'Keep editing' }).click();
  await shot(page, 'call-form-resumed-1024');

  // 12: the number alone names the caller.
  await form.getByRole('button', { name: 'Save message' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Message from (207) 555-0199 saved' })).toBeVisible();
});
