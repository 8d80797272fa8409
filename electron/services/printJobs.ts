/**
 * Helpers for printing and saving documents as PDF (electron/main/print.ts does the Electron
 * part). A document page is handed to a hidden window through an in-memory job served at
 * app://print/<id> in a session of its own, rather than a data: URL (Chromium caps URLs at
 * 2 MB, and a logo alone can pass that) or a temp file (which could outlive a crash and
 * cannot carry a CSP header). The helpers here are plain so they can be tested.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { type PrintOutcomeValue } from '../../shared/ipc/contract';

/** Host of the print session's app:// URLs; never served by the main window's session. */
export const PRINT_HOST = 'print';

/**
 * Printed documents are self-contained (inline CSS, images as data: URLs, no script), so
 * their page may load nothing at all from anywhere.
 */
export const PRINT_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const PRINT_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': PRINT_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

/** Pages waiting to be loaded by a hidden print window, by job id. */
export class PrintJobs {
  private readonly pages = new Map<string, string>();

  add(html: string): { id: string; url: string } {
    const id = randomUUID();
    this.pages.set(id, html);
    return { id, url: `app://${PRINT_HOST}/${id}` };
  }

  /** The page for a request URL, or undefined for anything that is not a live job. */
  pageFor(url: string): string | undefined {
    const id = printJobId(url);
    return id === null ? undefined : this.pages.get(id);
  }

  remove(id: string): void {
    this.pages.delete(id);
  }

  get size(): number {
    return this.pages.size;
  }
}

/** The job id in app://print/<uuid>, or null for any other URL. */
export function printJobId(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (
    parsed.protocol !== 'app:' ||
    parsed.hostname !== PRINT_HOST ||
    parsed.username ||
    parsed.password ||
    parsed.port
  ) {
    return null;
  }
  const match = /^\/([0-9a-f-]{36})$/.exec(parsed.pathname);
  return match?.[1] ?? null;
}

/**
 * What the print session may load: its own job pages and data: URLs (a logo embedded in the
 * document). Anything else — the app, the network, files — is cancelled.
 */
export function isPrintRequestUrl(url: string): boolean {
  if (printJobId(url) !== null) return true;
  try {
    return new URL(url).protocol === 'data:';
  } catch {
    return false;
  }
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A safe file name for a document's PDF: no path separators or characters Windows
 * refuses, no control characters, no leading dots (hidden files) or trailing dots and spaces,
 * not a reserved device name, at most 120 characters, and ending in .pdf.
 */
export function pdfFileName(title: string): string {
  let name = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.pdf$/i, '')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (name.length > 120) name = name.slice(0, 120).replace(/[.\s]+$/g, '');
  if (!name || WINDOWS_RESERVED.test(name)) name = name ? `${name} document` : 'Document';
  return `${name}.pdf`;
}

/** Adds .pdf when the user typed a name without it in the save dialog. */
export function ensurePdfExtension(filePath: string): string {
  return path.extname(filePath).toLowerCase() === '.pdf' ? filePath : `${filePath}.pdf`;
}

/**
 * Maps webContents.print's callback to an outcome. Chromium reports a closed dialog as a
 * failure whose reason mentions cancelling, which is not an error to show anyone.
 */
export function printOutcome(success: boolean, failureReason: string): PrintOutcomeValue {
  if (success) return { status: 'printed' };
  if (/cancel/i.test(failureReason)) return { status: 'cancelled' };
  return {
    status: 'failed',
    message: `The document could not be printed (${failureReason || 'unknown reason'}).`,
  };
}

