/**
 * Calendar settings, rooms, reminders and the Dashboard's Today (issue 13, 13.7), in real
 * Chromium: set the office zone and working hours (kept after a reload); add, edit and
 * deactivate a room; an event with a 15-minute reminder raises a toast when the (Playwright)
 * clock reaches it — no sleeps —, a reminder not dismissed shows again after a restart and a
 * dismissed one does not; the Dashboard lists today's item and opens it.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

// Screenshots for looking at the screens are taken only when asked (BACKDESK_SHOTS=<folder>).
const SHOTS = process.env.BACKDESK_SHOTS;

async function shot(page: Page, name: string, width = 1366, height = 900): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize({ width, height });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  if (width === 1366) {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await page.screenshot({ path: `${SHOTS}/${name}-dark.png`, fullPage: true });
    await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.screenshot({ path: `${SHOTS}/${name}-1024.png`, fullPage: true });
    await page.setViewportSize({ width, height });
  }
}

test.use({ timezoneId: 'Europe/London' });

test('office zone and working hours are saved; rooms are added, edited and deactivated', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();
  await page.goto('/#/settings');
  const section = page.getByRole('region', { name: 'Calendar' });
  // Default: the PC's zone.
  await expect(section.getByRole('combobox', { name: 'Office time zone' })).toHaveValue('Europe/London');
  await section.getByRole('searchbox', { name: 'Search office time zones' }).fill('new york');
  await expect(section.getByRole('combobox', { name: 'Office time zone' })).toHaveValue('America/New_York');
  await section.getByLabel('Working day starts').fill('08:00');
  await section.getByLabel('Working day ends').fill('16:00');
  await section.getByRole('checkbox', { name: 'Friday' }).uncheck();
  await section.getByRole('button', { name: 'Save calendar settings' }).click();
  await expect(page.getByRole('status')).toContainText('Calendar settings saved');
  await shot(page, 'settings-calendar');

  await page.reload();
  await app.waitForApp();
  const again = page.getByRole('region', { name: 'Calendar' });
  await expect(again.getByRole('combobox', { name: 'Office time zone' })).toHaveValue('America/New_York');
  await expect(again.getByLabel('Working day starts')).toHaveValue('08:00');
  await expect(again.getByLabel('Working day ends')).toHaveValue('16:00');
  await expect(again.getByRole('checkbox', { name: 'Friday' })).not.toBeChecked();
  await expect(again.getByRole('checkbox', { name: 'Thursday' })).toBeChecked();

  // A day that ends before it starts is refused with the schema's words, nothing saved.
  await again.getByLabel('Working day ends').fill('07:00');
  await again.getByRole('button', { name: 'Save calendar settings' }).click();
  await expect(again.getByRole('alert')).toContainText('The working day ends before it starts.');

  // Rooms: empty state, then a room added from the keyboard (Enter saves).
  await page.goto('/#/calendar/rooms');
  await expect(page.getByRole('heading', { name: 'Rooms', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'No rooms yet' })).toBeVisible();
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'Add a room' });
  await expect(dialog.getByLabel('Room name')).toBeFocused();
  await dialog.getByLabel('Room name').fill('Board room');
  await dialog.getByLabel('Capacity').fill('12');
  await dialog.getByLabel('Where').fill('2nd floor');
  await dialog.getByLabel('Equipment in the room').fill('Screen, conference phone, video-call kit, whiteboard');
  await dialog.getByLabel('Equipment in the room').press('Enter');
  await expect(dialog).toBeHidden();
  const row = page.getByRole('table', { name: 'Rooms' }).getByRole('row').filter({ hasText: 'Board room' });
  await expect(row).toContainText('12');
  await expect(row).toContainText('2nd floor');
  await expect(row).toContainText('Screen, conference phone');
  await expect(row).toContainText('In use');

  await row.getByRole('button', { name: 'Edit Board room' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Board room' });
  await edit.getByLabel('Capacity').fill('14');
  await edit.getByRole('button', { name: 'Save room' }).click();
  await expect(row).toContainText('14');
  await row.getByRole('button', { name: 'Deactivate Board room' }).click();
  await expect(row).toContainText('Deactivated');
  await expect(row.getByRole('button', { name: 'Reactivate Board room' })).toBeVisible();
  // At 1024 wide the whole table fits: the actions are on screen, no sideways scroll.
  await page.setViewportSize({ width: 1024, height: 800 });
  await expect(row.getByRole('button', { name: 'Reactivate Board room' })).toBeInViewport({ ratio: 1 });
  const wrap = page.locator('.table-wrap').filter({ has: page.getByRole('table', { name: 'Rooms' }) });
  expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, 'rooms');

  // Room diary: the calendar opens with the room's column ticked.
  await row.getByRole('link', { name: 'Room diary: Board room' }).click();
  await expect(page).toHaveURL(/#\/calendar$/);
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
});

test('a reminder toasts at start − 15 minutes, survives a restart until dismissed; the Dashboard lists today and opens it', async ({ app, page }) => {
  await page.clock.install({ time: new Date('2026-12-07T08:30:00Z') });
  await app.goto('/');
  await app.startEmpty();

  // An event at 09:00 London time with a 15-minute reminder, through the calendar's own form.
  await page.goto('/#/calendar');
  await page.getByRole('button', { name: 'New event' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('Title').fill('Board meeting');
  await form.getByLabel('Start date').fill('2026-12-07');
  await form.getByLabel('Start time').fill('09:00');
  await form.getByLabel('End date').fill('2026-12-07');
  await form.getByLabel('End time').fill('10:00');
  await form.getByLabel('Location').fill('Board room');
  await form.getByLabel('Reminder').selectOption({ label: '15 minutes before' });
  await form.getByRole('button', { name: 'Add event' }).click();
  await expect(form).toBeHidden();

  const reminders = page.getByRole('region', { name: 'Reminders' });
  await app.openModule('Dashboard');
  const today = page.getByRole('list', { name: 'Today’s diary items' });
  await expect(today.getByRole('link')).toHaveCount(1);
  await expect(today.getByRole('link').first()).toContainText(/9:00\s*–\s*10:00/);
  await expect(today.getByRole('link').first()).toContainText('Board meeting');
  await expect(today.getByRole('link').first()).toContainText('Board room');
  // Not due yet: listed under reminders due soon, no toast.
  await expect(page.getByRole('list', { name: 'Reminders due soon' })).toContainText('Board meeting');
  await expect(reminders).toHaveCount(0);

  // The clock reaches 08:45: the one timer set for it fires.
  await page.clock.fastForward('15:00');
  const toast = reminders.getByRole('alert').filter({ hasText: 'Board meeting' });
  await expect(toast).toBeVisible();
  await expect(toast).toContainText(/9:00\s*–\s*10:00/);
  await shot(page, 'reminder-toast');

  // Not dismissed: a restart shows it again (the event has not ended).
  await page.reload();
  await app.waitForApp();
  await expect(reminders.getByRole('alert').filter({ hasText: 'Board meeting' })).toBeVisible();
  await reminders.getByRole('button', { name: 'Dismiss' }).click();
  await expect(reminders).toHaveCount(0);

  // Dismissed: a restart does not repeat it.
  await page.reload();
  await app.waitForApp();
  await expect(page.getByRole('list', { name: 'Today’s diary items' })).toContainText('Board meeting');
  await expect(page.getByRole('list', { name: 'Reminders due soon' })).toHaveCount(0);
  await expect(reminders).toHaveCount(0);
  await shot(page, 'dashboard-today');

  // The row opens its record.
  await page.getByRole('list', { name: 'Today’s diary items' }).getByRole('link', { name: /Board meeting/ }).click();
  await expect(page).toHaveURL(/#\/calendar\/event\//);
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').getByLabel('Title')).toHaveValue('Board meeting');
});
