/**
 * Vendor quotes (issue 17.3), one buyer's path on an empty office with three vendors: a
 * request for quotation for laptops typed by keyboard, printed for one vendor (its PDF read
 * back), three quotes entered, the comparison marking the cheapest line, the cheapest complete
 * quote and the best lead time, and the award making a draft purchase order in Purchasing
 * with the quoted prices in whole packs.
 */
import { test, expect } from './support/fixtures';
import { printToPdf } from './support/print';
import { pdfText } from './support/pdf';
import { lookPdf, lookShot } from './support/shots';

const VENDORS = [
  { name: 'North IT', email: 'sales@north-it.example' },
  { name: 'Metro Computers', email: 'quotes@metro.example' },
  { name: 'Budget Laptops', email: 'hello@budget.example' },
];

function isoDaysFromNow(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test('RFQ for laptops by keyboard → printed → three quotes → compared → awarded into a draft PO', async ({ app, page }, testInfo) => {
  await app.goto('/');
  await app.startEmpty();
  for (const v of VENDORS) {
    await page.goto('/#/vendors/new');
    const form = page.getByRole('form', { name: 'New vendor' });
    await form.getByLabel('Name').fill(v.name);
    await form.getByLabel('Email').fill(v.email);
    await form.getByRole('button', { name: 'Add vendor' }).click();
    await expect(page.getByRole('heading', { name: v.name })).toBeVisible();
  }

  // The module from the sidebar: an empty list says what it is for.
  await app.openModule('Quotes');
  await expect(page.getByRole('heading', { name: 'No requests for quotation yet' })).toBeVisible();
  await page.getByRole('button', { name: 'New request for quotation' }).click();

  // By keyboard: the title has the focus, Tab to the first line, Enter on a quantity adds the next line.
  const title = page.getByLabel('Title');
  await expect(title).toBeFocused();
  await page.keyboard.type('Laptops for the design team');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Line 1 item or description')).toBeFocused();
  await page.keyboard.type('Laptop 14", 16 GB RAM');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Line 2 item or description')).toBeFocused();
  await page.keyboard.type('USB-C dock');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('5');
  for (const v of VENDORS) {
    await page.getByRole('checkbox', { name: v.name }).focus();
    await page.keyboard.press('Space');
  }
  await expect(page.getByText('Vendors to ask (3 chosen)')).toBeVisible();
  await page.getByLabel('Reply by').fill(isoDaysFromNow(7));
  await lookShot(page, 'quotes-new');
  await page.getByRole('button', { name: 'Create request' }).click();

  await expect(page.getByRole('heading', { name: 'RFQ-0001', level: 2 })).toBeVisible();
  await expect(page.getByLabel('Status')).toHaveText('Draft');

  // The request printed for one vendor: letterhead form with the lines and the reply-by date.
  await page.getByLabel('For vendor').selectOption({ label: 'North IT' });
  const pdfPath = testInfo.outputPath('rfq.pdf');
  await printToPdf(page, () => page.getByRole('button', { name: 'Save as PDF…' }).click(), pdfPath);
  const text = (await pdfText(pdfPath)).replace(/\s+/g, ' ');
  expect(text).toContain('REQUEST FOR QUOTATION');
  expect(text).toContain('RFQ-0001');
  expect(text).toContain('Laptops for the design team');
  expect(text).toContain('North IT');
  expect(text).toContain('sales@north-it.example');
  expect(text).toContain('Laptop 14", 16 GB RAM');
  expect(text).toContain('USB-C dock');
  expect(text).toContain('Reply by');
  expect(text).toContain('Prices valid until');
  expect(text).toContain('This is a request for prices, not an order.');
  await lookPdf(pdfPath, 'quotes-rfq');
  // Email… sits beside Print with the vendor's address filled in.
  await page.getByRole('button', { name: 'Email…' }).click();
  const email = page.getByRole('dialog', { name: 'Email RFQ-0001 for North IT' });
  await expect(email.getByRole('textbox', { name: /^To/ })).toHaveValue('sales@north-it.example');
  await expect(email.getByRole('textbox', { name: 'Subject' })).toHaveValue('Request for quotation RFQ-0001: Laptops for the design team');
  await email.getByRole('button', { name: 'Cancel' }).click();
  await expect(email).toBeHidden();

  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByLabel('Status')).toHaveText('Sent');

  // Three quotes, typed price → Tab → pack → Tab → next price, Enter records.
  const valid = isoDaysFromNow(30);
  const quotes = [
    { vendor: 'North IT', lines: [['980', '1'], ['140', '1']], lead: '2' },
    { vendor: 'Metro Computers', lines: [['1010', '1'], ['90', '2']], lead: '5' },
    { vendor: 'Budget Laptops', lines: [['950', '1'], ['', '1']], lead: '20' },
  ] as const;
  for (const q of quotes) {
    await page.getByRole('button', { name: `Enter quote from ${q.vendor}…` }).click();
    const dialog = page.getByRole('dialog', { name: `Quote from ${q.vendor}` });
    await dialog.getByLabel('Valid until').fill(valid);
    await dialog.getByLabel('Lead time (days)').fill(q.lead);
    await dialog.getByLabel('Laptop 14", 16 GB RAM: unit price').focus();
    for (const [price, pack] of q.lines) {
      if (price) await page.keyboard.type(price);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(pack);
      await page.keyboard.press('Tab');
    }
    await dialog.getByLabel('Laptop 14", 16 GB RAM: unit price').press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status')).toContainText(`Quote from ${q.vendor} recorded`);
    await expect(page.getByRole('row', { name: new RegExp(`^${q.vendor} Received`) })).toBeVisible();
  }
  await expect(page.getByLabel('Status')).toHaveText('Quotes in');

  // Side by side: the cheapest laptop is Budget's (it left the dock out), the cheapest dock
  // Metro's in pairs (6 × $90), the cheapest complete quote Metro's, the fastest North's.
  const grid = page.getByRole('table', { name: 'Quote comparison' });
  const laptopRow = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Laptop 14/ }) });
  await expect(laptopRow.getByRole('cell').nth(2)).toContainText('Cheapest');
  await expect(laptopRow.getByRole('cell').nth(0)).not.toContainText('Cheapest');
  const dockRow = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /USB-C dock/ }) });
  await expect(dockRow.getByRole('cell').nth(1)).toContainText('Cheapest');
  await expect(dockRow.getByRole('cell').nth(1)).toContainText('6 units: $540.00 (packs of 2)');
  await expect(dockRow.getByRole('cell').nth(2)).toHaveText('Not quoted');
  const totalRow = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Total' }) });
  await expect(totalRow.getByRole('cell').nth(1)).toContainText('$3,570.00');
  await expect(totalRow.getByRole('cell').nth(1)).toContainText('Cheapest total');
  await expect(totalRow.getByRole('cell').nth(0)).toContainText('$3,640.00');
  await expect(totalRow.getByRole('cell').nth(2)).toContainText('1 line not quoted');
  const leadRow = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Lead time' }) });
  await expect(leadRow.getByRole('cell').nth(0)).toContainText('Fastest');
  await expect(leadRow.getByRole('cell').nth(1)).not.toContainText('Fastest');
  const best = page.getByRole('list', { name: 'Best offers' });
  await expect(best).toContainText('Cheapest total Metro Computers: $3,570.00');
  await expect(best).toContainText('Fastest North IT: 2 days');
  await expect(best).toContainText('Cheapest line by line: $3,390.00 from 2 vendors');
  // Budget may still be awarded the one line it quoted.
  await expect(page.getByRole('button', { name: 'Award to Budget Laptops…' })).toBeEnabled();
  await lookShot(page, 'quotes-compare', { fullPage: true });

  // Award to Metro: a draft purchase order with the quoted prices, docks in whole packs.
  await page.getByRole('button', { name: 'Award to Metro Computers…' }).click();
  const award = page.getByRole('dialog', { name: 'Award RFQ-0001 to Metro Computers' });
  await expect(award).toContainText('Total $3,570.00');
  await award.getByRole('button', { name: 'Make draft purchase order' }).click();
  await expect(page).toHaveURL(/#\/purchasing\/[^/]+$/);
  const poHeading = page.getByRole('heading', { name: /^PO-\d{4}-0001$/, level: 2 });
  await expect(poHeading).toBeVisible();
  await expect(page.getByLabel('Status')).toHaveText('Draft');
  await expect(page.getByRole('link', { name: 'Metro Computers' })).toBeVisible();
  await expect(page.getByLabel('Line 1 description')).toHaveValue('Laptop 14", 16 GB RAM');
  await expect(page.getByLabel('Line 1 quantity')).toHaveValue('3');
  await expect(page.getByLabel('Line 1 unit cost')).toHaveValue('1010.00');
  await expect(page.getByLabel('Line 2 description')).toHaveValue('USB-C dock');
  await expect(page.getByLabel('Line 2 quantity')).toHaveValue('6');
  await expect(page.getByLabel('Line 2 unit cost')).toHaveValue('90.00');
  await expect(page.getByTestId('po-total')).toHaveText('$3,570.00');
  const poNumber = (await poHeading.textContent())!.trim();

  // The RFQ says awarded and links to the order; it is in Purchasing's list as a draft.
  await page.goto('/#/quotes');
  await page.getByRole('link', { name: 'RFQ-0001' }).click();
  await expect(page.getByLabel('Status')).toHaveText('Awarded');
  await expect(page.getByRole('note')).toContainText(`Awarded to Metro Computers: ${poNumber} (Metro Computers)`);
  await expect(page.getByRole('button', { name: /Award to/ })).toHaveCount(0);
  await lookShot(page, 'quotes-awarded');
  await page.getByRole('link', { name: `${poNumber} (Metro Computers)` }).click();
  await expect(poHeading).toBeVisible();
});
