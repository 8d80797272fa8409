import { describe, expect, it } from 'vitest';
import { openTestDb } from '../testing';
import { markRemoteTransaction, setOutboxTracking } from './outbox';

const vendor = (id: string, name: string) => ({ id, name, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null });

describe('sync outbox middleware', () => {
  it('queues replicated writes in the same transaction, and nothing while tracking is off', async () => {
    const db = await openTestDb();
    await db.vendors.put(vendor('v0', 'Before sync') as never);
    expect(await db.syncOutbox.count()).toBe(0);
    setOutboxTracking(db.name, true);
    await db.vendors.put(vendor('v1', 'Acme') as never);
    await db.vendors.bulkAdd([vendor('v2', 'B'), vendor('v3', 'C')] as never);
    await db.vendors.update('v1', { name: 'Acme Ltd' });
    await db.vendors.delete('v2');
    await db.expenseTotals.clear(); // derived: never queued
    await db.settings.put({ id: 'appState', value: { firstRunDone: true }, createdAt: 'x', updatedAt: 'x', deletedAt: null } as never);
    await db.settings.put({ id: 'companyProfile', value: { name: 'X' }, createdAt: 'x', updatedAt: 'x', deletedAt: null } as never);
    const rows = await db.syncOutbox.toArray();
    expect(rows.map((r) => r.docId)).toEqual(['vendors:v1', 'vendors:v2', 'vendors:v3', 'vendors:v1', 'vendors:v2', 'settings:companyProfile']);
  });

  it('rolls back with the transaction, skips remote-marked transactions and whole-table clears', async () => {
    const db = await openTestDb();
    setOutboxTracking(db.name, true);
    await expect(
      db.transaction('rw', db.vendors, async () => {
        await db.vendors.put(vendor('v1', 'A') as never);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.syncOutbox.count()).toBe(0);
    await db.transaction('rw', db.vendors, async (tx) => {
      markRemoteTransaction(tx);
      await db.vendors.put(vendor('v1', 'From the server') as never);
    });
    expect(await db.vendors.get('v1')).toBeTruthy();
    expect(await db.syncOutbox.count()).toBe(0);
    await db.vendors.clear();
    expect(await db.syncOutbox.count()).toBe(0);
    await db.vendors.bulkPut([vendor('v5', 'x'), vendor('v6', 'y')] as never);
    await db.vendors.where('id').anyOf('v5').delete();
    expect((await db.syncOutbox.toArray()).map((r) => r.docId)).toEqual(['vendors:v5', 'vendors:v6', 'vendors:v5']);
  });
});
