/**
 * A repeating event's clashes and guests from the directory (issue 13.2, 13.5), in real
 * Chromium through the screens: a one-off demo holds Room 2 on the third Thursday ahead; a new
 * weekly Thursday meeting in Room 2 is warned of that occurrence before it is saved (grouped by
 * the occurrence, how far ahead was checked), not only of the first one shown; its guest is
 * found by typing part of a candidate's name and picked from the suggestions with the keyboard
 * (name, email and "Candidate" filled in), and the saved meeting keeps the guest.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const SHOTS = process.env.BACKDESK_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => {
      document.documentElement.dataset.theme = t;
    }, theme);
    for (const width of [1024, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: path.join(SHOTS, `${name}-${width}-${theme}.png`) });
    }
  }
  await page.evaluate(() => {
    document.documentElement.dataset.theme = 'light';
  });
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** A Thursday at least a week ahead plus `weeks` weeks, as the browser's local date (the office zone defaults to the PC's). */
function thursday(weeks = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + 7 + ((11 - d.getDay()) % 7) + 7 * weeks);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test('a weekly meeting is warned of a later occurrence’s clash; a candidate is picked as its guest', async ({ app, page }) => {
  const first = thursday();
  const third = thursday(2);
  await app.goto('/');
  await app.startEmpty();

  await app.openModule('People');
  await page.getByRole('button', { name: 'New employee' }).click();
  const person = page.getByRole('dialog', { name: 'New employee' });
  await person.getByLabel('Name').fill('Ann Manager');
  await person.getByRole('button', { name: 'Add employee' }).click();
  await expect(page.getByRole('heading', { name: 'Ann Manager', level: 2 })).toBeVisible();

  await app.openModule('Recruiting');
  await page.getByRole('button', { name: 'New candidate' }).click();
  const cand = page.getByRole('dialog', { name: 'New candidate' });
  await cand.getByLabel('Name').fill('Grace Hopper');
  await cand.getByLabel('Email').fill('grace@example.com');
  await cand.getByRole('button', { name: 'Add candidate' }).click();
  await expect(cand).toBeHidden();

  await app.goto('/#/calendar/rooms');
  await page.getByRole('button', { name: 'Add room' }).click();
  const roomDialog = page.getByRole('dialog', { name: 'Add a room' });
  await roomDialog.getByLabel('Room name').fill('Room 2');
  await roomDialog.getByRole('button', { name: 'Add room' }).click();
  await expect(page.getByRole('table', { name: 'Rooms' }).getByText('Room 2')).toBeVisible();

  // A one-off demo in Room 2 on the third Thursday, 9:30–10:00.
  await app.goto('/#/calendar');
  await page.getByRole('button', { name: 'New event' }).click();
  const demo = page.getByRole('dialog', { name: 'New event' });
  await demo.getByLabel('Title').fill('Vendor demo');
  await demo.getByRole('combobox', { name: /^Room/ }).selectOption({ label: 'Room 2' });
  await demo.getByLabel('Start date').fill(third);
  await demo.getByLabel('Start time').fill('09:30');
  await demo.getByLabel('End date').fill(third);
  await demo.getByLabel('End time').fill('10:00');
  await demo.getByRole('button', { name: 'Add event' }).click();
  await expect(demo).toBeHidden();

  // The weekly meeting from the first Thursday: its first occurrence is free, the third is not.
  await page.getByRole('button', { name: 'New event' }).click();
  const ev = page.getByRole('dialog', { name: 'New event' });
  await ev.getByLabel('Title').fill('Weekly review');
  await ev.getByLabel('Whose diary').selectOption({ label: 'Ann Manager' });
  await ev.getByRole('combobox', { name: /^Room/ }).selectOption({ label: 'Room 2' });
  await ev.getByLabel('Start date').fill(first);
  await ev.getByLabel('Start time').fill('09:00');
  await ev.getByLabel('End date').fill(first);
  await ev.getByLabel('End time').fill('10:00');
  const clashes = ev.getByRole('status', { name: 'Clashes' });
  await ev.getByLabel('Repeat', { exact: true }).selectOption({ label: 'Custom rule (RRULE)' });
  await ev.getByLabel('Rule (RFC 5545 RRULE)').fill('FREQ=WEEKLY;BYDAY=TH');
  await expect(clashes).toContainText(/^\s*1 of the next \d+ occurrences clashes/);
  const occurrences = clashes.getByRole('list', { name: 'Occurrences that clash' });
  await expect(occurrences.getByRole('listitem').first()).toContainText(/^Thu, .* 9:00\s?AM – 10:00\s?AM/);
  await expect(occurrences).toContainText('Room 2 is booked for “Vendor demo”');
  await expect(clashes).toContainText(/Checked every occurrence to \w{3}, \w{3} \d+, \d{4}\./);

  // The guest: typing part of the name suggests the candidate; ↓ Enter picks her.
  const guestName = ev.getByRole('combobox', { name: 'Guest name' });
  await guestName.fill('hopp');
  const suggestions = ev.getByRole('listbox', { name: 'Matching candidates and contacts' });
  await expect(suggestions.getByRole('option')).toHaveText([/^Grace Hopper.*grace@example\.com · Candidate$/]);
  await shot(page, 'event-series-clash-guest');
  // Escape closes the suggestions, not the dialog; ↓ opens them again.
  await guestName.press('Escape');
  await expect(suggestions).toBeHidden();
  await expect(ev).toBeVisible();
  await guestName.press('ArrowDown');
  await expect(suggestions.getByRole('option', { name: /Grace Hopper/ })).toHaveAttribute('aria-selected', 'true');
  await guestName.press('Enter');
  await expect(suggestions).toBeHidden();
  await expect(guestName).toHaveValue('Grace Hopper');
  await expect(ev.getByLabel('Guest email')).toHaveValue('grace@example.com');
  await expect(ev.getByLabel('Guest is a')).toHaveValue('candidate');
  await guestName.press('Enter');
  await expect(ev.getByRole('list', { name: 'Guests' }).getByRole('listitem')).toHaveText([/^Grace Hopper <grace@example.com> Candidate/]);
  // Someone already a guest is not suggested again.
  await guestName.fill('grace');
  await expect(suggestions).toBeHidden();
  await guestName.fill('');

  await ev.getByRole('button', { name: 'Add event' }).click();
  const confirm = ev.getByRole('alertdialog', { name: 'Save with clashes?' });
  await expect(confirm).toContainText('One occurrence clashes with other entries');
  await confirm.getByRole('button', { name: 'Save anyway' }).click();
  await expect(ev).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Added “Weekly review”' })).toContainText('1 occurrence clashes');

  // Opened again from the agenda: the guest is kept. Moving every occurrence a quarter of an
  // hour later asks which occurrences first, then warns of the third one again.
  await page.getByRole('navigation', { name: 'Diaries' }).getByRole('checkbox', { name: 'Ann Manager' }).check();
  const view = page.getByRole('region', { name: 'Diary view' });
  await view.getByRole('button', { name: 'Agenda' }).click();
  await view.getByRole('button', { name: /^Weekly review, 9:00/ }).first().click();
  const edit = page.getByRole('dialog', { name: 'Edit event (one occurrence shown)' });
  await expect(edit.getByRole('list', { name: 'Guests' }).getByRole('listitem')).toHaveText([/^Grace Hopper <grace@example.com> Candidate/]);
  await expect(edit.getByRole('status', { name: 'Clashes' })).toContainText(/^\s*1 of the next \d+ occurrences clashes/);
  await edit.getByLabel('Start time').fill('09:15');
  await edit.getByLabel('End time').fill('10:15');
  await edit.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('dialog', { name: 'Change a repeating event' }).getByRole('button', { name: 'All events' }).click();
  await expect(edit.getByRole('alertdialog', { name: 'Save with clashes?' })).toContainText('One occurrence clashes');
  await edit.getByRole('alertdialog', { name: 'Save with clashes?' }).getByRole('button', { name: 'Go back' }).click();
  // "This event" alone: only the occurrence shown is checked, and it is free.
  await edit.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('dialog', { name: 'Change a repeating event' }).getByRole('button', { name: 'This event' }).click();
  await expect(edit).toBeHidden();
  await expect(view.getByRole('button', { name: /^Weekly review, 9:15/ })).toHaveCount(1);
});
