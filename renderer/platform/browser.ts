/**
 * The platform in a plain browser (`npm run web`, the Electron-less fallback of `npm start`,
 * Playwright and the benchmark). Files come from a hidden <input type=file> and leave as a
 * download; printing opens the document in a new window from a Blob URL and calls its
 * print() — the browser's dialog offers "Save as PDF" — falling back to a hidden iframe when
 * pop-ups are blocked. What the user then does in that dialog is invisible to a page.
 */
import { createBrowserSync } from './browserSync';
import type { EmailDraftOutcome, EmailDraftRequest, PickFileOptions, PickedFile, Platform, PrintOutcome, PrintRequest } from './types';
import { buildEml, emlFileName } from '../../shared/email/eml';
import { errorMessage } from '../../shared/lib/errors';
import { createBrowserBackupStore } from './browserBackups';

/** How long a printed document's Blob URL stays valid, so a reload of its window still works. */
const PRINT_URL_LIFETIME_MS = 10 * 60 * 1000;
const LOAD_TIMEOUT_MS = 15_000;

function acceptFor(filters: PickFileOptions['filters']): string {
  const extensions = (filters ?? []).flatMap((f) => f.extensions);
  if (!extensions.length || extensions.includes('*')) return '';
  return extensions.map((extension) => `.${extension}`).join(',');
}

async function readPicked(files: FileList | null): Promise<PickedFile[]> {
  return Promise.all(
    Array.from(files ?? []).map(async (file) => ({
      name: file.name,
      type: file.type,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

function pickFiles(win: Window, options: PickFileOptions = {}): Promise<PickedFile[]> {
  const doc = win.document;
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = options.multiple ?? false;
    input.accept = acceptFor(options.filters);
    input.hidden = true;
    const done = () => input.remove();
    input.addEventListener(
      'change',
      () => {
        readPicked(input.files).then(resolve, reject).finally(done);
      },
      { once: true },
    );
    input.addEventListener(
      'cancel',
      () => {
        done();
        resolve([]);
      },
      { once: true },
    );
    doc.body.append(input);
    input.click();
  });
}

function saveFile(
  win: Window,
  bytes: Uint8Array,
  suggestedName: string,
  mimeType: string,
): boolean {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
  const link = win.document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.rel = 'noopener';
  link.hidden = true;
  win.document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download before the browser has read the blob.
  win.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}

/**
 * Resolves once `target` shows a fully loaded document at `url`. Polls rather than listens:
 * a new window starts on an about:blank document and swaps it for the real one, so a load
 * listener attached straight after open() can end up on the wrong document.
 */
function whenLoaded(win: Window, target: Window, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      let ready = false;
      try {
        ready = target.location.href === url && target.document.readyState === 'complete';
      } catch {
        // Not readable yet (mid-navigation); try again.
      }
      if (ready) resolve();
      else if (target.closed)
        reject(new Error('The print window was closed before the document opened.'));
      else if (Date.now() - started > LOAD_TIMEOUT_MS)
        reject(new Error('The document took too long to open.'));
      else win.setTimeout(check, 25);
    };
    check();
  });
}

async function printInPopup(win: Window, request: PrintRequest): Promise<boolean> {
  const url = URL.createObjectURL(new Blob([request.html], { type: 'text/html;charset=utf-8' }));
  const popup = win.open(url, '_blank');
  if (!popup) {
    URL.revokeObjectURL(url);
    return false;
  }
  win.setTimeout(() => URL.revokeObjectURL(url), PRINT_URL_LIFETIME_MS);
  await whenLoaded(win, popup, url);
  popup.focus();
  popup.print();
  return true;
}

async function printInFrame(win: Window, request: PrintRequest): Promise<void> {
  const frame = win.document.createElement('iframe');
  // No scripts in the document; same origin so this page may call its print().
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.title = request.title;
  Object.assign(frame.style, {
    position: 'fixed',
    right: '0',
    bottom: '0',
    width: '0',
    height: '0',
    border: '0',
  });
  frame.srcdoc = request.html;
  // Listening before insertion: a srcdoc frame fires 'load' once, for the srcdoc document.
  const loaded = new Promise<void>((resolve, reject) => {
    const timer = win.setTimeout(
      () => reject(new Error('The document took too long to open.')),
      LOAD_TIMEOUT_MS,
    );
    frame.addEventListener(
      'load',
      () => {
        win.clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
  win.document.body.append(frame);
  try {
    await loaded;
    const content = frame.contentWindow;
    if (!content) throw new Error('The document could not be prepared for printing.');
    content.focus();
    content.print();
  } catch (error) {
    frame.remove();
    throw error;
  }
  // print() returns once the dialog has its snapshot; the frame goes a while later regardless.
  win.setTimeout(() => frame.remove(), 60_000);
}

async function printDocument(
  win: Window,
  request: PrintRequest,
  done: PrintOutcome,
): Promise<PrintOutcome> {
  try {
    if (await printInPopup(win, request)) return done;
    await printInFrame(win, request);
    return done;
  } catch (error) {
    return { status: 'failed', message: errorMessage(error) };
  }
}

/**
 * An email draft in a browser (issue 17.5): the PDF made here (browserPdf, loaded on first
 * use), the .eml built with the same code as Electron's main process, downloaded for the user
 * to open in their mail program.
 */
async function emailDraft(win: Window, request: EmailDraftRequest): Promise<EmailDraftOutcome> {
  try {
    const { documentToPdf } = await import('./browserPdf');
    const pdf = await documentToPdf(win, request.document);
    const eml = buildEml({
      from: request.from,
      to: request.to.map((email) => ({ email })),
      subject: request.subject,
      text: request.body,
      attachments: [{ filename: request.fileName, contentType: 'application/pdf', bytes: pdf }],
    });
    const fileName = emlFileName(request.subject);
    saveFile(win, new TextEncoder().encode(eml), fileName, 'message/rfc822');
    return { status: 'downloaded', fileName };
  } catch (error) {
    return { status: 'failed', message: errorMessage(error) };
  }
}

function notify(win: Window, title: string, body: string): void {
  const NotificationApi = (win as Window & { Notification?: typeof Notification }).Notification;
  if (!NotificationApi || NotificationApi.permission !== 'granted') return;
  try {
    new NotificationApi(title, { body });
  } catch {
    // Some browsers only allow notifications from a service worker; nothing to do then.
  }
}

export function createBrowserPlatform(win: Window = window): Platform {
  return {
    kind: 'browser',
    pickFiles: (options) => pickFiles(win, options),
    saveFile: async (bytes, options) =>
      saveFile(win, bytes, options.suggestedName, options.mimeType),
    print: (request) => printDocument(win, request, { status: 'printed' }),
    // The browser's print dialog is where "Save as PDF" lives; the page never learns the path.
    saveAsPdf: (request) => printDocument(win, request, { status: 'saved' }),
    emailDraft: (request) => emailDraft(win, request),
    notify: (title, body) => notify(win, title, body),
    // Never asks for permission (a prompt per reminder would be noise); the toast is enough.
    remind: (notice) => notify(win, notice.title, [notice.when, notice.where].filter(Boolean).join(' · ')),
    backups: createBrowserBackupStore(),
    attachments: null,
    keychain: null,
    sync: createBrowserSync(win),
  };
}
