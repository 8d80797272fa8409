import type { BackupKind, BackupSettingsValue } from '../../shared/ipc/contract';
import type { ConnectionVerdict, SyncConnection, SyncConnectionInput, SyncHttpRequest, SyncHttpResponse } from '../../shared/sync/types';

/**
 * The platform bridge: everything the renderer asks of the operating system. Two
 * implementations sit behind it — Electron (typed IPC through window.backdesk) and the plain
 * browser (file input, download, window.print) — chosen once at start by `getPlatform()`.
 * Features import this interface only, never an implementation.
 */

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
  /** MIME type when known ('' otherwise). */
  type: string;
}

export interface PickFileOptions {
  title?: string;
  /** e.g. [{ name: 'CSV files', extensions: ['csv', 'txt'] }] */
  filters?: { name: string; extensions: string[] }[];
  multiple?: boolean;
  /** 'backup': main reads the file up to the size backups are written at (not the import cap). */
  purpose?: 'backup';
}

export interface SaveFileOptions {
  suggestedName: string;
  mimeType: string;
  filters?: { name: string; extensions: string[] }[];
}

/** What happened to a print or save request; `cancelled` when the user closed a dialog. */
export type PrintOutcome =
  | { status: 'printed' }
  | { status: 'saved'; path?: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export interface PrintRequest {
  /** A standalone page from renderDocumentHtml (inline CSS, no script). */
  html: string;
  /** Used for the window title and the suggested PDF file name. */
  title: string;
  pageSize?: 'A4' | 'Letter';
}

/** An email draft of a printable document (issue 17.5): the document goes along as a PDF. */
export interface EmailDraftRequest {
  /** The document, exactly as Print would send it. */
  document: PrintRequest;
  /** The sender (the office); mail programs replace it with the account that sends. */
  from: { name?: string; email: string };
  /** Plain addresses (name@example.com), at least one. */
  to: string[];
  subject: string;
  /** Plain text; line breaks kept. */
  body: string;
  /** The attached PDF's file name ("PO-0012.pdf"). */
  fileName: string;
}

/**
 * What became of a draft: Electron opened it in the mail program (`path` is the .eml file);
 * a browser downloaded it (`fileName`) for the user to open.
 */
export type EmailDraftOutcome =
  | { status: 'opened'; path: string }
  | { status: 'downloaded'; fileName: string }
  | { status: 'failed'; message: string };

/** A calendar reminder for the desktop (issue 13.7): the same words as the in-app toast. */
export interface ReminderNotice {
  /** `${eventId}|${occurrence}`: shown once however often it is sent. */
  id: string;
  eventId: string;
  title: string;
  /** The occurrence's start, a UTC instant. */
  startsAt: string;
  /** When, as the screen says it ('09:00–10:00', 'All day'). */
  when: string;
  where?: string;
}

/** A backup the platform keeps (issue 15.2): in the chosen folder (Electron) or in this browser. */
export interface StoredBackup {
  /** The file name in the backup folder; an opaque key in a browser. */
  id: string;
  kind: BackupKind;
  createdAt: string;
  size: number;
}

export type { BackupKind, BackupSettingsValue };

/**
 * Where backups are kept and how often they are made. Electron: files in the folder the user
 * chose, written atomically by main on a schedule with a rotation. Browser: a database of its
 * own beside the office's (never replaced by a restore), holding the latest few, plus the
 * reminder to download one.
 */
export interface BackupStore {
  list(): Promise<StoredBackup[]>;
  read(id: string): Promise<Uint8Array>;
  write(bytes: Uint8Array, kind: BackupKind): Promise<StoredBackup>;
  getSettings(): Promise<BackupSettingsValue>;
  setSettings(
    patch: Partial<Pick<BackupSettingsValue, 'enabled' | 'intervalHours' | 'keepDaily' | 'keepWeekly' | 'keepMonthly'>>,
  ): Promise<BackupSettingsValue>;
  /** A folder dialog (Electron); null in a browser, which has no folders to choose. */
  chooseFolder: (() => Promise<BackupSettingsValue>) | null;
  /** Main's schedule asks for an automatic backup; a browser never calls it. Returns the unsubscribe. */
  onDue(listener: (reason: 'schedule' | 'quit') => void): () => void;
}

/** Attachment bytes kept outside IndexedDB (issue 15.8): main's content-addressed store. */
export interface AttachmentBytesStore {
  put(bytes: Uint8Array): Promise<{ id: string; size: number; existed: boolean }>;
  get(id: string): Promise<Uint8Array>;
  delete(id: string): Promise<boolean>;
}

/** "Remember on this PC" (issue 15.4): the wrapped data key in the OS keychain (safeStorage). */
export interface Keychain {
  remember(wrapped: string): Promise<boolean>;
  recall(): Promise<string | null>;
  forget(): Promise<boolean>;
}

/**
 * The road to the office's one CouchDB database (issue 18). Electron: main holds the connection
 * (password in safeStorage) and carries every request over typed IPC to that server only. A
 * browser: fetch, which the page's CSP lets reach exactly the origin the build was served for;
 * the password is kept for this tab only (sessionStorage), never in IndexedDB.
 */
export interface SyncTransport {
  getConnection(): Promise<SyncConnection | null>;
  /** Stores the connection (validated); a missing password keeps the stored one. */
  setConnection(input: SyncConnectionInput): Promise<SyncConnection>;
  clearConnection(): Promise<void>;
  /** Tries a connection before (or after) it is saved: a verdict, never a throw. */
  test(input: SyncConnectionInput): Promise<ConnectionVerdict>;
  /** Creates the database of `input` on its server (after a 'missing-database' verdict). */
  createDatabase(input: SyncConnectionInput): Promise<ConnectionVerdict>;
  /** One request to the stored connection's database; status 0 when unreachable. */
  request(request: SyncHttpRequest): Promise<SyncHttpResponse>;
  /** The origins this build may reach (a browser's CSP); null when any (Electron's main). */
  allowedOrigins(): string[] | null;
}

export interface Platform {
  readonly kind: 'electron' | 'browser';
  pickFiles(options?: PickFileOptions): Promise<PickedFile[]>;
  /** Writes bytes where the user chooses; resolves false when they cancel. */
  saveFile(bytes: Uint8Array, options: SaveFileOptions): Promise<boolean>;
  /** System print dialog (printer, copies). */
  print(request: PrintRequest): Promise<PrintOutcome>;
  /** Save as PDF through a save dialog. */
  saveAsPdf(request: PrintRequest): Promise<PrintOutcome>;
  /**
   * An .eml draft with the document attached as PDF: Electron's main process writes it to a
   * temp file and opens it in the mail program; a browser makes the PDF itself and downloads
   * the draft.
   */
  emailDraft(request: EmailDraftRequest): Promise<EmailDraftOutcome>;
  notify(title: string, body: string): void;
  /**
   * A calendar reminder as a desktop notification: through main in Electron (a click opens
   * the event, see onOpenEventRequest); in a browser a web notification only when the user
   * has already allowed them, else nothing (the in-app toast is enough).
   */
  remind(notice: ReminderNotice): void;
  backups: BackupStore;
  /** null in a browser: attachment bytes stay in IndexedDB beside their records. */
  attachments: AttachmentBytesStore | null;
  /** null in a browser: it never stores a passphrase or key. */
  keychain: Keychain | null;
  /** Office sync's road to the server (issue 18). */
  sync: SyncTransport;
}
