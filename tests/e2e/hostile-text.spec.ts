/**
 * Hostile sizes and text (issue 15.9): a memo whose body is one unbroken 100,000-character
 * token is pasted, saved, opened again from storage and printed; a file name holding a bidi
 * override is shown isolated and flagged; a name as long as the schema allows wraps inside its
 * box. How fast the token opens is measured by the benchmark (memo.hostileToken.100k); here it
 * is only recorded.
 */
import { test, expect } from './support/fixtures';
import { printToPdf } from './support/print';
import { pdfText } from './support/pdf';

const TOKEN_START = 'Tokenstart';
const TOKEN = TOKEN_START + 'abcdefghij'.repeat(9_999);
const SPOOF = '\u202Eexe.fdp\u202C';
const SHOTS = process.env.BACKDESK_SHOTS;

test('a memo of one unbroken 100,000-character token pastes, saves, opens from storage and prints', async ({ app, page }, testInfo) => {
  expect(TOKEN).toHaveLength(100_000);
  // The moment the stored memo's editor holds the whole token, from the page's own clock.
  await page.addInitScript((length) => {
    const w = window as unknown as { __editorReadyAt?: number };
    const check = () => {
      const el = document.querySelector('[contenteditable][aria-label="Body"]');
      if (el && (el.textContent ?? '').length >= length) w.__editorReadyAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, TOKEN.length);
  await app.goto('/');
  await app.startEmpty();
  await app.goto('/#/documents/new');
  await page.getByRole('textbox', { name: 'Subject' }).fill('One long token');
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  // Pasted as the clipboard would hand it over (text/plain).
  await body.evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, TOKEN);
  await expect.poll(() => body.evaluate((el) => (el.textContent ?? '').length)).toBe(TOKEN.length);
  // It wraps inside the editor instead of widening it.
  const editorBox = (await body.boundingBox())!;
  expect(await body.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  expect(editorBox.width).toBeLessThan(page.viewportSize()!.width);
  await page.getByRole('button', { name: 'Save as final' }).click();
  await expect(page.getByText('saved as final')).toBeVisible();
  await expect(page).toHaveURL(/#\/documents\/[0-9A-Z]{26}$/);

  // Opened again from storage: the editor shows the whole token, and the preview its start.
  await page.reload();
  await expect(body).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __editorReadyAt?: number }).__editorReadyAt)).toBeDefined();
  const readyAt = await page.evaluate(() => (window as unknown as { __editorReadyAt: number }).__editorReadyAt);
  testInfo.annotations.push({ type: 'editor ready (ms after load, app start included)', description: readyAt.toFixed(0) });
  expect(await body.evaluate((el, start) => (el.textContent ?? '').startsWith(start), `${TOKEN_START}abcdefghij`)).toBe(true);
  const preview = page.frameLocator('iframe[title="Print preview"]');
  await expect(preview.getByText(TOKEN_START, { exact: false })).toBeVisible();
  // The preview's token wraps at the margin: the printed page is not widened by it.
  expect(await preview.locator('.doc-body').evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  // Typing still works at the end of the token.
  await body.press('Control+End');
  await page.keyboard.type(' end');
  await expect.poll(() => body.evaluate((el) => (el.textContent ?? '').endsWith('abcdefghij end'))).toBe(true);

  // Printed: the PDF holds the token's start, wrapped onto many pages rather than cut off.
  const pdfPath = testInfo.outputPath('token.pdf');
  await printToPdf(page, () => page.getByRole('button', { name: 'Save as PDF…' }).click(), pdfPath);
  const text = await pdfText(pdfPath);
  expect(text).toContain(`${TOKEN_START}abcdefghijabcdefghij`);
  // Every character of the token reached paper, in order: its lines, without the pages'
  // running header and footer between them, make up the token and what was typed after it.
  const tokenLines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^(Tokenstart)?[a-j]+( end)?$|^end$/.test(line));
  expect(tokenLines.join('').replace(/ ?end$/, ' end')).toBe(`${TOKEN} end`);
});

test('a file name with a bidi override is isolated and flagged; a name as long as allowed wraps in its box', async ({ app, page }) => {
  const LONG = 'Longname'.repeat(25); // 200 characters, no space: the longest equipment name
  await app.goto('/');
  await app.startEmpty();
  await app.goto('/#/equipment/new');
  const form = page.getByRole('dialog', { name: 'New equipment' });
  await form.getByLabel('Name').fill(LONG);
  await form.getByRole('button', { name: 'Add to register' }).click();
  const heading = page.getByRole('heading', { name: LONG, level: 1 });
  await expect(heading).toBeVisible();

  // The long name wraps inside the page instead of running past it.
  const main = page.locator('main');
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(async () => {
      const [h, m] = [await heading.boundingBox(), await main.boundingBox()];
      return h !== null && m !== null && h.x >= m.x && h.x + h.width <= m.x + m.width + 1;
    }).toBe(true);
    expect(await heading.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    expect(await main.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  }

  // A document whose name shows as "pdf.exe" but is really "exe.fdp".
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Attach document…' }).click();
  await (await chooser).setFiles({ name: SPOOF, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  const warning = 'This file name hides its real ending: shown as “pdf.exe”, really “exe.fdp”.';
  // Said when attached…
  await expect(page.getByText(warning).first()).toBeVisible();
  // …and beside the name wherever it is listed.
  const docs = page.getByRole('list', { name: 'Documents' });
  await expect(docs.getByRole('listitem')).toHaveCount(1);
  await expect(docs.getByRole('note')).toHaveText(warning);
  const name = docs.locator('bdi.file-name');
  await expect(name).toHaveText(SPOOF);
  expect(await name.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
  // The text after the name keeps its order: the size still reads "1 KB", not reversed.
  await expect(docs.getByRole('listitem')).toContainText('1 KB');
  if (SHOTS) {
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await docs.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/hostile-attachment-dark-1024.png` });
  }
});
