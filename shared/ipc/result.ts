/**
 * What every IPC call answers: a value or a typed error, never a rejected promise. Errors
 * thrown across Electron's IPC lose their type and gain a noisy prefix, so main catches
 * everything and sends one of these instead; the renderer branches on `ok` and shows
 * `error.message`, which is always a sentence a person can read.
 */

export type ErrorCode =
  /** The request came from a frame that is not the app's top frame. */
  | 'forbidden'
  /** The payload did not match the channel's schema. */
  | 'invalid_request'
  | 'not_found'
  | 'too_large'
  | 'unreadable'
  /** The operation is not possible here (e.g. no notification support). */
  | 'unavailable'
  /** Anything unexpected; the message is the thrown error's message. */
  | 'internal';

export interface ResultError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ResultError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** An error whose code survives the trip to the renderer (plain errors become 'internal'). */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'forbidden',
  'invalid_request',
  'not_found',
  'too_large',
  'unreadable',
  'unavailable',
  'internal',
]);

/** Turns anything thrown into a ResultError, keeping only the code and the message. */
export function toResultError(thrown: unknown): ResultError {
  if (thrown instanceof AppError) return { code: thrown.code, message: thrown.message };
  if (thrown instanceof Error) return { code: 'internal', message: thrown.message || thrown.name };
  return {
    code: 'internal',
    message: typeof thrown === 'string' && thrown ? thrown : 'Something went wrong.',
  };
}

/**
 * Checks the outer shape of something that claims to be a Result, so the renderer never
 * trusts a malformed answer (e.g. from an older main process during development).
 */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { ok?: unknown; value?: unknown; error?: unknown };
  if (candidate.ok === true) return 'value' in candidate;
  if (candidate.ok !== false) return false;
  const error = candidate.error as { code?: unknown; message?: unknown } | null | undefined;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof error.code === 'string' &&
    ERROR_CODES.has(error.code) &&
    typeof error.message === 'string'
  );
}
