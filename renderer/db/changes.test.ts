import { describe, expect, it } from 'vitest';
import { dataChanges } from './changes';
import { auditEntry } from './crud';
import { openTestDb } from './testing';

describe('dataChanges', () => {
  it('is empty for a new office and spans the audit log once something is written', async () => {
    const db = await openTestDb();
    expect(await dataChanges(db)).toEqual({ first: null, last: null });
    await db.auditLog.bulkAdd([
      auditEntry('items', 'a', 'create', 'Created A', '2026-12-02T10:00:00.000Z'),
      auditEntry('items', 'a', 'update', 'Changed A', '2026-12-04T09:00:00.000Z'),
      auditEntry('items', 'b', 'create', 'Created B', '2026-12-03T10:00:00.000Z'),
    ]);
    expect(await dataChanges(db)).toEqual({ first: '2026-12-02T10:00:00.000Z', last: '2026-12-04T09:00:00.000Z' });
    db.close();
  });
});
