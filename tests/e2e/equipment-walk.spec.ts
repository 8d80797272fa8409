/**
 * Issue 12's "Done when" walk, in one go, as the back office executive would do it on the
 * sample office: add a copier → check it out to a colleague → record meter readings → a plan
 * falls due (Dashboard and Maintenance due) → mark it done (the plan resets) → a repair whose
 * cost becomes an Expense in the chosen budget category → print its label as a PDF (text and
 * PNG). The slice specs (equipment-*.spec.ts) test each step's edge cases; this one proves the
 * steps fit together on one item.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { printToPdf } from './support/print';
import { pdfInfo, pdfText, pdfToPng } from './support/pdf';

const pad = (n: number) => String(n).padStart(2, '0');
/** A local day `offset` days from today (the browser runs on this machine's clock and zone). */
function day(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
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

test('add → check out → meter reading → plan due → mark done → repair with expense → label PDF', async ({ app, page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await app.goto('/');
  await app.loadSampleOffice();

  // Add: the form suggests the next tag in the series; the item opens on its page.
  await page.goto('/#/equipment/new');
  const form = page.getByRole('dialog', { name: 'New equipment' });
  // The suggestion arrives a moment after the dialog opens (it reads the register).
  await expect(form.getByLabel('Asset tag')).toHaveValue(/^HL-\d{4,}$/);
  const tag = await form.getByLabel('Asset tag').inputValue();
  await form.getByLabel('Name', { exact: true }).fill('Walk copier');
  await form.getByLabel(/^Purchase cost/).fill('2000.00');
  await form.getByRole('button', { name: 'Add to register' }).click();
  await expect(page.getByRole('heading', { name: 'Walk copier', level: 1 })).toBeVisible();
  const itemUrl = page.url();

  // Check out to a colleague, due back next week.
  const who = page.getByRole('region', { name: 'Who has it' });
  await who.getByRole('button', { name: 'Check out…' }).click();
  const out = page.getByRole('dialog', { name: 'Check out Walk copier' });
  await out.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Priya Raman — Design' });
  await out.getByLabel('Check-out date').fill(day(-35));
  await out.getByLabel('Due back (optional)').fill(day(7));
  await out.getByRole('button', { name: 'Check out', exact: true }).click();
  await expect(out).toBeHidden();
  await expect(who.getByLabel('Current holder')).toContainText(/Checked out to Priya Raman since .+, due back .+\./);

  // A meter and its first reading.
  const meters = page.getByRole('region', { name: 'Meters' });
  await meters.getByRole('button', { name: 'Add meter…' }).click();
  const addMeter = page.getByRole('dialog', { name: 'Add meter' });
  await addMeter.getByLabel('Meter name').fill('Page count');
  await addMeter.getByLabel('Unit').selectOption('pages');
  await addMeter.getByRole('button', { name: 'Add meter' }).click();
  await expect(addMeter).toBeHidden();
  await recordReading(page, day(-30), '10000');

  // A plan every 5,000 pages, counted from 10,000: not due yet.
  const plans = page.getByRole('region', { name: 'Maintenance plans' });
  await plans.getByRole('button', { name: 'New plan…' }).click();
  const planDialog = page.getByRole('dialog', { name: 'New maintenance plan' });
  await planDialog.getByLabel('Plan name').fill('Fuser service');
  await planDialog.getByRole('combobox', { name: 'Meter', exact: true }).selectOption({ label: 'Page count (pages)' });
  await expect(planDialog.getByLabel('Count from meter value (pages)')).toHaveValue('10000');
  await planDialog.getByLabel('Every (pages)').fill('5000');
  await planDialog.getByRole('button', { name: 'Add plan' }).click();
  await expect(planDialog).toBeHidden();
  const plan = plans.getByRole('article', { name: /Fuser service/ });
  await expect(plan.getByTestId('plan-reason')).toHaveText('Due at 15,000 pages (meter at 10,000)');

  // The month's reading passes the interval: the plan is overdue, on the due list and the Dashboard.
  await recordReading(page, day(0), '15600');
  await expect(plan.getByTestId('plan-reason')).toHaveText('Overdue by 600 pages (due at 15,000, meter at 15,600)');
  await app.openModule('Dashboard');
  const dueCard = page.getByRole('region', { name: /Maintenance due this week/ });
  await expect(dueCard).toContainText('Walk copier');
  await page.goto('/#/equipment/maintenance');
  const due = page.getByRole('table', { name: 'Maintenance due' });
  const row = due.getByRole('row', { name: /Walk copier/ });
  await expect(row).toContainText('Fuser service');

  // Mark done: the work is logged and the plan counts again from 15,600.
  await row.getByRole('button', { name: 'Mark done: Fuser service, Walk copier' }).click();
  const done = page.getByRole('dialog', { name: 'Mark done: Fuser service' });
  await expect(done.getByLabel('Meter reading (pages)')).toHaveValue('15600');
  await done.getByRole('button', { name: 'Mark done' }).click();
  await expect(done).toBeHidden();
  await expect(due.getByRole('row', { name: /Walk copier/ })).toHaveCount(0);
  await page.goto(itemUrl);
  await expect(plan.getByTestId('plan-reason')).toHaveText('Due at 20,600 pages (meter at 15,600)');
  await expect(plans.getByRole('table', { name: 'Maintenance log' }).getByRole('row').nth(1)).toContainText('Fuser service');

  // A repair: reported, then fixed by a vendor; its cost becomes an expense in the chosen category.
  const repairs = page.getByRole('region', { name: 'Repairs', exact: true });
  await repairs.getByRole('button', { name: 'Report a problem…' }).click();
  const report = page.getByRole('dialog', { name: 'Report a problem with Walk copier' });
  await report.getByLabel('Reported by').fill('Priya Raman');
  await report.getByLabel('Problem').fill('Streaks on every page');
  await report.getByRole('button', { name: 'Report problem' }).click();
  await expect(report).toBeHidden();
  const open = repairs.getByRole('listitem', { name: 'Open repair: Streaks on every page' });
  await open.getByRole('button', { name: 'Repair done…' }).click();
  const fixed = page.getByRole('dialog', { name: 'Repair done: Walk copier' });
  await fixed.getByRole('combobox', { name: /^Vendor/ }).selectOption({ label: 'PrintWorks Imaging' });
  await fixed.getByLabel(/^Cost/).fill('245.00');
  await fixed.getByLabel('Budget category').selectOption({ label: 'Facilities / Cleaning & maintenance' });
  await fixed.getByRole('button', { name: 'Save repair' }).click();
  await expect(fixed).toBeHidden();
  const cost = page.getByRole('region', { name: 'Cost of ownership', exact: true });
  await expect(cost.getByRole('definition').nth(0)).toHaveText('$2,000.00');
  await expect(cost.getByRole('definition').nth(1)).toContainText('$245.00 · 1 repair');

  const past = repairs.getByRole('table', { name: 'Past repairs' });
  await past.getByRole('row').nth(1).getByRole('link', { name: /^Expense of/ }).click();
  const expenses = page.getByRole('grid', { name: 'Expenses' }).or(page.getByRole('table', { name: 'Expenses' }));
  const expense = expenses.getByRole('row').filter({ hasText: 'Repair: Walk copier — Streaks on every page' });
  await expect(expense).toHaveCount(1);
  await expect(expense).toContainText('Cleaning & maintenance');
  await expect(expense).toContainText('245.00');

  // Its label, as the printer gets it: the name and the tag as text, one label on its own page.
  await page.goto(itemUrl);
  await page.getByRole('region', { name: 'Print' }).getByRole('button', { name: 'Print label' }).click();
  const labelDialog = page.getByRole('dialog', { name: 'Print the label of Walk copier' });
  const labelPdf = testInfo.outputPath('walk-label.pdf');
  await printToPdf(page, () => labelDialog.getByRole('button', { name: 'Print', exact: true }).click(), labelPdf);
  const text = await pdfText(labelPdf);
  expect(text).toContain('Walk copier');
  expect(text).toContain(tag);
  expect((await pdfInfo(labelPdf)).pages).toBe(1);
  expect((await pdfToPng(labelPdf, testInfo.outputPath('walk-label'))).length).toBe(1);
});
