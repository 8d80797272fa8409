/**
 * The buyer's loop with the sample office: the reorder list suggests quantities, one draft
 * order per vendor is created, an order is sent and printed to PDF, then received in two
 * steps while stock follows. A hostile vendor name prints as text.
 */
import { test, expect } from './support/fixtures';
import { printToPdf, printWindow, savePrintedPdf } from './support/print';
import type { Page } from '@playwright/test';
import { pdfRawText, pdfText, pdfToPng } from './support/pdf';
import { copyFile } from 'node:fs/promises';
import { lookPdf, lookShot } from './support/shots';

async function onHandOnVendorPage(page: Page, vendorHref: string, itemName: string): Promise<number> {
  await page.goto(`/${vendorHref}`);
  const entry = page.getByRole('region', { name: 'Items from this vendor' }).getByRole('listitem').filter({ hasText: itemName });
  await expect(entry).toHaveCount(1);
  const text = (await entry.locator('.num').textContent()) ?? '';
  return Number(/^(\d+)/.exec(text.trim())?.[1] ?? NaN);
}

test('reorder list → one draft per vendor → sent → PDF → partly received → received', async ({ app, page }, testInfo) => {
  await app.goto('/');
  await app.loadSampleOffice();
  await page.goto('/#/purchasing/reorder');
  const table = page.getByRole('table', { name: 'Reorder list' });
  await expect(table).toBeVisible();
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);

  // Issue 16.2: only what needs ordering now is ticked — fewer than the list — and the count says so.
  const listSize = await rows.count();
  const vendors = new Set<string>();
  const tickedNames: string[] = [];
  for (let i = 0; i < listSize; i++) {
    const row = rows.nth(i);
    if (!(await row.getByRole('checkbox').isChecked())) continue;
    const qty = Number(await row.getByRole('spinbutton').inputValue());
    expect(qty).toBeGreaterThan(0);
    vendors.add(((await row.locator('td').nth(2).textContent()) ?? '').trim());
    tickedNames.push(((await row.locator('td').nth(1).locator('a').first().textContent()) ?? '').trim());
  }
  expect(vendors.size).toBeGreaterThan(0);
  expect(tickedNames.length).toBeLessThan(listSize);
  await expect(page.getByRole('status', { name: 'Selection' })).toContainText(`${tickedNames.length} of ${listSize} selected`);
  // One ticked item is ordered short (1), so it stays on the list, on its draft.
  const short = tickedNames[tickedNames.length - 1]!;
  await page.getByRole('spinbutton', { name: `Quantity of ${short}` }).fill('1');

  // Drafts per vendor before (the sample office holds one already).
  const draftRows = async () => {
    await page.goto('/#/purchasing');
    await page.getByRole('combobox', { name: 'Status' }).selectOption('draft');
    const grid = page.getByRole('table', { name: 'Purchase orders' });
    await expect(grid).toBeVisible();
    return grid.locator('tbody tr[aria-rowindex]').evaluateAll((trs) =>
      trs.map((tr) => ({ number: tr.children[0]?.textContent?.trim() ?? '', vendor: tr.children[2]?.textContent?.trim() ?? '' })),
    );
  };
  await page.getByRole('button', { name: 'Create purchase orders' }).click();
  await expect(page).toHaveURL(/#\/purchasing$/);
  await expect(page.getByRole('status')).toContainText('Purchase orders:');
  const drafts = await draftRows();
  // Never two drafts for one vendor (issue 16.1): each ticked vendor has exactly one.
  for (const vendor of vendors) expect(drafts.filter((d) => d.vendor === vendor)).toHaveLength(1);

  // Back on the list: what the drafts cover is gone, the short one links to its draft, and a
  // second round has nothing ticked.
  await page.goto('/#/purchasing/reorder');
  await expect(table).toBeVisible();
  for (const name of tickedNames.slice(0, -1)) await expect(table.getByRole('link', { name, exact: true })).toHaveCount(0);
  const draftLink = table.getByRole('link', { name: new RegExp(`^1 of ${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} on draft PO-`) });
  await expect(draftLink).toBeVisible();
  await expect(page.getByRole('status', { name: 'Selection' })).toContainText(`1 of ${listSize - tickedNames.length + 1} selected`);
  await draftLink.click();
  await expect(page.getByRole('heading', { name: /^PO-\d{4}-\d{4}$/, level: 2 })).toBeVisible();
  const created = drafts.filter((d) => vendors.has(d.vendor));
  await draftRows();

  // Open one draft and send it.
  const number = created[0]!.number;
  await page.getByRole('link', { name: number, exact: true }).click();
  await expect(page.getByRole('heading', { name: number, level: 2 })).toBeVisible();
  // A draft prints with a DRAFT watermark (issue 16.5).
  const draftPdf = testInfo.outputPath('draft.pdf');
  await printToPdf(page, () => page.getByRole('button', { name: 'Save as PDF…' }).click(), draftPdf);
  expect((await pdfRawText(draftPdf)).split('\n')).toContain('DRAFT');
  await lookPdf(draftPdf, 'po-draft');
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByLabel('Status')).toHaveText('Sent');

  const lines = page.getByRole('table', { name: 'Order lines' }).locator('tbody tr');
  const descriptions = await lines.evaluateAll((trs) => trs.map((tr) => tr.children[0]?.textContent?.trim() ?? ''));
  const firstQty = Number(await lines.first().locator('td').nth(1).textContent());
  const total = (await page.getByTestId('po-total').textContent())!.trim();
  const vendorLink = page.locator('a[href^="#/vendors/"]').first();
  const vendorName = (await vendorLink.textContent())!.trim();
  const vendorHref = (await vendorLink.getAttribute('href'))!;
  const poHref = page.url().slice(page.url().indexOf('#'));

  const pdfPath = testInfo.outputPath('order.pdf');
  await printToPdf(page, () => page.getByRole('button', { name: 'Save as PDF…' }).click(), pdfPath);
  const text = (await pdfText(pdfPath)).replace(/\s+/g, ' ');
  expect(text).toContain('PURCHASE ORDER');
  expect(text).toContain(number);
  expect(text).toContain(vendorName);
  for (const d of descriptions) expect(text).toContain(d.replace(/\s+/g, ' '));
  expect(text).toContain(total);
  expect(text).toContain('Authorized by'); // the sample office writes US English (issue 16.5)
  const [png] = await pdfToPng(pdfPath, testInfo.outputPath('order-page'));
  if (process.env.BACKDESK_KEEP_PNG) await copyFile(png!, process.env.BACKDESK_KEEP_PNG);

  // Receive part of the first line: stock rises by exactly that much.
  const firstItem = descriptions[0]!;
  const stockBefore = await onHandOnVendorPage(page, vendorHref, firstItem);
  const part = Math.max(1, Math.floor(firstQty / 2));
  await page.goto(`/${poHref}`);
  await page.getByRole('button', { name: 'Receive goods…' }).click();
  const dialog = page.getByRole('dialog', { name: `Receive goods on ${number}` });
  await dialog.getByRole('spinbutton', { name: `Receive ${firstItem}` }).fill(String(firstQty + 1));
  await expect(dialog.getByRole('alert')).toContainText(`only ${firstQty} left to receive`);
  await expect(dialog.getByRole('button', { name: 'Confirm receipt' })).toBeDisabled();
  await dialog.getByRole('spinbutton', { name: `Receive ${firstItem}` }).fill(String(part));
  await dialog.getByRole('button', { name: 'Confirm receipt' }).click();
  await expect(dialog).toBeHidden();
  const expectedStatus = part === firstQty && descriptions.length === 1 ? 'Received' : 'Partly received';
  await expect(page.getByLabel('Status')).toHaveText(expectedStatus);
  expect(await onHandOnVendorPage(page, vendorHref, firstItem)).toBe(stockBefore + part);

  // The receipt is in the order's history (issue 16.5).
  await page.goto(`/${poHref}`);
  const receipts = page.getByRole('table', { name: 'Receipts' });
  await expect(receipts.getByRole('row')).toHaveCount(2);
  await expect(receipts).toContainText(`${part} × ${firstItem}`);
  if (expectedStatus !== 'Received') {
    // The rest will not come: closed short with a reason; nothing more is on order.
    await page.getByRole('button', { name: 'Close short…' }).click();
    const close = page.getByRole('dialog', { name: `Close ${number} short?` });
    await close.getByRole('button', { name: 'Close short' }).click();
    await expect(close.getByRole('alert')).toContainText('Say why the rest will not come');
    await close.getByLabel('Why will the rest not come?').fill('Discontinued by the vendor');
    await close.getByRole('button', { name: 'Close short' }).click();
    await expect(page.getByLabel('Status')).toHaveText('Closed short');
    await expect(page.getByRole('note')).toContainText('Discontinued by the vendor');
    await expect(page.getByRole('table', { name: 'Order lines' })).toContainText('cancelled');
    await lookShot(page, 'po-closed-short', { fullPage: true });
  }
  expect(await onHandOnVendorPage(page, vendorHref, firstItem)).toBe(stockBefore + part);
  await page.goto(`/${poHref}`);
  await expect(page.getByRole('button', { name: 'Receive goods…' })).toHaveCount(0);
});

test('a vendor named like a script prints as text; rating is keyboard-driven', async ({ app, page }, testInfo) => {
  const HOSTILE = '<script>x</script>';
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Vendors');
  await expect(page.getByText('No vendors yet')).toBeVisible();
  await page.getByRole('button', { name: 'New vendor' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill(HOSTILE);
  await page.getByRole('textbox', { name: 'Website' }).fill('javascript:alert(1)');
  await page.getByRole('textbox', { name: 'Account number' }).fill('ACC-<b>1</b>');
  await page.getByRole('radio', { name: 'No rating' }).focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '4 stars' })).toBeChecked();
  await page.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.getByText('Enter a web address like www.example.com')).toBeVisible();
  await page.getByRole('textbox', { name: 'Website' }).fill('www.example.com');
  await page.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.getByRole('heading', { name: HOSTILE, level: 2 })).toBeVisible();
  await expect(page.getByLabel('4 of 5 stars')).toBeVisible();

  await page.getByRole('button', { name: 'New purchase order' }).click();
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { name: /^PO-\d{4}-0001$/, level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Add line' }).click();
  await page.getByRole('textbox', { name: 'Line 1 description' }).fill('Toner <img src=x onerror=alert(2)>');
  await page.getByRole('spinbutton', { name: 'Line 1 quantity' }).fill('3');
  await page.getByRole('textbox', { name: 'Line 1 unit cost' }).fill('12.50');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByTestId('po-total')).toHaveText('$37.50');

  const popup = await printWindow(page, () => page.getByRole('button', { name: 'Save as PDF…' }).click());
  const pdfPath = testInfo.outputPath('hostile.pdf');
  await savePrintedPdf(popup, pdfPath);
  const text = await pdfText(pdfPath);
  expect(text).toContain(HOSTILE);
  expect(text).toContain('Toner <img src=x onerror=alert(2)>');
  expect(text).toContain('ACC-<b>1</b>');
  expect(text).toContain('$37.50');
  expect(dialogs).toEqual([]);
});
