/**
 * The platform inside the Electron app: each method calls window.backdesk (one function per
 * IPC channel) and turns its Result into what the Platform interface promises — values, a
 * PrintOutcome, or a PlatformError carrying main's message for the screen.
 */
import type { BackdeskApi, PrintOutcomeValue } from '../../shared/ipc/contract';
import { isResult, type ErrorCode, type Result } from '../../shared/ipc/result';
import type { EmailDraftOutcome, EmailDraftRequest, PickedFile, Platform, PrintOutcome, PrintRequest } from './types';
import { errorMessage } from '../../shared/lib/errors';
import { createElectronAttachmentStore, createElectronBackupStore, createElectronKeychain, createElectronSync } from './electronStores';

// The contract's outcome and the interface's must stay the same shape.
const sameOutcome: (outcome: PrintOutcomeValue) => PrintOutcome = (outcome) => outcome;

/** A failed platform request; `message` is a sentence to show as it is. */
export class PlatformError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'PlatformError';
    this.code = code;
  }
}

/** Awaits a bridge call; a rejected call or a malformed answer becomes an error Result. */
async function settle<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    const result: unknown = await call();
    if (isResult(result)) return result as Result<T>;
    return {
      ok: false,
      error: { code: 'internal', message: 'Backdesk gave an unexpected answer.' },
    };
  } catch (error) {
    const message = errorMessage(error);
    return { ok: false, error: { code: 'internal', message } };
  }
}

async function unwrap<T>(call: () => Promise<Result<T>>): Promise<T> {
  const result = await settle(call);
  if (result.ok) return result.value;
  throw new PlatformError(result.error.code, result.error.message);
}

async function outcome(call: () => Promise<Result<PrintOutcomeValue>>): Promise<PrintOutcome> {
  const result = await settle(call);
  return result.ok
    ? sameOutcome(result.value)
    : { status: 'failed', message: result.error.message };
}

/** Main refuses folders in a suggested name; a title like "Q1/Q2 report" should still save. */
function fileNameOnly(name: string): string {
  return name.replace(/[\\/]+/g, '-').trim() || 'export';
}

export function createElectronPlatform(api: BackdeskApi): Platform {
  return {
    kind: 'electron',

    async pickFiles(options) {
      const picked = await unwrap(() => api['files:pick'](options));
      const files: PickedFile[] = [];
      // One at a time: several large files at once would all sit in memory twice.
      for (const entry of picked) {
        const file = await unwrap(() => api['files:read']({ id: entry.id }));
        files.push({ name: file.name, type: file.type, bytes: file.bytes });
      }
      return files;
    },

    async saveFile(bytes, options) {
      const saved = await unwrap(() =>
        api['files:save']({
          bytes,
          suggestedName: fileNameOnly(options.suggestedName),
          mimeType: options.mimeType,
          ...(options.filters ? { filters: options.filters } : {}),
        }),
      );
      return saved.saved;
    },

    print: (request: PrintRequest) => outcome(() => api['print:print'](request)),

    saveAsPdf: (request: PrintRequest) => outcome(() => api['print:pdf'](request)),

    async emailDraft(request: EmailDraftRequest): Promise<EmailDraftOutcome> {
      const result = await settle(() =>
        api['email:open-draft']({
          document: request.document,
          pdfName: fileNameOnly(request.fileName),
          draft: { from: request.from, to: request.to.map((email) => ({ email })), subject: request.subject, text: request.body },
        }),
      );
      return result.ok ? { status: 'opened', path: result.value.path } : { status: 'failed', message: result.error.message };
    },

    notify(title, body) {
      // Fire and forget: a notification that cannot be shown is not worth an error.
      void settle(() => api['notify:show']({ title, body }));
    },

    remind(notice) {
      // Fire and forget, like notify: the in-app toast has already said it.
      void settle(() => api['calendar:remind'](notice));
    },

    backups: createElectronBackupStore(api, unwrap),
    attachments: createElectronAttachmentStore(api, unwrap),
    keychain: createElectronKeychain(api, unwrap),
    sync: createElectronSync(api, unwrap),
  };
}
