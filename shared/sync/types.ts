/**
 * Types shared by every part of office sync (issue 18): the connection the user sets in
 * Settings → Sync, the one HTTP request shape the renderer may ask of the server (Electron's
 * main process or the browser's fetch carries it to the ONE configured CouchDB database), and
 * the verdict of "Test connection". Pure types and zod schemas, no I/O.
 */
import { z } from 'zod';

/** What the user types in Settings → Sync. The password never lands in IndexedDB. */
export const syncConnectionInputSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, 'Type the server address, e.g. http://office-server:5984.')
    .max(500, 'The server address is at most 500 characters.')
    .refine((v) => {
      try {
        const u = new URL(v);
        return (u.protocol === 'http:' || u.protocol === 'https:') && !u.username && !u.password && !u.search && !u.hash;
      } catch {
        return false;
      }
    }, 'The server address must be an http:// or https:// address with no name, password, query or # in it.'),
  database: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_$()+/-]{0,237}$/, 'A database name starts with a lower-case letter and holds lower-case letters, digits and _ $ ( ) + - / only.'),
  user: z.string().trim().max(200, 'The user name is at most 200 characters.'),
  /** Absent: keep the stored password. '' clears it. */
  password: z.string().max(500, 'The password is at most 500 characters.').optional(),
});
export type SyncConnectionInput = z.infer<typeof syncConnectionInputSchema>;

/** The stored connection as the renderer may see it (never the password). */
export interface SyncConnection {
  url: string;
  database: string;
  user: string;
  hasPassword: boolean;
}

export const SYNC_METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const;

/**
 * One request to the configured database. `path` is relative to the database: '' (the database
 * itself), '_changes', '_bulk_docs', '_revs_diff', '_bulk_get', '_all_docs', '_local/<id>' or a
 * document id (already URI-encoded by the caller, e.g. encodeURIComponent(docId)); a document
 * id never starts with '_' (CouchDB keeps those names for itself: _users, _config …).
 */
export const syncHttpRequestSchema = z.object({
  method: z.enum(SYNC_METHODS),
  path: z
    .string()
    .max(1000)
    .regex(/^(|_changes|_bulk_docs|_revs_diff|_bulk_get|_all_docs|_ensure_full_commit|_local\/[A-Za-z0-9%._~-]+|[A-Za-z0-9%.~-][A-Za-z0-9%._~-]*)$/, 'Not a path inside the sync database.')
    // A URL parser resolves '.' and '..' (also written %2e) as steps up: '..' would be the server.
    .refine((p) => p.split('/').every((seg) => !/^(\.|%2e){1,2}$/i.test(seg)), 'Not a path inside the sync database.'),
  query: z.record(z.string().regex(/^[a-z_]{1,40}$/), z.string().max(2000)).optional(),
  body: z.unknown().optional(),
});
export type SyncHttpRequest = z.infer<typeof syncHttpRequestSchema>;

/** status 0: the server could not be reached (body: { error: 'unreachable', reason }). */
export interface SyncHttpResponse {
  status: number;
  body: unknown;
}

export type ConnectionVerdictKind =
  | 'ok'
  | 'unreachable'
  | 'unauthorized'
  | 'not-couchdb'
  | 'missing-database'
  | 'blocked'
  | 'invalid';

/** "Test connection": a sentence the user reads, and whether the database can be created. */
export interface ConnectionVerdict {
  kind: ConnectionVerdictKind;
  message: string;
  /** e.g. 'CouchDB 3.4.2' or 'PouchDB Server 4.2.0' when the server answered as one. */
  server?: string;
  /** 'missing-database' only: the user may create it (Create database button). */
  canCreate?: boolean;
}
