/**
 * Calendar files in and out (issue 13.9) in real Chromium, into an empty office: Google's own
 * export of an every-day series (../shared/fixtures/ical/daily_recur.ics, with a broken event
 * added) is previewed with its problem's line, imported into a person's diary only after the
 * user agrees to leave the broken event out, and shows in the calendar's week; exported again
 * from the Export dialog, the downloaded .ics gives the same occurrences; importing the file a
 * second time updates the event instead of duplicating it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expandOccurrences, parseIcs } from '../../shared/calendar';
import { expect, test } from './support/fixtures';

const SHOTS = process.env.BACKDESK_SHOTS;
// Specs run from the project root; the fixtures sit beside it (see ../shared/fixtures/README.md).
const DAILY = path.resolve('..', 'shared', 'fixtures', 'ical', 'daily_recur.ics');
const LONG_PLACE = 'Microsoft Teams Meeting - Harbor Lane Design Studio 214 Harbor Lane Suite 3 Portland ME 04101 (board room)';

/** Every cell of the preview's last column ("New" / "Updates") shows whole, and the table needs no sideways scroll. */
async function expectPreviewFits(page: Page): Promise<void> {
  const fits = await page.getByRole('table', { name: 'Events in the file' }).evaluate((table) => {
    const wrap = table.parentElement!;
    const cells = [...table.querySelectorAll('tr > :last-child')];
    return {
      wrap: wrap.scrollWidth <= wrap.clientWidth,
      cells: cells.every((c) => c.scrollWidth <= c.clientWidth && c.getBoundingClientRect().right <= wrap.getBoundingClientRect().right + 0.5),
    };
  });
  expect(fits).toEqual({ wrap: true, cells: true });
}

/** The real file (with a long place, as Outlook's often are) plus one event without a start, which must be refused by line. */
async function dailyWithBrokenEvent(): Promise<{ text: string; brokenLine: number }> {
  const text = (await readFile(DAILY)).toString('utf8').replace(/\r?\n$/, '');
  const lines = text.split(/\r?\n/).map((l) => (l === 'LOCATION:' ? `LOCATION:${LONG_PLACE}` : l));
  const end = lines.lastIndexOf('END:VCALENDAR');
  const broken = ['BEGIN:VEVENT', 'UID:broken-1@example.com', 'SUMMARY:No start at all', 'END:VEVENT'];
  lines.splice(end, 0, ...broken);
  return { text: lines.join('\r\n') + '\r\n', brokenLine: end + 1 };
}

async function pickFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Choose (a calendar file|another file)/ }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/calendar', buffer: Buffer.from(text, 'utf8') });
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

test('imports a Google export with a broken event into a diary, shows it, exports it and re-imports without duplicates', async ({ app, page }) => {
  const { text, brokenLine } = await dailyWithBrokenEvent();
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('People');
  await page.getByRole('button', { name: 'New employee' }).click();
  const newEmp = page.getByRole('dialog', { name: 'New employee' });
  await newEmp.getByLabel('Name').fill('Ann Manager');
  await newEmp.getByRole('button', { name: 'Add employee' }).click();
  await expect(page.getByRole('heading', { name: 'Ann Manager', level: 2 })).toBeVisible();

  // The preview: the series, how it repeats, the broken event by line; Import waits for consent.
  await page.goto('/#/calendar/import');
  await expect(page.getByRole('heading', { name: 'Import a calendar file', level: 1 })).toBeVisible();
  // No current user set: the first person's diary, not the office calendar.
  await expect(page.getByRole('combobox', { name: 'Import into' }).locator('option:checked')).toHaveText('Ann Manager');
  await pickFile(page, 'google-export.ics', text);
  const preview = page.getByRole('table', { name: 'Events in the file' });
  const row = preview.getByRole('row').filter({ hasText: 'Every day recurring' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(/day/i);
  await expect(row).toContainText('New');
  const problems = page.getByRole('list', { name: 'Problems in the file' });
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await expect(problems.getByRole('listitem').first()).toContainText(new RegExp(`Line (${brokenLine}|${brokenLine + 1}|${brokenLine + 2}|${brokenLine + 3})`));
  const importButton = page.getByRole('button', { name: 'Import 1 event' });
  await expect(importButton).toBeDisabled();
  await expectPreviewFits(page);
  await shot(page, 'ics-import-preview');
  // At 1024 wide (a look in the dark theme), then back.
  await page.setViewportSize({ width: 1024, height: 768 });
  await expectPreviewFits(page);
  if (SHOTS) {
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await shot(page, 'ics-import-preview-1024-dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
  }
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.getByRole('checkbox', { name: /leave out the 1 with problems/ }).check();
  await importButton.click();
  await expect(page.getByRole('region', { name: 'Import result' }).getByRole('status')).toHaveText('1 new event and 0 updated in Ann Manager’s diary.');

  // In the calendar: Ann's week holds the series every day.
  await page.getByRole('button', { name: 'Open the calendar' }).click();
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Every day recurring, / })).toHaveCount(7);
  await shot(page, 'ics-calendar-week');

  // Exported from the dialog: the file reads back with the same occurrences as Google's.
  await page.getByRole('button', { name: 'Export .ics…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export to a calendar file' });
  await exportDialog.getByRole('radio', { name: 'One diary' }).check();
  await exportDialog.getByRole('combobox', { name: 'Diary' }).selectOption({ label: 'Ann Manager' });
  // All dates by default (the series began in 2012, long before the week shown), with the count said before saving.
  await expect(exportDialog.getByRole('checkbox', { name: 'All dates' })).toBeChecked();
  await expect(exportDialog.getByRole('status')).toHaveText(/^1 event will be exported/);
  await exportDialog.getByRole('checkbox', { name: 'All dates' }).uncheck();
  await expect(exportDialog.getByLabel('First day')).toBeVisible();
  await exportDialog.getByRole('checkbox', { name: 'All dates' }).check();
  const download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export .ics' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Ann Manager.ics');
  const exported = await readFile((await file.path())!, 'utf8');
  const back = parseIcs(exported);
  expect(back.errors).toEqual([]);
  const original = parseIcs((await readFile(DAILY)).toString('utf8'));
  const from = '2026-01-05T00:00:00.000Z';
  const to = '2026-02-02T00:00:00.000Z';
  const occ = (events: Parameters<typeof expandOccurrences>[0]) => expandOccurrences(events, from, to).map((o) => [o.title, o.start, o.end]);
  expect(occ(back.events)).toHaveLength(28);
  expect(occ(back.events)).toEqual(occ(original.events));
  await expect(exportDialog).toBeHidden();

  // The same file again: the event is recognised by its UID and updated, not duplicated.
  await page.goto('/#/calendar/import');
  await page.getByRole('combobox', { name: 'Import into' }).selectOption({ label: 'Ann Manager' });
  await pickFile(page, 'google-export.ics', text);
  await expect(preview.getByRole('row').filter({ hasText: 'Every day recurring' })).toContainText('Updates');
  await page.getByRole('checkbox', { name: /leave out the 1 with problems/ }).check();
  await page.getByRole('button', { name: 'Import 1 event' }).click();
  await expect(page.getByRole('region', { name: 'Import result' }).getByRole('status')).toHaveText('0 new events and 1 updated in Ann Manager’s diary.');
  await page.getByRole('button', { name: 'Open the calendar' }).click();
  await expect(page.getByRole('button', { name: /^Every day recurring, / })).toHaveCount(7);
});
