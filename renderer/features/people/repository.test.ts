/** People: manager loops are refused and HR audit entries never name confidential records. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { auditEntriesFor, openTestDb } from '../../db/testing';
import {
  employeeRepository,
  updateEmployee,
  ManagerLoopError,
  hrRecordRepository,
} from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const audit = (recordId: string) => auditEntriesFor(db, recordId);

describe('other repositories', () => {
  it('people: refuses manager loops; HR audit never names confidential records', async () => {
    const boss = await employeeRepository.create({ name: 'Boss' }, db);
    const worker = await employeeRepository.create({ name: 'Worker', managerId: boss.id }, db);
    await expect(updateEmployee(boss.id, { managerId: worker.id }, db)).rejects.toBeInstanceOf(
      ManagerLoopError,
    );
    const hr = await hrRecordRepository.create(
      {
        employeeId: worker.id,
        kind: 'disciplinary',
        date: '2026-11-01',
        title: 'Late to client meeting',
      },
      db,
    );
    expect((await audit(hr.id))[0]!.summary).toBe('Created HR record "disciplinary record"');
    const updated = await updateEmployee(worker.id, { salaryCents: 5_000_000 }, db);
    expect((await audit(worker.id)).at(-1)!.summary).toBe(
      'Updated employee "Worker" (salaryCents)',
    );
    expect(updated.salaryCents).toBe(5_000_000);
  });
});
