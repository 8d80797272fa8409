/**
 * Small projects (issue 17.4), one user path on an empty office: the project is made from the
 * keyboard (the empty list's button, the form walked with Tab, dates typed, Enter saves); a
 * milestone and two tasks are added from the project; ticking one task done moves progress
 * from 0 % to 50 %; the timeline draws the milestone, both tasks and today; the one-page status
 * report is printed on the office's paper and saved on the other, each read back as one page.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { pdfInfo, pdfText } from './support/pdf';
import { printToPdf } from './support/print';
import { lookPdf, lookShot } from './support/shots';

/** Today plus `days` as the app reads it (the PC's local date), 'YYYY-MM-DD'. */
function isoIn(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Types a date into the focused date field the way a person does (month, day, year in en-US). */
async function typeDate(page: Page, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
}

/**
 * Presses Tab until `target` has focus (at most three presses): a date field's calendar button
 * is a stop of its own after the year in Chromium, as a keyboard user finds it.
 */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 3 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

test('a project made by keyboard gets a milestone and two tasks; progress, timeline and a one-page status report follow', async ({ app, page }) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'bd-projects-'));
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Projects');

  // An empty office says what a project is for and offers to start one.
  const empty = page.getByRole('region', { name: 'No projects yet' });
  await expect(empty).toContainText('office move');
  await empty.getByRole('button', { name: 'Start a project' }).focus();
  await page.keyboard.press('Enter');

  const form = page.getByRole('dialog', { name: 'New project' });
  await expect(form.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Office move');
  await page.keyboard.press('Tab'); // Owner
  await page.keyboard.press('Tab'); // Status (Active)
  await expect(form.getByLabel('Status')).toHaveValue('active');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Start date')).toBeFocused();
  await typeDate(page, isoIn(-10));
  await tabTo(page, form.getByLabel('Due date'));
  await typeDate(page, isoIn(40));
  await tabTo(page, form.getByLabel('Budget line'));
  await tabTo(page, form.getByLabel(/^Budget \(/));
  await page.keyboard.type('5000');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Office move', level: 1 })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Project progress' })).toHaveAttribute('value', '0');

  // A milestone from the overview.
  const addMilestone = page.getByRole('form', { name: 'Add a milestone' });
  await addMilestone.getByLabel('Milestone', { exact: true }).fill('Movers booked');
  await addMilestone.getByLabel('Milestone date').focus();
  await typeDate(page, isoIn(7));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Milestones' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name: 'Movers booked reached' })).not.toBeChecked();

  // Two tasks from the project's Tasks tab.
  await page.getByRole('navigation', { name: 'Project sections' }).getByRole('link', { name: /^Tasks/ }).click();
  const addTask = page.getByRole('form', { name: 'Add a task to the project' });
  for (const [title, days] of [
    ['Book the movers', 3],
    ['Pack the archive', 14],
  ] as const) {
    await addTask.getByLabel('New task').fill(title);
    await addTask.getByLabel('Task due').focus();
    await typeDate(page, isoIn(days));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('list', { name: 'Project tasks' }).getByText(title)).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: /Tasks \(2 open of 2\)/ })).toBeVisible();

  // One done: progress moves to half.
  // The box shows what is stored: it turns checked once the task is saved as done.
  await page.getByRole('checkbox', { name: 'Book the movers done' }).click();
  await expect(page.getByRole('checkbox', { name: 'Book the movers done' })).toBeChecked();
  await expect(page.getByRole('progressbar', { name: 'Project progress' })).toHaveAttribute('value', '50');
  await expect(page.getByText('1 of 2 tasks done')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Tasks \(1 open of 2\)/ })).toBeVisible();

  // The timeline: the project, its milestone and both tasks, today marked.
  await page.getByRole('navigation', { name: 'Project sections' }).getByRole('link', { name: 'Timeline' }).click();
  const chart = page.getByRole('img', { name: /^Timeline from .*: 1 milestone and 2 tasks; today, .* is marked$/ });
  await expect(chart).toBeVisible();
  for (const label of ['Office move (project)', 'Movers booked', 'Book the movers', 'Pack the archive', 'Today']) {
    await expect(chart.locator('svg text', { hasText: label }).first()).toBeVisible();
  }
  await expect(chart.locator('.prj-tl-task.prj-tl-done')).toHaveCount(1);
  await expect(chart.locator('.prj-tl-task.prj-tl-open')).toHaveCount(1);
  await expect(chart.locator('.prj-tl-milestone')).toHaveCount(1);
  await lookShot(page, 'projects-timeline');

  // The status report on the office's paper, then on the other size: one page each.
  const paper = page.getByRole('combobox', { name: 'Paper' });
  const officePaper = await paper.inputValue();
  const reports = page.getByRole('group', { name: 'Status report' });
  const first = path.join(dir, 'status-office.pdf');
  await printToPdf(page, () => reports.getByRole('button', { name: 'Print…' }).click(), first);
  const other = officePaper === 'A4' ? 'Letter' : 'A4';
  await paper.selectOption(other);
  const second = path.join(dir, 'status-other.pdf');
  await printToPdf(page, () => reports.getByRole('button', { name: 'Print…' }).click(), second);
  for (const [pdf, size] of [
    [first, officePaper],
    [second, other],
  ] as const) {
    const info = await pdfInfo(pdf);
    expect(info.pages, `${size} is one page`).toBe(1);
    expect(info.pageSize).toMatch(size === 'A4' ? /\(A4\)/ : /\(letter\)/i);
    const text = await pdfText(pdf);
    expect(text).toContain('PROJECT STATUS REPORT');
    expect(text).toContain('Office move');
    expect(text).toMatch(/Progress\s[\s\S]*50%/);
    expect(text).toMatch(/1 of 2/);
    expect(text).toContain('Movers booked');
    expect(text).toContain('Open tasks (1)');
    expect(text).toContain('Pack the archive');
    expect(text).toMatch(/Budget\s+\$5,000\.00/);
    expect(text).toContain('Next steps');
    await lookPdf(pdf, `projects-report-${size}`);
  }
});
