/**
 * Equipment import, printing and the Dashboard's equipment cards (issue 12.8–12.10), in real
 * Chromium: Snipe-IT's own assets sample (with two bad lines added: a repeated asset tag and
 * 2/30/23) goes through the import wizard — the errors show with their lines, the rest imports
 * only once skipping is confirmed, every value lands in its own column of the register, and a
 * second import names the items already carrying each tag. The register and a sheet of labels
 * print to PDFs whose text holds every tag and whose words stay on the page and apart; the
 * Dashboard's cards on the sample office open the lists and the records behind them.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { pdfInfo, pdfText } from './support/pdf';
import { lookPdf } from './support/shots';
import { printToPdf } from './support/print';

const run = promisify(execFile);
// Specs run from the project root; the fixtures sit beside it (see ../shared/fixtures/README.md).
const SAMPLE = path.resolve('..', 'shared', 'fixtures', 'snipe-it', 'assets-sample.csv');

/** The real sample plus two lines that must be refused: line 24 repeats line 2's tag, line 25 has 2/30/23. */
async function sampleWithBadLines(): Promise<Buffer> {
  const text = (await readFile(SAMPLE)).toString('utf8');
  const lines = text.replace(/\n$/, '').split('\n');
  const copy = lines[1]!.replace('Backhoe', 'Backhoe spare');
  const badDate = lines[2]!.replace('WBH-2841795', 'ZZZ-0000001').replace('11/14/22', '2/30/23');
  return Buffer.from([...lines, copy, badDate].join('\n') + '\n', 'utf8');
}

async function pickFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer });
}

/** A body cell of `row` under the column headed `header` in `table`. */
async function cellUnder(table: Locator, row: Locator, header: string): Promise<Locator> {
  const headers = await table.locator('thead tr').first().locator('th').allInnerTexts();
  const index = headers.findIndex((h) => h.trim().startsWith(header));
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return row.locator('td').nth(index);
}

async function importSample(page: Page): Promise<void> {
  await page.goto('/#/equipment/import');
  await expect(page.getByRole('heading', { name: 'Import equipment', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Equipment screens' }).getByRole('link', { name: 'Import' })).toHaveAttribute('aria-current', 'page');
  await pickFile(page, 'assets-sample.csv', await sampleWithBadLines());
  await expect(page.getByTestId('import-row-count')).toHaveText('24');
  // Snipe-IT's headers are matched without help.
  await expect(page.getByRole('combobox', { name: 'Name (required)' })).toHaveValue('Name');
  await expect(page.getByRole('combobox', { name: 'Model' })).toHaveValue('Model');
  await expect(page.getByRole('combobox', { name: 'Vendor' })).toHaveValue('Supplier');
  await page.getByRole('button', { name: 'Check rows' }).click();

  const errors = page.getByRole('table', { name: 'Rows with errors' });
  await expect(errors.getByRole('row').filter({ hasText: 'Line 24' })).toContainText(
    'The asset tag "ICC-2065556" in column "Asset Tag" is already on line 2 of this file',
  );
  await expect(errors.getByRole('row').filter({ hasText: 'Line 25' })).toContainText('"2/30/23"');
  await expect(errors.getByRole('row').filter({ hasText: 'Line 25' })).toContainText('Purchase Date');

  const importButton = page.getByRole('button', { name: 'Import 22 valid rows, skip 2 rows with errors' });
  await expect(importButton).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Skip the 2 rows with errors' }).check();
  await importButton.click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(page.getByTestId('import-created')).toHaveText('22');
  await expect(page.getByTestId('import-skipped')).toHaveText('2');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: 'Equipment', level: 1 })).toBeVisible();
}

/** Every word of a PDF inside the page's side margins, and no two words drawn over each other. */
async function expectWordsApart(pdfPath: string): Promise<void> {
  const { stdout } = await run('pdftotext', ['-bbox', pdfPath, '-'], { maxBuffer: 64 << 20 });
  const pages = stdout.split('<page ').slice(1);
  expect(pages.length).toBeGreaterThan(0);
  for (const [n, page] of pages.entries()) {
    const width = Number(/width="([\d.]+)"/.exec(page)![1]);
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
      x0: Number(m[1]),
      y0: Number(m[2]),
      x1: Number(m[3]),
      y1: Number(m[4]),
      text: m[5]!,
    }));
    const problems: string[] = [];
    for (const w of words) if (w.x0 < 0 || w.x1 > width) problems.push(`"${w.text}" runs off page ${n + 1}`);
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j < words.length; j++) {
        const a = words[i]!;
        const b = words[j]!;
        if (Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 1.5)
          problems.push(`"${a.text}" and "${b.text}" overlap on page ${n + 1}`);
      }
    expect(problems).toEqual([]);
  }
}

test('imports a Snipe-IT assets export: line errors, the rest on confirmation, values in their columns; a re-import names the tags in use', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();
  await importSample(page);

  const register = page.getByRole('table', { name: 'Equipment register' });
  const backhoe = register.getByRole('row').filter({ hasText: 'ICC-2065556' });
  await expect(backhoe).toHaveCount(1);
  await expect(await cellUnder(register, backhoe, 'Asset tag')).toHaveText('ICC-2065556');
  await expect(await cellUnder(register, backhoe, 'Name')).toHaveText('Backhoe');
  await expect(await cellUnder(register, backhoe, 'Category')).toHaveText('Ornamental Railings');
  // Model is offered in the Columns menu (the default columns fit at 1024 wide).
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('group', { name: 'Visible columns' }).getByRole('checkbox', { name: 'Model' }).check();
  await page.getByRole('button', { name: 'Columns' }).click();
  await expect(await cellUnder(register, backhoe, 'Model')).toHaveText('Macbook Pro 13"');
  await expect(await cellUnder(register, backhoe, 'Location')).toHaveText('Wilkinson, Waters and Kerluke');
  await expect(register.getByRole('row').filter({ hasText: 'Backhoe spare' })).toHaveCount(0);
  await expect(register.getByRole('row').filter({ hasText: 'ZZZ-0000001' })).toHaveCount(0);

  // The item page: the manufacturer, the purchase and the supplier as a vendor.
  await backhoe.getByRole('link', { name: 'Backhoe' }).click();
  await expect(page.getByRole('heading', { name: 'Backhoe', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kunde, Doyle and Kozey' })).toBeVisible();
  await expect(page.getByText('$2,266.13').first()).toBeVisible();
  await expect(page.getByText('Jan 23, 2023').first()).toBeVisible();
  await expect(page.getByText('Berge Inc').first()).toBeVisible();

  // Importing the same file again: every row's tag is already an item's, named by line.
  await page.goto('/#/equipment/import');
  await pickFile(page, 'assets-sample.csv', await readFile(SAMPLE));
  await page.getByRole('button', { name: 'Check rows' }).click();
  const dups = page.getByRole('table', { name: 'Likely duplicates' });
  await expect(dups.getByRole('row').filter({ hasText: 'Line 2' }).first()).toContainText(
    'The asset tag "ICC-2065556" is already used by "Backhoe"',
  );
  await page.getByRole('checkbox', { name: 'Skip the 22 likely duplicates' }).check();
  await expect(page.getByRole('button', { name: /^Import/ }).last()).toBeDisabled();
  await expect(page.getByText('There are no valid rows to import.')).toBeVisible();
});

test('prints the register and a sheet of labels for the listed items', async ({ app, page }, testInfo) => {
  await app.goto('/');
  await app.startEmpty();
  await importSample(page);

  const registerPdf = testInfo.outputPath('register.pdf');
  await printToPdf(page, () => page.getByRole('button', { name: 'Print register' }).click(), registerPdf);
  const text = await pdfText(registerPdf);
  expect(text).toContain('EQUIPMENT REGISTER');
  for (const tag of ['ICC-2065556', 'WBH-2841795', 'SUQ-5159067']) expect(text).toContain(tag);
  expect((text.match(/[A-Z]{3}-\d{7}/g) ?? []).length).toBe(22);
  expect(text).toMatch(/Total \(22 items in \d+ categories\)/);
  // Landscape, on the paper of the office's locale (A4, or US Letter for en-US).
  expect((await pdfInfo(registerPdf)).pageSize).toMatch(/^(841\.\d+|842) x 595(\.\d+)? pts|^792 x 612 pts/);
  await expectWordsApart(registerPdf);
  await lookPdf(registerPdf, 'equipment-register');

  await page.getByRole('button', { name: 'Print labels…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print labels for 22 items' });
  await dialog.getByRole('radio', { name: /US Letter sheet, 3 × 10/ }).check();
  await dialog.getByRole('radio', { name: 'Code 128 barcode' }).check();
  await dialog.getByRole('spinbutton', { name: 'Start at label' }).fill('4');
  await expect(dialog.getByRole('status')).toContainText('22 labels on 1 sheet');
  const labelsPdf = testInfo.outputPath('labels.pdf');
  await printToPdf(page, () => dialog.getByRole('button', { name: 'Print labels' }).click(), labelsPdf);
  await expect(dialog).toBeHidden();
  const labels = await pdfText(labelsPdf);
  for (const tag of ['ICC-2065556', 'WBH-2841795', 'SUQ-5159067']) expect(labels).toContain(tag);
  expect((labels.match(/[A-Z]{3}-\d{7}/g) ?? []).length).toBe(22);
  const info = await pdfInfo(labelsPdf);
  expect(info.pages).toBe(1);
  expect(info.pageSize).toMatch(/612 x 792/);
  await expectWordsApart(labelsPdf);
  await lookPdf(labelsPdf, 'equipment-labels');
});

test('the Dashboard equipment cards count the sample office and open their lists and records', async ({ app, page }) => {
  await app.goto('/');
  await app.loadSampleOffice();
  await app.openModule('Dashboard');
  const cards = page.getByRole('group', { name: 'Equipment' });

  const due = cards.getByRole('region', { name: 'Maintenance due this week' });
  await expect(due.getByTestId('dash-eq-due-count')).not.toHaveText('0');
  await expect(due.getByRole('list')).toContainText('Toner');

  const overdue = cards.getByRole('region', { name: 'Overdue returns' });
  await expect(overdue.getByTestId('dash-eq-overdue-count')).toHaveText('1');
  await expect(overdue.getByRole('listitem')).toContainText('Hannah');

  const repair = cards.getByRole('region', { name: 'Under repair' });
  await expect(repair.getByTestId('dash-eq-repair-count')).toHaveText('2');
  await expect(repair.getByRole('list')).toContainText('Jammed cutting head');

  // A row opens its item.
  const loaner = overdue.getByRole('listitem').getByRole('link');
  const loanerName = (await loaner.innerText()).split(' · ')[0]!.trim();
  await loaner.click();
  await expect(page.getByRole('heading', { name: loanerName, level: 1 })).toBeVisible();
  await page.goBack();

  // Each card's title opens the list behind it.
  await cards.getByRole('link', { name: 'Maintenance due this week' }).click();
  await expect(page).toHaveURL(/#\/equipment\/maintenance$/);
  await expect(page.getByRole('heading', { name: 'Maintenance due', level: 1 })).toBeVisible();
  await page.goBack();
  await cards.getByRole('link', { name: 'Overdue returns' }).click();
  await expect(page).toHaveURL(/#\/equipment\/overdue$/);
  await expect(page.getByRole('heading', { name: 'Overdue returns', level: 1 })).toBeVisible();
  await expect(page.getByText(loanerName).first()).toBeVisible();
  await page.goBack();
  await cards.getByRole('link', { name: 'Under repair' }).first().click();
  await expect(page).toHaveURL(/#\/equipment\/status\/in-repair$/);
  const register = page.getByRole('table', { name: 'Equipment register' });
  await expect(register.locator('tbody tr:not([aria-hidden])')).toHaveCount(2);
});

test('the Dashboard equipment cards say so when nothing is due', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Dashboard');
  const cards = page.getByRole('group', { name: 'Equipment' });
  await expect(cards.getByText('Nothing due this week.')).toBeVisible();
  await expect(cards.getByText('Nothing overdue', { exact: false })).toBeVisible();
  await expect(cards.getByText('Nothing under repair.')).toBeVisible();
});

test("prints an item's history sheet and its single label from the item page", async ({ app, page }, testInfo) => {
  await app.goto('/');
  await app.loadSampleOffice();
  await page.goto('/#/equipment');
  const register = page.getByRole('table', { name: 'Equipment register' });
  await register.getByRole('link', { name: 'Paper shredder' }).click();
  await expect(page.getByRole('heading', { name: 'Paper shredder', level: 1 })).toBeVisible();
  const print = page.getByRole('region', { name: 'Print' });

  const historyPdf = testInfo.outputPath('history.pdf');
  await printToPdf(page, () => print.getByRole('button', { name: 'Print history sheet' }).click(), historyPdf);
  const text = await pdfText(historyPdf);
  expect(text).toContain('Paper shredder');
  expect(text).toContain('HL-0041');
  for (const section of ['Hand-overs', 'Meters', 'Maintenance log', 'Maintenance plans', 'Repairs', 'Total cost of ownership'])
    expect(text).toContain(section);
  expect(text).toContain('Jammed cutting head');
  expect(text).toContain('Motor overheats');
  expect(text).toContain('Flagged for replacement');
  expect(text).toMatch(/Repairs \(3\)/);
  await expectWordsApart(historyPdf);

  await print.getByRole('button', { name: 'Print label' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print the label of Paper shredder' });
  await expect(dialog.getByRole('radio', { name: /Single label/ })).toBeChecked();
  await expect(dialog.getByRole('spinbutton', { name: 'Start at label' })).toHaveCount(0);
  const labelPdf = testInfo.outputPath('label.pdf');
  await printToPdf(page, () => dialog.getByRole('button', { name: 'Print' }).click(), labelPdf);
  expect(await pdfText(labelPdf)).toContain('HL-0041');
  expect((await pdfInfo(labelPdf)).pages).toBe(1);
});
