/**
 * The import wizard on supplies (issue 3 item 10): a European Excel export (BOM, `;`,
 * `1.234,50 €`) with a repeated SKU and a bad quantity → what was detected, the errors with
 * their file lines, an import of the valid rows only after "Skip the rows with errors" is
 * ticked, the items list afterwards, and a re-import that updates instead of duplicating.
 * Also: a Windows-1252 file keeps its accents.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const HEADER = 'Artikel;SKU;Category;Qty;Unit price;Location';
function suppliesCsv(paperQty: number): Buffer {
  const lines = [
    HEADER,
    `Copy paper A4;PAP-A4;Paper;${paperQty};1.234,50 €;Cupboard 1`,
    'Stapler;ST-1;Desk;5;12,00 €;Drawer',
    'Blue pens;pap-a4;Writing;10;1,00 €;Drawer',
    'Toner;TN-9;Printing;two;89,90 €;Print room',
  ];
  return Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(lines.join('\r\n') + '\r\n', 'utf8'),
  ]);
}

async function pickFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer });
}

async function openImport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByRole('heading', { name: 'Import supplies', level: 1 })).toBeVisible();
}

test('imports a European supplies CSV, skipping the rows with errors, and re-import updates by SKU', async ({
  app,
  page,
}) => {
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Inventory');
  await openImport(page);
  await pickFile(page, 'supplies.csv', suppliesCsv(40));

  // What was detected.
  await expect(page.getByTestId('import-encoding')).toHaveText('UTF-8 with byte-order mark');
  await expect(page.getByTestId('import-delimiter')).toHaveText('Semicolon (;)');
  await expect(page.getByTestId('import-row-count')).toHaveText('4');

  // "Artikel" is no known name: Name is required and unmapped until chosen by hand.
  const check = page.getByRole('button', { name: 'Check rows' });
  await expect(check).toBeDisabled();
  await expect(page.getByText('Choose the column for Name.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Name (required)' }).selectOption('Artikel');
  await expect(page.getByRole('combobox', { name: 'Quantity' })).toHaveValue('Qty');
  await expect(page.getByRole('combobox', { name: 'Unit cost' })).toHaveValue('Unit price');
  await check.click();

  // Errors with their lines and messages.
  const errors = page.getByRole('table', { name: 'Rows with errors' });
  await expect(errors.getByRole('row')).toHaveCount(3);
  const dupRow = errors.getByRole('row').filter({ hasText: 'Line 4' });
  await expect(dupRow).toContainText('SKU');
  await expect(dupRow).toContainText(
    'SKU "pap-a4" already appears on line 2; this row was not imported.',
  );
  const qtyRow = errors.getByRole('row').filter({ hasText: 'Line 5' });
  await expect(qtyRow).toContainText('Qty');
  await expect(qtyRow).toContainText('"two"');
  await expect(qtyRow).toContainText('is not a whole number');

  // The preview shows the records as they will be saved.
  const preview = page.getByRole('table', { name: 'Preview of the rows to import' });
  await expect(preview.getByRole('row').filter({ hasText: 'Copy paper A4' })).toContainText(
    '$1,234.50',
  );

  // Valid rows import only once skipping the bad ones is confirmed.
  const importButton = page.getByRole('button', {
    name: 'Import 2 valid rows, skip 2 rows with errors',
  });
  await expect(importButton).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Skip the 2 rows with errors' }).check();
  await importButton.click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(page.getByTestId('import-created')).toHaveText('2');
  await expect(page.getByTestId('import-updated')).toHaveText('0');
  await expect(page.getByTestId('import-skipped')).toHaveText('2');
  await page.getByRole('button', { name: 'Done' }).click();

  // The items list.
  await expect(page.getByRole('heading', { name: 'Inventory', level: 1 })).toBeVisible();
  const paper = page.getByRole('row').filter({ hasText: 'Copy paper A4' });
  await expect(paper).toHaveCount(1);
  await expect(paper).toContainText('PAP-A4');
  await expect(paper).toContainText('40');
  await expect(paper).toContainText('1,234.50');
  const stapler = page.getByRole('row').filter({ hasText: 'Stapler' });
  await expect(stapler).toContainText('12.00');
  await expect(page.getByRole('row').filter({ hasText: 'Blue pens' })).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: 'Toner' })).toHaveCount(0);

  // Re-import with a new count: the paper is updated, the stapler (unchanged) is already there, none created.
  await openImport(page);
  await pickFile(page, 'supplies.csv', suppliesCsv(55));
  await page.getByRole('combobox', { name: 'Name (required)' }).selectOption('Artikel');
  await page.keyboard.press('Enter'); // Enter advances from the mapping step
  await page.getByRole('checkbox', { name: 'Skip the 2 rows with errors' }).check();
  await page.getByRole('button', { name: 'Import 2 valid rows, skip 2 rows with errors' }).click();
  await expect(page.getByTestId('import-created')).toHaveText('0');
  await expect(page.getByTestId('import-updated')).toHaveText('1');
  await expect(page.getByTestId('import-already-there')).toHaveText('1');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(paper).toHaveCount(1);
  await expect(paper).toContainText('55');
});

test('a Windows-1252 file keeps its accents', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Inventory');
  await openImport(page);
  const bytes = Buffer.from('Name,Quantity,Location\r\nCafé crème,3,Küche\r\n', 'latin1');
  await pickFile(page, 'kitchen.csv', bytes);
  await expect(page.getByTestId('import-encoding')).toHaveText('Windows-1252 (Western European)');
  await expect(page.getByTestId('import-delimiter')).toHaveText('Comma (,)');
  await page.getByRole('button', { name: 'Check rows' }).click();
  const preview = page.getByRole('table', { name: 'Preview of the rows to import' });
  await expect(preview).toContainText('Café crème');
  await expect(preview).toContainText('Küche');
  await page.getByRole('button', { name: 'Import 1 valid row' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Café crème' })).toContainText('Küche');
});

test('Esc leaves the wizard, and a file dropped on the drop zone is read', async ({
  app,
  page,
}) => {
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Inventory');
  await openImport(page);
  const zone = page.getByRole('button', { name: 'Drop a file here, or press Enter to choose one' });
  const transfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(
      new File(['Name\tQty\nGlue stick\t7\n'], 'glue.tsv', { type: 'text/tab-separated-values' }),
    );
    return dt;
  });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('import-delimiter')).toHaveText('Tab');
  await expect(page.getByTestId('import-row-count')).toHaveText('1');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Inventory', level: 1 })).toBeVisible();
});

test('a large import shows progress and Cancel undoes it whole (issue 15.3)', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Inventory');
  await openImport(page);
  const rows = ['Name,SKU,Quantity,Unit cost'];
  for (let i = 0; i < 40_000; i++) rows.push(`Item ${i},SKU-${i},${i % 9},$${(i % 50) + 1}.25`);
  await pickFile(page, 'big.csv', Buffer.from(rows.join('\n'), 'utf8'));
  await expect(page.getByTestId('import-row-count')).toHaveText('40,000');
  await page.getByRole('button', { name: 'Check rows' }).click();
  await page.getByRole('button', { name: 'Import 40,000 valid rows' }).click();
  const progress = page.getByRole('progressbar', { name: 'Importing 40,000 rows…' });
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  const status = page.getByRole('heading', { name: /^Import cancelled: [\d,]+ rows were imported/ });
  await expect(status).toBeVisible({ timeout: 30_000 });
  // The whole file or nothing: the chunks written before Cancel (if any were, by the time the
  // Cancel landed) are removed again.
  await expect(status).toContainText(/(rows? written before you stopped it (was|were) removed, so )?nothing from this file is in your data/);
  await expect(page.getByTestId('import-created')).toHaveText('0');
});
