/**
 * Prints asset-label sheets to real PDFs with the system Chromium and reads them back with
 * poppler, as a person checking a test print would: the page is A4 or US Letter, every name and
 * tag is there as text (a hostile name literally), and on the page image each code is drawn
 * where its label is while the band along every label's edge stays blank — nothing runs off
 * its cell. Lives outside shared/ because it needs Node (child processes, temp files).
 *
 * Set KEEP_PDF_DIR=/some/dir to keep the PDFs and page images for looking at.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LABEL_GEOMETRY,
  renderAssetLabelsHtml,
  type AssetLabel,
  type AssetLabelsInput,
  type LabelLayout,
} from '../../shared/documents/labels';
import type { CompanyProfile } from '../../shared/documents/index';
import { launchPdfBrowser, missingPdfTools } from './support/pdfTools';

const missing = missingPdfTools();
if (missing.length > 0) {
  console.warn(`Skipping the labels PDF test: missing ${missing.join(', ')}.`);
}
// In CI a missing tool is a failure, never a silent skip (documents-pdf.test.ts checks the tools).
const mustRun = !!process.env.CI;

const HOSTILE = '<script>alert(1)</script>';
// A narrow text column may wrap it at the space-free boundary between the tags.
const HOSTILE_PRINTED = /<script>alert\(1\)\s*<\/script>/;
const LONG =
  'Multifunction colour laser copier with stapling finisher, large capacity tray and fax board, second floor';

const company: CompanyProfile = { name: 'Acme Office Supplies Ltd', locale: 'en-GB' };

function labels(count: number): AssetLabel[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const tag = `BD-${String(n).padStart(4, '0')}`;
    if (n === 2) return { name: HOSTILE, tag, subtitle: 'Reception & "front" desk' };
    if (n === 3) return { name: LONG, tag, subtitle: `${LONG} ${LONG}` };
    if (n === 4) return { name: 'Wide tag', tag: 'ACME-EQUIPMENT-000000004' };
    return { name: `Laptop ${n}`, tag, subtitle: n % 2 ? 'Room 2.14' : 'Dell Latitude 7450' };
  });
}

/** A grayscale page image (binary PGM), 0 = black, 255 = white. */
interface Gray {
  width: number;
  height: number;
  dpi: number;
  at(x: number, y: number): number;
}

function readPgm(path: string, dpi: number): Gray {
  const data = readFileSync(path);
  // Header: "P5\n<width> <height>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`not a PGM: ${path}`);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const offset = header[0].length;
  return { width, height, dpi, at: (x, y) => data[offset + y * width + x] ?? 255 };
}

/** Share of dark pixels (below 128) in a rectangle given in millimetres. */
function inkShare(img: Gray, x: number, y: number, w: number, h: number): number {
  const px = (v: number) => Math.round((v / 25.4) * img.dpi);
  const [x0, y0, x1, y1] = [px(x), px(y), px(x + w), px(y + h)];
  let dark = 0;
  let all = 0;
  for (let yy = Math.max(y0, 0); yy < Math.min(y1, img.height); yy += 1) {
    for (let xx = Math.max(x0, 0); xx < Math.min(x1, img.width); xx += 1) {
      all += 1;
      if (img.at(xx, yy) < 128) dark += 1;
    }
  }
  return all ? dark / all : 0;
}

/** pdfinfo's page size against millimetres; Chromium rounds the page to its pixel grid. */
function expectPageSize(info: string, widthMm: number, heightMm: number): void {
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  expect(match, info).not.toBeNull();
  const toPt = (v: number) => (v / 25.4) * 72;
  expect(Math.abs(Number(match![1]) - toPt(widthMm))).toBeLessThan(0.5);
  expect(Math.abs(Number(match![2]) - toPt(heightMm))).toBeLessThan(0.5);
}

/** The rectangle (mm) of the label in row r, column c. */
function cell(layout: LabelLayout, r: number, c: number) {
  const g = LABEL_GEOMETRY[layout];
  return {
    x: g.left + c * (g.labelWidth + g.columnGap),
    y: g.top + r * (g.labelHeight + g.rowGap),
    w: g.labelWidth,
    h: g.labelHeight,
  };
}

describe.skipIf(missing.length > 0 && !mustRun)('asset labels print to real PDFs', () => {
  let browser: Browser;
  let dir: string;
  const keep = process.env.KEEP_PDF_DIR;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'backdesk-labels-'));
    browser = await launchPdfBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function print(name: string, input: AssetLabelsInput) {
    const html = renderAssetLabelsHtml(input, company);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const requests: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith('data:')) requests.push(request.url());
    });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdfPath = join(dir, `${name}.pdf`);
      await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
      const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
      // Reading order, one text block after another: a name wrapped in a narrow column stays together.
      const flow = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
      const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
      if (keep) {
        mkdirSync(keep, { recursive: true });
        copyFileSync(pdfPath, join(keep, `${name}.pdf`));
        writeFileSync(join(keep, `${name}.txt`), text);
        writeFileSync(join(keep, `${name}.html`), html);
      }
      return { pdfPath, text, flow, info, requests, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
    } finally {
      await context.close();
    }
  }

  function pageText(pdfPath: string, pageNo: number): string {
    return execFileSync('pdftotext', ['-layout', '-f', String(pageNo), '-l', String(pageNo), pdfPath, '-'], {
      encoding: 'utf8',
    });
  }

  /** Page `pageNo` as a grayscale image; a PNG copy too when KEEP_PDF_DIR is set. */
  function pageImage(pdfPath: string, name: string, pageNo = 1, dpi = 150): Gray {
    const prefix = join(dir, `${name}-p${pageNo}`);
    const range = ['-f', String(pageNo), '-l', String(pageNo), '-singlefile'];
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), ...range, pdfPath, prefix]);
    if (keep) {
      execFileSync('pdftoppm', ['-png', '-r', String(dpi), ...range, pdfPath, join(keep, `${name}-p${pageNo}`)]);
    }
    return readPgm(`${prefix}.pgm`, dpi);
  }

  /**
   * For every filled label: a code is drawn where it belongs (QR: the left square; Code 128:
   * the band between the text and the tag) and a 0.8 mm band inside every edge is blank.
   */
  function expectLabelsInCells(img: Gray, layout: LabelLayout, codeType: 'qr' | 'code128', filled: number) {
    const g = LABEL_GEOMETRY[layout];
    for (let i = 0; i < filled; i += 1) {
      const r = Math.floor(i / g.columns);
      const c = i % g.columns;
      const { x, y, w, h } = cell(layout, r, c);
      const where = `label ${i + 1} (row ${r + 1}, column ${c + 1})`;
      const band = 0.8;
      expect(inkShare(img, x, y, w, band), `${where}: top edge`).toBe(0);
      expect(inkShare(img, x, y + h - band, w, band), `${where}: bottom edge`).toBe(0);
      expect(inkShare(img, x, y, band, h), `${where}: left edge`).toBe(0);
      expect(inkShare(img, x + w - band, y, band, h), `${where}: right edge`).toBe(0);
      const innerH = h - 2 * g.padY;
      const innerW = w - 2 * g.padX;
      const code =
        codeType === 'qr'
          ? { x: x + g.padX + 1, y: y + g.padY + 1, w: Math.min(innerH, innerW * 0.4) - 2, h: Math.min(innerH, innerW * 0.4) - 2 }
          : { x: x + g.padX + 6, y: y + h * 0.55, w: innerW - 12, h: 1.5 };
      const ink = inkShare(img, code.x, code.y, code.w, code.h);
      expect(ink, `${where}: code area has ink`).toBeGreaterThan(0.2);
      expect(ink, `${where}: code area is not solid`).toBeLessThan(0.8);
    }
  }

  it('prints 25 QR labels on two A4 sheets of 3 × 8, every label inside its cell', async () => {
    const all = labels(25);
    const { pdfPath, text, flow, info, requests, pages } = await print('labels-a4-qr', {
      labels: all,
      layout: '3x8-a4',
      codeType: 'qr',
    });
    expect(requests).toEqual([]);
    expectPageSize(info, 210, 297);
    expect(info).toMatch(/Page size:.*\(A4\)/);
    expect(pages).toBe(2);

    const first = pageText(pdfPath, 1);
    const second = pageText(pdfPath, 2);
    for (const label of all.slice(0, 24)) expect(first).toContain(label.tag.slice(0, 12));
    expect(second).toContain('BD-0025');
    expect(second).not.toContain('BD-0024');
    expect(flow).toMatch(HOSTILE_PRINTED);
    expect(text).toContain('Laptop 5');
    expect(text).toContain('Multifunction colour');
    expect(text).toContain('Acme Office Supplies Ltd');

    expectLabelsInCells(pageImage(pdfPath, 'labels-a4-qr', 1), '3x8-a4', 'qr', 24);
    expectLabelsInCells(pageImage(pdfPath, 'labels-a4-qr', 2), '3x8-a4', 'qr', 1);
  });

  it('prints Code 128 labels on a US Letter sheet of 3 × 10 (Avery 5160), from label 4', async () => {
    const all = labels(20);
    const { pdfPath, text, flow, info, requests, pages } = await print('labels-letter-code128', {
      labels: all,
      layout: '3x10-letter',
      codeType: 'code128',
      startAt: 4,
    });
    expect(requests).toEqual([]);
    expectPageSize(info, 8.5 * 25.4, 11 * 25.4);
    expect(info).toMatch(/Page size:.*\(letter\)/);
    expect(pages).toBe(1);
    expect(flow).toMatch(HOSTILE_PRINTED);
    expect(text).toContain('BD-0001');
    expect(text).toContain('BD-0020');
    expect(text).toContain('Multifunction');

    const img = pageImage(pdfPath, 'labels-letter-code128');
    // The first row was used already: nothing printed there.
    const firstRow = cell('3x10-letter', 0, 0);
    expect(inkShare(img, 0, 0, 8.5 * 25.4, firstRow.y + firstRow.h)).toBe(0);
    // Labels 1–20 sit in positions 4–23.
    const g = LABEL_GEOMETRY['3x10-letter'];
    for (let i = 0; i < 20; i += 1) {
      const pos = i + 3;
      const { x, y, w, h } = cell('3x10-letter', Math.floor(pos / g.columns), pos % g.columns);
      const band = 0.8;
      expect(inkShare(img, x, y, w, band), `label ${i + 1}: top edge`).toBe(0);
      expect(inkShare(img, x, y + h - band, w, band), `label ${i + 1}: bottom edge`).toBe(0);
      expect(inkShare(img, x, y, band, h), `label ${i + 1}: left edge`).toBe(0);
      expect(inkShare(img, x + w - band, y, band, h), `label ${i + 1}: right edge`).toBe(0);
      const ink = inkShare(img, x + g.padX + 8, y + h * 0.52, w - 2 * g.padX - 16, 1.2);
      expect(ink, `label ${i + 1}: bars`).toBeGreaterThan(0.2);
      expect(ink, `label ${i + 1}: bars`).toBeLessThan(0.8);
    }
    // Positions 24–30 are left blank.
    const after = cell('3x10-letter', 7, 2);
    expect(inkShare(img, after.x, after.y, after.w, after.h)).toBe(0);
  });

  it('prints a single label on a page the size of the label', async () => {
    const { pdfPath, text, flow, info, pages } = await print('labels-single', {
      labels: [{ name: LONG, tag: 'BD-0042', subtitle: 'Copy room' }, { name: HOSTILE, tag: 'BD-0043' }],
      layout: 'single',
      codeType: 'qr',
    });
    expect(pages).toBe(2);
    expectPageSize(info, 62, 29);
    expect(text).toContain('BD-0042');
    expect(flow).toMatch(HOSTILE_PRINTED);
    expectLabelsInCells(pageImage(pdfPath, 'labels-single', 1, 300), 'single', 'qr', 1);
  });
});
