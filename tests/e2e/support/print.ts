/**
 * Printing under test, without a real print job. The browser build prints by opening the
 * document in a window and calling that window's print(); a real print job started there can
 * still be running when a test asks Chromium for page.pdf(), and whether the two collide
 * ("Page is already being printed") depends on the machine. So every test context replaces
 * print() in every window with a recorder before any of the page's own code runs, and a test
 * turns the very document the platform handed to print into a PDF itself, in that window,
 * after checking print() was asked for exactly once.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';

/** The name of the counter the recorder keeps on each window. */
export const PRINT_CALLS = '__backdeskPrintCalls';

type RecordingWindow = Window & { [PRINT_CALLS]?: number };

/** Installs the recorder in every page, popup and frame the context opens from now on. */
export async function recordPrintCalls(context: BrowserContext): Promise<void> {
  await context.addInitScript((key: string) => {
    const win = window as unknown as Record<string, unknown>;
    win[key] = 0;
    // The platform calls print() on the print window; counting instead of printing means no
    // print job exists for page.pdf() to collide with.
    window.print = () => {
      win[key] = ((win[key] as number | undefined) ?? 0) + 1;
    };
  }, PRINT_CALLS);
}

/** How many times the page's print() was asked for (undefined: the recorder is not in place). */
export function printCalls(page: Page): Promise<number | undefined> {
  return page.evaluate(
    (key) => (window as RecordingWindow)[key as typeof PRINT_CALLS],
    PRINT_CALLS,
  );
}

/**
 * Runs `trigger` (a click on Print or Save as PDF…), waits for the print window it opens and
 * for that window's single print() call, and returns the window. The document in it is
 * byte for byte the HTML the platform was given, the same the Electron main process prints.
 */
export async function printWindow(page: Page, trigger: () => Promise<unknown>): Promise<Page> {
  const opened = page.waitForEvent('popup');
  await trigger();
  const popup = await opened;
  await popup.waitForLoadState('load');
  await expect.poll(() => printCalls(popup), { message: 'print() asked for once' }).toBe(1);
  // Printed documents are inert: no script reaches paper.
  expect(await popup.locator('script').count()).toBe(0);
  return popup;
}

/** The print window's document as PDF at `pdfPath`, with its own page size and backgrounds. */
export async function savePrintedPdf(popup: Page, pdfPath: string): Promise<void> {
  await popup.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  // Still exactly one request: making the PDF never asked the app to print again.
  expect(await printCalls(popup)).toBe(1);
}

/** Clicks `trigger`, then saves the document it printed as a PDF and closes its window. */
export async function printToPdf(
  page: Page,
  trigger: () => Promise<unknown>,
  pdfPath: string,
): Promise<void> {
  const popup = await printWindow(page, trigger);
  await savePrintedPdf(popup, pdfPath);
  await popup.close();
}
