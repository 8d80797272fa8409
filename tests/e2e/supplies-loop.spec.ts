/**
 * Issue 3's "Done when", as one story on an empty office, through the UI only: a supplies CSV
 * with two bad rows is imported (the bad rows skipped, vendors created from the Vendor
 * column) → the count sheet prints → a count is applied → the reorder list suggests
 * quantities worked out by hand from shared/domain/reorder.ts → one draft order per vendor →
 * the order form PDF holds the vendor, the lines and the total → a partial then a full
 * receipt → stock and the inventory dashboard follow.
 *
 * Every figure below is computed from the CSV, so the test fails if any step is off by one.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { printToPdf } from './support/print';
import { pdfText } from './support/pdf';
import { lookPdf, lookShot } from './support/shots';

const NORTHWIND = 'Northwind Paper';
const ACME = 'Acme Office Supply';

// Name, SKU, Category, Location, Quantity, Min, Target, Pack size, Unit cost, Vendor.
const CSV = [
  'Name,SKU,Category,Location,Quantity,Min,Target,Pack size,Unit cost,Vendor',
  `Copy paper A4,PAP-A4,Paper,Cupboard 1,12,10,40,5,$4.50,${NORTHWIND}`, // line 2
  `Envelopes C5,ENV-C5,Paper,Cupboard 1,30,25,100,50,$0.08,${NORTHWIND}`, // line 3
  `Staples 26/6,pap-a4,Desk,Drawer 2,8,2,10,1,$2.00,${ACME}`, // line 4: SKU repeats line 2
  `Sticky notes,STK-1,Desk,Drawer 2,20,5,30,12,$1.25,${NORTHWIND}`, // line 5
  `Toner HP 58A,TN-58A,Printing,Print room,3,2,6,1,$89.90,${ACME}`, // line 6
  `Glue sticks,GL-1,Desk,Drawer 2,a few,2,10,1,$0.90,${ACME}`, // line 7: bad quantity
  `Ballpoint pens blue,PEN-B,Writing,Drawer 2,50,20,100,10,$0.30,${ACME}`, // line 8
  `Stapler,ST-1,Desk,Drawer 2,4,1,3,1,$12.00,${ACME}`, // line 9
].join('\r\n');

interface GridRow {
  onHand: number;
  vendor: string;
  status: string;
}

/** The Items grid as name → on hand, vendor and status, read by column header. */
async function itemsGrid(page: Page): Promise<Record<string, GridRow>> {
  await page.goto('/#/inventory');
  // The list keeps its search between visits; the whole list is wanted here.
  await page.getByRole('searchbox', { name: 'Search items' }).fill('');
  const grid = page.getByRole('table', { name: 'Items' });
  await expect(grid.locator('tbody tr[aria-rowindex]').first()).toBeVisible();
  return grid.evaluate((table) => {
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    const col = (name: string) => heads.findIndex((h) => h.startsWith(name));
    const out: Record<string, { onHand: number; vendor: string; status: string }> = {};
    for (const tr of table.querySelectorAll('tbody tr[aria-rowindex]')) {
      const cell = (name: string) => tr.children[col(name)]?.textContent?.trim() ?? '';
      out[cell('Name')] = { onHand: Number(cell('On hand')), vendor: cell('Vendor'), status: cell('Status') };
    }
    return out;
  });
}

const onHandOf = async (page: Page) =>
  Object.fromEntries(Object.entries(await itemsGrid(page)).map(([name, row]) => [name, row.onHand]));

/** The dashboard's headline cards and one category's line. */
async function expectDashboard(page: Page, belowMinimum: number, stockValue: string, paperLine: string) {
  await page.goto('/#/inventory/dashboard');
  await expect(page.getByRole('heading', { name: 'Inventory dashboard' })).toBeVisible();
  await expect(page.getByRole('button', { name: `${belowMinimum} items below minimum` })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Stock value/ })).toHaveText(`Stock value${stockValue}`);
  const byCategory = page.getByRole('region', { name: 'Stock value by category' });
  await expect(byCategory.getByRole('listitem').filter({ hasText: /^Paper / })).toHaveText(`Paper ${paperLine}`);
}

test('supplies loop: import → count sheet → count → reorder → orders per vendor → PDF → receipts → dashboard', async ({
  app,
  page,
}, testInfo) => {
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Inventory');

  // 1. Import the CSV; nothing is fixed, the two bad rows are skipped on confirmation.
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByRole('heading', { name: 'Import supplies', level: 1 })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles({ name: 'supplies.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
  await expect(page.getByTestId('import-row-count')).toHaveText('8');
  for (const [field, header] of [
    ['Name (required)', 'Name'],
    ['Quantity', 'Quantity'],
    ['Minimum', 'Min'],
    ['Target level', 'Target'],
    ['Pack size', 'Pack size'],
    ['Unit cost', 'Unit cost'],
    ['Location', 'Location'],
    ['Vendor', 'Vendor'],
  ] as const)
    await expect(page.getByRole('combobox', { name: field, exact: true })).toHaveValue(header);
  await page.getByRole('button', { name: 'Check rows' }).click();
  const errors = page.getByRole('table', { name: 'Rows with errors' });
  await expect(errors.getByRole('row')).toHaveCount(3); // header + 2
  await expect(errors.getByRole('row').filter({ hasText: 'Line 4' })).toContainText(
    'SKU "pap-a4" already appears on line 2; this row was not imported.',
  );
  await expect(errors.getByRole('row').filter({ hasText: 'Line 7' })).toContainText('"a few"');
  const importButton = page.getByRole('button', { name: 'Import 6 valid rows, skip 2 rows with errors' });
  await expect(importButton).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Skip the 2 rows with errors' }).check();
  await importButton.click();
  await expect(page.getByTestId('import-created')).toHaveText('6');
  await expect(page.getByTestId('import-skipped')).toHaveText('2');
  await page.getByRole('button', { name: 'Done' }).click();

  const imported = await itemsGrid(page);
  expect(Object.keys(imported).sort()).toEqual(
    ['Ballpoint pens blue', 'Copy paper A4', 'Envelopes C5', 'Stapler', 'Sticky notes', 'Toner HP 58A'],
  );
  expect(await onHandOf(page)).toEqual({
    'Copy paper A4': 12,
    'Envelopes C5': 30,
    'Sticky notes': 20,
    'Toner HP 58A': 3,
    'Ballpoint pens blue': 50,
    Stapler: 4,
  });
  // The Vendor column created two vendors and linked every item to its own.
  for (const name of ['Copy paper A4', 'Envelopes C5', 'Sticky notes']) expect(imported[name]!.vendor).toBe(NORTHWIND);
  for (const name of ['Toner HP 58A', 'Ballpoint pens blue', 'Stapler']) expect(imported[name]!.vendor).toBe(ACME);
  // 12×4.50 + 30×0.08 + 20×1.25 + 3×89.90 + 50×0.30 + 4×12.00 = 414.10; nothing is low yet.
  await expectDashboard(page, 0, '$414.10', '$56.40 · 2 items');

  // The vendor's minimum order is no CSV column: set it on the toner by hand (8 cartridges).
  await page.goto('/#/inventory');
  await page.getByRole('searchbox', { name: 'Search items' }).fill('TN-58A');
  await page.getByRole('row', { name: /Toner HP 58A/ }).dblclick();
  await expect(page.getByRole('heading', { name: 'Toner HP 58A' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Toner HP 58A' });
  await expect(edit.getByLabel('Pack size')).toHaveValue('1');
  await edit.getByLabel('Vendor minimum order').fill('8');
  await edit.getByLabel('Vendor minimum order').press('Enter');
  await expect(edit).toHaveCount(0);

  // 2. The count sheet prints, grouped by location (it prints the list as filtered, so the
  // search for the toner is cleared first).
  await page.goto('/#/inventory');
  await page.getByRole('searchbox', { name: 'Search items' }).fill('');
  const sheetPdf = testInfo.outputPath('count-sheet.pdf');
  const saveSheet = page.getByRole('button', { name: 'Save count sheet as PDF…' });
  await printToPdf(page, () => saveSheet.click(), sheetPdf);
  const sheetText = await pdfText(sheetPdf);
  expect(sheetText).toContain('STOCK COUNT SHEET');
  for (const text of ['Cupboard 1', 'Drawer 2', 'Print room', ...Object.keys(imported)]) expect(sheetText).toContain(text);
  expect(sheetText).not.toContain('Glue sticks');
  expect(sheetText).not.toContain('Staples 26/6');

  // 3. A count: four items counted, the variance reviewed, then applied.
  await page.getByRole('button', { name: 'Count stock' }).click();
  const counts: [string, number][] = [
    ['Copy paper A4', 7],
    ['Envelopes C5', 12],
    ['Toner HP 58A', 1],
    ['Ballpoint pens blue', 45],
  ];
  for (const [name, qty] of counts) await page.getByRole('textbox', { name: `Counted ${name}` }).fill(String(qty));
  await page.getByRole('button', { name: 'Review variance' }).click();
  const review = page.getByRole('table', { name: 'Count variance' });
  await expect(review.getByRole('row')).toHaveCount(6); // header, four lines, total
  const reviewCells = async (name: string) =>
    review.getByRole('row').filter({ hasText: name }).getByRole('cell').allInnerTexts();
  expect((await reviewCells('Copy paper A4')).slice(1, 5)).toEqual(['Cupboard 1', '12', '7', '-5']);
  expect((await reviewCells('Envelopes C5')).slice(2, 5)).toEqual(['30', '12', '-18']);
  expect((await reviewCells('Toner HP 58A')).slice(2, 5)).toEqual(['3', '1', '-2']);
  expect((await reviewCells('Ballpoint pens blue')).slice(2, 5)).toEqual(['50', '45', '-5']);
  // −5×4.50 − 18×0.08 − 2×89.90 − 5×0.30 = −205.24
  await expect(review.getByRole('row').filter({ hasText: 'Total value of variance' })).toContainText('205.24');
  await page.getByRole('button', { name: 'Apply count' }).click();
  await expect(page.getByRole('status')).toContainText('Count applied to 4 items');
  expect(await onHandOf(page)).toEqual({
    'Copy paper A4': 7,
    'Envelopes C5': 12,
    'Sticky notes': 20,
    'Toner HP 58A': 1,
    'Ballpoint pens blue': 45,
    Stapler: 4,
  });
  // 7×4.50 + 12×0.08 + 25.00 + 89.90 + 45×0.30 + 48.00 = 208.86; paper, envelopes, toner low.
  await expectDashboard(page, 3, '$208.86', '$32.46 · 2 items · 2 below minimum');

  // 4. The reorder list: the three items at or below their minimum, with suggestions from
  // target − on hand − on order, rounded up to packs, then to the vendor minimum.
  await page.goto('/#/purchasing/reorder');
  const reorder = page.getByRole('table', { name: 'Reorder list' });
  await expect(reorder.locator('tbody tr')).toHaveCount(3);
  const suggested: [string, string, number][] = [
    ['Copy paper A4', NORTHWIND, 35], // 40 − 7 = 33 → 7 packs of 5
    ['Envelopes C5', NORTHWIND, 100], // 100 − 12 = 88 → 2 packs of 50
    ['Toner HP 58A', ACME, 8], // 6 − 1 = 5 → vendor minimum 8
  ];
  for (const [name, vendor, qty] of suggested) {
    const row = reorder.locator('tbody tr').filter({ hasText: name });
    await expect(row.locator('td').nth(2)).toHaveText(vendor);
    await expect(row.getByRole('checkbox', { name: `Select ${name}` })).toBeChecked();
    await expect(row.getByRole('spinbutton', { name: `Quantity of ${name}` })).toHaveValue(String(qty));
  }

  // 5. One draft order per vendor.
  await page.getByRole('button', { name: 'Create purchase orders' }).click();
  await expect(page).toHaveURL(/#\/purchasing$/);
  await expect(page.getByRole('status')).toContainText('Purchase orders: created 2 new drafts');
  await page.getByRole('combobox', { name: 'Status' }).selectOption('draft');
  const orders = page.getByRole('table', { name: 'Purchase orders' }).locator('tbody tr[aria-rowindex]');
  await expect(orders).toHaveCount(2);
  const drafts = await orders.evaluateAll((trs) =>
    trs.map((tr) => ({ number: tr.children[0]?.textContent?.trim() ?? '', vendor: tr.children[2]?.textContent?.trim() ?? '' })),
  );
  expect(drafts.map((d) => d.vendor).sort()).toEqual([ACME, NORTHWIND]);
  const acmeNumber = drafts.find((d) => d.vendor === ACME)!.number;
  const number = drafts.find((d) => d.vendor === NORTHWIND)!.number;

  await page.getByRole('link', { name: acmeNumber, exact: true }).click();
  await expect(page.getByRole('heading', { name: acmeNumber, level: 2 })).toBeVisible();
  await expect(page.getByTestId('po-total')).toHaveText('$719.20'); // 8 × 89.90

  await page.goto('/#/purchasing');
  await page.getByRole('link', { name: number, exact: true }).click();
  await expect(page.getByRole('heading', { name: number, level: 2 })).toBeVisible();
  await expect(page.getByTestId('po-total')).toHaveText('$165.50'); // 35 × 4.50 + 100 × 0.08
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByLabel('Status')).toHaveText('Sent');
  const lines = page.getByRole('table', { name: 'Order lines' }).locator('tbody tr');
  await expect(lines).toHaveCount(2);
  const lineCells = async (name: string) => lines.filter({ hasText: name }).locator('td').allInnerTexts();
  expect(await lineCells('Copy paper A4')).toEqual(['Copy paper A4', '35', '0', '35', '$4.50', '$157.50']);
  expect(await lineCells('Envelopes C5')).toEqual(['Envelopes C5', '100', '0', '100', '$0.08', '$8.00']);
  const poHref = page.url().slice(page.url().indexOf('#'));

  // 6. The order form PDF holds the vendor, each line and the total.
  const pdfPath = testInfo.outputPath('order-form.pdf');
  await printToPdf(page, () => page.getByRole('button', { name: 'Save as PDF…' }).click(), pdfPath);
  const text = await pdfText(pdfPath);
  expect(text).toContain('PURCHASE ORDER');
  expect(text).toContain(number);
  expect(text).toContain(NORTHWIND);
  expect(text).not.toContain(ACME);
  const pdfLine = (name: string) => text.split('\n').find((l) => l.includes(name)) ?? '';
  // Quantity, unit, SKU, description, unit cost, line total.
  expect(pdfLine('Copy paper A4')).toMatch(/^\s*35\s+each\s+PAP-A4\s+Copy paper A4\s+\$4\.50\s+\$157\.50\s*$/);
  expect(pdfLine('Envelopes C5')).toMatch(/^\s*100\s+each\s+ENV-C5\s+Envelopes C5\s+\$0\.08\s+\$8\.00\s*$/);
  expect(text).not.toContain('Toner HP 58A');
  expect(text).toMatch(/Total\s+\$165\.50/);
  await lookPdf(pdfPath, 'supplies-order-form');

  // 7. A partial receipt: 20 reams of paper arrive.
  await page.getByRole('button', { name: 'Receive goods…' }).click();
  const dialog = page.getByRole('dialog', { name: `Receive goods on ${number}` });
  await dialog.getByRole('spinbutton', { name: 'Receive Copy paper A4' }).fill('20');
  await dialog.getByRole('button', { name: 'Confirm receipt' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Status')).toHaveText('Partly received');
  expect(await lineCells('Copy paper A4')).toEqual(['Copy paper A4', '35', '20', '15', '$4.50', '$157.50']);
  expect(await lineCells('Envelopes C5')).toEqual(['Envelopes C5', '100', '0', '100', '$0.08', '$8.00']);
  const afterPartial = await onHandOf(page);
  expect(afterPartial['Copy paper A4']).toBe(27);
  expect(afterPartial['Envelopes C5']).toBe(12);

  // 8. The rest arrives.
  await page.goto(`/${poHref}`);
  await page.getByRole('button', { name: 'Receive goods…' }).click();
  await dialog.getByRole('button', { name: 'Fill in everything outstanding' }).click();
  await expect(dialog.getByRole('spinbutton', { name: 'Receive Copy paper A4' })).toHaveValue('15');
  await expect(dialog.getByRole('spinbutton', { name: 'Receive Envelopes C5' })).toHaveValue('100');
  await dialog.getByRole('button', { name: 'Confirm receipt' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Status')).toHaveText('Received');
  await expect(page.getByRole('button', { name: 'Receive goods…' })).toHaveCount(0);

  // 9. Stock and the dashboard: paper 7 + 35, envelopes 12 + 100; only the toner (its order
  // not yet sent) is still below minimum. 42×4.50 + 112×0.08 + 25 + 89.90 + 13.50 + 48 = 374.36.
  const final = await itemsGrid(page);
  expect(Object.fromEntries(Object.entries(final).map(([n, r]) => [n, r.onHand]))).toEqual({
    'Copy paper A4': 42,
    'Envelopes C5': 112,
    'Sticky notes': 20,
    'Toner HP 58A': 1,
    'Ballpoint pens blue': 45,
    Stapler: 4,
  });
  await expectDashboard(page, 1, '$374.36', '$197.96 · 2 items');
  const byVendor = page.getByRole('region', { name: 'Items to reorder by vendor' });
  await expect(byVendor.getByRole('listitem')).toHaveCount(1);
  await expect(byVendor.getByRole('listitem')).toHaveText(`${ACME} 1 to reorder`);
  await lookShot(page, 'supplies-dashboard', { fullPage: true });
});
