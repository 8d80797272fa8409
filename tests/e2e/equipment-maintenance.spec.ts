/**
 * Equipment meters and maintenance plans, end to end (issue 12.3, 12.4), on the sample office
 * with a copier added through the register: a meter with two readings, a lower reading refused
 * with the domain's message (what was typed stays), a "meter replaced" reading accepted with
 * the lifetime total continuing; the usage chart drawn with its numbers as a table; a plan
 * every 1,000 pages becomes overdue after a reading and shows on Maintenance due; "Mark done"
 * from that row with a cost (an expense by default, its budget category required) resets the plan (no
 * longer due), the maintenance log shows the work, and the expense is in Expenses.
 */
import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
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

/** A YYYY-MM-DD day as the screens write it (the sample office's locale, en-US): "Dec 4, 2026". */
const showDay = (iso: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

async function shot(page: Page, name: string, width = 1366): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** A section of the page as its own picture (the app scrolls inside its main area, so full-page shots stop at the viewport). */
async function sectionShot(section: Locator, name: string): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await section.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Sets the theme through its stored choice and reloads (the data stays in IndexedDB), so each picture starts from a known theme. */
async function setDark(page: Page, on: boolean): Promise<void> {
  const want = on ? 'dark' : 'light';
  await page.evaluate((theme) => localStorage.setItem('backdesk.theme', JSON.stringify({ state: { theme }, version: 0 })), want);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', want);
}

async function addItem(page: Page, name: string): Promise<void> {
  await page.goto('/#/equipment/new');
  const dialog = page.getByRole('dialog', { name: 'New equipment' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByRole('button', { name: 'Add to register' }).click();
  await expect(page.getByRole('heading', { name, level: 1 }).or(page.getByRole('heading', { name, level: 2 }))).toBeVisible();
}

async function recordReading(page: Page, date: string, value: string): Promise<void> {
  const meter = page.getByRole('article', { name: 'Page count (pages)' });
  await meter.getByRole('button', { name: 'Record reading…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record reading: Page count' });
  await dialog.getByLabel('Date').fill(date);
  await dialog.getByLabel('Reading (pages)').fill(value);
  await dialog.getByLabel('Reading (pages)').press('Enter');
  await expect(dialog).toBeHidden();
}

test.beforeEach(async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await app.goto('/');
  await app.loadSampleOffice();
});

test('meter readings, a plan falls due, mark done with an expense', async ({ page }) => {
  await addItem(page, 'Copier E2E');
  const itemUrl = page.url();
  const meters = page.getByRole('region', { name: 'Meters' });
  await expect(meters).toContainText('No meters');

  // Add a meter and two readings.
  await meters.getByRole('button', { name: 'Add meter…' }).click();
  const add = page.getByRole('dialog', { name: 'Add meter' });
  await add.getByLabel('Meter name').fill('Page count');
  await add.getByLabel('Unit').selectOption('pages');
  await add.getByRole('button', { name: 'Add meter' }).click();
  await expect(add).toBeHidden();
  const meter = page.getByRole('article', { name: 'Page count (pages)' });
  await expect(meter.getByTestId('meter-last')).toHaveText('No reading yet');

  await recordReading(page, day(-40), '1000');
  await recordReading(page, day(-10), '1,800');
  await expect(meter.getByTestId('meter-last')).toHaveText(`1,800 pages on ${showDay(day(-10))}`);
  await expect(meter.getByTestId('meter-lifetime')).toHaveText('1,800 pages');
  await expect(meter.getByTestId('meter-replaced')).toHaveCount(0);

  // A lower reading is refused with the message; what was typed stays.
  await meter.getByRole('button', { name: 'Record reading…' }).click();
  const rec = page.getByRole('dialog', { name: 'Record reading: Page count' });
  await rec.getByLabel('Reading (pages)').fill('1500');
  await rec.getByRole('button', { name: 'Record reading' }).click();
  await expect(rec.getByRole('alert')).toHaveText(
    `The reading 1,500 is below the previous reading 1,800 (${showDay(day(-10))}). If the meter was replaced or reset, record it as "meter replaced".`,
  );
  await expect(rec.getByLabel('Reading (pages)')).toHaveValue('1500');

  // The same dialog as a "meter replaced" entry: the new meter shows 200, the old one ended at 1,900.
  await rec.getByLabel('Meter replaced').check();
  await rec.getByLabel("New meter's reading (pages)").fill('200');
  await rec.getByLabel("New meter's starting value (pages)").fill('0');
  await rec.getByLabel("Old meter's final value (pages)").fill('1900');
  await rec.getByRole('button', { name: 'Record reading' }).click();
  await expect(rec).toBeHidden();
  await expect(meter.getByTestId('meter-last')).toHaveText(`200 pages on ${showDay(day(0))}`);
  // 1,800 + 100 on the old meter + 200 on the new one.
  await expect(meter.getByTestId('meter-lifetime')).toHaveText('2,100 pages');
  // The card says why the last reading is so far below the lifetime total.
  await expect(meter.getByTestId('meter-replaced')).toHaveText(`Meter replaced on ${showDay(day(0))}; the lifetime total counts both meters.`);
  const ledger = meter.getByRole('table', { name: 'Page count readings' });
  await expect(ledger.getByRole('row')).toHaveCount(4);
  await expect(ledger.getByRole('row').nth(1)).toContainText('Meter replaced (old meter ended at 1,900), new meter started at 0');
  await expect(ledger.getByRole('row').nth(1)).toContainText(showDay(day(0)));

  // The usage chart is drawn, with a description and the numbers as a table.
  const chart = meter.getByRole('figure', { name: 'Usage per month (pages)' });
  await expect(chart.getByRole('img')).toHaveAccessibleName(/Bar chart of Page count usage in pages per month/);
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeAttached();
  await chart.getByText('Usage per month as a table').click();
  const usageTable = chart.getByRole('table', { name: 'Page count: usage per month' });
  await expect(usageTable.getByRole('row')).not.toHaveCount(1);
  // Months carry their full year ("Dec 2026"), not "Dec 26", which reads like a day.
  await expect(usageTable.getByRole('row').nth(1).getByRole('cell').first()).toHaveText(/^[A-Z][a-z]{2} \d{4}$/);

  // A plan every 1,000 pages, counted from where the meter is now (2,100).
  const plans = page.getByRole('region', { name: 'Maintenance plans' });
  await plans.getByRole('button', { name: 'New plan…' }).click();
  const planDialog = page.getByRole('dialog', { name: 'New maintenance plan' });
  await planDialog.getByLabel('Plan name').fill('Drum unit');
  await planDialog.getByRole('combobox', { name: 'Meter', exact: true }).selectOption({ label: 'Page count (pages)' });
  await expect(planDialog.getByLabel('Count from meter value (pages)')).toHaveValue('2100');
  await planDialog.getByLabel('Every (pages)').fill('1000');
  await planDialog.getByLabel('Checklist (one step per line)').fill('Replace drum\nClean rollers');
  await shot(page, 'plan-dialog');
  await planDialog.getByRole('button', { name: 'Add plan' }).click();
  await expect(planDialog).toBeHidden();
  const plan = plans.getByRole('article', { name: /Drum unit/ });
  await expect(plan).toContainText('Every 1,000 pages');
  await expect(plan.getByTestId('plan-reason')).toHaveText('Due at 3,100 pages (meter at 2,100)');
  await expect(plan).toContainText('OK');

  // Not due yet: not on the due list.
  await page.goto('/#/equipment/maintenance');
  await expect(page.getByRole('heading', { name: 'Maintenance due', level: 1 })).toBeVisible();
  // The module's tabs, as on the register, with this screen marked current.
  const tabs = page.getByRole('navigation', { name: 'Equipment screens' });
  await expect(tabs.getByRole('link', { name: 'Maintenance due' })).toHaveAttribute('aria-current', 'page');
  await expect(tabs.getByRole('link', { name: 'Register' })).not.toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('row', { name: /Copier E2E/ })).toHaveCount(0);

  // A reading past the interval makes it overdue.
  await page.goto(itemUrl);
  await recordReading(page, day(0), '1250');
  await expect(meter.getByTestId('meter-lifetime')).toHaveText('3,150 pages');
  await expect(plan.getByTestId('plan-reason')).toHaveText('Overdue by 50 pages (due at 3,100, meter at 3,150)');
  await expect(plan).toContainText('Overdue');
  await sectionShot(plans, 'plans-overdue');

  await page.goto('/#/equipment/maintenance');
  const due = page.getByRole('table', { name: 'Maintenance due' });
  const row = due.getByRole('row', { name: /Copier E2E/ });
  await expect(row).toContainText('Overdue');
  await expect(row).toContainText('Drum unit');
  await expect(row).toContainText('Overdue by 50 pages (due at 3,100, meter at 3,150)');
  await expect(row.getByRole('link', { name: 'Copier E2E' })).toHaveAttribute('href', /#\/equipment\//);
  await setDark(page, false);
  await expect(row).toContainText('Overdue by 50 pages');
  await shot(page, 'maintenance-due');
  await setDark(page, true);
  await expect(row).toContainText('Overdue by 50 pages');
  await shot(page, 'maintenance-due-dark');
  await shot(page, 'maintenance-due-dark-1024', 1024);
  await page.setViewportSize({ width: 1366, height: 900 });

  // Mark done from the row: the meter reading is prefilled with the meter's last value.
  await row.getByRole('button', { name: 'Mark done: Drum unit, Copier E2E' }).click();
  const done = page.getByRole('dialog', { name: 'Mark done: Drum unit' });
  await expect(done.getByLabel('Meter reading (pages)')).toHaveValue('1250');
  await done.getByLabel('Replace drum').check();
  await done.getByLabel('Clean rollers').check();
  await done.getByLabel(/^Cost/).fill('125.00');
  await done.getByLabel('Performed by').fill('Sam from Facilities');
  // A cost becomes an expense by default (as on "Repair done…"); the budget category is required.
  await expect(done.getByLabel('Create an expense for the cost')).toBeChecked();
  await done.getByRole('button', { name: 'Mark done' }).click();
  await expect(done.getByRole('alert')).toContainText('Choose the budget category for the expense of the cost, or untick');
  await done.getByLabel('Budget category').selectOption({ label: 'Technology / Hardware' });
  await shot(page, 'mark-done-dialog');
  await done.getByRole('button', { name: 'Mark done' }).click();
  await expect(done).toBeHidden();
  await expect(due.getByRole('row', { name: /Copier E2E/ })).toHaveCount(0);

  // The plan reset; the log shows the work with a link to its expense.
  await page.goto(itemUrl);
  await setDark(page, false);
  await expect(plan.getByTestId('plan-reason')).toHaveText('Due at 4,150 pages (meter at 3,150)');
  await expect(plan).toContainText(`${showDay(day(0))} at 3,150`);
  const log = plans.getByRole('table', { name: 'Maintenance log' });
  const work = log.getByRole('row').nth(1);
  await expect(work).toContainText('Drum unit');
  await expect(work).toContainText('Replace drum; Clean rollers');
  await expect(work).toContainText('Sam from Facilities');
  await expect(work).toContainText(showDay(day(0)));
  await expect(work).toContainText('125.00');
  await sectionShot(meters, 'meters');
  await sectionShot(plans, 'plans');
  await setDark(page, true);
  await expect(plan.getByTestId('plan-reason')).toHaveText('Due at 4,150 pages (meter at 3,150)');
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeAttached();
  await sectionShot(meters, 'meters-dark');
  await sectionShot(plans, 'plans-dark');
  await page.setViewportSize({ width: 1024, height: 900 });
  await sectionShot(plans, 'plans-dark-1024');
  await sectionShot(meters, 'meters-dark-1024');
  await page.setViewportSize({ width: 1366, height: 900 });

  await work.getByRole('link', { name: /View expense/ }).click();
  await expect(page.getByRole('heading', { name: 'Expenses', level: 1 })).toBeVisible();
  const expense = page.getByRole('row', { name: /Drum unit — Copier E2E/ });
  await expect(expense).toHaveCount(1);
  await expect(expense).toContainText('125.00');
  await expect(expense).toContainText('Hardware');
});
