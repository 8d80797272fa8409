/**
 * Calendar printouts (issue 13.10) in real Chromium, on the sample office: from the calendar's
 * Print… dialog, the director's day sheet (A4) on the day the Board room is double-booked and a
 * week at a glance (US Letter, landscape, the whole busy week with the director's trip) for four
 * diaries, which fits one page; both PDFs read back as text with pdftotext.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { pdfInfo, pdfPages, pdfText, pdfToPng } from './support/pdf';
import { printToPdf } from './support/print';

const SHOTS = process.env.BACKDESK_SHOTS;

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The sample's clash day: the first workday from two days after today (the sample's today is the PC's). */
function clashDay(): string {
  const d = new Date();
  d.setDate(d.getDate() + 2);
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
  return iso(d);
}

async function openPrintDialog(page: Page) {
  await page.goto('/#/calendar');
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Print…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print the calendar' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('prints the director’s day sheet and a week at a glance, read back from the PDFs', async ({ app, page }, testInfo) => {
  const day = clashDay();
  await app.goto('/');
  await app.loadSampleOffice();

  // The day sheet: Margaret Chen on the clash day, A4.
  let dialog = await openPrintDialog(page);
  await dialog.getByRole('radio', { name: /^Day sheet/ }).check();
  await dialog.getByRole('combobox', { name: 'Diary' }).selectOption({ label: 'Margaret Chen — Principal' });
  await dialog.getByLabel('Day', { exact: true }).fill(day);
  await dialog.getByRole('radio', { name: 'A4' }).check();
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'print-dialog-day.png') });
  const dayPdf = testInfo.outputPath('day-sheet.pdf');
  await printToPdf(page, () => dialog.getByRole('button', { name: 'Print', exact: true }).click(), dayPdf);
  await expect(dialog).toBeHidden();
  const dayText = await pdfText(dayPdf);
  expect(dayText).toContain('DAY SHEET');
  expect(dayText).toContain('Margaret Chen');
  expect(dayText).toContain('Budget review Q1');
  // Who she meets, and where: the owner and the other attendee, the room booked.
  expect(dayText).toContain('Benjamin Wright');
  expect(dayText).toContain('Aisha Mensah');
  expect(dayText).toMatch(/Room:\s+Board room/);
  expect(dayText).toMatch(/2:00 PM\s+–\s+3:00 PM/);
  expect(dayText).not.toContain('Client presentation');
  expect((await pdfInfo(dayPdf)).pageSize).toContain('(A4)');

  // The week at a glance: the whole week of that day (the director's trip) for four diaries, on Letter.
  dialog = await openPrintDialog(page);
  await dialog.getByRole('radio', { name: /^Week at a glance/ }).check();
  await dialog.getByLabel('Week of').fill(day);
  await dialog.getByRole('radio', { name: 'Whole week (7 days)' }).check();
  const wanted = ['Margaret Chen', 'David Okafor', 'Benjamin Wright', 'Board room'];
  const boxes = dialog.getByRole('group', { name: /^Diaries/ }).getByRole('checkbox');
  for (const box of await boxes.all()) {
    const name = (await box.evaluate((el) => el.parentElement?.textContent ?? '')).trim();
    await box.setChecked(wanted.some((w) => name.startsWith(w)));
  }
  await expect(dialog.getByRole('group', { name: /^Diaries \(4 of/ })).toBeVisible();
  await dialog.getByRole('radio', { name: 'US Letter' }).check();
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'print-dialog-week.png') });
  const weekPdf = testInfo.outputPath('week-at-a-glance.pdf');
  await printToPdf(page, () => dialog.getByRole('button', { name: 'Print', exact: true }).click(), weekPdf);
  const weekText = await pdfText(weekPdf);
  expect(weekText).toContain('WEEK AT A GLANCE');
  // A long name may wrap in its narrow column.
  for (const name of wanted) for (const word of name.split(' ')) expect(weekText).toContain(word);
  // One line per item: time and title, cut at a word; the range written as the locale writes one.
  expect(weekText).toMatch(/2:00 PM\s+Budget/);
  expect(weekText).toMatch(/9:30 AM\s+Weekly staff/);
  expect(weekText).toContain('4 diaries');
  expect(weekText).toMatch(/[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}\s+–\s+[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4}/);
  expect(weekText).not.toMatch(/\(GM…|\(GMT?…/);
  // Four diaries over the busiest week fit one page: no row is split across pages.
  expect(await pdfPages(weekPdf)).toHaveLength(1);
  expect(weekText).not.toContain('Jonas Lindqvist');
  // Landscape US Letter.
  expect((await pdfInfo(weekPdf)).pageSize).toMatch(/^792 x 612 pts/);

  if (SHOTS) {
    await pdfToPng(dayPdf, path.join(SHOTS, 'day-sheet'));
    await pdfToPng(weekPdf, path.join(SHOTS, 'week-at-a-glance'));
  }
});
