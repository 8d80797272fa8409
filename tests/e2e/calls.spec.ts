/**
 * The front desk's calls (issue 14.2–14.4) in real Chromium, from an empty office:
 * 1. a call from a known number shows the vendor — a vendor with a phone and an order, F2 with
 *    the number typed another way → the number read (E.164 and the office's form), the caller
 *    card with the vendor and its open order; Ctrl+K with the number finds the vendor first and
 *    offers "Log a call from …"; Enter saves; the notice opens the call; the log lists it.
 * 2. a message for someone out → over a day (taken two days ago) → flagged on the Messages page
 *    and in their People row → its day's slips print (PDF read back) → a call-back task in one
 *    click, shown (not offered again) on Messages and the call page, whose headings run H1 → H2 →
 *    H3 → "Called back" closes it with the time. Calls → By contact: ↑/↓ and Enter pick a caller.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { pdfText } from './support/pdf';
import { printToPdf } from './support/print';

const SHOTS = process.env.BACKDESK_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
};

const pad = (n: number) => String(n).padStart(2, '0');
const localInput = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

test('a call from a known number shows the vendor and its open order', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();

  // A vendor with a phone, and an order for it.
  await page.goto('/#/vendors/new');
  const vendorForm = page.getByRole('form', { name: 'New vendor' });
  await vendorForm.getByLabel('Name').fill('Acme Office Supply');
  await vendorForm.getByLabel('Phone').fill('207-555-0195');
  await vendorForm.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.getByRole('heading', { name: 'Acme Office Supply' })).toBeVisible();
  await page.goto('/#/purchasing/new');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/#\/purchasing\/[^/]+$/);
  await expect(page.getByRole('heading', { name: /PO-\d{4}-\d{4}/ }).first()).toBeVisible();
  const poNumber = /PO-\d{4}-\d{4}/.exec((await page.locator('main').textContent()) ?? '')?.[0];
  expect(poNumber).toBeTruthy();

  // F2 from any screen; the number typed another way.
  await page.goto('/#/inventory');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('F2');
  const form = page.getByRole('dialog', { name: 'Log a call' });
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Number')).toBeFocused();
  await form.getByLabel('Number').fill('+1 (207) 555 0195');
  await expect(form.getByText('+12075550195 · (207) 555-0195')).toBeVisible();
  const card = form.getByRole('complementary', { name: 'Caller' });
  await expect(card.getByRole('link', { name: 'Acme Office Supply' })).toBeVisible();
  await expect(card).toContainText('Vendor');
  await expect(card.getByRole('link', { name: poNumber! })).toBeVisible();
  await expect(card).toContainText('Draft');
  // A vendor with no person on file: Company is the vendor, Caller is left for the person's name.
  await expect(form.getByRole('combobox', { name: 'Caller' })).toHaveValue('');
  await expect(form.getByLabel('Company')).toHaveValue('Acme Office Supply');
  await shot(page, 'call-form-vendor');

  // A wrong number says so.
  await form.getByLabel('Number').fill('12');
  await expect(form.getByText(/Not a valid phone number/)).toBeVisible();
  // Esc asks before throwing the typed text away.
  await page.keyboard.press('Escape');
  await expect(form.getByText('Discard what you typed?')).toBeVisible();
  await form.getByRole('button', { name: 'Discard' }).click();
  await expect(form).toBeHidden();

  // Ctrl+K with the number: the vendor first, then "Log a call from …" opening the form prefilled.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Search everything' }).fill('207 555 0195');
  const options = palette.getByRole('option');
  await expect(options.first()).toContainText('Acme Office Supply — Vendor · +1 207-555-0195');
  await expect(options.nth(1)).toContainText('Log a call from +1 207-555-0195');
  await shot(page, 'palette-phone');
  await options.nth(1).click();
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Number')).toHaveValue('207 555 0195');
  await expect(form.getByRole('combobox', { name: 'Caller' })).toHaveValue('Acme Office Supply');
  await form.getByLabel('Subject').fill('Toner delivery date');
  await form.getByLabel('Duration (minutes)').fill('4');
  await form.getByLabel('Subject').press('Enter');
  await expect(form).toBeHidden();
  const notice = page.getByRole('status').filter({ hasText: 'Call with Acme Office Supply logged' });
  await expect(notice).toBeVisible();
  await notice.getByRole('link', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { name: 'Call from Acme Office Supply' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Acme Office Supply' }).first()).toHaveAttribute('href', /#\/vendors\//);
  // An edit is not lost by leaving the page: it asks first.
  const details = page.getByRole('form', { name: 'Call details' });
  await details.getByLabel('Subject').fill('Toner delivery date confirmed');
  await app.nav.getByRole('link', { name: 'Dashboard', exact: true }).click();
  const ask = page.getByRole('dialog', { name: 'Discard what you typed?' });
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(details.getByLabel('Subject')).toHaveValue('Toner delivery date confirmed');
  await details.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').getByText('Call saved')).toBeVisible();

  // The log, by day and by search on digits.
  await page.goto('/#/calls');
  const grid = page.getByRole('table', { name: 'Calls' });
  await expect(grid.getByText('Toner delivery date')).toBeVisible();
  await page.getByRole('group', { name: 'Show calls' }).getByRole('button', { name: 'Search' }).click();
  await page.getByLabel('Search the whole log').fill('555-0195');
  await expect(grid.getByText('Toner delivery date')).toBeVisible();
  await shot(page, 'call-log');

  // By contact: the suggestions are a listbox the arrows walk and Enter takes.
  await page.getByRole('group', { name: 'Show calls' }).getByRole('button', { name: 'By contact' }).click();
  const who = page.getByRole('combobox', { name: 'Caller’s number or name' });
  await who.fill('Acme');
  const suggestion = page.getByRole('listbox', { name: 'Callers' }).getByRole('option', { name: /Acme Office Supply/ });
  await expect(suggestion).toBeVisible();
  await who.press('ArrowDown');
  await expect(suggestion).toHaveAttribute('aria-selected', 'true');
  await expect(who).toHaveAttribute('aria-activedescendant', (await suggestion.getAttribute('id'))!);
  await shot(page, 'calls-by-contact');
  await who.press('Enter');
  await expect(page.getByRole('listbox', { name: 'Callers' })).toBeHidden();
  await expect(grid.getByText('Toner delivery date')).toBeVisible();
  await expect(grid.getByText('(207) 555-0195')).toBeVisible();
});

test('a message for someone out: flagged, on their People row, slips printed, called back', async ({ app, page }, testInfo) => {
  await app.goto('/');
  await app.startEmpty();
  await page.goto('/#/people');
  await page.getByRole('button', { name: 'New employee' }).click();
  const newEmployee = page.getByRole('dialog', { name: 'New employee' });
  await newEmployee.getByLabel('Name').fill('Grace Hopper');
  await newEmployee.getByRole('button', { name: 'Add employee' }).click();
  await expect(page.getByRole('heading', { name: 'Grace Hopper' })).toBeVisible();

  // The message, taken two days ago (so it is over a day old), by Ctrl+Shift+L.
  const taken = new Date(Date.now() - 2 * 86_400_000);
  taken.setHours(10, 5, 0, 0);
  const takenDay = `${taken.getFullYear()}-${pad(taken.getMonth() + 1)}-${pad(taken.getDate())}`;
  await page.keyboard.press('Control+Shift+L');
  const form = page.getByRole('dialog', { name: 'Log a call' });
  await expect(form).toBeVisible();
  await form.getByLabel('Number').fill('(207) 555-0111');
  await expect(form.getByRole('complementary', { name: 'Caller' })).toContainText('Unknown number');
  await form.getByRole('combobox', { name: 'Caller' }).fill('Sam <Lee>');
  await form.getByLabel('Company').fill('Lee & Co');
  await form.getByLabel('For').selectOption({ label: 'Grace Hopper' });
  await form.getByLabel('Message kind').selectOption('Please call back');
  await form.getByLabel('Urgent').check();
  await form.getByRole('textbox', { name: 'Message' }).fill('About the invoice\nbefore Friday');
  await form.getByLabel('Time').fill(localInput(taken));
  await shot(page, 'call-form-message');
  await form.getByRole('textbox', { name: 'Message' }).press('Control+Enter');
  await expect(form).toBeHidden();
  const notice = page.getByRole('status').filter({ hasText: 'Message from Sam <Lee> saved' });
  await notice.getByRole('button', { name: 'Make call-back task' }).click();
  await expect(notice).toContainText('Task “Call back Sam <Lee> (Lee & Co)” made');
  await expect(notice.getByRole('link', { name: 'Open task' })).toHaveAttribute('href', /#\/tasks\//);

  // In Grace's row in People: one message, over a day.
  await page.goto('/#/people');
  const row = page.getByRole('row').filter({ hasText: 'Grace Hopper' });
  await expect(row.getByRole('link', { name: /1 message · 1 over a day/ })).toBeVisible();
  await shot(page, 'people-badge');
  await row.getByRole('link', { name: /1 message/ }).click();
  await expect(page.getByRole('heading', { name: 'Messages for Grace Hopper' })).toBeVisible();

  // On the Messages page: flagged in words.
  await page.goto('/#/calls/messages');
  const group = page.getByRole('region', { name: 'Messages for Grace Hopper' });
  const item = group.getByRole('listitem', { name: 'Message from Sam <Lee>' });
  await expect(item).toContainText('Over a day');
  await expect(item).toContainText('Urgent');
  await expect(item).toContainText('Please call back');
  // Its buttons say which message; the task made from the notice is shown, not offered again.
  await expect(item.getByRole('button', { name: 'Called back: Sam <Lee> for Grace Hopper' })).toBeVisible();
  await expect(item.getByRole('link', { name: 'Task: Call back Sam <Lee> (Lee & Co)' })).toHaveAttribute('href', /#\/tasks\//);
  await expect(item.getByRole('button', { name: /Make task/ })).toHaveCount(0);
  await shot(page, 'messages');
  // The call page: headings in order, the number as dialled, the task linked rather than made again.
  await item.getByRole('link', { name: 'Sam <Lee>', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Call from Sam <Lee>' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Details' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Who called' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open call-back task' })).toHaveAttribute('href', /#\/tasks\//);
  await expect(page.getByRole('button', { name: 'Make call-back task' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Call back Sam <Lee> (Lee & Co)' })).toBeVisible();
  await shot(page, 'call-page');
  await page.goBack();
  await expect(item).toBeVisible();

  // The day's slips, read back from the PDF.
  await page.getByRole('button', { name: 'Print today’s slips' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print message slips' });
  await dialog.getByLabel('Day').fill(takenDay);
  await dialog.getByRole('radio', { name: 'US Letter' }).check();
  const pdf = testInfo.outputPath('slips.pdf');
  await printToPdf(page, () => dialog.getByRole('button', { name: 'Print', exact: true }).click(), pdf);
  const text = await pdfText(pdf);
  expect(text).toContain('WHILE YOU WERE OUT');
  expect(text).toMatch(/For:\s+Grace Hopper/);
  expect(text).toMatch(/From:\s+Sam <Lee>/);
  expect(text).toMatch(/Of:\s+Lee & Co/);
  expect(text).toContain('(207) 555-0111');
  expect(text).toContain('10:05');
  expect(text).toMatch(/X\s+Please call/);
  expect(text).toMatch(/X\s+Urgent/);
  expect(text).toContain('About the invoice');
  expect(text).toContain('before Friday');

  // Called back: closed with the time.
  await item.getByRole('button', { name: 'Called back' }).click();
  await expect(page.getByRole('heading', { name: 'No open messages' })).toBeVisible();
  const closed = page.getByRole('table', { name: 'Closed messages' });
  await expect(closed.getByRole('row').filter({ hasText: 'Sam <Lee>' })).toContainText(/Called back .*\d{1,2}:\d{2}/);
  await expect(closed.getByRole('button', { name: 'Reopen: Sam <Lee> for Grace Hopper' })).toBeVisible();
  await page.goto('/#/people');
  await expect(page.getByRole('row').filter({ hasText: 'Grace Hopper' }).getByRole('link', { name: /message/ })).toHaveCount(0);
});
