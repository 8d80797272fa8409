/**
 * Pictures taken only to look at — a screen, the pages of a printed PDF — cost a second or more
 * each (a full-page screenshot, a pdftoppm run), so a test run takes them only when
 * BACKDESK_SHOTS names a folder, where they go as <name>.png (<name>-N.png for PDF pages). No
 * check may rest on them: what a test asserts it reads from the page or from the PDF's text.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { pdfToPng } from './pdf';

/** The folder named by BACKDESK_SHOTS, or null when pictures are not wanted. */
export const SHOTS_DIR = process.env.BACKDESK_SHOTS || null;

/** Saves a screenshot of the page as BACKDESK_SHOTS/<name>.png; does nothing without the folder. */
export async function lookShot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!SHOTS_DIR) return;
  await page.screenshot({ ...options, path: path.join(SHOTS_DIR, `${name}.png`) });
}

/** Renders a PDF's pages to BACKDESK_SHOTS/<name>-N.png; does nothing without the folder. */
export async function lookPdf(pdfPath: string, name: string): Promise<void> {
  if (!SHOTS_DIR) return;
  await mkdir(SHOTS_DIR, { recursive: true });
  await pdfToPng(pdfPath, path.join(SHOTS_DIR, name));
}
