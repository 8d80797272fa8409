/**
 * Office sync in the main process (issue 18.1, 18.2). A plain Node service: the connection the
 * user saved (server address, database, user) as JSON in a file under the user data folder, the
 * password encrypted by the operating system (Electron's safeStorage, passed in — a stand-in in
 * tests) and never written in the clear; and every request the renderer's sync engine makes,
 * carried to THAT server's database only. The renderer names a path inside the database
 * (validated by the contract's zod schema); the host is never its choice.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { basicAuthorization, checkConnectionInput, classifyConnection, classifyCreate } from '../../shared/sync/connection';
import { syncHttpRequestSchema, type ConnectionVerdict, type SyncConnection, type SyncConnectionInput, type SyncHttpRequest, type SyncHttpResponse } from '../../shared/sync/types';
import { writeFileAtomic } from './files';
import type { OsEncryption } from './keychain';

/** The largest answer main passes on (a `_changes` batch of 500 documents is far below it). */
export const SYNC_RESPONSE_MAX_BYTES = 64 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 60_000;

const storedSchema = z.object({
  url: z.string(),
  database: z.string(),
  user: z.string(),
  /** base64 of the OS-encrypted password; '' when none. */
  passwordSealed: z.string(),
});
type Stored = z.infer<typeof storedSchema>;

export class SyncConnectionError extends Error {
  override readonly name = 'SyncConnectionError';
}

export interface SyncServiceOptions {
  /** The JSON file the connection lives in. */
  file: string;
  encryption: OsEncryption;
  fetch?: typeof fetch;
  /** The largest answer passed on; SYNC_RESPONSE_MAX_BYTES unless a test says otherwise. */
  maxResponseBytes?: number;
}

/**
 * How long main waits for one request: a long poll (`feed=longpoll&timeout=N`) its own N ms (at
 * most five minutes) plus a 15 s margin, anything else a minute — so a request on a dead
 * connection (a PC woken from sleep) ends and the engine's loop resumes.
 */
export function syncTimeoutMs(req: Pick<SyncHttpRequest, 'query'>): number {
  const longPoll = req.query?.feed === 'longpoll' ? Number(req.query.timeout ?? '0') : 0;
  return Number.isFinite(longPoll) && longPoll > 0 ? Math.min(longPoll, 300_000) + 15_000 : DEFAULT_TIMEOUT_MS;
}

const TOO_LARGE: SyncHttpResponse = { status: 0, body: { error: 'unreachable', reason: 'the answer is too large' } };

/**
 * The body as text, read chunk by chunk so an answer over the cap is dropped as it arrives
 * (a `_changes` feed comes chunked, without a length to check first); null when too large.
 */
async function readCapped(res: Response, maxBytes: number): Promise<string | null> {
  if (Number(res.headers.get('content-length') ?? '0') > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

async function send(
  doFetch: typeof fetch,
  url: URL,
  init: { method: string; authorization?: string | undefined; body?: unknown },
  timeoutMs: number,
  maxBytes: number,
): Promise<SyncHttpResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await doFetch(url, {
      method: init.method,
      headers: {
        Accept: 'application/json',
        ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(init.authorization ? { Authorization: init.authorization } : {}),
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      signal: controller.signal,
      redirect: 'error', // a redirect would be another host
    });
    const text = await readCapped(res, maxBytes);
    if (text === null) return TOO_LARGE;
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = { error: 'not-json', reason: text.slice(0, 200) };
    }
    return { status: res.status, body };
  } catch (e) {
    const reason = controller.signal.aborted ? 'no answer in time' : e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
    return { status: 0, body: { error: 'unreachable', reason } };
  } finally {
    clearTimeout(timer);
  }
}

export class SyncService {
  private readonly doFetch: typeof fetch;
  private readonly maxBytes: number;
  constructor(private readonly options: SyncServiceOptions) {
    this.doFetch = options.fetch ?? fetch;
    this.maxBytes = options.maxResponseBytes ?? SYNC_RESPONSE_MAX_BYTES;
  }

  private async read(): Promise<Stored | null> {
    try {
      const parsed = storedSchema.safeParse(JSON.parse(await readFile(this.options.file, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  private async password(stored: Stored): Promise<string> {
    if (!stored.passwordSealed || !this.options.encryption.isAvailable()) return '';
    try {
      return await this.options.encryption.decryptString(Buffer.from(stored.passwordSealed, 'base64'));
    } catch {
      return '';
    }
  }

  async getConnection(): Promise<SyncConnection | null> {
    const s = await this.read();
    return s ? { url: s.url, database: s.database, user: s.user, hasPassword: !!s.passwordSealed } : null;
  }

  async setConnection(input: SyncConnectionInput): Promise<SyncConnection> {
    const checked = checkConnectionInput(input);
    if (!checked.ok) throw new SyncConnectionError(checked.verdict.message);
    const { url, database, user, password } = checked.input;
    const previous = await this.read();
    let passwordSealed = previous?.passwordSealed ?? '';
    if (password !== undefined) {
      if (!password) passwordSealed = '';
      else {
        if (!this.options.encryption.isAvailable()) {
          throw new SyncConnectionError('This PC cannot encrypt the password (no secure storage is available), so it is not stored. Sync without a password, or set up the system keyring.');
        }
        passwordSealed = Buffer.from(await this.options.encryption.encryptString(password)).toString('base64');
      }
    }
    const stored: Stored = { url: url.replace(/\/+$/, ''), database, user, passwordSealed };
    await writeFileAtomic(this.options.file, new TextEncoder().encode(JSON.stringify(stored)));
    return { url: stored.url, database, user, hasPassword: !!passwordSealed };
  }

  async clearConnection(): Promise<void> {
    await writeFileAtomic(this.options.file, new TextEncoder().encode('null'));
  }

  /** The password typed, else the stored one when the address and user are the stored ones. */
  private async passwordFor(input: SyncConnectionInput): Promise<string> {
    if (input.password !== undefined) return input.password;
    const s = await this.read();
    return s && s.url === input.url.replace(/\/+$/, '') && s.user === input.user ? this.password(s) : '';
  }

  async test(input: SyncConnectionInput): Promise<ConnectionVerdict> {
    const checked = checkConnectionInput(input);
    if (!checked.ok) return checked.verdict;
    const { url, database, user } = checked.input;
    const authorization = basicAuthorization(user, await this.passwordFor(checked.input));
    const base = url.replace(/\/+$/, '');
    const root = await send(this.doFetch, new URL(`${base}/`), { method: 'GET', authorization }, 15_000, this.maxBytes);
    if (root.status !== 200) return classifyConnection(root, null, database);
    const db = await send(this.doFetch, new URL(`${base}/${encodeURIComponent(database)}`), { method: 'GET', authorization }, 15_000, this.maxBytes);
    return classifyConnection(root, db, database);
  }

  async createDatabase(input: SyncConnectionInput): Promise<ConnectionVerdict> {
    const checked = checkConnectionInput(input);
    if (!checked.ok) return checked.verdict;
    const { url, database, user } = checked.input;
    const authorization = basicAuthorization(user, await this.passwordFor(checked.input));
    const res = await send(this.doFetch, new URL(`${url.replace(/\/+$/, '')}/${encodeURIComponent(database)}`), { method: 'PUT', authorization }, 15_000, this.maxBytes);
    return classifyCreate(res, database);
  }

  /** One request to the stored connection's database. */
  async request(raw: SyncHttpRequest): Promise<SyncHttpResponse> {
    const req = syncHttpRequestSchema.parse(raw);
    const s = await this.read();
    if (!s) return { status: 0, body: { error: 'unreachable', reason: 'no sync server is set' } };
    const dbUrl = `${s.url}/${encodeURIComponent(s.database)}`;
    const url = new URL(req.path ? `${dbUrl}/${req.path}` : dbUrl);
    // The path is checked by the schema; the URL it makes must still be inside the database.
    if (url.origin !== new URL(s.url).origin || !url.pathname.startsWith(new URL(dbUrl).pathname)) {
      throw new SyncConnectionError('That path leaves the sync database.');
    }
    for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, v);
    return send(this.doFetch, url, { method: req.method, authorization: basicAuthorization(s.user, await this.password(s)), body: req.body }, syncTimeoutMs(req), this.maxBytes);
  }
}
