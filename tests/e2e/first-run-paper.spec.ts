/**
 * First run and paper (issues 16.14 and 16.13), in real Chromium: "Start empty" asks for the
 * company (keyboard-first: the name has focus, Enter saves), the country picks the usual
 * currency and paper (Germany: EUR and A4; the United States: USD and US Letter), Settings shows
 * what was saved, and a purchase order prints on US Letter (it always printed A4) unless its
 * Paper menu asks for A4 for that one print. Page sizes are read back with pdfinfo.
 */
import { expect, test } from './support/fixtures';
import { pdfInfo, pdfText } from './support/pdf';
import { printToPdf } from './support/print';
import { lookPdf, lookShot } from './support/shots';

const LETTER = /^612 x 792 pts/;
const A4 = /\(A4\)$/;

test('start empty asks for the company; its country sets the paper every printout uses, and one print may change it', async ({ app, page }, testInfo) => {
  await app.goto('/');
  await page.getByRole('button', { name: 'Start empty' }).click();

  // The company step: the name has focus, so typing starts at once.
  await expect(page.getByRole('heading', { name: 'Your company', level: 1 })).toBeVisible();
  const name = page.getByRole('textbox', { name: 'Company name' });
  await expect(name).toBeFocused();
  // Saving without a name says what to do instead.
  await page.keyboard.press('Enter');
  await expect(page.getByText('Enter the company name, or skip this step')).toBeVisible();
  await page.keyboard.type('Lakeside Dental Group');
  await page.getByRole('textbox', { name: 'Address' }).fill('12 Shore Road\nMadison, WI 53703');

  const country = page.getByRole('combobox', { name: 'Country' });
  const currency = page.getByRole('combobox', { name: 'Currency' });
  const paper = page.getByRole('combobox', { name: 'Paper size' });
  await country.selectOption({ label: 'Germany' });
  await expect(currency).toHaveValue('EUR');
  await expect(paper).toHaveValue('A4');
  await expect(page.getByText('Usual in Germany; every printout uses it.')).toBeVisible();
  await country.selectOption({ label: 'United States' });
  await expect(currency).toHaveValue('USD');
  await expect(paper).toHaveValue('Letter');
  await expect(page.getByText('Money shows as $1,234.56.')).toBeVisible();
  await lookShot(page, 'first-run-company-step');

  // Enter saves and opens the (empty) office.
  await name.press('Enter');
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(page.getByText('Lakeside Dental Group').first()).toBeVisible();

  // Settings edits the same profile.
  await app.openModule('Settings');
  await expect(page.getByRole('textbox', { name: 'Company name' })).toHaveValue('Lakeside Dental Group');
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('US');
  await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveValue('USD');
  await expect(page.getByRole('combobox', { name: 'Paper size' })).toHaveValue('Letter');

  // A purchase order prints on the office's paper.
  await app.openModule('Vendors');
  await page.getByRole('button', { name: 'New vendor' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Midwest Dental Supply');
  await page.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.getByRole('heading', { name: 'Midwest Dental Supply', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'New purchase order' }).click();
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { name: /^PO-\d{4}-0001$/, level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Add line' }).click();
  await page.getByRole('textbox', { name: 'Line 1 description' }).fill('Nitrile gloves, box of 100');
  await page.getByRole('spinbutton', { name: 'Line 1 quantity' }).fill('4');
  await page.getByRole('textbox', { name: 'Line 1 unit cost' }).fill('9.75');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByTestId('po-total')).toHaveText('$39.00');

  const orderPaper = page.getByRole('combobox', { name: 'Paper' });
  await expect(orderPaper).toHaveValue('Letter');
  const letterPdf = testInfo.outputPath('po-letter.pdf');
  await printToPdf(page, () => page.getByRole('button', { name: 'Save as PDF…' }).click(), letterPdf);
  expect((await pdfInfo(letterPdf)).pageSize).toMatch(LETTER);
  const text = await pdfText(letterPdf);
  expect(text).toContain('Lakeside Dental Group');
  expect(text).toContain('Nitrile gloves, box of 100');
  expect(text).toContain('$39.00');
  await lookPdf(letterPdf, 'first-run-po-letter');

  // This one print on A4; the page says the office still uses US Letter.
  await orderPaper.selectOption('A4');
  await expect(page.getByText('This print only: the office uses US Letter (Settings).')).toBeVisible();
  await lookShot(page, 'first-run-po-paper-menu');
  const a4Pdf = testInfo.outputPath('po-a4.pdf');
  await printToPdf(page, () => page.getByRole('button', { name: 'Print…' }).click(), a4Pdf);
  expect((await pdfInfo(a4Pdf)).pageSize).toMatch(A4);
  expect(await pdfText(a4Pdf)).toContain('Nitrile gloves, box of 100');

  // Nothing was saved by that choice: Settings still says US Letter.
  await app.openModule('Settings');
  await expect(page.getByRole('combobox', { name: 'Paper size' })).toHaveValue('Letter');
});
