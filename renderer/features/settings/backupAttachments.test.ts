/**
 * Backups carry attachment bytes wherever they live (issue 15.8): an attachment whose bytes are
 * in main's store (storage 'main', Electron) ends up in the backup's files by its hash, read
 * through the platform's AttachmentBytesStore (a fake here), and a restore hands them back to
 * the store before the records that name them.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttachmentBytesStore, BackupKind, StoredBackup } from '../../platform';
import { closeDb, DEFAULT_DB_NAME, getDb } from '../../db';
import { addAttachment, getAttachmentBytes, setAttachmentBytesStoreForTests, sha256Hex } from '../../db/attachments';
import { readBackupFile } from '../../db/backup';
import '../expenses/registrations';
import '../inventory/registrations';
import '../equipment/registrations';

const files = new Map<string, Uint8Array>();
const fakeStore: AttachmentBytesStore = {
  async put(bytes) {
    const id = await sha256Hex(bytes);
    const existed = files.has(id);
    files.set(id, bytes.slice());
    return { id, size: bytes.byteLength, existed };
  },
  async get(id) {
    const bytes = files.get(id);
    if (!bytes) throw new Error('This attachment is no longer on this computer.');
    return bytes.slice();
  },
  async delete(id) {
    return files.delete(id);
  },
};

vi.mock('../../platform', () => ({
  getPlatform: () => ({
    kind: 'electron',
    attachments: fakeStore,
    backups: {
      write: async (bytes: Uint8Array, kind: BackupKind): Promise<StoredBackup> =>
        ({ id: `Backdesk ${kind}.zip`, kind, createdAt: new Date().toISOString(), size: bytes.byteLength }) as StoredBackup,
    },
  }),
}));

const { buildBackupBytes, restoreBackup } = await import('./backup');

beforeEach(async () => {
  files.clear();
  closeDb();
  await Dexie.delete(DEFAULT_DB_NAME);
  setAttachmentBytesStoreForTests(fakeStore);
});
afterEach(() => {
  setAttachmentBytesStoreForTests(undefined);
  closeDb();
});

describe('a backup with attachments in main’s store', () => {
  it('holds their bytes by hash, and a restore puts them back in the store', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4 a scanned delivery note');
    const attachment = await addAttachment({ name: 'delivery.pdf', mimeType: 'application/pdf', bytes, linkedTable: 'documents', linkedId: 'd1' });
    expect(attachment.storage).toBe('main');
    expect(await getDb().attachmentBlobs.count()).toBe(0);

    const backup = await buildBackupBytes();
    const read = await readBackupFile(backup);
    if (!read.ok) throw new Error(read.error);
    expect(read.snapshot.files?.[attachment.hash]).toEqual(bytes);
    expect((read.snapshot.tables.attachments as { id: string; storage: string }[]).map((a) => [a.id, a.storage])).toEqual([[attachment.id, 'main']]);

    // Another PC: an empty office and an empty store; the restore brings the file back.
    files.clear();
    closeDb();
    await Dexie.delete(DEFAULT_DB_NAME);
    await restoreBackup(backup);
    expect(files.get(attachment.hash)).toEqual(bytes);
    expect(await getAttachmentBytes(attachment.id)).toEqual(bytes);
  });
});
