/**
 * Test helpers for code that uses the database: a fresh, isolated database per test on
 * fake-indexeddb (each gets its own in-memory IndexedDB factory, so tests never share state).
 * Import only from tests.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openBackdeskDb } from './index';
import type { BackdeskDb, BackdeskDbOptions } from './database';

let counter = 0;

export function testDbOptions(): Required<Pick<BackdeskDbOptions, 'indexedDB' | 'IDBKeyRange'>> {
  return { indexedDB: new IDBFactory(), IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange };
}

/** A new, empty database with the full schema. */
export function openTestDb(name = `test-${++counter}`, options = testDbOptions()): Promise<BackdeskDb> {
  return openBackdeskDb(name, options);
}

/** Every audit entry about a record, in the `[table+recordId]` index's order (tests' view of the log). */
export async function auditEntriesFor(db: BackdeskDb, recordId: string) {
  const all = await db.auditLog
    .where('[table+recordId]')
    .between([db.auditLog.name, ''], ['\uffff', '\uffff'])
    .toArray();
  return all.filter((a) => a.recordId === recordId);
}
