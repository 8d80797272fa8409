/**
 * Reports (issue 17.6) on the sample office, one user path: spend by vendor opened by keyboard
 * into one vendor's expenses (the drill-down's total is the figure's), one of them opened in
 * Expenses and back; the figures exported to CSV (header and the vendor's total as on screen)
 * and printed (the PDF's text holds the vendor and its total); then price trends, a figure
 * drilled to its order lines and one opened in Purchasing; and requests by kind.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { pdfText } from './support/pdf';
import { printToPdf } from './support/print';
import { lookPdf, lookShot } from './support/shots';

/** '$1,234.56' → 1234.56 */
const amount = (text: string) => Number(text.replace(/[^0-9.-]/g, ''));

test('spend by vendor drills into a vendor’s expenses, exports and prints; price trends open their orders', async ({ app, page }, testInfo) => {
  await app.goto('/');
  await app.loadSampleOffice();
  await app.openModule('Reports');

  // ── Spend by vendor: the chart and its figures.
  const figures = page.getByRole('table', { name: 'Spend by vendor per month' });
  await expect(figures).toBeVisible();
  await expect(page.locator('.rep-chart .recharts-bar-rectangle').first()).toBeVisible();
  await lookShot(page, 'reports-spend', { fullPage: true });
  // The first named vendor (not "No vendor", not "Other (…)") and its total for the period.
  const vendorRow = figures
    .locator('tbody tr')
    .filter({ hasNot: page.getByRole('rowheader', { name: /^(No vendor|Other \(|Total$)/ }) })
    .first();
  const vendor = ((await vendorRow.getByRole('rowheader').textContent()) ?? '').trim();
  expect(vendor).not.toBe('');
  const totalButton = vendorRow.getByRole('button', { name: new RegExp(`^${vendor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, whole period: `) });
  const figure = ((await totalButton.textContent()) ?? '').trim();
  expect(figure).toMatch(/^\$[\d,]+\.\d\d$/);

  // Keyboard: one tab stop into the table, arrows to the vendor's total, Enter opens it.
  await totalButton.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('End');
  await expect(totalButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(totalButton).toHaveAttribute('aria-pressed', 'true');
  const drillHeading = page.getByRole('heading', { level: 2, name: new RegExp(`^${vendor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, .*: \\d+ records?, `) });
  await expect(drillHeading).toBeVisible();
  // The records behind the figure add up to it.
  expect(((await drillHeading.textContent()) ?? '').endsWith(figure)).toBe(true);
  const drill = page.getByRole('table', { name: new RegExp(`^Records behind ${vendor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  const firstRecord = drill.locator('tbody tr').first().getByRole('link');
  const description = ((await firstRecord.textContent()) ?? '').trim();
  await lookShot(page, 'reports-spend-drill', { fullPage: true });

  // Open one: Expenses shows it beside the list; Back returns to the same drill-down.
  await firstRecord.click();
  await expect(page).toHaveURL(/#\/expenses\/[0-9A-Z]+$/);
  const detail = page.getByRole('complementary', { name: 'Expense details' });
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('textbox', { name: 'Description' })).toHaveValue(description);
  await page.goBack();
  await expect(drillHeading).toBeVisible();

  // ── Export: the CSV holds the same figures (header, and the vendor's total).
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export figures as CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^spend-by-vendor-\d{4}-\d{2}-to-\d{4}-\d{2}\.csv$/);
  const csv = (await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toMatch(/^Vendor,([A-Z][a-z]{2} \d\d,){12}Total$/);
  const row = lines.find((l) => l.startsWith(`${vendor},`) || l.startsWith(`"${vendor}",`));
  expect(row, `CSV row of ${vendor}`).toBeDefined();
  expect(Number(row!.split(',').at(-1))).toBeCloseTo(amount(figure), 2);
  expect(lines.at(-1)).toMatch(/^Total,/);

  // ── Print: the report's PDF reads the vendor and its total.
  const pdfPath = testInfo.outputPath('spend-by-vendor.pdf');
  await printToPdf(page, () => page.getByRole('button', { name: 'Save as PDF…' }).click(), pdfPath);
  const text = await pdfText(pdfPath);
  expect(text).toContain('SPEND BY VENDOR');
  expect(text).toContain('Money spent (expenses)');
  const printedRow = text.split('\n').find((l) => l.trimStart().startsWith(vendor));
  expect(printedRow, `printed row of ${vendor}`).toBeDefined();
  expect(printedRow!.trim().endsWith(figure)).toBe(true);
  await lookPdf(pdfPath, 'reports-spend-pdf');

  // ── Price trends: an item's figures drill to the order lines, which open their order.
  await page.getByRole('navigation', { name: 'Report screens' }).getByRole('link', { name: 'Price trends' }).click();
  const perVendor = page.getByRole('table', { name: /: prices per vendor$/ });
  await expect(perVendor).toBeVisible();
  await lookShot(page, 'reports-prices', { fullPage: true });
  const seen = perVendor.getByRole('button', { name: /prices seen/ }).first();
  const count = Number((await seen.textContent())?.trim());
  await seen.click();
  const prices = page.getByRole('table', { name: /^Prices of / });
  await expect(prices.locator('tbody tr')).toHaveCount(count);
  const order = prices.locator('tbody tr').first().getByRole('link');
  const orderNumber = ((await order.textContent()) ?? '').trim();
  await order.click();
  await expect(page.getByRole('heading', { level: 2, name: orderNumber })).toBeVisible();
});
