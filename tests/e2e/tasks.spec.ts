/**
 * Tasks and errands (issue 14.5) in real Chromium, from an empty office: the quick-add row
 * (Enter and Ctrl+Enter), keyboard rows (↓, Space completes with Undo, Enter opens); a
 * recurring errand "Post office" every Friday — completing it makes next Friday's in Upcoming
 * (dates worked out from the browser's today, whatever weekday the suite runs on); and the
 * errand run sheet printed and read back from its PDF.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { pdfText } from './support/pdf';
import { printToPdf } from './support/print';

const SHOTS = process.env.BACKDESK_SHOTS;

/** The browser's today, the coming Friday (today when it is Friday) and the Friday after, with how the lists name those days. */
async function fridays(page: Page) {
  return page.evaluate(() => {
    const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const long = (date: string) =>
      new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
    const now = new Date();
    const friday = new Date(now);
    friday.setDate(now.getDate() + ((5 - now.getDay() + 7) % 7));
    const next = new Date(friday);
    next.setDate(friday.getDate() + 7);
    return { today: iso(now), friday: iso(friday), nextFriday: iso(next), nextFridayLong: long(iso(next)) };
  });
}

test('quick add with Enter and Ctrl+Enter; Space completes with Undo; Enter opens the task', async ({ app, page }) => {
  await app.goto('/#/tasks');
  await app.startEmpty();
  await page.goto('/#/tasks');
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nothing to do today' })).toBeVisible();

  const title = page.getByLabel('New task', { exact: true });
  await title.fill('Order toner');
  await page.getByLabel('Priority').selectOption('High');
  // Ctrl+Enter from elsewhere on the page adds too.
  await page.getByLabel('Due').focus();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Added “Order toner”' })).toBeVisible();
  await expect(title).toHaveValue('');
  // A half-typed task is not lost by leaving: the page asks first.
  await title.fill('Half-typed task');
  await app.nav.getByRole('link', { name: 'Contacts', exact: true }).click();
  const leave = page.getByRole('dialog', { name: 'Discard what you typed?' });
  await leave.getByRole('button', { name: 'Keep editing' }).click();
  await expect(leave).toBeHidden();
  await expect(title).toHaveValue('Half-typed task');
  await title.fill('');
  await title.fill('Book the meeting room');
  await title.press('Enter');

  const dueToday = page.getByRole('list', { name: 'Due today' });
  await expect(dueToday.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Due today (2)' })).toBeVisible();
  // High priority first, with its badge.
  await expect(dueToday.getByRole('listitem').first()).toHaveAccessibleName('Order toner');
  await expect(dueToday.getByRole('listitem').first()).toContainText('High');
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'tasks-today.png') });

  // Keyboard: focus the first row, ↓ to the second, Space completes it.
  await dueToday.getByRole('listitem', { name: 'Order toner' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(dueToday.getByRole('listitem', { name: 'Book the meeting room' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(dueToday.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Due today (1)' })).toBeVisible();
  const undoBar = page.getByRole('status').filter({ hasText: 'Completed “Book the meeting room”' });
  await expect(undoBar).toBeVisible();
  await undoBar.getByRole('button', { name: 'Undo' }).click();
  await expect(dueToday.getByRole('listitem')).toHaveCount(2);

  // Space again, then it is under Done; Space there reopens it.
  await dueToday.getByRole('listitem', { name: 'Book the meeting room' }).focus();
  await page.keyboard.press('Space');
  await expect(dueToday.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('navigation', { name: 'Task views' }).getByRole('link', { name: 'Done' }).click();
  const done = page.getByRole('list', { name: 'Done' });
  await expect(done.getByRole('listitem', { name: 'Book the meeting room, done' })).toBeVisible();

  // Enter opens a task: add a checklist line from the keyboard and save with Ctrl+S.
  await page.getByRole('navigation', { name: 'Task views' }).getByRole('link', { name: 'Today' }).click();
  await page.getByRole('list', { name: 'Due today' }).getByRole('listitem', { name: 'Order toner' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Task', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('Order toner');
  await page.getByRole('button', { name: 'Add a checklist line' }).click();
  await page.keyboard.type('Check the printer model');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ask for a quote');
  await expect(page.getByLabel('Checklist line 2')).toBeFocused();
  // Leaving with unsaved lines asks first.
  await page.getByRole('link', { name: 'Back to tasks' }).click();
  const ask = page.getByRole('dialog', { name: 'Discard what you typed?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Saved “Order toner”')).toBeVisible();
  await page.getByRole('link', { name: 'Back to tasks' }).click();
  await expect(page.getByRole('list', { name: 'Due today' }).getByRole('listitem', { name: 'Order toner' })).toContainText('0/2');
});

test('a recurring errand every Friday: completing it puts next Friday’s in Upcoming', async ({ app, page }) => {
  await app.goto('/#/tasks');
  await app.startEmpty();
  const { friday, nextFriday, nextFridayLong } = await fridays(page);

  await page.goto('/#/tasks/new');
  await expect(page.getByRole('heading', { name: 'New task', level: 1 })).toBeVisible();
  await page.getByLabel('Title').fill('Post office');
  await page.getByRole('radio', { name: /^Errand/ }).check();
  await page.getByLabel('Place').fill('Post office');
  await page.getByLabel('Take or bring').fill('The outgoing mail tray');
  await page.getByLabel('Due date').fill(friday);
  await page.getByLabel('Repeats', { exact: true }).selectOption({ label: 'Every week on…' });
  await expect(page.getByRole('checkbox', { name: 'Friday' })).toBeChecked();
  await expect(page.getByText('Weekly on Friday. Completing one makes the next.')).toBeVisible();
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'task-form.png'), fullPage: true });
  await page.getByRole('button', { name: 'Add task' }).click();
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible();

  // Open it (from Today when today is Friday, else from Upcoming) and mark it done.
  await page.goto(friday === (await fridays(page)).today ? '/#/tasks' : '/#/tasks/upcoming');
  const row = page.getByRole('listitem', { name: 'Post office' });
  await expect(row).toContainText('Weekly on Friday');
  await expect(row).toContainText('Errand: Post office — take or bring: The outgoing mail tray');
  await row.getByRole('link', { name: 'Post office' }).click();
  await expect(page.getByRole('heading', { name: 'Errand', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Mark done' }).click();
  await expect(page.getByText(`Completed “Post office” — next one due ${nextFridayLong}`)).toBeVisible();

  await page.goto('/#/tasks/upcoming');
  const nextDay = page.getByRole('list', { name: nextFridayLong });
  await expect(nextDay.getByRole('listitem', { name: 'Post office' })).toBeVisible();
  await expect(nextDay.getByRole('listitem', { name: 'Post office' })).toContainText('Weekly on Friday');
  await expect(page.getByRole('listitem', { name: 'Post office' })).toHaveCount(1);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'tasks-upcoming.png') });
  await page.goto('/#/tasks/done');
  await expect(page.getByRole('list', { name: 'Done' }).getByRole('listitem', { name: 'Post office, done' })).toBeVisible();
  expect(nextFriday > friday).toBe(true);
});

test('the errand run sheet prints today’s errands by place, read back from the PDF', async ({ app, page }, testInfo) => {
  await app.goto('/#/tasks/errands');
  await app.startEmpty();
  await page.goto('/#/tasks/errands');
  await expect(page.getByRole('heading', { name: 'No errands today' })).toBeVisible();

  // Two quick errands with their places.
  await page.getByLabel('New errand').fill('Deposit the cheques');
  await page.getByLabel('Place').fill('Bank');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('list', { name: 'Bank' }).getByRole('listitem')).toHaveCount(1);
  await page.getByLabel('New errand').fill('Buy stamps');
  await page.getByLabel('Place').fill('Post office');
  await page.getByLabel('New errand').press('Enter');
  await expect(page.getByRole('list', { name: 'Post office' }).getByRole('listitem')).toHaveCount(1);

  // One with what to take and a checklist, through the full form.
  await page.goto('/#/tasks/new');
  await page.getByLabel('Title').fill('Post the parcels');
  await page.getByRole('radio', { name: /^Errand/ }).check();
  await page.getByLabel('Place').fill('Post office');
  await page.getByLabel('Take or bring').fill('Two parcels & the customs forms');
  const { today } = await fridays(page);
  await page.getByLabel('Due date').fill(today);
  await page.getByRole('button', { name: 'Add a checklist line' }).click();
  await page.keyboard.type('Weigh the parcels');
  await page.getByRole('button', { name: 'Add task' }).click();
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible();

  await page.goto('/#/tasks/errands');
  await expect(page.getByRole('heading', { name: 'Post office (2)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bank (1)' })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'tasks-errands.png') });
  const pdf = testInfo.outputPath('run-sheet.pdf');
  await printToPdf(page, () => page.getByRole('button', { name: 'Print run sheet' }).click(), pdf);
  const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
  expect(text).toContain('ERRAND RUN SHEET');
  expect(text).toContain('3 errands at 2 places');
  expect(text.indexOf('Bank (1 errand)')).toBeGreaterThan(-1);
  expect(text.indexOf('Post office (2 errands)')).toBeGreaterThan(text.indexOf('Bank (1 errand)'));
  expect(text).toContain('Deposit the cheques');
  expect(text).toContain('Buy stamps');
  expect(text).toContain('Post the parcels');
  expect(text).toContain('Take or bring: Two parcels & the customs forms');
  expect(text).toContain('Weigh the parcels');
});
