/**
 * The one IPC contract between the renderer and main: for each channel, the zod schema of
 * its request and of its answer. Main parses every request against it before a handler
 * runs (electron/main/ipc/register.ts); the preload exposes one function per channel
 * (electron/preload/index.ts); window.backdesk's type is derived from it
 * (renderer/platform/backdesk-global.d.ts). Add a channel here and in channels.ts — the
 * compiler then asks for its handler.
 */
import { z } from 'zod';
import { type EventChannel, type InvokeChannel } from './channels';
import { type Result } from './result';
import { syncConnectionInputSchema, syncHttpRequestSchema } from '../sync/types';

export { EVENT_CHANNELS, INVOKE_CHANNELS, type EventChannel, type InvokeChannel } from './channels';

/** Largest attachment main stores; the service repeats it in its error message. */
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;
/** Largest file a user may pick for import (a backup picked with purpose 'backup': SAVED_FILE_MAX_BYTES). */
export const PICKED_FILE_MAX_BYTES = 100 * 1024 * 1024;
/** Largest export written through files:save (backups included). */
export const SAVED_FILE_MAX_BYTES = 1024 * 1024 * 1024;
/** Largest printable page; a logo as a data URL is the usual bulk. */
export const PRINT_HTML_MAX_CHARS = 20 * 1024 * 1024;

const syncConnectionSchema = z.object({ url: z.string(), database: z.string(), user: z.string(), hasPassword: z.boolean() });
const connectionVerdictSchema = z.object({
  kind: z.enum(['ok', 'unreachable', 'unauthorized', 'not-couchdb', 'missing-database', 'blocked', 'invalid']),
  message: z.string(),
  server: z.string().optional(),
  canCreate: z.boolean().optional(),
});

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
  message: 'Expected the file contents as bytes.',
});

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  // Extensions go straight into a native dialog: letters and digits only, or '*'.
  extensions: z
    .array(
      z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'A file extension is letters and digits only.'),
    )
    .min(1)
    .max(20),
});

/** A file name offered in a save dialog: no folders, so the renderer cannot aim at a path. */
const suggestedFileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[\\/]/.test(name), 'A suggested file name has no folders in it.');

/** Picked files are referred to by an opaque id main hands out; the renderer never sees paths. */
const fileGrantId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

/** Attachments are named by the SHA-256 of their contents. */
export const attachmentId = z
  .string()
  .regex(/^[a-f0-9]{64}$/, 'An attachment id is 64 hex digits.');

const emailAddress = z.object({ name: z.string().max(300).optional(), email: z.string().max(320) });

export const printRequest = z.object({
  html: z.string().max(PRINT_HTML_MAX_CHARS),
  title: z.string().max(300),
  pageSize: z.enum(['A4', 'Letter']).optional(),
});

export const printOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('printed') }),
  z.object({ status: z.literal('saved'), path: z.string().optional() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);

/** A calendar record id as it may travel in a notification: no path or markup rides in. */
const calendarEventId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'An event id is letters, digits, - and _.');

/**
 * A calendar reminder raised as a desktop notification (issue 13.7). The renderer sends the
 * words it shows in its own toast (times already in the office zone); main composes the
 * notification, shows each reminder once, and a click opens the event in the window.
 */
export const reminderNotice = z.object({
  /** `${eventId}|${occurrence}`: one notification per reminder, however often it is sent. */
  id: z.string().min(1).max(400),
  eventId: calendarEventId,
  title: z.string().min(1).max(200),
  /** The occurrence's start (UTC instant) — "in 15 minutes" is counted from it. */
  startsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/, 'A start is a UTC instant.'),
  /** When, as the screen says it: '09:00–10:00', 'All day'. */
  when: z.string().max(200),
  /** Room or place. */
  where: z.string().max(300).optional(),
});
export type ReminderNoticeValue = z.output<typeof reminderNotice>;

/** Where a backup came from (issue 15.2): the Backups screen lists all four. */
export const BACKUP_KINDS = ['auto', 'manual', 'pre-upgrade', 'pre-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** A backup in the backup folder is named by its file name there; no folders ride in. */
export const backupId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,199}$/, 'A backup is named by its file name only.')
  .refine((name) => !name.includes('..'), 'A backup is named by its file name only.');

export const backupEntry = z.object({
  id: backupId,
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  size: z.number().int().nonnegative(),
});
export type BackupEntryValue = z.output<typeof backupEntry>;

/** The automatic backup's settings and what happened the last time it ran. */
export const backupSettings = z.object({
  /** The folder the user chose (a USB stick, a network share); null until chosen. */
  folder: z.string().max(4096).nullable(),
  enabled: z.boolean(),
  intervalHours: z.number().int().min(1).max(24 * 31),
  keepDaily: z.number().int().min(1).max(366),
  keepWeekly: z.number().int().min(0).max(520),
  keepMonthly: z.number().int().min(0).max(1200),
  lastRun: z
    .object({ at: z.string(), ok: z.boolean(), message: z.string().max(2000).optional(), id: backupId.optional() })
    .optional(),
});
export type BackupSettingsValue = z.output<typeof backupSettings>;

/** A data key wrapped for "remember on this PC" (issue 15.4): opaque base64 text, never a passphrase. */
const wrappedKeyText = z.string().min(1).max(20_000);

interface ChannelSpec {
  request: z.ZodType;
  response: z.ZodType;
}

export const contract = {
  'files:pick': {
    request: z
      .object({
        title: z.string().max(200).optional(),
        filters: z.array(fileFilter).max(20).optional(),
        multiple: z.boolean().optional(),
        /**
         * What the file is for. 'backup' lets files:read return up to SAVED_FILE_MAX_BYTES for
         * these grants (a backup Backdesk wrote must read back); anything else keeps
         * PICKED_FILE_MAX_BYTES.
         */
        purpose: z.enum(['backup']).optional(),
      })
      .optional(),
    response: z.array(
      z.object({
        id: fileGrantId,
        name: z.string(),
        size: z.number().int().nonnegative(),
        type: z.string(),
      }),
    ),
  },
  'files:read': {
    request: z.object({ id: fileGrantId }),
    response: z.object({ name: z.string(), type: z.string(), bytes }),
  },
  'files:save': {
    request: z.object({
      bytes: bytes.refine(
        (b) => b.byteLength <= SAVED_FILE_MAX_BYTES,
        'The file is too large to save.',
      ),
      suggestedName: suggestedFileName,
      mimeType: z.string().max(200),
      filters: z.array(fileFilter).max(20).optional(),
    }),
    response: z.object({ saved: z.boolean(), path: z.string().optional() }),
  },
  'attachments:put': {
    // The size limit is checked by the service so its message can name the limit.
    request: z.object({ bytes }),
    response: z.object({
      id: attachmentId,
      size: z.number().int().nonnegative(),
      existed: z.boolean(),
    }),
  },
  'attachments:get': {
    request: z.object({ id: attachmentId }),
    response: z.object({ bytes }),
  },
  'attachments:delete': {
    request: z.object({ id: attachmentId }),
    response: z.object({ deleted: z.boolean() }),
  },
  'print:print': { request: printRequest, response: printOutcome },
  'print:pdf': { request: printRequest, response: printOutcome },
  'app:info': {
    request: z.undefined(),
    response: z.object({
      name: z.string(),
      version: z.string(),
      platform: z.string(),
      packaged: z.boolean(),
      versions: z.object({ electron: z.string(), chrome: z.string(), node: z.string() }),
    }),
  },
  'notify:show': {
    request: z.object({ title: z.string().min(1).max(200), body: z.string().max(2000) }),
    response: z.object({ shown: z.boolean() }),
  },
  'calendar:remind': {
    request: reminderNotice,
    response: z.object({ shown: z.boolean() }),
  },
  'shell:open-external': {
    // Checked against the allowlist in main (security-rules.ts), not here, so the refusal
    // is an answer rather than a schema error.
    request: z.object({ url: z.string().max(4096) }),
    response: z.object({ opened: z.boolean() }),
  },
  'backups:get-settings': { request: z.undefined(), response: backupSettings },
  'backups:set-settings': {
    request: backupSettings.pick({ enabled: true, intervalHours: true, keepDaily: true, keepWeekly: true, keepMonthly: true }).partial(),
    response: backupSettings,
  },
  /** Opens a folder dialog; the settings come back unchanged when the user cancels. */
  'backups:choose-folder': { request: z.undefined(), response: backupSettings },
  'backups:write': {
    request: z.object({
      bytes: bytes.refine((b) => b.byteLength <= SAVED_FILE_MAX_BYTES, 'The backup is too large to save.'),
      kind: z.enum(BACKUP_KINDS),
    }),
    response: backupEntry,
  },
  'backups:list': { request: z.undefined(), response: z.array(backupEntry) },
  'backups:read': { request: z.object({ id: backupId }), response: z.object({ bytes }) },
  'keychain:remember': { request: z.object({ wrapped: wrappedKeyText }), response: z.object({ stored: z.boolean() }) },
  'keychain:recall': { request: z.undefined(), response: z.object({ wrapped: wrappedKeyText.nullable() }) },
  'keychain:forget': { request: z.undefined(), response: z.object({ forgotten: z.boolean() }) },
  /**
   * Issue 18: office sync. Main keeps the connection (the password sealed by safeStorage) and
   * carries each request of the sync engine to that server's database only; a request names a
   * path inside the database (syncHttpRequestSchema), never a host.
   */
  'sync:get-connection': { request: z.undefined(), response: syncConnectionSchema.nullable() },
  'sync:set-connection': { request: syncConnectionInputSchema, response: syncConnectionSchema },
  'sync:clear-connection': { request: z.undefined(), response: z.object({ cleared: z.literal(true) }) },
  'sync:test': { request: syncConnectionInputSchema, response: connectionVerdictSchema },
  'sync:create-database': { request: syncConnectionInputSchema, response: connectionVerdictSchema },
  'sync:request': { request: syncHttpRequestSchema, response: z.object({ status: z.number().int().min(0).max(999), body: z.unknown() }) },
  /**
   * Issue 17.5: main renders the document to PDF, builds the .eml around it (shared/email),
   * writes it to its drafts folder and opens it in the user's mail program. The addresses and
   * subject are checked again where the message is built (a refusal is an answer in words).
   */
  'email:open-draft': {
    request: z.object({
      document: printRequest,
      pdfName: suggestedFileName,
      draft: z.object({
        from: emailAddress,
        to: z.array(emailAddress).min(1).max(50),
        cc: z.array(emailAddress).max(50).optional(),
        subject: z.string().max(1000),
        text: z.string().max(100_000),
      }),
    }),
    response: z.object({ opened: z.boolean(), path: z.string() }),
  },
} as const satisfies { [K in InvokeChannel]: ChannelSpec };

/** Payloads of main → renderer events; the menu events carry none. */
export const events = {
  'menu:print': z.undefined(),
  'menu:save-pdf': z.undefined(),
  'menu:backup': z.undefined(),
  'menu:restore': z.undefined(),
  /** Calls ▸ Log a call… (F2): open the quick call form. */
  'menu:log-call': z.undefined(),
  /** A reminder's desktop notification was clicked: open that event. */
  'calendar:open-event': z.object({ eventId: calendarEventId }),
  /** Main's schedule (or quit with changed data) asks the renderer for an automatic backup. */
  'backups:due': z.object({ reason: z.enum(['schedule', 'quit']) }),
} as const satisfies { [E in EventChannel]: z.ZodType };

type Contract = typeof contract;

/** What the renderer passes (before defaults and transforms). */
export type RequestOf<K extends InvokeChannel> = z.input<Contract[K]['request']>;
/** What a handler receives, after main has parsed the request. */
export type ParsedRequestOf<K extends InvokeChannel> = z.output<Contract[K]['request']>;
export type ResponseOf<K extends InvokeChannel> = z.output<Contract[K]['response']>;
export type EventPayloadOf<E extends EventChannel> = z.output<(typeof events)[E]>;
export type PrintOutcomeValue = z.output<typeof printOutcome>;
export type PrintRequestValue = z.output<typeof printRequest>;

type InvokeFunction<K extends InvokeChannel> =
  undefined extends RequestOf<K>
    ? (request?: RequestOf<K>) => Promise<Result<ResponseOf<K>>>
    : (request: RequestOf<K>) => Promise<Result<ResponseOf<K>>>;

/** Subscribes to an event; returns the function that unsubscribes. */
type SubscribeFunction<E extends EventChannel> = (
  listener: (payload: EventPayloadOf<E>) => void,
) => () => void;

/**
 * The shape of window.backdesk: one function per channel, named by the channel. Invoke
 * channels answer with a Result; event channels take a listener.
 */
export type BackdeskApi = { readonly [K in InvokeChannel]: InvokeFunction<K> } & {
  readonly [E in EventChannel]: SubscribeFunction<E>;
};
