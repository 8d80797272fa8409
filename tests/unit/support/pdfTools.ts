/**
 * What the PDF unit tests need on the machine — Chromium and poppler's pdftotext, pdftoppm and
 * pdfinfo — found once, so every such test names the same missing tools the same way.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function hasTool(command: string): boolean {
  try {
    execFileSync(command, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The tools that are missing here, as a person would name them (empty when all are present). */
export function missingPdfTools(): string[] {
  return [
    existsSync(CHROMIUM) ? null : `Chromium (${CHROMIUM}; set CHROMIUM_PATH)`,
    hasTool('pdftotext') ? null : 'pdftotext (poppler-utils)',
    hasTool('pdftoppm') ? null : 'pdftoppm (poppler-utils)',
    hasTool('pdfinfo') ? null : 'pdfinfo (poppler-utils)',
  ].filter((x): x is string => x !== null);
}

/** The system Chromium with the tests' flags, for printing HTML to PDF. */
export function launchPdfBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Prints a standalone HTML page (scripts off) to `pdfPath` as the app's print path does (CSS
 * page size, backgrounds); with `keepDir` (KEEP_PDF_DIR) a copy is kept there for looking at.
 */
export async function printHtmlToPdf(browser: Browser, html: string, pdfPath: string, keepDir?: string): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  } finally {
    await context.close();
  }
  if (keepDir) {
    mkdirSync(keepDir, { recursive: true });
    copyFileSync(pdfPath, join(keepDir, pdfPath.split(/[\\/]/).pop()!));
  }
}
