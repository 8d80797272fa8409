/**
 * A memo from the editor to paper: written with a list, saved as final, printed through the
 * platform bridge's print window, and read back from the PDF Chromium makes of that window.
 * Script-looking text must come out as the same characters, never run or vanish.
 */
import { test, expect } from './support/fixtures';
import { printToPdf } from './support/print';
import { pdfInfo, pdfText, pdfToPng } from './support/pdf';
import { stat } from 'node:fs/promises';

const HOSTILE_SUBJECT = 'Budget <script>alert(1)</script> review';
const HOSTILE_LINE = '<img src=x onerror=alert(2)> stays text & so does this';

test('a memo prints to PDF with its subject, body and hostile text as plain text', async ({ app, page }, testInfo) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Documents');
  await expect(page.getByText('No documents yet')).toBeVisible();
  await page.getByRole('button', { name: 'New memo' }).first().click();

  await page.getByRole('textbox', { name: 'To' }).fill('All staff');
  await page.getByRole('textbox', { name: 'From' }).fill('Office Manager');
  await page.getByRole('textbox', { name: 'CC' }).fill('Directors');
  await page.getByRole('textbox', { name: 'Subject' }).fill(HOSTILE_SUBJECT);
  await page
    .getByRole('textbox', { name: 'Body' })
    .fill(
      [
        'The kitchen will be closed on Friday for the deep clean.',
        '',
        'Please remember:',
        '- Take your mugs home on Thursday',
        '- Label anything left in the fridge',
        '',
        HOSTILE_LINE,
      ].join('\n'),
    );
  await page.getByRole('button', { name: 'Save as final' }).click();
  await expect(page.getByText('Saved', { exact: false }).first()).toBeVisible();

  // An en-US office prints on US Letter by default; this memo goes out on A4.
  await expect(page.getByRole('combobox', { name: 'Paper' })).toHaveValue('Letter');
  await page.getByRole('combobox', { name: 'Paper' }).selectOption('A4');
  // The print window holds exactly the document the Electron main process would print.
  const pdfPath = testInfo.outputPath('memo.pdf');
  await printToPdf(page, () => page.getByRole('button', { name: 'Save as PDF…' }).click(), pdfPath);

  const text = await pdfText(pdfPath);
  expect(text).toContain('MEMORANDUM');
  expect(text).toContain('All staff');
  expect(text).toContain('Office Manager');
  expect(text).toContain(HOSTILE_SUBJECT);
  expect(text).toContain('The kitchen will be closed on Friday for the deep clean.');
  expect(text).toContain('Take your mugs home on Thursday');
  expect(text).toContain('Label anything left in the fridge');
  expect(text).toContain(HOSTILE_LINE);
  expect(dialogs).toEqual([]);

  const info = await pdfInfo(pdfPath);
  expect(info.pages).toBe(1);
  expect(info.pageSize).toContain('(A4)');
  const [png] = await pdfToPng(pdfPath, testInfo.outputPath('memo-page'));
  expect((await stat(png!)).size).toBeGreaterThan(5_000);

  // The register knows the memo was printed, and finds it again after a reload.
  await page.reload();
  await app.openModule('Documents');
  await expect(page.getByRole('button', { name: HOSTILE_SUBJECT })).toBeVisible();
});
