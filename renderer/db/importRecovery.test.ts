/**
 * Rolling back unfinished imports (issue 15.3) at the database layer: a batch left 'running' by
 * a session that is gone loses every row carrying its id (records, side records, audit lines)
 * in one transaction and is marked 'rolled-back' with a note; a batch this session runs is
 * never touched; committed batches stay.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nowIso } from '../../shared/lib/dates';
import { newId } from '../../shared/lib/ids';
import { auditEntry } from './crud';
import { DERIVED_TABLES, registerDerivedDataRebuilder } from './derived';
import { beginImportBatch, commitImportBatch, releaseImportBatch } from './importBatches';
import { lastImportRecovery, recoverInterruptedImports, rollbackNote } from './importRecovery';
import { strictConnection, type BackdeskDb } from './index';
import { openTestDb } from './testing';

let rebuilds = 0;
registerDerivedDataRebuilder({
  name: 'test-derived',
  tables: DERIVED_TABLES,
  rebuild: () => {
    rebuilds++;
    return Promise.resolve();
  },
});

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
  rebuilds = 0;
});
afterEach(() => {
  strictConnection(db).close();
  db.close();
});

function vendor(name: string, importBatchId?: string) {
  const at = nowIso();
  return { id: newId(), name, createdAt: at, updatedAt: at, deletedAt: null, ...(importBatchId ? { importBatchId } : {}) };
}

async function writeRows(batchId: string | undefined, names: string[]) {
  await db.transaction('rw', db.vendors, db.auditLog, async () => {
    await db.vendors.bulkAdd(names.map((n) => vendor(n, batchId)));
    const entry = auditEntry('vendors', '', 'import', `Imported ${names.length} vendors`);
    await db.auditLog.add(batchId ? { ...entry, importBatchId: batchId } : entry);
  });
}

describe('recoverInterruptedImports', () => {
  it('removes every row of a batch a closed session left running, in words, and keeps the rest', async () => {
    await writeRows(undefined, ['Kept Ltd']);
    const before = { vendors: await db.vendors.toArray(), audit: await db.auditLog.toArray() };

    const crashed = await beginImportBatch({ kind: 'vendors', fileName: 'vendors.csv', total: 60_000 }, db);
    await writeRows(crashed.id, Array.from({ length: 5000 }, (_, i) => `V${i}`));
    const done = await beginImportBatch({ kind: 'vendors', fileName: 'done.csv', total: 1 }, db);
    await writeRows(done.id, ['Done Ltd']);
    await commitImportBatch(db, done.id, 1);
    releaseImportBatch(done.id);
    releaseImportBatch(crashed.id); // the session that ran it is gone

    const result = await recoverInterruptedImports(db);
    expect(result.rolledBack).toHaveLength(1);
    expect(result.rolledBack[0]).toMatchObject({ batchId: crashed.id, removed: 5000, removedByTable: { vendors: 5000 } });
    expect(result.rolledBack[0]!.note).toBe(
      'The import of vendors.csv (60,000 rows) was interrupted when Backdesk closed; the 5,000 rows it had written were removed, so nothing from that file is in your data. Run the import again.',
    );
    expect(lastImportRecovery()).toBe(result);
    expect(rebuilds).toBe(1);

    const names = (await db.vendors.toArray()).map((v) => v.name).sort();
    expect(names).toEqual(['Done Ltd', 'Kept Ltd']);
    expect((await db.auditLog.toArray()).filter((a) => a.importBatchId === crashed.id)).toEqual([]);
    expect((await db.auditLog.toArray()).length).toBe(before.audit.length + 1);
    expect(await db.importBatches.get(crashed.id)).toMatchObject({ status: 'rolled-back', written: 0 });
    expect(await db.importBatches.get(done.id)).toMatchObject({ status: 'committed', written: 1 });

    // A second start finds nothing more to do.
    expect((await recoverInterruptedImports(db)).rolledBack).toEqual([]);
  });

  it('never touches a batch this session is still running', async () => {
    const live = await beginImportBatch({ kind: 'vendors', fileName: 'live.csv', total: 10 }, db);
    await writeRows(live.id, ['Live Ltd']);
    expect((await recoverInterruptedImports(db)).rolledBack).toEqual([]);
    expect(await db.vendors.count()).toBe(1);
    expect((await db.importBatches.get(live.id))?.status).toBe('running');
    releaseImportBatch(live.id);
  });

  it('rolls back several interrupted batches at once', async () => {
    const a = await beginImportBatch({ kind: 'vendors', fileName: 'a.csv', total: 2 }, db);
    await writeRows(a.id, ['A1', 'A2']);
    const b = await beginImportBatch({ kind: 'vendors', fileName: 'b.csv', total: 1 }, db);
    releaseImportBatch(a.id);
    releaseImportBatch(b.id);
    const { rolledBack } = await recoverInterruptedImports(db);
    expect(rolledBack.map((r) => [r.fileName, r.removed])).toEqual([
      ['a.csv', 2],
      ['b.csv', 0],
    ]);
    expect(rolledBack[1]!.note).toContain('nothing it had written was kept');
    expect(await db.vendors.count()).toBe(0);
  });

  it('words a cancel and a failure too', () => {
    expect(rollbackNote({ fileName: 'x.csv', total: 1 }, 1, 'cancelled')).toBe(
      'The import of x.csv (1 row) was cancelled; the 1 row it had written was removed, so nothing from that file is in your data. Run the import again.',
    );
    expect(rollbackNote({ fileName: 'x.csv', total: 3 }, 0, 'failed')).toContain('stopped with an error');
  });
});
