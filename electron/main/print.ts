/**
 * Printing and PDF export of documents. The renderer sends a standalone HTML page (from
 * renderDocumentHtml); main loads it into a hidden print window and either opens the
 * system print dialog or asks where to save and writes the PDF. Pages are served from an
 * in-memory job list at app://print/<id> in a separate session that allows nothing else, so
 * a document can neither load remote content nor reach the app's data.
 */
import {
  dialog,
  session as sessions,
  type BrowserWindow,
  type SaveDialogOptions,
  type Session,
} from 'electron';
import path from 'node:path';
import { type PrintOutcomeValue, type PrintRequestValue } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { writeFileAtomic } from '../services/files';
import {
  ensurePdfExtension,
  pdfFileName,
  isPrintRequestUrl,
  PRINT_HEADERS,
  PrintJobs,
  printOutcome,
} from '../services/printJobs';
import { hardenSession } from './security';
import { APP_SCHEME } from './security-rules';
import { createPrintWindow } from './window';
import { errorMessage } from '../../shared/lib/errors';

const jobs = new PrintJobs();
let printSession: Session | undefined;

/** Created on first use; no 'persist:' prefix, so nothing printed is cached on disk. */
function getPrintSession(): Session {
  if (printSession) return printSession;
  const created = sessions.fromPartition('backdesk-print');
  hardenSession(created, isPrintRequestUrl);
  created.protocol.handle(APP_SCHEME, (request) => {
    const html = request.method === 'GET' ? jobs.pageFor(request.url) : undefined;
    return html === undefined
      ? new Response('Not found', { status: 404 })
      : new Response(html, { status: 200, headers: PRINT_HEADERS });
  });
  printSession = created;
  return created;
}

/** Renders the page in a hidden window, runs `use`, and always cleans up the window and job. */
async function withDocument<T>(
  request: PrintRequestValue,
  use: (window: BrowserWindow) => Promise<T>,
): Promise<T> {
  const { id, url } = jobs.add(request.html);
  const window = createPrintWindow(getPrintSession(), request.title || 'Backdesk document');
  try {
    await window.loadURL(url);
    return await use(window);
  } finally {
    jobs.remove(id);
    if (!window.isDestroyed()) window.destroy();
  }
}

function failed(action: string, error: unknown): PrintOutcomeValue {
  if (error instanceof AppError) return { status: 'failed', message: error.message };
  const reason = errorMessage(error);
  return { status: 'failed', message: `The document could not be ${action} (${reason}).` };
}

/** Opens the system print dialog (printer, copies, pages) for the document. */
export async function printDocument(request: PrintRequestValue): Promise<PrintOutcomeValue> {
  try {
    return await withDocument(
      request,
      (window) =>
        new Promise<PrintOutcomeValue>((resolve) => {
          window.webContents.print({ silent: false, printBackground: true }, (success, reason) =>
            resolve(printOutcome(success, reason)),
          );
        }),
    );
  } catch (error) {
    return failed('printed', error);
  }
}

export interface SavePdfOptions {
  parent: BrowserWindow | undefined;
  /** Folder the save dialog opens in. */
  defaultFolder: string;
  /** Used when the request names none. */
  defaultPageSize: 'A4' | 'Letter';
}

/** Asks where to save, then renders the document to PDF and writes it there atomically. */
export async function saveDocumentAsPdf(
  request: PrintRequestValue,
  { parent, defaultFolder, defaultPageSize }: SavePdfOptions,
): Promise<PrintOutcomeValue> {
  // Ask first: nothing is rendered if the user cancels.
  const options: SaveDialogOptions = {
    title: 'Save as PDF',
    defaultPath: path.join(defaultFolder, pdfFileName(request.title)),
    filters: [{ name: 'PDF documents', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const choice = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  const target = ensurePdfExtension(choice.filePath);
  try {
    const pdf = await withDocument(request, (window) =>
      window.webContents.printToPDF({
        pageSize: request.pageSize ?? defaultPageSize,
        printBackground: true,
        preferCSSPageSize: true,
      }),
    );
    await writeFileAtomic(target, pdf);
    return { status: 'saved', path: target };
  } catch (error) {
    return failed('saved as PDF', error);
  }
}

/** Renders the document to PDF bytes without asking anything (for an email draft's attachment). */
export async function renderDocumentPdf(request: PrintRequestValue, defaultPageSize: 'A4' | 'Letter'): Promise<Uint8Array> {
  const pdf = await withDocument(request, (window) =>
    window.webContents.printToPDF({
      pageSize: request.pageSize ?? defaultPageSize,
      printBackground: true,
      preferCSSPageSize: true,
    }),
  );
  return new Uint8Array(pdf);
}
