/**
 * The calendar screen (issue 13.1–13.4) in real Chromium, with the browser in Los Angeles and
 * the office in London (so every time on screen proves the office-zone display), on a fixed
 * "today" (Thursday 3 December 2026, 10:00 in London):
 * - a weekly meeting with a room made from the keyboard (N … Enter), seen in week view in two
 *   diaries side by side; one occurrence moved to 11:00 for "This event" only while the others
 *   keep 9:00; arrows move the week and T comes back to today;
 * - an event dragged from 9:00 to 11:00 with the mouse and stored at 11:00; a private event
 *   reads "Busy" to someone else using the PC, and in full to its owner.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const SHOTS = process.env.BACKDESK_SHOTS;
/** 10:00 in London, 02:00 in Los Angeles. */
const NOW = new Date('2026-12-03T10:00:00Z');

test.use({ timezoneId: 'America/Los_Angeles', viewport: { width: 1366, height: 900 } });

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => {
      document.documentElement.dataset.theme = t;
    }, theme);
    for (const width of [1024, 1366, 1920]) {
      await page.setViewportSize({ width, height: width === 1920 ? 1080 : 860 });
      await page.screenshot({ path: `${SHOTS}/${name}-${width}-${theme}.png` });
    }
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

async function addEmployee(page: Page, name: string): Promise<void> {
  await page.goto('/#/people');
  await page.getByRole('button', { name: 'New employee' }).click();
  const dialog = page.getByRole('dialog', { name: 'New employee' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Add employee' }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

/** An empty office with Ann and Bob, Room 2, the office in London and `user` using this PC. */
async function setUp(page: Page, app: { goto(r: string): Promise<unknown>; startEmpty(): Promise<void> }, user: string): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await app.goto('/');
  await app.startEmpty();
  await addEmployee(page, 'Ann Manager');
  await addEmployee(page, 'Bob Boss');
  await page.goto('/#/calendar/rooms');
  await page.getByRole('button', { name: 'Add room' }).click();
  const room = page.getByRole('dialog', { name: 'Add a room' });
  await room.getByLabel('Room name').fill('Room 2');
  await room.getByRole('button', { name: 'Add room' }).click();
  await expect(page.getByRole('table', { name: 'Rooms' }).getByText('Room 2')).toBeVisible();
  await page.goto('/#/settings');
  await page.getByRole('searchbox', { name: 'Search office time zones' }).fill('london');
  await expect(page.getByLabel('Office time zone', { exact: true })).toHaveValue('Europe/London');
  await page.getByLabel('Who uses this PC').selectOption({ label: user });
  await page.getByRole('button', { name: 'Save calendar settings' }).click();
  await expect(page.getByRole('status')).toContainText('Calendar settings saved');
}

/** An entry's button by the start of its accessible name ('Team sync, 9:00 – 10:00 AM, Thu, Dec 3'). */
const entry = (page: Page, name: RegExp) => page.getByRole('region', { name: 'Diary view' }).getByRole('button', { name });

test('a weekly meeting with a room from the keyboard, side by side, one occurrence moved, arrows and T', async ({ app, page }) => {
  await setUp(page, app, 'Ann Manager');
  await page.goto('/#/calendar');
  const view = page.getByRole('region', { name: 'Diary view' });
  // First visit: the person using this PC is ticked; tick Bob too.
  const diaries = page.getByRole('navigation', { name: 'Diaries' });
  await expect(diaries.getByRole('checkbox', { name: 'Ann Manager' })).toBeChecked();
  // The office calendar (events in no one's diary and no room) heads the list, in its own group.
  await expect(diaries.getByRole('group').first()).toHaveAccessibleName('Office');
  await expect(diaries.getByRole('group', { name: 'Office' }).getByRole('checkbox', { name: 'Office calendar' })).not.toBeChecked();
  await diaries.getByRole('checkbox', { name: 'Bob Boss' }).check();
  await expect(view.getByRole('button', { name: 'Week', pressed: true })).toBeVisible();
  await expect(view.getByRole('heading', { name: 'Nov 30 – Dec 6, 2026' })).toBeVisible();
  await expect(page.getByText('Nothing in these diaries')).toBeVisible();
  await shot(page, 'calendar-empty-week');

  // N: a new event, filled and saved with the keyboard.
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'New event' });
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await expect(dialog.getByLabel('Whose diary')).toHaveValue(/.+/);
  await expect(dialog.getByLabel('Start date')).toHaveValue('2026-12-03');
  // 10:00 in the office: the next quarter hour inside working hours, one hour long.
  await expect(dialog.getByLabel('Start time')).toHaveValue('10:00');
  await expect(dialog.getByLabel('End time')).toHaveValue('11:00');
  await expect(dialog.getByLabel('Time zone')).toHaveValue('Europe/London');
  await dialog.getByLabel('Attendees (staff)').selectOption({ label: 'Bob Boss' });
  await dialog.getByLabel('Room').selectOption({ label: 'Room 2' });
  await dialog.getByLabel('Start time').fill('09:00');
  await dialog.getByLabel('End time').fill('10:00');
  await dialog.getByLabel('Repeat', { exact: true }).selectOption({ label: 'Weekly on chosen days' });
  await expect(dialog.getByRole('checkbox', { name: 'Thursday' })).toBeChecked();
  // The ticked day follows the start date (Tuesday 8 Dec ticks Tuesday), and back.
  await dialog.getByLabel('Start date').fill('2026-12-08');
  await expect(dialog.getByRole('checkbox', { name: 'Tuesday' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Thursday' })).not.toBeChecked();
  await dialog.getByLabel('Start date').fill('2026-12-03');
  await expect(dialog.getByRole('checkbox', { name: 'Thursday' })).toBeChecked();
  await expect(dialog.getByText('Weekly on Thursday')).toBeVisible();
  await dialog.getByLabel('Title').fill('Team sync');
  await shot(page, 'calendar-new-event');
  await dialog.getByLabel('Title').press('Enter');
  await expect(dialog).toBeHidden();

  // Week view: the meeting in Ann's and Bob's columns side by side, at 9:00 London time.
  await expect(view.getByText('2 diaries side by side')).toBeVisible();
  // Each day has a column per diary (7 days × 2).
  await expect(view.getByText('Ann Manager', { exact: true })).toHaveCount(7);
  await expect(view.getByText('Bob Boss', { exact: true })).toHaveCount(7);
  await expect(entry(page, /^Team sync, 9:00\s–\s10:00\sAM, Thu, Dec 3,/)).toHaveCount(2);
  // Each diary's column keeps a readable width (the grid scrolls sideways instead).
  expect((await view.locator('.rbc-day-slot').first().boundingBox())!.width).toBeGreaterThanOrEqual(139);
  await shot(page, 'calendar-week-side-by-side');

  // → next week; open that occurrence and move it to 11:00 for this event only.
  await page.keyboard.press('ArrowRight');
  await expect(view.getByRole('heading', { name: 'Dec 7 – 13, 2026' })).toBeVisible();
  await entry(page, /^Team sync, 9:00\s–\s10:00\sAM, Thu, Dec 10/).first().click();
  const edit = page.getByRole('dialog', { name: 'Edit event (one occurrence shown)' });
  await expect(edit.getByLabel('Start date')).toHaveValue('2026-12-10');
  await edit.getByLabel('Title').fill('Team sync with auditors');
  await edit.getByLabel('Start time').fill('11:00');
  // The length is kept: the end follows the start.
  await expect(edit.getByLabel('End time')).toHaveValue('12:00');
  await edit.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('dialog', { name: 'Change a repeating event' }).getByRole('button', { name: 'This event' }).click();
  await expect(edit).toBeHidden();
  const changed = entry(page, /^Team sync with auditors, 11:00\sAM\s–\s12:00\sPM, Thu, Dec 10/);
  await expect(changed).toHaveCount(2);
  await expect(entry(page, /^Team sync, 9:00/)).toHaveCount(0);
  // The changed occurrence opens with its own title; Esc gives focus back to the entry.
  await changed.first().click();
  await expect(edit.getByLabel('Title')).toHaveValue('Team sync with auditors');
  await page.keyboard.press('Escape');
  await expect(edit).toBeHidden();
  await expect(changed.first()).toBeFocused();

  // The other occurrences keep 9:00: the week after, and (← ←) the first one.
  await page.keyboard.press('ArrowRight');
  await expect(entry(page, /^Team sync, 9:00\s–\s10:00\sAM, Thu, Dec 17/)).toHaveCount(2);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(entry(page, /^Team sync, 9:00\s–\s10:00\sAM, Thu, Dec 3,/)).toHaveCount(2);

  // Month view (M), a month ahead (→), then T is today again.
  await page.keyboard.press('m');
  await page.keyboard.press('ArrowRight');
  await expect(view.getByRole('heading', { name: 'January 2027' })).toBeVisible();
  await page.keyboard.press('t');
  await expect(view.getByRole('heading', { name: 'December 2026' })).toBeVisible();
  // Month entries are buttons reached by ↓ and opened by Enter (once the month's entries are there).
  await expect(entry(page, /^Team sync, 9:00\s–\s10:00\sAM, Thu, Dec 3,/)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(entry(page, /^Team sync, 9:00\s–\s10:00\sAM, Thu, Dec 3,/)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Edit event (one occurrence shown)' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(entry(page, /^Team sync, 9:00\s–\s10:00\sAM, Thu, Dec 3,/)).toBeFocused();
  await shot(page, 'calendar-month');
  await page.keyboard.press('a');
  await expect(view.getByRole('button', { name: /^Team sync, 9:00\s–\s10:00\sAM, Thu, Dec 3,/ })).toHaveCount(1);
  await shot(page, 'calendar-agenda');
  await page.keyboard.press('w');
  await expect(view.getByRole('heading', { name: 'Nov 30 – Dec 6, 2026' })).toBeVisible();

  // ↓ focuses the first entry; Enter opens it.
  await page.keyboard.press('ArrowDown');
  await expect(entry(page, /^Team sync, 9:00/).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Edit event (one occurrence shown)' })).toBeVisible();
});

test('drag an event to another time; a private event reads Busy to someone else', async ({ app, page }) => {
  await setUp(page, app, 'Bob Boss');
  await page.goto('/#/calendar');
  const view = page.getByRole('region', { name: 'Diary view' });
  const diaries = page.getByRole('navigation', { name: 'Diaries' });
  // Bob uses this PC; look at Ann's diary instead, in Day view.
  await diaries.getByRole('checkbox', { name: 'Bob Boss' }).uncheck();
  await diaries.getByRole('checkbox', { name: 'Ann Manager' }).check();
  await view.getByRole('button', { name: 'Day', exact: true }).click();
  await expect(view.getByRole('heading', { name: 'Thursday, December 3, 2026' })).toBeVisible();

  async function create(title: string, start: string, end: string, isPrivate = false) {
    await page.getByRole('button', { name: 'New event' }).click();
    const dialog = page.getByRole('dialog', { name: 'New event' });
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByLabel('Whose diary').selectOption({ label: 'Ann Manager' });
    await dialog.getByLabel('Start time').fill(start);
    await dialog.getByLabel('End time').fill(end);
    if (isPrivate) await dialog.getByRole('checkbox', { name: 'Private' }).check();
    await dialog.getByRole('button', { name: 'Add event' }).click();
    await expect(dialog).toBeHidden();
  }
  await create('Budget review', '09:00', '10:00');
  await create('Dentist', '14:00', '15:00', true);
  await create('Early call', '07:30', '08:00');
  // Day view opens scrolled to the earliest entry (7:30), not to the working day's 9:00.
  await page.reload();
  await expect(entry(page, /^Early call, 7:30/)).toBeInViewport();

  // Bob is not Ann's viewer: her private entry reads Busy and does not open.
  await expect(entry(page, /^Busy, 2:00\s–\s3:00\sPM/)).toBeVisible();
  await expect(view.getByText('Dentist')).toHaveCount(0);
  await shot(page, 'calendar-day-busy');

  // Drag "Budget review" from 9:00 to 11:00.
  const budget = entry(page, /^Budget review, 9:00\s–\s10:00\sAM/);
  const box = (await budget.boundingBox())!;
  const slots = view.locator('.rbc-time-gutter .rbc-timeslot-group');
  const nine = (await slots.nth(9).boundingBox())!;
  const eleven = (await slots.nth(11).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + 12;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + 8, { steps: 4 });
  await page.mouse.move(x, y + (eleven.y - nine.y), { steps: 12 });
  await page.mouse.up();
  await expect(page.getByRole('status')).toContainText('Moved “Budget review”');
  const moved = entry(page, /^Budget review, 11:00\sAM\s–\s12:00\sPM/);
  await expect(moved).toBeVisible();
  // Stored at 11:00 London time: the dialog reads it back from the record.
  await moved.click();
  const edit = page.getByRole('dialog', { name: 'Edit event' });
  await expect(edit.getByLabel('Start time')).toHaveValue('11:00');
  await expect(edit.getByLabel('End time')).toHaveValue('12:00');
  await expect(edit.getByLabel('Time zone')).toHaveValue('Europe/London');
  await edit.getByRole('button', { name: 'Cancel' }).click();

  // Dragging over free time (16:00 to 17:00) starts a new event there, in that diary; a
  // clash is warned of live in the dialog, and saving asks first.
  const column = (await view.locator('.rbc-day-slot').first().boundingBox())!;
  const hours = view.locator('.rbc-day-slot').first().locator('.rbc-timeslot-group');
  const four = (await hours.nth(16).boundingBox())!;
  const five = (await hours.nth(17).boundingBox())!;
  // (The selection starts where the pointer has moved past the click tolerance, inside 16:00–16:15.)
  await page.mouse.move(column.x + column.width / 2, four.y + 2);
  await page.mouse.down();
  await page.mouse.move(column.x + column.width / 2, four.y + 9, { steps: 2 });
  await page.mouse.move(column.x + column.width / 2, five.y - 4, { steps: 8 });
  await page.mouse.up();
  const clash = page.getByRole('dialog', { name: 'New event' });
  await expect(clash.getByLabel('Start time')).toHaveValue('16:00');
  await expect(clash.getByLabel('End time')).toHaveValue('17:00');
  await expect(clash.getByLabel('Whose diary')).toHaveValue(await clash.getByLabel('Whose diary').locator('option', { hasText: 'Ann Manager' }).getAttribute('value') ?? '');
  await clash.getByLabel('Title').fill('Planning');
  await clash.getByLabel('Start time').fill('11:30');
  await clash.getByLabel('End time').fill('12:30');
  await expect(clash.getByRole('status', { name: 'Clashes' })).toContainText('Budget review');
  await shot(page, 'calendar-clash');
  // At 860 px tall the clash question does not push the dialog's buttons out of sight.
  await page.setViewportSize({ width: 1366, height: 860 });
  await clash.getByRole('button', { name: 'Add event' }).click();
  await expect(clash.getByRole('alertdialog', { name: 'Save with clashes?' }).getByRole('button', { name: 'Save anyway' })).toBeInViewport();
  await expect(clash.getByRole('button', { name: 'Cancel' })).toBeInViewport();
  await clash.getByRole('alertdialog', { name: 'Save with clashes?' }).getByRole('button', { name: 'Save anyway' }).click();
  await expect(clash).toBeHidden();
  await expect(entry(page, /^Planning, 11:30\sAM\s–\s12:30\sPM/)).toBeVisible();

  // Ann using the PC reads her own private entry.
  await page.goto('/#/settings');
  await page.getByLabel('Who uses this PC').selectOption({ label: 'Ann Manager' });
  await page.getByRole('button', { name: 'Save calendar settings' }).click();
  await expect(page.getByRole('status')).toContainText('Calendar settings saved');
  await page.goto('/#/calendar');
  await expect(entry(page, /^Dentist, 2:00\s–\s3:00\sPM/)).toBeVisible();
  // A link to an event that does not exist says so.
  await page.goto('/#/calendar/event/NOPE');
  await expect(page.getByRole('status')).toContainText('That event no longer exists');
});
