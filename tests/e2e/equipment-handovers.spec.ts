/**
 * Equipment: who has it and bookings, end to end (issue 12.2, 12.7), on the sample office's
 * people with items added through the register: a laptop checked out with a due-back date in
 * the past shows on Overdue returns (most overdue first, the row opens the item) and on the
 * person's page, flagged once they are leaving; checking it in with a condition keeps both
 * entries in the history. A projector booked for a time refuses a clashing booking with the
 * message in the dialog (what was typed stays), takes a touching one, refuses a check-out over
 * someone else's booking, and a cancelled booking folds away into the past.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

// Screenshots for looking at the screens are taken only when asked (BACKDESK_SHOTS=<folder>).
const SHOTS = process.env.BACKDESK_SHOTS;

const pad = (n: number) => String(n).padStart(2, '0');
/** A local day `offset` days from today, as YYYY-MM-DD (the browser runs on this machine's clock and zone). */
function day(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A YYYY-MM-DD as the app shows it (the sample office's locale, en-US), formatted by the browser's own Intl. */
function shownDate(page: Page, iso: string): Promise<string> {
  return page.evaluate((d) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), iso);
}

/** A datetime-local value as the app shows the instant (local zone, en-US). */
function shownTime(page: Page, local: string): Promise<string> {
  return page.evaluate((v) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(v)), local);
}

async function shot(page: Page, name: string, width = 1366): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** The theme follows the system until chosen, so the dark screenshots emulate a dark system (works with a dialog open). */
async function dark(page: Page, on: boolean): Promise<void> {
  await page.emulateMedia({ colorScheme: on ? 'dark' : 'light' });
}

async function addItem(page: Page, name: string, bookable = false): Promise<void> {
  await page.goto('/#/equipment/new');
  const dialog = page.getByRole('dialog', { name: 'New equipment' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  if (bookable) await dialog.getByLabel('Bookable (can be reserved)').check();
  await dialog.getByRole('button', { name: 'Add to register' }).click();
  await expect(page.getByRole('heading', { name, level: 1 }).or(page.getByRole('heading', { name, level: 2 }))).toBeVisible();
}

test.beforeEach(async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await app.goto('/');
  await app.loadSampleOffice();
});

test('an overdue laptop on Overdue returns and the person page; check-in keeps both entries', async ({ page }) => {
  await addItem(page, 'Loaner laptop E2E');
  const who = page.getByRole('region', { name: 'Who has it' });
  await expect(who.getByLabel('Current holder')).toContainText('Not checked out');
  await expect(who).toContainText('No hand-overs yet');

  await who.getByRole('button', { name: 'Check out…' }).click();
  const out = page.getByRole('dialog', { name: 'Check out Loaner laptop E2E' });
  // Nobody chosen: the dialog says so and keeps what was typed.
  await out.getByLabel('Note').fill('For the site survey');
  await out.getByRole('button', { name: 'Check out', exact: true }).click();
  await expect(out.getByRole('alert')).toHaveText('Choose the person it goes to.');
  await expect(out.getByLabel('Note')).toHaveValue('For the site survey');
  await out.getByRole('combobox', { name: 'Person', exact: true }).selectOption({ label: 'Priya Raman — Design' });
  await out.getByLabel('Check-out date').fill(day(-30));
  await out.getByLabel('Due back (optional)').fill(day(-20));
  await out.getByRole('button', { name: 'Check out', exact: true }).click();
  await expect(out).toBeHidden();
  await expect(who.getByLabel('Current holder')).toContainText(
    `Checked out to Priya Raman since ${await shownDate(page, day(-30))}, due back ${await shownDate(page, day(-20))}.`,
  );
  await expect(who.getByLabel('Current holder')).toContainText('Overdue by 20 days');
  await shot(page, 'item-checked-out');

  // Overdue returns: most overdue first (the sample's loaner is 4 days late), the row opens the item.
  await page.goto('/#/equipment/overdue');
  const tabs = page.getByRole('navigation', { name: 'Equipment screens' });
  await expect(tabs.getByRole('link', { name: 'Overdue returns' })).toHaveAttribute('aria-current', 'page');
  const overdue = page.getByRole('table', { name: 'Overdue returns' });
  const first = overdue.getByRole('row').nth(1);
  await expect(first).toContainText('Loaner laptop E2E');
  await expect(first).toContainText('Priya Raman');
  await expect(first.getByRole('cell').last()).toHaveText('20');
  await shot(page, 'overdue-returns');
  await dark(page, true);
  await shot(page, 'overdue-returns-dark');
  await dark(page, false);
  await first.getByRole('cell').first().click();
  await expect(page).toHaveURL(/#\/equipment\/[^/]+$/);
  await expect(who.getByLabel('Current holder')).toContainText('Priya Raman');

  // The person's page lists what they hold; once leaving, what to return before the last day.
  await who.getByLabel('Current holder').getByRole('link', { name: 'Priya Raman' }).click();
  await expect(page.getByRole('heading', { name: 'Priya Raman' })).toBeVisible();
  const held = page.getByRole('region', { name: 'Equipment held' });
  const heldRow = held.getByRole('row', { name: /Loaner laptop E2E/ });
  await expect(heldRow).toContainText(await shownDate(page, day(-30)));
  await expect(heldRow).toContainText('Overdue');
  await page.getByLabel('End date').fill(day(14));
  await page.getByLabel('Reason').fill('Moving abroad');
  await page.getByRole('button', { name: 'Terminate and archive' }).click();
  // (Priya also has her own workstation from the sample office, so the count is not pinned here.)
  await expect(held.getByRole('status')).toContainText('Leaving: Priya Raman must return');
  await expect(held.getByRole('status')).toContainText(`before their last day, ${await shownDate(page, day(14))}.`);
  await shot(page, 'person-equipment-held');
  await dark(page, true);
  await shot(page, 'person-equipment-held-dark', 1024);
  await dark(page, false);

  // Check in with a condition: the history keeps both entries, newest first.
  await held.getByRole('link', { name: 'Loaner laptop E2E' }).click();
  await who.getByRole('button', { name: 'Check in…' }).click();
  const back = page.getByRole('dialog', { name: 'Check in Loaner laptop E2E' });
  await back.getByLabel('Condition').selectOption({ label: 'Damaged' });
  await back.getByLabel('Note').fill('Cracked hinge');
  await back.getByLabel('Note').press('Enter');
  await expect(back).toBeHidden();
  await expect(who.getByLabel('Current holder')).toContainText('Not checked out');
  const history = who.getByRole('table', { name: 'Hand-over history' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row').nth(1)).toContainText('Checked in');
  await expect(history.getByRole('row').nth(1)).toContainText('Damaged');
  await expect(history.getByRole('row').nth(1)).toContainText('Cracked hinge');
  await expect(history.getByRole('row').nth(2)).toContainText('Checked out');
  await expect(history.getByRole('row').nth(2)).toContainText('Priya Raman');
  await expect(history.getByRole('row').nth(2)).toContainText('For the site survey');
  await shot(page, 'item-history');

  await page.goto('/#/equipment/overdue');
  await expect(page.getByRole('table', { name: 'Overdue returns' })).not.toContainText('Loaner laptop E2E');
});

test('a projector booking refuses a clash with the message and keeps what was typed', async ({ page }) => {
  await addItem(page, 'Projector E2E', true);
  const bookings = page.getByRole('region', { name: 'Bookings' });
  await expect(bookings).toContainText('No upcoming bookings');

  await bookings.getByRole('button', { name: 'Book…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Book Projector E2E' });
  await dialog.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Aisha Mensah — Finance' });
  await dialog.getByLabel('Starts').fill(`${day(10)}T10:00`);
  await dialog.getByLabel('Ends').fill(`${day(10)}T11:00`);
  await dialog.getByLabel('Purpose').fill('Budget review');
  await dialog.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(dialog).toBeHidden();
  const upcoming = bookings.getByRole('table', { name: 'Upcoming bookings' });
  await expect(upcoming.getByRole('row').nth(1)).toContainText('Aisha Mensah');
  const ten = await shownTime(page, `${day(10)}T10:00`);
  const eleven = await shownTime(page, `${day(10)}T11:00`);
  await expect(upcoming.getByRole('row').nth(1)).toContainText(ten);

  // A clash is refused in the dialog, naming the booking; nothing typed is lost.
  await bookings.getByRole('button', { name: 'Book…' }).click();
  await dialog.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Benjamin Wright — Finance' });
  await dialog.getByLabel('Starts').fill(`${day(10)}T10:30`);
  await dialog.getByLabel('Ends').fill(`${day(10)}T11:30`);
  await dialog.getByLabel('Purpose').fill('Audit walkthrough');
  await dialog.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    `Projector E2E is already booked by Aisha Mensah from ${ten} to ${eleven} ("Budget review").`,
  );
  await expect(dialog.getByLabel('Purpose')).toHaveValue('Audit walkthrough');
  await expect(dialog.getByRole('combobox', { name: 'Person' })).toHaveValue(/.+/);
  await shot(page, 'booking-clash');
  await dark(page, true);
  await shot(page, 'booking-clash-dark');
  await dark(page, false);
  // Touching the end of the other booking is fine.
  await dialog.getByLabel('Starts').fill(`${day(10)}T11:00`);
  await dialog.getByLabel('Ends').fill(`${day(10)}T12:00`);
  await dialog.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(upcoming.getByRole('row')).toHaveCount(3);

  // A check-out over someone else's booking is refused too.
  const who = page.getByRole('region', { name: 'Who has it' });
  await who.getByRole('button', { name: 'Check out…' }).click();
  const out = page.getByRole('dialog', { name: 'Check out Projector E2E' });
  await out.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Priya Raman — Design' });
  await out.getByLabel('Due back (optional)').fill(day(12));
  await out.getByRole('button', { name: 'Check out', exact: true }).click();
  await expect(out.getByRole('alert')).toContainText('Projector E2E is booked by Aisha Mensah from');
  await out.getByRole('button', { name: 'Cancel' }).click();
  await out.getByRole('button', { name: 'Discard' }).click();
  await expect(out).toBeHidden();

  // Cancelling keeps the booking, folded away with the past ones.
  await upcoming.getByRole('button', { name: `Cancel the booking by Aisha Mensah from ${ten}` }).click();
  await upcoming.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(upcoming.getByRole('row')).toHaveCount(2);
  await bookings.getByText('Past and cancelled bookings (1)').click();
  await expect(bookings.getByRole('table', { name: 'Past and cancelled bookings' })).toContainText('Cancelled');
  await shot(page, 'bookings');
  await dark(page, true);
  await shot(page, 'bookings-dark', 1024);
});
