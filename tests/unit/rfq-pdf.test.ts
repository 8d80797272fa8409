/**
 * Prints a request for quotation to a real PDF with the system Chromium and counts its pages
 * with pdfinfo: an RFQ of three lines under a three-line letterhead, with notes, is one page on
 * A4 and on US Letter — its signature row included (the walkthrough of issue 17 found it alone
 * on a second page).
 *
 * Set KEEP_PDF_DIR=/some/dir to keep the PDFs for looking at.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompanyProfile } from '../../shared/documents/index';
import { renderRfqHtml, type RfqPrintInput } from '../../shared/documents/templates/rfq';
import { launchPdfBrowser, missingPdfTools, printHtmlToPdf } from './support/pdfTools';

const missing = missingPdfTools();
if (missing.length > 0) console.warn(`Skipping the RFQ PDF test: missing ${missing.join(', ')}.`);
const mustRun = !!process.env.CI;

const company: CompanyProfile = {
  name: 'Harbor Lane Design Studio',
  address: '214 Harbor Lane, Suite 3\nPortland, ME 04101',
  phone: '(207) 555-0142',
  email: 'office@harborlane.example',
  website: 'harborlane.example',
  locale: 'en-US',
};

const rfq = (pageSize: 'A4' | 'Letter', lines: number): RfqPrintInput => ({
  number: 'RFQ-0003',
  title: 'Laptops for the two new designers',
  date: '2026-11-25',
  replyBy: '2026-12-06',
  vendor: { name: 'TechPoint Computers', contactName: 'Ali Hassan', address: '200 Maine Mall Rd\nSouth Portland, ME 04106', phone: '(207) 555-0151', email: 'business@techpoint.example', accountNumber: 'TP-HARB' },
  lines: Array.from({ length: lines }, (_, i) => ({ description: i % 2 ? 'USB-C docking station with 2 display outputs' : 'Laptop 14", 16 GB RAM, 512 GB SSD, 3-year warranty', quantity: 2 })),
  notes: 'Windows 11 Pro, English (US) keyboard. Delivery to reception, weekdays 9–5.',
  replyTo: 'office@harborlane.example',
  contactName: 'Grace Kim',
  pageSize,
});

describe.skipIf(missing.length > 0 && !mustRun)('a request for quotation prints on one page', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await launchPdfBrowser();
    dir = mkdtempSync(join(tmpdir(), 'backdesk-rfq-'));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const pageSize of ['A4', 'Letter'] as const) {
    it(`three lines with notes on ${pageSize}: one page, the signature row on it`, async () => {
      const pdfPath = join(dir, `rfq-${pageSize}.pdf`);
      await printHtmlToPdf(browser, renderRfqHtml(rfq(pageSize, 3), company), pdfPath, process.env.KEEP_PDF_DIR);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
      expect(pages).toBe(1);
      expect(execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })).toMatch(/Quoted by/);
    }, 60_000);
  }
});
