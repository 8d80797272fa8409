/**
 * Reading files the user picked and writing exports where the user chose, for the
 * files:* channels. Errors are AppErrors whose messages name the file and say what to do,
 * because they end up on screen. Writes go to a temporary file beside the target and are
 * renamed over it, so a crash or a full disk never leaves half an export behind.
 */
import { randomUUID } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { formatBytes } from './format';

export interface ReadFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
}

function tooLarge(name: string, size: number, maxBytes: number): AppError {
  return new AppError(
    'too_large',
    `"${name}" is ${formatBytes(size)}, and Backdesk opens files of up to ${formatBytes(maxBytes)}.`,
  );
}

function readFailure(name: string, error: unknown): AppError {
  switch (errnoCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError(
        'not_found',
        `"${name}" could not be found; it may have been moved or deleted.`,
      );
    case 'EACCES':
    case 'EPERM':
      return new AppError('unreadable', `Backdesk is not allowed to read "${name}".`);
    case 'EISDIR':
      return new AppError('unreadable', `"${name}" is a folder, not a file.`);
    default:
      return new AppError('unreadable', `"${name}" could not be read.`);
  }
}

/** Name, size and type of a file the user picked, without reading it. */
export async function describeUserFile(
  filePath: string,
): Promise<{ name: string; size: number; type: string }> {
  const name = path.basename(filePath);
  try {
    const info = await stat(filePath);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    return { name, size: info.size, type: mimeTypeFor(name) };
  } catch (error) {
    throw readFailure(name, error);
  }
}

/** Reads a whole file the user picked, refusing folders and anything over `maxBytes`. */
export async function readUserFile(filePath: string, maxBytes: number): Promise<ReadFile> {
  const { name, size } = await describeUserFile(filePath);
  if (size > maxBytes) throw tooLarge(name, size, maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    throw readFailure(name, error);
  }
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) throw tooLarge(name, bytes.byteLength, maxBytes);
  return { name, type: mimeTypeFor(name), bytes };
}

function writeFailure(filePath: string, error: unknown): AppError {
  const name = path.basename(filePath);
  const folder = path.dirname(filePath);
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('unavailable', `"${name}" could not be saved because the disk is full.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError('unavailable', `Backdesk is not allowed to save in "${folder}".`);
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('not_found', `The folder "${folder}" no longer exists.`);
    case 'EISDIR':
      return new AppError('unavailable', `"${name}" is a folder; choose another name.`);
    default:
      return new AppError('unavailable', `"${name}" could not be saved.`);
  }
}

/**
 * Writes `bytes` to `filePath` all at once or not at all: a temporary file in the same
 * folder (so the rename stays on one file system), flushed to disk, then renamed over the
 * target. The temporary file is removed whatever goes wrong.
 */
export async function writeFileAtomic(filePath: string, bytes: Uint8Array): Promise<void> {
  const target = path.resolve(filePath);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw writeFailure(target, error);
  }
}

const MIME_TYPES: Record<string, string> = {
  '.csv': 'text/csv',
  '.tsv': 'text/tab-separated-values',
  '.txt': 'text/plain',
  '.json': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xls': 'application/vnd.ms-excel',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ics': 'text/calendar',
  '.vcf': 'text/vcard',
  '.zip': 'application/zip',
};

/** A MIME type from the file name, or '' when unknown (the renderer then sniffs the bytes). */
export function mimeTypeFor(fileName: string): string {
  return MIME_TYPES[path.extname(fileName).toLowerCase()] ?? '';
}

/**
 * Paths the user picked in a dialog during this session, behind opaque ids. The renderer
 * reads a picked file by id, so it can never name an arbitrary path; the oldest grants are
 * forgotten first once `limit` is reached.
 */
export class FileGrants {
  private readonly paths = new Map<string, string>();

  constructor(private readonly limit = 500) {}

  grant(filePath: string): string {
    const id = randomUUID();
    this.paths.set(id, filePath);
    while (this.paths.size > this.limit) {
      const oldest = this.paths.keys().next().value;
      if (oldest === undefined) break;
      this.paths.delete(oldest);
    }
    return id;
  }

  resolve(id: string): string | undefined {
    return this.paths.get(id);
  }
}
