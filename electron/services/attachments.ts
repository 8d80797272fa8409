/**
 * Attachment storage on disk: <dataDir>/attachments/<sha256 of the contents>. Naming files
 * by their hash stores each file once however often it is attached, lets the database keep
 * a short id instead of the bytes, and lets reads detect a damaged file. Ids are checked
 * against the hash format and the resulting path for containment before any disk access.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ATTACHMENT_MAX_BYTES } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { writeFileAtomic } from './files';
import { formatBytes } from './format';
import { resolveContained } from './paths';

const ID_PATTERN = /^[a-f0-9]{64}$/;

export interface StoredAttachment {
  id: string;
  size: number;
  /** True when identical contents were already stored (nothing was written). */
  existed: boolean;
}

export interface AttachmentStoreOptions {
  dataDir: string;
  maxBytes?: number;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

export class AttachmentStore {
  readonly folder: string;
  readonly maxBytes: number;

  constructor({ dataDir, maxBytes = ATTACHMENT_MAX_BYTES }: AttachmentStoreOptions) {
    this.folder = path.join(path.resolve(dataDir), 'attachments');
    this.maxBytes = maxBytes;
  }

  async put(bytes: Uint8Array): Promise<StoredAttachment> {
    if (bytes.byteLength > this.maxBytes) {
      throw new AppError(
        'too_large',
        `This file is ${formatBytes(bytes.byteLength)}; attachments can be up to ${formatBytes(this.maxBytes)}.`,
      );
    }
    const id = contentHash(bytes);
    const file = this.pathFor(id);
    try {
      // Same size and the same hash read back: the same contents are already there. A copy
      // damaged on disk (even at the same size) is written again from these good bytes.
      if ((await stat(file)).size === bytes.byteLength && contentHash(await readFile(file)) === id)
        return { id, size: bytes.byteLength, existed: true };
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomic(file, bytes);
    return { id, size: bytes.byteLength, existed: false };
  }

  async get(id: string): Promise<Uint8Array> {
    const file = this.pathFor(id);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if (isMissing(error))
        throw new AppError('not_found', 'This attachment is no longer on this computer.');
      throw new AppError('unreadable', 'This attachment could not be read.');
    }
    if (contentHash(bytes) !== id) {
      throw new AppError(
        'unreadable',
        'This attachment is damaged on disk; restore it from a backup.',
      );
    }
    return bytes;
  }

  async has(id: string): Promise<boolean> {
    try {
      await stat(this.pathFor(id));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  /** Removes an attachment; false when it was not there. */
  async delete(id: string): Promise<boolean> {
    try {
      await unlink(this.pathFor(id));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  private pathFor(id: string): string {
    const file = ID_PATTERN.test(id) ? resolveContained(this.folder, id) : null;
    if (!file) throw new AppError('invalid_request', 'An attachment id is 64 hex digits.');
    return file;
  }
}
