/**
 * The printed expense report (issue 16.12), rendered by its template in real Chromium and read
 * back from the PDF: 27 expenses with long vendor names and dates fit one line each on two A4
 * pages (they took four, dates wrapping), with totals by category and the signature lines.
 */
import { writeFile } from 'node:fs/promises';
import { renderExpenseReportHtml, type ExpenseReportLine } from '../../shared/documents';
import { expect, test } from './support/fixtures';
import { pdfInfo, pdfPages, pdfToPng } from './support/pdf';

const VENDORS = ['Northwind Office Supply Company Ltd.', 'Staples', 'Harbor Lane Café & Bakery', 'Portland Parking Authority', 'Amazon Business'];
const CATEGORIES = ['Office supplies', 'Travel', 'Meals', 'Software subscriptions'];

test('27 expenses print one line each, with totals by category and signature lines', async ({ page }, testInfo) => {
  const lines: ExpenseReportLine[] = Array.from({ length: 27 }, (_, i) => ({
    date: `2026-${String(9 + (i % 3)).padStart(2, '0')}-${String(1 + i).padStart(2, '0')}`,
    description: i === 4 ? 'Printer toner cartridges (black, high yield) for the second-floor printer and the spare' : `Expense number ${i + 1}`,
    category: CATEGORIES[i % 4]!,
    vendor: VENDORS[i % 5]!,
    spentBy: i % 2 ? 'Elena Rossi-Whitfield' : 'Tomás Herrera',
    status: i % 3 ? 'Approved' : 'Submitted',
    amountCents: 1_000 + i * 737,
    ...(i % 4 === 0 ? { receipt: `receipt-${i + 1}.pdf` } : {}),
  }));
  const html = renderExpenseReportHtml(
    { from: '2026-09-01', to: '2026-11-30', lines, preparedOn: '2026-12-04', pageSize: 'A4' },
    { name: 'Harbor Lane Design Studio', currency: 'USD', locale: 'en-US' },
  );
  await page.setContent(html, { waitUntil: 'load' });
  const pdfPath = testInfo.outputPath('expense-report.pdf');
  await writeFile(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));

  const info = await pdfInfo(pdfPath);
  expect(info.pages).toBeLessThanOrEqual(2);
  const text = (await pdfPages(pdfPath)).join('\n');
  // Each expense is one line of text: its short date, description and amount together.
  for (const [i, l] of lines.entries()) {
    if (i === 4) continue; // the one long description may wrap, in its own column only
    const [, m, d] = l.date.split('-').map(Number) as [number, number, number];
    const month = new Date(Date.UTC(2026, m - 1, d)).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
    const amount = `$${(l.amountCents / 100).toFixed(2)}`;
    const row = text.split('\n').find((t) => t.includes(`${l.description} `) || t.endsWith(l.description));
    expect(row, `line of ${l.description}`).toBeDefined();
    expect(row).toContain(`${month} ${d}`);
    expect(row).toContain(amount.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  }
  expect(text).toContain('Totals by category');
  expect(text).toMatch(/Subtotal Travel \(\d+\)/);
  expect(text).toContain('Submitted by');
  expect(text).toContain('Approved by');
  await pdfToPng(pdfPath, testInfo.outputPath('expense-report-page'));
});
