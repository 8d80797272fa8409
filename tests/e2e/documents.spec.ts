/**
 * Documents, end to end (issue 6 "Done when"): a memo written in the rich editor with a list
 * and a table → saved final → found by a word of its body → printed to PDF that holds the
 * subject, list items and table cells; a vendor whose name looks like markup and a
 * placeholder is merged into a letter and prints exactly those characters; a merge to three
 * vendors is a three-page PDF. Editing must not trip the app's CSP.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { printToPdf } from './support/print';
import { pdfInfo, pdfPages, pdfText } from './support/pdf';
import { lookPdf, lookShot } from './support/shots';

const HOSTILE_VENDOR = '<script>x</script> {{company.name}}';

async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  // Playwright injects this outside the page's CSP; it reports every violation the page sees.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Refused by Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  page.on('pageerror', (error) => violations.push(`pageerror: ${error.message}`));
  return violations;
}

async function savePdf(page: Page, path: string): Promise<void> {
  await printToPdf(page, () => page.getByRole('button', { name: 'Save as PDF…' }).click(), path);
}

test('memo with a list and a table: final, found by a body word, printed to PDF; versions kept', async ({ app, page }, testInfo) => {
  const violations = await watchCsp(page);
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Documents');
  await page.getByRole('button', { name: 'New memo' }).first().click();

  await page.getByRole('textbox', { name: 'To' }).fill('All staff');
  await page.getByRole('textbox', { name: 'From' }).fill('Office Manager');
  await page.getByRole('textbox', { name: 'Subject' }).fill('Quarterly stationery order');

  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type('Please note before Friday:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Order pens by Wednesday');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Return unused folders');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(body.locator('ul > li')).toHaveCount(2);
  await page.getByRole('button', { name: 'Insert table' }).click();
  for (const [i, cell] of ['Item', 'Qty', 'Owner', 'Staplers', '4', 'Reception', 'Toner', '2', 'Finance'].entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(cell);
  }
  await expect(body.locator('table th')).toHaveCount(3);
  await expect(body.locator('table td').filter({ hasText: 'Staplers' })).toHaveCount(1);

  await lookShot(page, 'documents-editor');
  await page.getByRole('button', { name: 'Save as final' }).click();
  await expect(page.getByText('Memo saved as final')).toBeVisible();
  await expect(page.locator('.doc-status')).toHaveText('Final');
  // The preview shows the same table, as printed.
  await expect(page.frameLocator('iframe[title="Print preview"]').locator('table.body-table td', { hasText: 'Staplers' })).toBeVisible();

  // Back to the register and find it by a word that is only in the body's table.
  await page.getByRole('button', { name: '← Documents' }).click();
  const search = page.getByRole('searchbox', { name: 'Search documents' });
  await search.fill('zebra');
  await expect(page.getByText('No document matches')).toBeVisible();
  await search.fill('STAPLERS');
  await expect(page.getByRole('button', { name: 'Quarterly stationery order' })).toBeVisible();
  await lookShot(page, 'documents-register');
  await page.getByRole('button', { name: 'Quarterly stationery order' }).click();

  await page.getByRole('combobox', { name: 'Paper' }).selectOption('A4');
  const pdfPath = testInfo.outputPath('memo.pdf');
  await savePdf(page, pdfPath);
  const text = await pdfText(pdfPath);
  for (const expected of ['MEMORANDUM', 'Quarterly stationery order', 'Order pens by Wednesday', 'Return unused folders', 'Item', 'Qty', 'Owner', 'Staplers', 'Reception', 'Toner', 'Finance']) {
    expect(text).toContain(expected);
  }
  expect((await pdfInfo(pdfPath)).pageSize).toContain('(A4)');
  await lookPdf(pdfPath, 'documents-memo-page');
  await expect(page.getByText('Saved as PDF', { exact: false }).first()).toBeVisible();

  // Changing a final memo keeps what it said before.
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Added after the fact.');
  await page.getByRole('button', { name: 'Save as final' }).click();
  await expect(page.getByRole('heading', { name: 'Earlier versions' })).toBeVisible();
  await page.getByRole('button', { name: /^Version 1 · Final/ }).click();
  await expect(page.getByText('Showing the version replaced')).toBeVisible();
  await expect(page.frameLocator('iframe[title="Print preview"]').getByText('Added after the fact.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to current' }).click();
  await expect(page.frameLocator('iframe[title="Print preview"]').getByText('Added after the fact.')).toBeVisible();

  expect(violations).toEqual([]);
});

test('mail merge: markup-like vendor names print literally; three vendors make three pages', async ({ app, page }, testInfo) => {
  const violations = await watchCsp(page);
  await app.goto('/');
  await app.startEmpty();

  await app.openModule('Vendors');
  for (const [name, address] of [
    [HOSTILE_VENDOR, '1 Angle Bracket Row\nMarkup Town'],
    ['Paper Mill Ltd', '2 Pulp Street'],
    ['Toner World', '3 Ink Lane'],
  ] as const) {
    await page.getByRole('button', { name: /New vendor|Add a vendor/ }).first().click();
    const form = page.getByRole('form', { name: 'New vendor' });
    await form.getByRole('textbox', { name: 'Name' }).fill(name);
    await form.getByRole('textbox', { name: 'Address' }).fill(address);
    await form.getByRole('button', { name: 'Add vendor' }).click();
    await expect(form).toHaveCount(0);
    await app.openModule('Vendors');
  }

  await app.openModule('Documents');
  await page.getByRole('combobox', { name: 'New document' }).selectOption('letter');
  await expect(page.getByRole('heading', { name: /New letter/ })).toBeVisible();
  await page.getByRole('textbox', { name: 'From' }).fill('Jane Doe');
  await page.getByRole('textbox', { name: 'Subject' }).fill('New delivery hours for {{recipient.name}}');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('Dear {{recipient.name}},');
  await page.keyboard.press('Enter');
  await page.keyboard.type('From 1 April our goods-in door is open 8:00 to 14:00.');
  await page.getByRole('button', { name: 'Save as final' }).click();
  await expect(page.getByText('Letter saved as final')).toBeVisible();
  await page.getByRole('button', { name: '← Documents' }).click();

  await page.getByRole('button', { name: 'Mail merge…' }).click();
  await expect(page.getByRole('heading', { name: 'Mail merge' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Recipients' }).selectOption({ label: 'All vendors' });
  await expect(page.getByText('3 of 3 selected')).toBeVisible();

  // Only the markup-named vendor first: one letter.
  await page.getByRole('checkbox', { name: 'Paper Mill Ltd' }).uncheck();
  await page.getByRole('checkbox', { name: 'Toner World' }).uncheck();
  await expect(page.getByText('1 of 3 selected')).toBeVisible();
  const onePath = testInfo.outputPath('merge-one.pdf');
  await savePdf(page, onePath);
  const oneText = await pdfText(onePath);
  expect(oneText).toContain(`Dear ${HOSTILE_VENDOR},`);
  expect(oneText).toContain(`New delivery hours for ${HOSTILE_VENDOR}`);
  expect(oneText).toContain('Markup Town');
  expect(oneText).not.toContain('{{recipient.name}}');
  expect((await pdfInfo(onePath)).pages).toBe(1);

  // Everyone: three letters, a page each.
  await page.getByRole('checkbox', { name: 'Paper Mill Ltd' }).check();
  await page.getByRole('checkbox', { name: 'Toner World' }).check();
  const threePath = testInfo.outputPath('merge-three.pdf');
  await savePdf(page, threePath);
  expect((await pdfInfo(threePath)).pages).toBe(3);
  const pages = await pdfPages(threePath);
  expect(pages).toHaveLength(3);
  const letterFor = (name: string) => pages.findIndex((p) => p.includes(`Dear ${name},`));
  expect(new Set([letterFor(HOSTILE_VENDOR), letterFor('Paper Mill Ltd'), letterFor('Toner World')]).size).toBe(3);
  expect(pages.every((p, i) => p.includes(`Letter ${i + 1} of 3`))).toBe(true);
  await lookPdf(threePath, 'documents-merge-page');

  // The merge is recorded on the letter.
  await page.getByRole('button', { name: '← Documents' }).click();
  await page.getByRole('button', { name: 'New delivery hours for {{recipient.name}}' }).click();
  await expect(page.getByText('· 3 letters')).toBeVisible();
  expect(violations).toEqual([]);
});

test('mail merge on the sample office: a merge letter by default, each vendor its own letter, a one-person letter flagged and fixed, preview and PDF on the same sheets', async ({ app, page }, testInfo) => {
  await app.goto('/');
  await app.loadSampleOffice();
  await app.openModule('Documents');
  await page.getByRole('button', { name: 'Mail merge…' }).click();
  await expect(page.getByRole('heading', { name: 'Mail merge' })).toBeVisible();

  // The default is the letter made for merging, never the confidential offer letter (issue 16.6).
  const letter = page.getByRole('combobox', { name: 'Letter' });
  await expect(letter.locator('option:checked')).toHaveText('Letter: Letter to vendors with an open order');
  await expect(letter.locator('option', { hasText: 'Offer letter' })).toHaveText(/\(confidential\)$/);
  // Titles read with their fields filled.
  expect((await letter.locator('option').allTextContents()).filter((t) => t.includes('{{'))).toEqual([]);
  await expect(page.getByText('2 of 2 selected')).toBeVisible();
  const vendors = (await page.locator('.doc-merge-list label').allTextContents()).map((t) => t.trim());
  expect(vendors).toHaveLength(2);
  await expect(page.getByRole('region', { name: 'Before printing' })).toHaveCount(0);

  // The preview lays each letter out on its own sheets, labelled as the printout is.
  const sheets = page.locator('.doc-preview-paper');
  await expect(page.getByText('Letter 2 of 2 · page 1 of 1')).toBeVisible();
  await expect(page.getByText('Letter 1 of 2 · page 1 of 1')).toBeVisible();
  const previewCount = await sheets.count();
  await lookShot(page, 'documents-merge-sample');

  const mergePath = testInfo.outputPath('merge-sample.pdf');
  await savePdf(page, mergePath);
  const printed = await pdfPages(mergePath);
  expect(printed).toHaveLength(previewCount);
  printed.forEach((text, i) => {
    expect(text).toContain(vendors[i]!);
    expect(text).toContain(`Letter ${i + 1} of 2 · page 1 of 1`);
    expect(text).not.toContain('{{');
    expect(text).not.toContain('Olivia');
  });
  // Each vendor's name is only in its own letter.
  expect(printed[0]).not.toContain(vendors[1]!);
  expect(printed[1]).not.toContain(vendors[0]!);
  await lookPdf(mergePath, 'documents-merge-sample-pdf');

  // A letter written to one person is flagged before printing, and fixed in one click.
  await letter.selectOption({ label: 'Letter: Letter to PrintWorks about plotter service' });
  const check = page.getByRole('region', { name: 'Before printing' });
  await expect(check.getByRole('alert')).toContainText('Every letter is addressed to “Dana Whitfield”');
  await lookShot(page, 'documents-merge-flagged');
  await check.getByRole('button', { name: 'Insert recipient name and address' }).click();
  await expect(check.getByRole('alert')).toHaveCount(0);
  await expect(check.getByRole('status')).toContainText('Each letter is addressed to its recipient by name and address, and greets them by name');
  await expect(page.getByText('Letter 2 of 2 · page 1 of 1')).toBeVisible();
  const fixedPath = testInfo.outputPath('merge-fixed.pdf');
  await savePdf(page, fixedPath);
  const fixed = await pdfPages(fixedPath);
  expect(fixed).toHaveLength(await sheets.count());
  fixed.forEach((text, i) => {
    expect(text).toContain(vendors[i]!);
    expect(text).not.toContain(vendors[1 - i]!);
    expect(text).toMatch(/Letter \d of 2 · page \d of \d/);
  });

  // The letter itself is fixed in its editor from the "Insert field" menu.
  await check.getByRole('button', { name: 'Edit letter…' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.press('Control+Home');
  const insert = page.getByRole('button', { name: 'Insert field', exact: true });
  await insert.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Insert field' });
  await expect(menu.getByRole('menuitem', { name: 'Recipient: Recipient name' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Recipient: Greeting name' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(body).toContainText('{{recipient.greeting}}Dear Ms. Whitfield');
});

test('a scanned image is filed through the file dialog and previewed in the app', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Documents');
  // A real PNG: one PNG signature and IHDR is enough for the sniffing, the viewer needs a picture.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add scanned file…' }).click();
  await (await chooser).setFiles({ name: 'Delivery_note.png', mimeType: 'image/png', buffer: png });
  const form = page.getByRole('form', { name: 'Add scanned files' });
  await expect(form.getByRole('textbox', { name: 'Title' })).toHaveValue('Delivery note');
  await form.getByRole('textbox', { name: 'Tags' }).fill('deliveries, march');
  await form.getByRole('button', { name: 'Add to register' }).click();
  await expect(page.getByRole('heading', { name: /Scanned document/ })).toBeVisible();
  const image = page.getByRole('img', { name: 'Scanned file: Delivery note' });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await page.getByRole('button', { name: '← Documents' }).click();
  await page.getByRole('searchbox', { name: 'Search documents' }).fill('march');
  await expect(page.getByRole('button', { name: 'Delivery note' })).toBeVisible();

  // A received PDF dropped onto the register.
  const pdf = (await page.pdf()).toString('base64');
  const dataTransfer = await page.evaluateHandle((b64) => {
    const transfer = new DataTransfer();
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    transfer.items.add(new File([bytes], 'Received_invoice.pdf', { type: 'application/pdf' }));
    return transfer;
  }, pdf);
  await page.locator('.doc-register').dispatchEvent('drop', { dataTransfer });
  const dropForm = page.getByRole('form', { name: 'Add scanned files' });
  await expect(dropForm.getByRole('textbox', { name: 'Title' })).toHaveValue('Received invoice');
  await dropForm.getByRole('button', { name: 'Add to register' }).click();
  // Drawn by the app's own PDF viewer into a canvas (tests/e2e/pdf-viewer.spec.ts covers it).
  await expect(page.getByRole('img', { name: /^Page 1 of \d+, Scanned file: Received invoice$/ })).toBeVisible();
  await lookShot(page, 'documents-scan-pdf');
});

test('a starter template is copied, laid out and used for a new letter', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Documents');
  await page.getByRole('button', { name: 'Customise “Business letter”' }).click();
  await expect(page.getByRole('heading', { name: /Letter template/ })).toBeVisible();
  await page.getByText('Layout', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Logo position' }).selectOption('right');
  await expect(page.getByRole('checkbox', { name: 'Signature block' })).toBeChecked();
  await page.getByRole('textbox', { name: 'Signature text' }).fill('With best wishes,\n\n{{sender.name}}');
  await page.getByRole('textbox', { name: 'From' }).fill('Jane Doe');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Template saved')).toBeVisible();
  // Templates show their placeholders as written.
  const preview = page.frameLocator('iframe[title="Print preview"]');
  await expect(preview.getByText('{{recipient.name}}').first()).toBeVisible();
  await expect(preview.locator('.letterhead-logo-right')).toHaveCount(1);

  await page.getByRole('button', { name: 'Use template' }).click();
  // The template's own editor has no "Save as final": this is the new letter.
  await expect(page.getByRole('button', { name: 'Save as final' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /template/ })).toHaveCount(0);
  await page.getByRole('textbox', { name: 'To' }).fill('Mr Smith');
  await expect(preview.getByText('With best wishes,')).toBeVisible();
  await expect(preview.getByText('Jane Doe').first()).toBeVisible();
  await expect(preview.locator('.letterhead-logo-right')).toHaveCount(1);
  await page.getByRole('button', { name: 'Save draft' }).click();
  // Leaving while the save is still running would rightly ask about unsaved changes.
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '← Documents' }).click();
  await expect(page.getByRole('region', { name: 'Templates' }).getByRole('button', { name: 'Business letter', exact: true })).toBeVisible();
});

test('a long report previews as separate pages and prints its running header on pages 2+', async ({ app, page }, testInfo) => {
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Documents');
  await page.getByRole('combobox', { name: 'New document' }).selectOption('report');
  await page.getByRole('textbox', { name: 'Subject' }).fill('Filing review');
  await page.getByRole('textbox', { name: 'Body' }).click();
  for (let i = 1; i <= 24; i += 1) {
    await page.keyboard.insertText(`Paragraph ${i}: every scanned invoice now has a title, a date and tags, and the register finds it by any word of its title or body.`);
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: 'Save as final' }).click();
  await expect(page.getByText('Report saved as final')).toBeVisible();
  const pages = page.locator('.doc-preview-paper');
  await expect.poll(() => pages.count()).toBeGreaterThan(1);
  const count = await pages.count();
  await expect(page.getByText(`Page 2 of ${count}`)).toBeVisible();
  await expect(page.locator('.doc-preview-running').first()).toHaveText('My office · Report: Filing review');
  await page.locator('.doc-preview-paper').nth(1).scrollIntoViewIfNeeded();
  await lookShot(page, 'documents-report-preview');

  const pdfPath = testInfo.outputPath('report.pdf');
  await savePdf(page, pdfPath);
  const printed = await pdfPages(pdfPath);
  expect(printed.length).toBeGreaterThan(1);
  expect(printed[0]).not.toContain('My office · Report: Filing review');
  expect(printed[1]).toContain('My office · Report: Filing review');
  expect(printed[1]).toContain(`Page 2 of ${printed.length}`);
});
