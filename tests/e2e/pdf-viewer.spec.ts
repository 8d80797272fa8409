/**
 * The app's own PDF viewer (issue 15.6): a scanned PDF filed in Documents is drawn by pdf.js
 * into a canvas — no plugin, no frame — with its page count, page navigation (button and
 * PgDn), zoom, and a sentence instead of a blank frame for a damaged file. Every request the
 * viewer makes (its worker, its data files) stays on the app's origin, and the page reports
 * no CSP violation on the way.
 */
import { deflateSync } from 'node:zlib';
import { test, expect } from './support/fixtures';
import { lookShot } from './support/shots';
import type { Page } from '@playwright/test';

/**
 * A scan as a scanner writes it: one full-page greyscale image per page and no text. Page n
 * carries a dark band at its own height (n-th quarter from the top) so a test can tell the
 * pages apart by their pixels.
 */
function scannedPdf(pageCount: number): Buffer {
  const W = 425;
  const H = 550;
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (chunk: string | Buffer) => {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    parts.push(b);
    length += b.length;
  };
  const object = (n: number, body: string | Buffer[], ) => {
    offsets[n] = length;
    if (typeof body === 'string') push(`${n} 0 obj\n${body}\nendobj\n`);
    else {
      push(`${n} 0 obj\n`);
      body.forEach(push);
      push('\nendobj\n');
    }
  };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const kids = Array.from({ length: pageCount }, (_, i) => `${3 + i * 3} 0 R`).join(' ');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`);
  for (let i = 0; i < pageCount; i++) {
    const [page, content, image] = [3 + i * 3, 4 + i * 3, 5 + i * 3];
    const pixels = Buffer.alloc(W * H, 0xf4);
    const top = Math.floor((H / 4) * i);
    for (let y = top; y < top + H / 8; y++) pixels.fill(0x20, y * W + 20, y * W + W - 20);
    const data = deflateSync(pixels);
    const draw = 'q 612 0 0 792 0 0 cm /Scan Do Q';
    object(page, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Scan ${image} 0 R >> >> /Contents ${content} 0 R >>`);
    object(content, `<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
    object(image, [
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${W} /Height ${H} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`, 'latin1'),
      data,
      Buffer.from('\nendstream', 'latin1'),
    ]);
  }
  const count = 3 + pageCount * 3;
  const xref = length;
  push(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let n = 1; n < count; n++) push(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

/** Which quarter of the drawn page holds the dark band (0-3), read from the canvas's pixels. */
function darkQuarter(page: Page, name: RegExp): Promise<number> {
  return page.getByRole('img', { name }).evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d')!;
    const x = Math.floor(canvas.width / 2);
    for (let q = 0; q < 4; q++) {
      const y = Math.floor((canvas.height / 4) * q + canvas.height / 16);
      if (ctx.getImageData(x, y, 1, 1).data[0]! < 100) return q;
    }
    return -1;
  });
}

async function fileScan(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add scanned file…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/pdf', buffer });
  await page.getByRole('form', { name: 'Add scanned files' }).getByRole('button', { name: 'Add to register' }).click();
  await expect(page.getByRole('heading', { name: /Scanned document/ })).toBeVisible();
}

test('a scanned PDF is drawn page by page into a canvas, with its page count, navigation and zoom; a damaged one is a sentence', async ({ app, page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const offOrigin: string[] = [];
  page.on('request', (r) => {
    if (!/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== origin) offOrigin.push(r.url());
  });
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.effectiveDirective} ${e.blockedURI}`), true);
  });
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Documents');
  await fileScan(page, 'Signed_contract.pdf', scannedPdf(3));

  const viewer = page.getByRole('region', { name: 'PDF viewer: Scanned file: Signed contract' });
  await expect(viewer).toBeVisible();
  await expect(viewer.getByText('of 3')).toBeVisible();
  await expect(page.locator('iframe, embed, object')).toHaveCount(0);
  const pageOne = /^Page 1 of 3, Scanned file: Signed contract$/;
  await expect(viewer.getByRole('img', { name: pageOne })).toBeVisible();
  await expect.poll(() => darkQuarter(page, pageOne)).toBe(0);
  // Fit width: the page fills the viewer's width.
  const fitWidth = await viewer.getByRole('img', { name: pageOne }).evaluate((c) => c.getBoundingClientRect().width);
  expect(fitWidth).toBeGreaterThan(300);
  await expect(viewer.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  await lookShot(page, 'pdf-viewer-page1');

  await viewer.getByRole('button', { name: 'Next page' }).click();
  const pageTwo = /^Page 2 of 3, /;
  await expect(viewer.getByRole('textbox', { name: 'Page number' })).toHaveValue('2');
  await expect.poll(() => darkQuarter(page, pageTwo)).toBe(1);

  // Keyboard: Page Down on the viewer, then the page number typed.
  await viewer.focus();
  await page.keyboard.press('PageDown');
  await expect.poll(() => darkQuarter(page, /^Page 3 of 3, /)).toBe(2);
  await expect(viewer.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await page.keyboard.press('PageUp');
  await expect(viewer.getByRole('textbox', { name: 'Page number' })).toHaveValue('2');
  await viewer.getByRole('textbox', { name: 'Page number' }).fill('1');
  await page.keyboard.press('Enter');
  await expect.poll(() => darkQuarter(page, pageOne)).toBe(0);

  // Zoom: 100% draws the page at its size in CSS pixels (612 pt = 612 px at scale 1), + and − step.
  await viewer.getByRole('button', { name: 'Actual size (100%)' }).click();
  await expect(viewer.getByRole('status', { name: 'Zoom' }).or(viewer.locator('output'))).toHaveText('100%');
  await expect.poll(() => viewer.getByRole('img', { name: pageOne }).evaluate((c) => Math.round(c.getBoundingClientRect().width))).toBe(612);
  await viewer.getByRole('button', { name: 'Zoom in' }).click();
  await expect(viewer.locator('output')).toHaveText('110%');
  await viewer.getByRole('button', { name: 'Zoom out' }).click();
  await viewer.getByRole('button', { name: 'Zoom out' }).click();
  await expect(viewer.locator('output')).toHaveText('90%');
  await viewer.getByRole('button', { name: 'Fit width' }).click();
  await expect.poll(() => viewer.getByRole('img', { name: pageOne }).evaluate((c) => Math.round(c.getBoundingClientRect().width))).toBe(Math.round(fitWidth));

  // The worker is the app's own file; nothing was fetched from anywhere else.
  expect(workers.some((url) => url.startsWith(origin) && /pdf\.worker/.test(url))).toBe(true);

  // A damaged PDF: a sentence, not a blank frame.
  await page.getByRole('button', { name: '← Documents' }).click();
  await fileScan(page, 'Torn.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog ', 'latin1'));
  await expect(page.getByRole('alert').filter({ hasText: 'This file is damaged or is not really a PDF, so it cannot be shown.' })).toBeVisible();
  await lookShot(page, 'pdf-viewer-damaged');

  expect(offOrigin).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});
