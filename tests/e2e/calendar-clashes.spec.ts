/**
 * Clashes and free time (issue 13.5–13.6) in real Chromium, through the screens only: two
 * people and Room 2 added; a weekly meeting booked in Room 2 from the calendar's event dialog;
 * an interview scheduled in Room 2 at a later occurrence's time is warned of, naming the room
 * (the interview form and the calendar share one clash check over expanded recurrences and
 * interviews read from their own table); Find a time then skips past both, one click books the
 * next free hour, and the booked meeting opens in the calendar.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const SHOTS = process.env.BACKDESK_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** A Monday at least a week ahead plus `weeks` weeks, as the browser's local date (the office zone defaults to the PC's). */
function monday(weeks = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + 7 + ((8 - d.getDay()) % 7) + 7 * weeks);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function addEmployee(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New employee' }).click();
  const dialog = page.getByRole('dialog', { name: 'New employee' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Add employee' }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

test('a weekly meeting in Room 2; an interview at an occurrence warns of the room; Find a time books the next free hour', async ({ app, page }) => {
  const first = monday();
  const later = monday(2);
  await app.goto('/');
  await app.startEmpty();

  // Two people and a room, through their screens.
  await app.openModule('People');
  await addEmployee(page, 'Ann Manager');
  await app.openModule('People');
  await addEmployee(page, 'Bob Boss');
  await app.goto('/#/calendar/rooms');
  await page.getByRole('button', { name: 'Add room' }).click();
  const roomDialog = page.getByRole('dialog', { name: 'Add a room' });
  await roomDialog.getByLabel('Room name').fill('Room 2');
  await roomDialog.getByRole('button', { name: 'Add room' }).click();
  await expect(page.getByRole('table', { name: 'Rooms' }).getByText('Room 2')).toBeVisible();

  // Ann's weekly review, Mondays 09:00–10:00 in Room 2, from the calendar.
  await app.goto('/#/calendar');
  await page.getByRole('button', { name: 'New event' }).click();
  const ev = page.getByRole('dialog', { name: /event/i });
  await ev.getByLabel('Title').fill('Weekly review');
  await ev.getByLabel('Whose diary').selectOption({ label: 'Ann Manager' });
  // (The dialog's selects are named with their options' text too, so the room's is found by its start.)
  await ev.getByRole('combobox', { name: /^Room/ }).selectOption({ label: 'Room 2' });
  await ev.getByLabel('Start date').fill(first);
  await ev.getByLabel('Start time').fill('09:00');
  await ev.getByLabel('End date').fill(first);
  await ev.getByLabel('End time').fill('10:00');
  await ev.getByLabel('Repeat', { exact: true }).selectOption({ label: 'Custom rule (RRULE)' });
  await ev.getByLabel('Rule (RFC 5545 RRULE)').fill('FREQ=WEEKLY;BYDAY=MO');
  await ev.getByRole('button', { name: 'Add event' }).click();
  await expect(ev).toBeHidden();

  // An interview in Room 2 at 9:30 two Mondays later (an occurrence, not the first): the room is named.
  await app.openModule('Recruiting');
  await page.getByRole('button', { name: 'New candidate' }).click();
  const cand = page.getByRole('dialog', { name: 'New candidate' });
  await cand.getByLabel('Name').fill('Grace Hopper');
  await cand.getByLabel('Email').fill('grace@example.com');
  await cand.getByRole('button', { name: 'Add candidate' }).click();
  // The card's Open link sits beside its handle (issue 16.18: no control inside another).
  await page.locator('.rec-card').filter({ has: page.getByRole('button', { name: /^Grace Hopper\b/ }) }).getByRole('link', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { name: 'Grace Hopper', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Schedule interview' }).click();
  const form = page.getByRole('form', { name: 'Schedule interview' });
  await form.getByLabel('Interview date').fill(later);
  await form.getByLabel('Start time').fill('09:30');
  await form.getByLabel('Length (minutes)').fill('45');
  await form.getByLabel('Room', { exact: true }).selectOption({ label: 'Room 2' });
  const warning = form.getByRole('alert');
  await expect(warning).toContainText('Calendar clash');
  await expect(warning.getByRole('listitem')).toHaveText([/^Room 2 is booked for “Weekly review”, Mon, .* 9:00 AM – 10:00 AM$/]);
  // Bob is free then; Ann, in the meeting, is named too.
  await form.getByRole('checkbox', { name: 'Bob Boss' }).check();
  await form.getByRole('checkbox', { name: 'Ann Manager' }).check();
  await expect(warning.getByRole('listitem')).toHaveText([/^Ann Manager is busy with “Weekly review”/, /^Room 2 is booked for “Weekly review”/]);
  await shot(page, 'interview-room-clash');
  await form.getByRole('button', { name: 'Schedule anyway' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('region', { name: 'Interviews' }).getByText(/Room 2/)).toBeVisible();

  // Find a time: nobody picked yet says what to do.
  await app.goto('/#/calendar/find-time');
  await expect(page.getByRole('heading', { name: 'Find a time', level: 1 })).toBeVisible();
  const results = page.getByRole('region', { name: 'Free times' });
  await expect(results.getByRole('heading', { name: 'Pick who is meeting' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Ann Manager' }).check();
  await page.getByRole('checkbox', { name: 'Bob Boss' }).check();
  await page.getByLabel('Room', { exact: true }).selectOption({ label: 'Room 2' });
  await page.getByLabel('Length', { exact: true }).selectOption({ label: '1 hour' });
  await page.getByLabel('From').fill(later);
  await expect(page.getByText('Owner: Ann Manager; with Bob Boss')).toBeVisible();

  // The room is held by the meeting and then the interview until 10:15: that is the first free hour.
  const slot = results.getByRole('button').first();
  await expect(slot).toHaveAccessibleName(/^Mon, .* 10:15 AM – 11:15 AM$/);
  await slot.click();
  await expect(slot).toHaveAttribute('aria-pressed', 'true');
  const book = results.getByRole('form', { name: /^Book Mon/ });
  await expect(book.getByLabel('Title')).toHaveValue('Meeting');
  await book.getByLabel('Title').fill('Follow-up');
  await shot(page, 'find-time-book');
  await book.getByRole('button', { name: 'Book' }).click();
  const booked = page.getByRole('status').filter({ hasText: 'Booked “Follow-up”' });
  await expect(booked).toContainText('10:15 AM – 11:15 AM in Room 2');
  // The booked hour is no longer free.
  await expect(results.getByRole('button').first()).toHaveAccessibleName(/^Mon, .* 11:15 AM – 12:15 PM$/);
  await shot(page, 'find-time-booked');

  // The booked meeting opens in the calendar.
  await booked.getByRole('link', { name: 'Open in calendar' }).click();
  await expect(page.getByRole('dialog').getByLabel('Title')).toHaveValue('Follow-up');
});
