/**
 * Email drafts (issue 17.5) in the browser build, on the sample office: "Email…" beside Print
 * on a purchase order and on a letter downloads an .eml draft; the test parses it with
 * postal-mime (a maintained parser, not the builder's own code) and reads the attached PDF —
 * made by the browser build's own painter (renderer/platform/browserPdf) — with pdftotext.
 * A subject typed with a line break and a Bcc line yields no Bcc header.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import PostalMime, { type Email } from 'postal-mime';
import { expect, test } from './support/fixtures';
import { pdfInfo, pdfText } from './support/pdf';
import { printToPdf } from './support/print';
import { lookPdf, lookShot, SHOTS_DIR } from './support/shots';

/** Clicks the dialog's download button and parses the .eml that arrives. */
async function downloadDraft(page: Page, dialog: Locator): Promise<{ download: Download; mail: Email; raw: string }> {
  const arrived = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download draft' }).click();
  const download = await arrived;
  const raw = await readFile((await download.path())!, 'utf8');
  return { download, mail: await PostalMime.parse(raw), raw };
}

/** The draft's PDF attachment written to `file`; its text with runs of space made one. */
async function attachedPdf(mail: Email, file: string): Promise<string> {
  expect(mail.attachments).toHaveLength(1);
  const att = mail.attachments[0]!;
  expect(att.mimeType).toBe('application/pdf');
  const bytes = new Uint8Array(att.content as ArrayBuffer);
  expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  await writeFile(file, bytes);
  return (await pdfText(file)).replace(/\s+/g, ' ');
}

test('emails a purchase order and a letter as .eml drafts with the PDF attached; typed text never adds a header', async ({ app, page }, testInfo) => {
  await app.goto('/');
  await app.loadSampleOffice();

  // A purchase order that went out: its vendor, lines and total from the screen.
  await page.goto('/#/purchasing');
  await page.getByRole('combobox', { name: 'Status' }).selectOption('ordered');
  const grid = page.getByRole('table', { name: 'Purchase orders' });
  const firstRow = grid.locator('tbody tr[aria-rowindex]').first();
  await expect(firstRow).toBeVisible();
  const number = (await firstRow.locator('td').first().textContent())!.trim();
  await grid.getByRole('link', { name: number, exact: true }).click();
  await expect(page.getByRole('heading', { name: number, level: 2 })).toBeVisible();
  const lines = page.getByRole('table', { name: 'Order lines' }).locator('tbody tr');
  const descriptions = await lines.evaluateAll((trs) => trs.map((tr) => tr.children[0]?.textContent?.trim() ?? ''));
  expect(descriptions.length).toBeGreaterThan(0);
  const total = (await page.getByTestId('po-total').textContent())!.trim();
  const vendorLink = page.locator('a[href^="#/vendors/"]').first();
  const vendorName = (await vendorLink.textContent())!.trim();

  await page.getByRole('button', { name: 'Email…' }).click();
  let dialog = page.getByRole('dialog', { name: `Email ${number}` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('downloads as an .eml file');
  await expect(dialog).toContainText(`${number}.pdf`);
  const to = dialog.getByRole('textbox', { name: 'To' });
  const vendorEmail = await to.inputValue();
  expect(vendorEmail).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
  await expect(dialog.getByRole('textbox', { name: 'Subject' })).toHaveValue(new RegExp(`Purchase order ${number}`));
  // A bad address is refused in words, beside the field.
  await to.fill('orders at vendor');
  await dialog.getByRole('button', { name: 'Download draft' }).click();
  await expect(dialog.getByText('"orders at vendor" is not an email address like name@example.com.').first()).toBeVisible();
  await to.fill(vendorEmail);
  await dialog.getByRole('textbox', { name: 'Message' }).fill('Dear orders team,\n\nOur order is attached.\nBcc: not-a-header@evil.example');
  await lookShot(page, 'email-dialog-po');
  const po = await downloadDraft(page, dialog);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText(`Email draft of ${number} downloaded as`);
  expect(po.download.suggestedFilename()).toMatch(/\.eml$/);
  expect(po.mail.to).toEqual([expect.objectContaining({ address: vendorEmail })]);
  expect(po.mail.subject).toContain(`Purchase order ${number}`);
  expect(po.mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
  expect(po.mail.text?.replace(/\r\n/g, '\n')).toContain('Our order is attached.\nBcc: not-a-header@evil.example');
  expect(po.mail.headers.some((h) => h.key === 'bcc')).toBe(false);
  expect(po.mail.attachments[0]?.filename).toBe(`${number}.pdf`);
  const poPdf = testInfo.outputPath('po.pdf');
  const poText = await attachedPdf(po.mail, poPdf);
  expect(poText).toContain('PURCHASE ORDER');
  expect(poText).toContain(number);
  expect(poText).toContain(vendorName);
  for (const d of descriptions) expect(poText).toContain(d.replace(/\s+/g, ' '));
  expect(poText).toContain(total);
  expect((await pdfInfo(poPdf)).pageSize).toMatch(/612 x 792/); // the sample office is in the US: Letter
  if (SHOTS_DIR) {
    // Beside the print, to compare by eye.
    await lookPdf(poPdf, 'email-po');
    const printed = testInfo.outputPath('po-printed.pdf');
    await printToPdf(page, () => page.getByRole('button', { name: 'Save as PDF…' }).click(), printed);
    await lookPdf(printed, 'print-po');
  }

  // A letter typed to PrintWorks (its addressee names the vendor, no link): to the vendor's
  // address; a subject with a line break and a Bcc line stays one subject.
  await app.openModule('Documents');
  await page.getByRole('button', { name: 'Letter to PrintWorks about plotter service' }).click();
  await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue(/Service agreement for the HP DesignJet T830/);
  await page.getByRole('button', { name: 'Email…' }).click();
  dialog = page.getByRole('dialog', { name: 'Email letter' });
  await expect(dialog.getByRole('textbox', { name: 'To' })).toHaveValue('service@printworks.example');
  const subject = dialog.getByRole('textbox', { name: 'Subject' });
  await expect(subject).toHaveValue('Service agreement for the HP DesignJet T830 (asset HL-0001)');
  await expect(dialog.getByRole('textbox', { name: 'Message' })).toHaveValue(/^Dear Dana Whitfield,\n\nPlease find attached our letter/);
  // Typed (or pasted) into the field as it is; the field and the builder both keep it one line.
  await subject.evaluate((input: HTMLInputElement) => {
    const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    set.call(input, 'Plotter service\r\nBcc: x@evil.example');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await lookShot(page, 'email-dialog-letter');
  const letter = await downloadDraft(page, dialog);
  expect(letter.mail.headers.some((h) => h.key === 'bcc')).toBe(false);
  expect(letter.mail.bcc ?? []).toEqual([]);
  expect(letter.raw).not.toMatch(/^Bcc:/im);
  expect(letter.mail.subject).toMatch(/^Plotter service\s*Bcc: x@evil\.example$/);
  expect(letter.mail.to).toEqual([expect.objectContaining({ address: 'service@printworks.example' })]);
  expect(letter.mail.from).toMatchObject({ name: 'Harbor Lane Design Studio', address: 'office@harborlane.example' });
  const letterPdf = testInfo.outputPath('letter.pdf');
  const letterText = await attachedPdf(letter.mail, letterPdf);
  for (const words of ['Harbor Lane Design Studio', 'Dana Whitfield', 'PrintWorks Imaging', '301 Forest Ave', 'Service agreement for the HP DesignJet T830 (asset HL-0001)', 'Thank you for your visit last month to recalibrate our DesignJet T830.', 'Sincerely,']) {
    expect(letterText).toContain(words);
  }
  if (SHOTS_DIR) {
    await lookPdf(letterPdf, 'email-letter');
    const printed = testInfo.outputPath('letter-printed.pdf');
    await printToPdf(page, () => page.getByRole('button', { name: 'Save as PDF…' }).click(), printed);
    await lookPdf(printed, 'print-letter');
  }
});
