/**
 * Issue 4 "Done when": plan a budget (annual figure spread evenly), enter expenses by keyboard
 * only, import a card export through the wizard (an impossible date refused by line, a likely
 * duplicate flagged), see budget vs actual and the forecast on the dashboard, drill down from
 * a bar to the expenses behind it, and print the expense report to PDF with its totals.
 */
import { test, expect } from './support/fixtures';
import { printToPdf, printWindow, savePrintedPdf } from './support/print';
import { pdfText, pdfToPng } from './support/pdf';
import { lookShot } from './support/shots';
import { stat } from 'node:fs/promises';

const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test('budget → keyboard expenses → card import → charts → drill down → expense report PDF', async ({
  app,
  page,
}, testInfo) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await app.goto('/');
  await app.startEmpty();

  // Categories: start from the usual set.
  await app.openModule('Budget');
  await page.getByRole('link', { name: 'Categories' }).click();
  await page.getByRole('button', { name: 'Add the usual categories' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of Travel' })).toBeVisible();

  // Plan: 12,000.00 for Travel, spread evenly with Enter, then saved in one go.
  await page.getByRole('link', { name: 'Plan' }).click();
  const annual = page.getByRole('textbox', { name: 'Annual budget for Travel' });
  await annual.click();
  await annual.fill('12,000');
  await annual.press('Enter');
  const monthCells = page.locator('input[aria-label^="Travel "]');
  await expect(monthCells).toHaveCount(12);
  for (let i = 0; i < 12; i++) await expect(monthCells.nth(i)).toHaveValue('1000.00');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toContainText('saved');
  await expect(page.getByText('Unsaved changes')).toBeHidden();
  await expect(annual).toHaveValue('12000.00');

  // Three expenses by keyboard only (issue 16.8): the date is typed the office's way ("today",
  // "Dec 4", "12/4") and shown its way ("Dec 4, 2026"); Enter saves, keeps the date and goes on at the
  // description — the next field that changes.
  await app.openModule('Expenses');
  const date = page.getByRole('textbox', { name: 'Date', exact: true });
  const description = page.getByRole('textbox', { name: 'Description', exact: true });
  await expect(date).toBeFocused();
  const [ty, tm, td] = todayIso().split('-').map(Number) as [number, number, number];
  const shown = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(ty, tm - 1, td));
  await expect(date).toHaveValue(shown);
  await date.fill('today');
  await page.keyboard.press('Tab');
  const typed: [string, string][] = [
    ['Taxi to airport', '45.50'],
    ['Train tickets', '120'],
    ['Parking', '18.75'],
  ];
  const monthShort = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(ty, tm - 1, td));
  for (const [i, [what, amount]] of typed.entries()) {
    if (i > 0) {
      // Back to the date, typed as "Dec 4", then as "12/4": it settles to the same day.
      await page.keyboard.press('Shift+Tab');
      await expect(date).toBeFocused();
      await date.fill(i === 1 ? `${monthShort} ${td}` : `${tm}/${td}`);
      await page.keyboard.press('Tab');
    }
    await expect(description).toBeFocused();
    await page.keyboard.type(what);
    await page.keyboard.press('Tab');
    await page.keyboard.type(amount);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Travel');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText(`Saved "${what}"`);
    await expect(description).toBeFocused();
    await expect(date).toHaveValue(shown);
  }
  // The list shows the same date the same way.
  await expect(page.getByRole('table', { name: 'Expenses' }).getByRole('row').filter({ hasText: 'Parking' })).toContainText(shown);
  await expect(
    page.getByRole('table', { name: 'Expenses' }).getByText('Train tickets'),
  ).toBeVisible();
  await expect(page.getByLabel('Total of the expenses shown')).toContainText('$184.25');
  // The filter's dates read the same way and take typed text; what is not a date is said so.
  const from = page.getByRole('textbox', { name: 'From', exact: true });
  await expect(from).toHaveValue(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  const fromShown = await from.inputValue();
  await from.fill('soon');
  await from.press('Enter');
  await expect(from).toHaveAccessibleDescription(/From: not a date. Type it like .*12\/3/);
  await lookShot(page, 'expenses-typed-dates');
  await from.press('Escape');
  await expect(from).toHaveValue(fromShown);

  // A receipt for the parking, previewed inside the app.
  await page.getByRole('table', { name: 'Expenses' }).getByText('Parking').dblclick();
  await page.getByLabel('Attach receipt (image or PDF)').setInputFiles({
    name: 'parking.png',
    mimeType: 'image/png',
    buffer: Buffer.from(PNG_1PX, 'base64'),
  });
  await expect(page.getByRole('img', { name: 'Receipt parking.png' })).toBeVisible();
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  // Card export: positive amounts are spending, US dates, one impossible date, one duplicate.
  const [y, m, d] = todayIso().split('-');
  const us = `${m}/${d}/${y}`;
  const csv = [
    'Transaction Date,Description,Amount,Category',
    `${us},Taxi to airport,45.50,Travel`,
    `${us},Hotel Marriott,230.00,Travel`,
    `02/30/${y},Broken line,10.00,Travel`,
    `${us},Airline refund,-50.00,Travel`,
  ].join('\r\n');
  await page.getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { name: 'Import expenses', level: 1 })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose file…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'card-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page.getByRole('combobox', { name: 'Dates are written' })).toHaveValue('MM/DD/YYYY');
  await expect(page.getByRole('combobox', { name: 'Amount sign' })).toHaveValue(
    'positive-is-spend',
  );
  await page.getByRole('button', { name: 'Check rows' }).click();
  await expect(page.getByText('1 likely duplicate of')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Rows with errors' })).toContainText('4');
  await page.getByRole('checkbox', { name: 'Skip the 1 likely duplicate' }).check();
  await page.getByRole('checkbox', { name: 'Skip the 1 row with errors' }).check();
  await page.getByRole('button', { name: /^Import 2 valid rows/ }).click();
  await expect(page.getByTestId('import-created')).toHaveText('2');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByLabel('Total of the expenses shown')).toContainText('$364.25');

  // Dashboard: budget vs actual with the forecast, read from the maintained totals.
  await app.openModule('Budget');
  await expect(
    page.getByRole('heading', { name: 'Budget vs actual by category, with forecast' }),
  ).toBeVisible();
  await expect(page.getByLabel('Year totals')).toContainText('$12,000.00');
  await expect(page.getByLabel('Year totals')).toContainText('$364.25');
  await expect(page.getByLabel('Year totals')).toContainText('Year-end forecast');
  const legend = page.locator('.recharts-legend-wrapper').first();
  await expect(legend).toContainText('Budget');
  await expect(legend).toContainText('Actual');
  await expect(legend).toContainText('Forecast');
  const variance = page.getByRole('table', { name: 'Variance' });
  const travelRow = variance
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: 'Show expenses for Travel', exact: true }) });
  await expect(travelRow).toContainText('$364.25');
  await expect(travelRow).toContainText('$12,000.00');
  await lookShot(page, 'budget-dashboard', { fullPage: true });

  // The budget report: budget, actual, variance and forecast per category.
  const budgetPdf = testInfo.outputPath('budget-report.pdf');
  await printToPdf(page, () => page.getByRole('button', { name: 'Save as PDF…' }).click(), budgetPdf);
  const budgetText = await pdfText(budgetPdf);
  expect(budgetText).toContain('BUDGET REPORT');
  expect(budgetText).toMatch(/Travel\s+\$12,000\.00\s+\$364\.25\s+\$11,635\.75/);

  // Drill down: the Actual bar of Travel opens the expenses behind it.
  const actualBars = page.locator('.recharts-bar').nth(1).locator('.recharts-bar-rectangle path');
  await expect(actualBars.first()).toBeVisible();
  await actualBars.first().click();
  await expect(page.getByRole('heading', { name: 'Expenses', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Drill-down filter')).toContainText('Travel');
  await expect(page.getByLabel('Total of the expenses shown')).toContainText('5 expenses');
  await expect(
    page.getByRole('table', { name: 'Expenses' }).getByText('Hotel Marriott'),
  ).toBeVisible();

  // The expense report for what the list shows, saved as PDF through the print window.
  const popup = await printWindow(page, () => page.getByRole('button', { name: 'Save as PDF…' }).click());
  const pdfPath = testInfo.outputPath('expense-report.pdf');
  await savePrintedPdf(popup, pdfPath);
  const text = await pdfText(pdfPath);
  expect(text).toContain('EXPENSE REPORT');
  expect(text).toContain('Hotel Marriott');
  expect(text).toContain('Subtotal Travel (5)');
  expect(text).toContain('Total (5 expenses)');
  expect(text).toContain('$364.25');
  expect(text).toContain('-$50.00');
  expect(text).toContain('parking.png');
  expect(text).toContain('4 expenses without a receipt.');
  const [png] = await pdfToPng(pdfPath, testInfo.outputPath('expense-report-page'));
  expect((await stat(png!)).size).toBeGreaterThan(5_000);
  expect(dialogs).toEqual([]);
});

test('an invoice due soon is listed, edited, paid with its expense in one step, then deleted', async ({
  app,
  page,
}) => {
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Expenses');
  await page.getByRole('link', { name: 'Invoices to pay' }).click();
  const isoIn = (days: number) => {
    const d = new Date(Date.now() + days * 86_400_000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  const form = page.getByRole('form', { name: 'New invoice' });
  const addInvoice = async (number: string, amount: string, due: string) => {
    await form.getByRole('textbox', { name: 'Invoice number' }).fill(number);
    await form.getByRole('textbox', { name: 'Amount' }).fill(amount);
    await form.getByRole('textbox', { name: 'Due date' }).fill(due);
    await form.getByRole('button', { name: 'Add invoice' }).click();
    await expect(page.getByRole('status')).toContainText(`Invoice ${number} added`);
  };
  await addInvoice('PW-7719-01', '450.00', isoIn(5));
  await addInvoice('PW-7719-02', '120.00', isoIn(40));
  const dueList = page.getByRole('region', { name: 'Due in the next 14 days' });
  await expect(dueList).toContainText('PW-7719-01');
  await expect(dueList).toContainText('$450.00');
  await expect(dueList).not.toContainText('PW-7719-02');

  // Edit the far-off invoice: a bad amount is refused, then amount and due date change.
  const table = page.getByRole('table', { name: 'Invoices' });
  await table.getByRole('row').filter({ hasText: 'PW-7719-02' }).dblclick();
  await page.getByRole('form', { name: 'Invoice PW-7719-02' }).getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('form', { name: 'Edit invoice PW-7719-02' });
  await expect(edit.getByRole('textbox', { name: 'Invoice number' })).toBeFocused();
  await edit.getByRole('textbox', { name: 'Amount' }).fill('a lot');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByRole('alert')).toContainText('Enter the amount in USD.');
  await edit.getByRole('textbox', { name: 'Amount' }).fill('135.50');
  await edit.getByRole('textbox', { name: 'Due date' }).fill(isoIn(3));
  await edit.getByRole('textbox', { name: 'Due date' }).press('Enter');
  await expect(page.getByRole('status')).toContainText('Invoice PW-7719-02 saved');
  await expect(
    page.getByRole('form', { name: 'Invoice PW-7719-02' }).getByRole('button', { name: 'Edit' }),
  ).toBeFocused();
  await expect(dueList.getByRole('listitem')).toHaveCount(2);
  // Soonest first: the edited invoice now leads the list with its new amount.
  await expect(dueList.getByRole('listitem').first()).toContainText('PW-7719-02');
  await expect(dueList.getByRole('listitem').first()).toContainText('$135.50');
  await expect(dueList.getByRole('listitem').first()).toContainText(isoIn(3));
  await page.getByRole('form', { name: 'Invoice PW-7719-02' }).getByRole('button', { name: 'Close' }).click();

  await dueList.getByRole('button', { name: 'Pay PW-7719-01' }).click();
  await expect(
    page.getByRole('checkbox', { name: 'Record the payment as an expense' }),
  ).toBeChecked();
  // No vendor, no category known: it asks (issue 16.10); "no category" is a choice made on purpose.
  await page.getByRole('button', { name: 'Mark paid' }).click();
  await expect(page.getByRole('form', { name: 'Invoice PW-7719-01' }).getByRole('alert')).toContainText('Choose the expense category');
  await page.getByRole('combobox', { name: 'Expense category' }).selectOption({ label: 'Uncategorized (no category)' });
  await page.getByRole('button', { name: 'Mark paid' }).click();
  await expect(page.getByRole('status')).toContainText('paid and recorded as an expense');
  await expect(dueList).not.toContainText('PW-7719-01');
  await expect(table.getByRole('row').filter({ hasText: 'PW-7719-01' })).toContainText('Paid');

  // Deleting the paid invoice says its expense stays, and it does.
  await table.getByRole('row').filter({ hasText: 'PW-7719-01' }).dblclick();
  const paidCard = page.getByRole('form', { name: 'Invoice PW-7719-01' });
  await expect(paidCard.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await paidCard.getByRole('button', { name: 'Delete…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete invoice PW-7719-01?' });
  await expect(confirm).toContainText('The expense recorded when it was paid is kept');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete invoice' }).click();
  await expect(page.getByRole('status')).toContainText('Invoice PW-7719-01 deleted');
  await expect(table).not.toContainText('PW-7719-01');
  await expect(table).toContainText('PW-7719-02');
  await page.getByRole('link', { name: 'Expenses', exact: true }).first().click();
  await expect(page.getByRole('table', { name: 'Expenses' })).toContainText('Invoice PW-7719-01');
  await expect(page.getByLabel('Total of the expenses shown')).toContainText('$450.00');
});
