/**
 * "Test connection" (issue 18.1): the server's answers turned into a verdict a user reads. Pure;
 * the same words in Electron (main asks the server) and in a browser (fetch asks it).
 */
import { syncConnectionInputSchema, type ConnectionVerdict, type SyncConnectionInput, type SyncHttpResponse } from './types';

/** 'CouchDB 3.4.2' / 'PouchDB Server 4.2.0', or null when the root does not answer like either. */
export function serverName(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  const version = typeof b.version === 'string' ? ` ${b.version}` : '';
  if (b.couchdb === 'Welcome') return `CouchDB${version}`;
  if (typeof b['express-pouchdb'] === 'string') return `PouchDB Server${version}`;
  return null;
}

function reason(body: unknown): string {
  const b = body as { reason?: unknown } | null;
  return b && typeof b.reason === 'string' ? ` (${b.reason})` : '';
}

/** Checks what was typed; a verdict 'invalid' with the first problem, or the parsed input. */
export function checkConnectionInput(input: unknown): { ok: true; input: SyncConnectionInput } | { ok: false; verdict: ConnectionVerdict } {
  const parsed = syncConnectionInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, verdict: { kind: 'invalid', message: parsed.error.issues[0]?.message ?? 'Check the server address and database name.' } };
}

/**
 * `root`: the answer to GET <server>/; `db`: to GET <server>/<database> (null when not asked,
 * because the root already said enough).
 */
export function classifyConnection(root: SyncHttpResponse, db: SyncHttpResponse | null, database: string): ConnectionVerdict {
  if (root.status === 0) return { kind: 'unreachable', message: `The server does not answer${reason(root.body)}. Check the address, that it is running, and this PC’s network.` };
  if (root.status === 401 || root.status === 403 || db?.status === 401 || db?.status === 403) {
    return { kind: 'unauthorized', message: 'The server refused the user name or password.' };
  }
  const name = serverName(root.body);
  if (root.status !== 200 || !name) return { kind: 'not-couchdb', message: 'Something answers at that address, but it is not a CouchDB server.' };
  if (!db || db.status === 0) return { kind: 'unreachable', message: `${name} answered, then stopped answering. Try again.`, server: name };
  if (db.status === 404) {
    return { kind: 'missing-database', message: `${name} answers, but it has no database “${database}”. Create it, or check the name.`, server: name, canCreate: true };
  }
  if (db.status !== 200) return { kind: 'not-couchdb', message: `${name} answered ${db.status} for the database${reason(db.body)}.`, server: name };
  return { kind: 'ok', message: `Connected to ${name}: the database “${database}” is ready.`, server: name };
}

/** The verdict after PUT <server>/<database>. */
export function classifyCreate(res: SyncHttpResponse, database: string): ConnectionVerdict {
  if (res.status === 201 || res.status === 202) return { kind: 'ok', message: `Created the database “${database}”. It is ready.` };
  if (res.status === 412) return { kind: 'ok', message: `The database “${database}” is already there. It is ready.` };
  if (res.status === 401 || res.status === 403) return { kind: 'unauthorized', message: 'Only a server admin may create a database. Ask whoever runs the server, or sign in as its admin.' };
  if (res.status === 0) return { kind: 'unreachable', message: 'The server does not answer.' };
  return { kind: 'not-couchdb', message: `The server refused to create the database (${res.status})${reason(res.body)}.` };
}

/** The Authorization header for a user and password (none when no user is set). */
export function basicAuthorization(user: string, password: string): string | undefined {
  if (!user) return undefined;
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `Basic ${btoa(bin)}`;
}
