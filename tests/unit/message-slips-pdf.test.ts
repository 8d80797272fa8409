/**
 * Prints a day's message slips to real PDFs with the system Chromium and counts the pages with
 * poppler's pdfinfo, as the office would on its printer: three slips to a page on A4 and on US
 * Letter (six messages → two pages), every slip whole on its page (its title, from and "Taken
 * by" on the same page), a long message too. Review 17 of issue 14.
 *
 * Set KEEP_PDF_DIR=/some/dir to keep the PDFs for looking at.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompanyProfile, PageSize } from '../../shared/documents/index';
import { renderMessageSlipsHtml, type MessageSlipEntry } from '../../shared/documents/templates/messageSlips';
import { launchPdfBrowser, missingPdfTools, printHtmlToPdf } from './support/pdfTools';

const missing = missingPdfTools();
if (missing.length > 0) console.warn(`Skipping the message slips PDF test: missing ${missing.join(', ')}.`);
const mustRun = !!process.env.CI;

const company: CompanyProfile = { name: 'Harbor & Lane', locale: 'en-US' };
const LONG = 'The HP 58A toner on the last order is back-ordered two weeks; they can send the 58X instead at the same price, or wait. '.repeat(6);

function slips(count: number): MessageSlipEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    forName: `Person ${i + 1}`,
    takenAt: `2026-11-24T${String(14 + i).padStart(2, '0')}:05:00.000Z`,
    from: `Caller ${i + 1}`,
    company: 'Northeast Office Supply Co.',
    phone: '+44 20 7946 0321',
    subject: 'Back-ordered toner',
    message: i === 1 ? LONG : 'Please call back before 5.\nAsk for the order number.',
    takenBy: 'Front desk',
    boxes: ['telephoned', 'pleaseCall', ...(i % 2 ? (['urgent'] as const) : [])],
  }));
}

describe.skipIf(missing.length > 0 && !mustRun)('message slips print three to a page', () => {
  let browser: Browser;
  let dir: string;
  const keep = process.env.KEEP_PDF_DIR;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'backdesk-slips-'));
    browser = await launchPdfBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function print(pageSize: PageSize, count: number) {
    const html = renderMessageSlipsHtml({ date: '2026-11-24', slips: slips(count), pageSize, timeZone: 'America/New_York' }, company);
    const pdfPath = join(dir, `slips-${pageSize}-${count}.pdf`);
    await printHtmlToPdf(browser, html, pdfPath, keep);
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    const pageText = (n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdfPath, '-'], { encoding: 'utf8' });
    return { pages, info, pageText };
  }

  for (const [pageSize, size] of [
    ['A4', /Page size:.*\(A4\)/],
    ['Letter', /Page size:.*\(letter\)/],
  ] as const) {
    it(`six messages on ${pageSize}: two pages of three whole slips`, async () => {
      const { pages, info, pageText } = await print(pageSize, 6);
      expect(info).toMatch(size);
      expect(pages).toBe(2);
      for (const n of [1, 2]) {
        const text = pageText(n);
        expect(text.match(/WHILE YOU WERE OUT/g)).toHaveLength(3);
        expect(text.match(/Taken by:/g)).toHaveLength(3);
        for (let i = (n - 1) * 3 + 1; i <= n * 3; i += 1) expect(text).toContain(`Caller ${i}`);
      }
      // Seven make a third page, holding the seventh alone.
      const seven = await print(pageSize, 7);
      expect(seven.pages).toBe(3);
      expect(seven.pageText(3).match(/WHILE YOU WERE OUT/g)).toHaveLength(1);
    }, 60_000);
  }
});
