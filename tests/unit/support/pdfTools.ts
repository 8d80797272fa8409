/**
 * What the PDF unit tests need on the machine — Chromium and poppler's pdftotext, pdftoppm and
 * pdfinfo — found once, so every such test names the same missing tools the same way.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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
