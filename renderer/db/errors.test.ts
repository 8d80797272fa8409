/** A full disk in every form Chromium and Dexie report it becomes DiskFullError, with the sentence a user reads. */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DiskFullError, RecordNotFoundError, mapDbError } from './errors';

const SENTENCE = 'The disk is full: nothing of this change was saved. Free space, then try again; Settings ▸ Storage shows what is used.';

describe('mapDbError and a full disk', () => {
  it.each([
    ['QuotaExceededError by name', new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
    ['an AbortError wrapping it (a transaction aborted for quota)', new Dexie.AbortError('Transaction aborted', new DOMException('', 'QuotaExceededError'))],
    ['Chromium backing store: full disk', new DOMException('Encountered full disk while opening backing store for indexedDB.open.', 'UnknownError')],
    ['no space left on device', new DOMException('Internal error: no space left on device', 'UnknownError')],
    ['a bulk failure holding one', Object.assign(new Error('1 of 3 operations failed'), { name: 'BulkError', failures: [new DOMException('', 'QuotaExceededError')] })],
  ])('%s', (_label, error) => {
    const mapped = mapDbError(error);
    expect(mapped).toBeInstanceOf(DiskFullError);
    expect((mapped as Error).message).toBe(SENTENCE);
    expect((mapped as DiskFullError).cause).toBe(error);
  });

  it('leaves other errors as they are', () => {
    const notFound = new RecordNotFoundError('items', 'x');
    expect(mapDbError(notFound)).toBe(notFound);
    const constraint = new DOMException('Key already exists in the object store.', 'ConstraintError');
    expect(mapDbError(constraint)).toBe(constraint);
  });
});
