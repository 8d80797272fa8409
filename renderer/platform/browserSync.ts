/**
 * Office sync's road in a browser (issue 18.2): fetch to the one server this build may reach —
 * the page's CSP names it in connect-src (scripts/serve.mjs --sync-origin), so every other host
 * stays blocked by the browser itself. The address, database and user are kept in localStorage;
 * the password only for this tab (sessionStorage), never in IndexedDB.
 */
import { basicAuthorization, checkConnectionInput, classifyConnection, classifyCreate } from '../../shared/sync/connection';
import { syncHttpRequestSchema, type ConnectionVerdict, type SyncConnection, type SyncConnectionInput } from '../../shared/sync/types';
import { fetchHttp } from '../db/sync/couchHttp';
import type { SyncTransport } from './types';

const CONNECTION_KEY = 'backdesk.sync.connection';
const PASSWORD_KEY = 'backdesk.sync.password';

interface Stored {
  url: string;
  database: string;
  user: string;
}

function readStored(win: Window): Stored | null {
  try {
    const raw = win.localStorage.getItem(CONNECTION_KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<Stored>;
    return typeof v.url === 'string' && typeof v.database === 'string' ? { url: v.url, database: v.database, user: v.user ?? '' } : null;
  } catch {
    return null;
  }
}

/** The origins other than 'self' in the page's CSP connect-src. */
export function connectOrigins(csp: string): string[] {
  const directive = csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('connect-src '));
  if (!directive) return [];
  return directive
    .split(/\s+/)
    .slice(1)
    .filter((s) => /^https?:\/\//.test(s));
}

function serverBase(url: string): string {
  return url.replace(/\/+$/, '');
}

export function createBrowserSync(win: Window): SyncTransport {
  const allowed = (): string[] => {
    const meta = win.document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    return connectOrigins(meta?.getAttribute('content') ?? '');
  };
  const blocked = (url: string): ConnectionVerdict | null => {
    const origins = allowed();
    if (origins.includes(new URL(url).origin)) return null;
    return {
      kind: 'blocked',
      message: origins.length
        ? `This copy of Backdesk runs in a browser and may reach only ${origins.join(', ')} (set when it is served). Use that address, or the desktop app.`
        : 'This copy of Backdesk runs in a browser served without a sync server, so it may reach none. Use the desktop app, or serve it with --sync-origin.',
    };
  };
  const passwordFor = (input: SyncConnectionInput): string => input.password ?? win.sessionStorage.getItem(PASSWORD_KEY) ?? '';
  const serverHttp = (input: SyncConnectionInput) => {
    const authorization = basicAuthorization(input.user, passwordFor(input));
    return fetchHttp(serverBase(input.url), authorization ? { authorization } : {});
  };

  return {
    async getConnection(): Promise<SyncConnection | null> {
      const s = readStored(win);
      return s ? { ...s, hasPassword: !!win.sessionStorage.getItem(PASSWORD_KEY) } : null;
    },
    async setConnection(input) {
      const checked = checkConnectionInput(input);
      if (!checked.ok) throw new Error(checked.verdict.message);
      const { url, database, user, password } = checked.input;
      win.localStorage.setItem(CONNECTION_KEY, JSON.stringify({ url: serverBase(url), database, user }));
      if (password !== undefined) {
        if (password) win.sessionStorage.setItem(PASSWORD_KEY, password);
        else win.sessionStorage.removeItem(PASSWORD_KEY);
      }
      return { url: serverBase(url), database, user, hasPassword: !!win.sessionStorage.getItem(PASSWORD_KEY) };
    },
    async clearConnection() {
      win.localStorage.removeItem(CONNECTION_KEY);
      win.sessionStorage.removeItem(PASSWORD_KEY);
    },
    async test(input) {
      const checked = checkConnectionInput(input);
      if (!checked.ok) return checked.verdict;
      const refused = blocked(checked.input.url);
      if (refused) return refused;
      const http = serverHttp(checked.input);
      const root = await http({ method: 'GET', path: '' });
      if (root.status !== 200) return classifyConnection(root, null, checked.input.database);
      const db = await http({ method: 'GET', path: encodeURIComponent(checked.input.database) });
      return classifyConnection(root, db, checked.input.database);
    },
    async createDatabase(input) {
      const checked = checkConnectionInput(input);
      if (!checked.ok) return checked.verdict;
      const refused = blocked(checked.input.url);
      if (refused) return refused;
      const res = await serverHttp(checked.input)({ method: 'PUT', path: encodeURIComponent(checked.input.database) });
      return classifyCreate(res, checked.input.database);
    },
    async request(raw) {
      // The same contract Electron's main holds the engine to, so the e2e runs prove it too.
      const request = syncHttpRequestSchema.parse(raw);
      const s = readStored(win);
      if (!s) return { status: 0, body: { error: 'unreachable', reason: 'no sync server is set' } };
      const authorization = basicAuthorization(s.user, win.sessionStorage.getItem(PASSWORD_KEY) ?? '');
      return fetchHttp(`${s.url}/${encodeURIComponent(s.database)}`, authorization ? { authorization } : {})(request);
    },
    allowedOrigins: allowed,
  };
}
