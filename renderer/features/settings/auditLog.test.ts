/** Reading the audit log: newest first, narrowed by action, user, module and local dates through the indexes. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db';
import { openTestDb } from '../../db/testing';
import { auditEntry, setAuditActor } from '../../db/crud';
import { auditModuleLabel, listAuditActors, listAuditEntries } from './auditLog';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => {
  db.close();
  setAuditActor(undefined);
});

const local = (day: string, time: string) => new Date(`${day}T${time}`).toISOString();

describe('listAuditEntries', () => {
  it('lists newest first and filters by action, user, module and local days', async () => {
    await db.auditLog.bulkAdd([
      auditEntry('vendors', 'v1', 'create', 'Created vendor "Acme"', local('2026-03-01', '09:00:00')),
      auditEntry('employees', 'e1', 'update', 'Updated employee "Ann" (title)', local('2026-03-02', '23:59:00')),
    ]);
    setAuditActor('Maria');
    await db.auditLog.bulkAdd([
      auditEntry('employees', 'e1', 'view', 'Opened confidential employee details "Ann"', local('2026-03-03', '00:00:00')),
      auditEntry('documents', 'd1', 'view', 'Opened confidential document "Pay review"', local('2026-03-04', '12:00:00')),
    ]);
    const summaries = async (q: Parameters<typeof listAuditEntries>[0]) => (await listAuditEntries(q, db)).entries.map((e) => e.summary.split(' "')[0]);

    expect(await summaries({})).toEqual(['Opened confidential document', 'Opened confidential employee details', 'Updated employee', 'Created vendor']);
    expect(await summaries({ action: 'view' })).toEqual(['Opened confidential document', 'Opened confidential employee details']);
    expect(await summaries({ actor: 'Maria', module: 'people' })).toEqual(['Opened confidential employee details']);
    expect(await summaries({ from: '2026-03-02', to: '2026-03-02' })).toEqual(['Updated employee']);
    expect(await summaries({ action: 'view', from: '2026-03-04' })).toEqual(['Opened confidential document']);
    expect(await listAuditActors(db)).toEqual(['Maria']);
    expect(auditModuleLabel('hrRecords')).toBe('People');
  });

  it('reads a large log newest first through the indexes (10,000 entries)', async () => {
    const start = Date.parse('2026-01-01T00:00:00.000Z');
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      auditEntry('items', `i${i}`, i % 10 === 0 ? 'view' : 'update', `Updated item "Item ${i}"`, new Date(start + i * 1000).toISOString()),
    );
    await db.auditLog.bulkAdd(rows);
    const t0 = performance.now();
    const all = (await listAuditEntries({}, db)).entries;
    const views = (await listAuditEntries({ action: 'view' }, db)).entries;
    expect(all).toHaveLength(10_000);
    expect(all[0]!.summary).toBe('Updated item "Item 9999"');
    expect(views).toHaveLength(1_000);
    expect(views[0]!.summary).toBe('Updated item "Item 9990"');
    // A page: the newest 2,000, and word that older ones exist.
    const first = await listAuditEntries({}, db, 2000);
    expect(first.entries).toHaveLength(2000);
    expect(first.more).toBe(true);
    expect(first.entries[1999]!.summary).toBe('Updated item "Item 8000"');
    expect((await listAuditEntries({ action: 'view' }, db, 2000)).more).toBe(false);
    expect(performance.now() - t0).toBeLessThan(10_000);
  }, 60_000);
});
