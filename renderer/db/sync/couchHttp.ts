/**
 * The engine's one way to the server: a function taking a SyncHttpRequest (a path inside the
 * configured database) — Platform.sync.request in the app, a plain fetch in tests — and the
 * sentences for what went wrong.
 */
import type { SyncHttpRequest, SyncHttpResponse } from '../../../shared/sync/types';

export type SyncHttp = (request: SyncHttpRequest) => Promise<SyncHttpResponse>;

export class SyncHttpError extends Error {
  override readonly name = 'SyncHttpError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

function reasonOf(body: unknown): string {
  if (body && typeof body === 'object') {
    const b = body as { reason?: unknown; error?: unknown };
    if (typeof b.reason === 'string' && b.reason) return b.reason;
    if (typeof b.error === 'string' && b.error) return b.error;
  }
  return '';
}

/** The sentence for a failed answer (status 0: unreachable). */
export function describeFailure(status: number, body: unknown): string {
  const reason = reasonOf(body);
  if (status === 0) return `The sync server cannot be reached${reason ? ` (${reason})` : ''}. Changes wait here and go when it answers.`;
  if (status === 401 || status === 403) return 'The sync server refused the user name or password. Check them in Settings → Sync.';
  if (status === 404) return 'The sync database is not on the server any more. Check Settings → Sync.';
  if (status === 413) return 'The sync server refused a record as too large.';
  return `The sync server answered ${status}${reason ? `: ${reason}` : ''}.`;
}

/** Sends the request; a non-2xx answer (or none) is thrown as SyncHttpError with a sentence. */
export async function call<T>(http: SyncHttp, request: SyncHttpRequest): Promise<T> {
  const res = await http(request);
  if (res.status < 200 || res.status > 299) throw new SyncHttpError(describeFailure(res.status, res.body), res.status);
  return res.body as T;
}

/** A fetch-based SyncHttp for a database URL (tests and the browser build). */
export function fetchHttp(databaseUrl: string, init: { authorization?: string; fetch?: typeof fetch } = {}): SyncHttp {
  const doFetch = init.fetch ?? fetch;
  const base = databaseUrl.replace(/\/+$/, '');
  return async (req) => {
    const url = new URL(req.path ? `${base}/${req.path}` : base);
    for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, v);
    // A request that never answers (a PC woken from sleep on a dead connection) must end, or the
    // loop would wait on it forever: a long poll gets its own time plus a margin, the rest a minute.
    const longPoll = req.query?.feed === 'longpoll' ? Number(req.query.timeout ?? '0') : 0;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), longPoll > 0 ? longPoll + 15_000 : 60_000);
    try {
      const res = await doFetch(url, {
        signal: controller.signal,
        method: req.method,
        headers: {
          Accept: 'application/json',
          ...(req.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...(init.authorization ? { Authorization: init.authorization } : {}),
        },
        ...(req.body !== undefined ? { body: JSON.stringify(req.body) } : {}),
      });
      const text = await res.text();
      let body: unknown = null;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = { error: 'not-json', reason: text.slice(0, 200) };
      }
      return { status: res.status, body };
    } catch (e) {
      const reason = controller.signal.aborted ? 'no answer in time' : e instanceof Error ? e.message : String(e);
      return { status: 0, body: { error: 'unreachable', reason } };
    } finally {
      clearTimeout(timer);
    }
  };
}
