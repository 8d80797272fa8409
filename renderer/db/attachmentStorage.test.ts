/**
 * Where attachment bytes go (issue 15.8): with a platform store (Electron) a plain file's bytes
 * go to it before the record is written with storage 'main', and are read, purged and erased
 * there; without one (a browser) they stay in attachmentBlobs; a confidential file stays in
 * IndexedDB either way (sealed there under the data key).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttachmentBytesStore } from '../platform';
import type { BackdeskDb } from './database';
import { openTestDb } from './testing';
import { writeTransaction } from './crud';
import {
  ATTACHMENT_TABLES,
  addAttachment,
  sha256Hex,
  eraseAttachmentsLinkedToInTx,
  getAttachmentBytes,
  purgeDeletedAttachments,
  readAttachmentFilesLinkedTo,
  removeAttachment,
  setAttachmentBytesStoreForTests,
} from './attachments';

/** main's content-addressed store in memory: id = SHA-256 of the bytes, like electron/services/attachments.ts. */
class FakeStore implements AttachmentBytesStore {
  files = new Map<string, Uint8Array>();
  puts = 0;
  failPut = false;
  async put(bytes: Uint8Array) {
    if (this.failPut) throw new Error('The attachment folder cannot be written.');
    this.puts++;
    const id = await sha256Hex(bytes);
    const existed = this.files.has(id);
    this.files.set(id, bytes.slice());
    return { id, size: bytes.byteLength, existed };
  }
  async get(id: string) {
    const bytes = this.files.get(id);
    if (!bytes) throw new Error('This attachment is no longer on this computer.');
    return bytes.slice();
  }
  async delete(id: string) {
    return this.files.delete(id);
  }
}

const text = (s: string) => new TextEncoder().encode(s);

let db: BackdeskDb;
let store: FakeStore;
beforeEach(async () => {
  db = await openTestDb();
  store = new FakeStore();
});
afterEach(() => {
  setAttachmentBytesStoreForTests(undefined);
  db.close();
});

describe('attachment bytes with a platform store (Electron)', () => {
  beforeEach(() => setAttachmentBytesStoreForTests(store));

  it('puts the bytes in the store, writes the record with storage main and nothing in attachmentBlobs, and reads them back', async () => {
    const a = await addAttachment({ name: 'receipt.pdf', mimeType: 'application/pdf', bytes: text('%PDF-1.4 receipt'), linkedTable: 'expenses', linkedId: 'e1' }, db);
    expect(a.storage).toBe('main');
    expect(store.files.get(a.hash)).toEqual(text('%PDF-1.4 receipt'));
    expect(await db.attachmentBlobs.count()).toBe(0);
    expect((await db.attachments.get(a.id))?.storage).toBe('main');
    expect(await getAttachmentBytes(a.id, db)).toEqual(text('%PDF-1.4 receipt'));
    const [file] = await readAttachmentFilesLinkedTo('expenses', 'e1', db);
    expect(file?.bytes).toEqual(text('%PDF-1.4 receipt'));
  });

  it('writes no record when the store refuses the bytes', async () => {
    store.failPut = true;
    await expect(addAttachment({ name: 'a.txt', bytes: text('x'), linkedTable: 'expenses', linkedId: 'e1' }, db)).rejects.toThrow('cannot be written');
    expect(await db.attachments.count()).toBe(0);
  });

  it('keeps a confidential file in IndexedDB (where it is sealed), not in the store', async () => {
    const a = await addAttachment({ name: 'cv.pdf', bytes: text('private'), linkedTable: 'candidates', linkedId: 'c1', confidential: true }, db);
    expect(a.storage).toBe('idb');
    expect(store.puts).toBe(0);
    expect(await db.attachmentBlobs.count()).toBe(1);
  });

  it('purges a main file only when no attachment names it any more', async () => {
    const one = await addAttachment({ name: 'one.txt', bytes: text('same'), linkedTable: 'expenses', linkedId: 'e1' }, db);
    const two = await addAttachment({ name: 'two.txt', bytes: text('same'), linkedTable: 'expenses', linkedId: 'e2' }, db);
    await removeAttachment(one.id, db);
    await purgeDeletedAttachments('9999-01-01T00:00:00.000Z', db);
    expect(store.files.has(one.hash)).toBe(true);
    await removeAttachment(two.id, db);
    await purgeDeletedAttachments('9999-01-01T00:00:00.000Z', db);
    expect(store.files.has(one.hash)).toBe(false);
    expect(await db.attachments.count()).toBe(0);
  });

  it('erases a main file after the erasure transaction commits', async () => {
    const a = await addAttachment({ name: 'cv.txt', bytes: text('erase me'), linkedTable: 'candidates', linkedId: 'c9' }, db);
    await writeTransaction(db, ATTACHMENT_TABLES, () => eraseAttachmentsLinkedToInTx(db, 'candidates', 'c9'));
    await expect.poll(() => store.files.has(a.hash)).toBe(false);
    expect(await db.attachments.count()).toBe(0);
  });

  it('reports a file missing from the store with the store’s sentence', async () => {
    const a = await addAttachment({ name: 'gone.txt', bytes: text('gone'), linkedTable: 'expenses', linkedId: 'e1' }, db);
    store.files.clear();
    await expect(getAttachmentBytes(a.id, db)).rejects.toThrow('no longer on this computer');
  });
});

describe('attachment bytes without a platform store (browser)', () => {
  beforeEach(() => setAttachmentBytesStoreForTests(null));

  it('keeps the bytes in attachmentBlobs with storage idb, once per content', async () => {
    const a = await addAttachment({ name: 'a.txt', bytes: text('hello'), linkedTable: 'expenses', linkedId: 'e1' }, db);
    await addAttachment({ name: 'b.txt', bytes: text('hello'), linkedTable: 'expenses', linkedId: 'e2' }, db);
    expect(a.storage).toBe('idb');
    expect(await db.attachmentBlobs.count()).toBe(1);
    expect(await getAttachmentBytes(a.id, db)).toEqual(text('hello'));
  });

  it('cannot read a main attachment (restored from an Electron backup without its store) and says so by undefined', async () => {
    setAttachmentBytesStoreForTests(store);
    const a = await addAttachment({ name: 'a.txt', bytes: text('on disk'), linkedTable: 'expenses', linkedId: 'e1' }, db);
    setAttachmentBytesStoreForTests(null);
    expect(await getAttachmentBytes(a.id, db)).toBeUndefined();
  });
});
