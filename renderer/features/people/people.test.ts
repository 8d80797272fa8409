/**
 * People: termination archives in one transaction, progressive discipline, expiring training,
 * the org tree, and confidential data kept out of redacted copies and the audit log.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db';
import { openTestDb } from '../../db/testing';
import { redactConfidential, isConfidentialRecord } from '../../../shared/domain/confidential';
import { expiringTraining, nextDisciplinaryStep, orgTree } from '../../../shared/domain/people';
import { employeeRepository, hrRecordRepository, importEmployees, listHrRecords, reinstateEmployee, terminateEmployee, updateEmployee } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('people rules', () => {
  it('steps discipline verbal → written → final and stays at final', () => {
    const r = (step: 'verbal' | 'written' | 'final') => ({ kind: 'disciplinary' as const, step, deletedAt: null });
    expect(nextDisciplinaryStep([])).toBe('verbal');
    expect(nextDisciplinaryStep([r('verbal')])).toBe('written');
    expect(nextDisciplinaryStep([r('verbal'), r('written')])).toBe('final');
    expect(nextDisciplinaryStep([r('final')])).toBe('final');
    expect(nextDisciplinaryStep([{ ...r('written'), deletedAt: '2026-01-01T00:00:00Z' }])).toBe('verbal');
  });

  it('lists training expiring within 60 days, expired included, soonest first', () => {
    const t = (id: string, expiryDate?: string) => ({ id, kind: 'training' as const, expiryDate, deletedAt: null });
    const list = expiringTraining([t('far', '2027-06-01'), t('soon', '2026-12-20'), t('past', '2026-10-01'), t('none')], '2026-11-22', 60);
    expect(list.map((x) => x.id)).toEqual(['past', 'soon']);
  });

  it('builds manager → reports trees per department', () => {
    const people = [
      { id: 'a', name: 'Ann', managerId: undefined },
      { id: 'b', name: 'Bob', managerId: 'a' },
      { id: 'c', name: 'Cy', managerId: 'b' },
      { id: 'd', name: 'Di', managerId: 'outside' },
    ];
    const tree = orgTree(people);
    expect(tree.map((n) => n.employee.id)).toEqual(['a', 'd']);
    expect(tree[0]!.reports[0]!.reports[0]!.employee.id).toBe('c');
  });
});

describe('termination and confidentiality', () => {
  it('archives with end date and reason and a confidential termination record; reinstating brings them back', async () => {
    const e = await employeeRepository.create({ name: 'Eve Staff', email: 'eve@example.com' }, db);
    const done = await terminateEmployee(e.id, { endDate: '2026-12-31', reason: 'Moved abroad' }, db);
    expect(done).toMatchObject({ status: 'left', endDate: '2026-12-31', endReason: 'Moved abroad' });
    const records = await listHrRecords(e.id, db);
    expect(records).toHaveLength(1);
    expect(isConfidentialRecord('hrRecords', records[0])).toBe(true);
    await expect(terminateEmployee(e.id, { endDate: '2026-12-31', reason: ' ' }, db)).rejects.toThrow(/reason/);
    const back = await reinstateEmployee(e.id, db);
    expect(back.status).toBe('active');
    expect(back.endDate).toBeUndefined();
  });

  it('keeps salary, notes and disciplinary text out of redacted copies and the audit log', async () => {
    const e = await employeeRepository.create({ name: 'Sam Secret', email: 'sam@example.com' }, db);
    await updateEmployee(e.id, { salaryCents: 5_200_000, confidentialNotes: 'Private matter XYZZY', emergencyContact: 'Mum 555-1234' }, db);
    await hrRecordRepository.create({ employeeId: e.id, kind: 'disciplinary', date: '2026-11-01', title: 'Lateness PLUGH', details: 'Late 5 times PLUGH', step: 'verbal' }, db);
    const stored = (await db.employees.get(e.id))!;
    const redacted = redactConfidential('employees', stored);
    expect(redacted).not.toHaveProperty('salaryCents');
    expect(redacted).not.toHaveProperty('confidentialNotes');
    expect(redacted).not.toHaveProperty('emergencyContact');
    expect(redacted.name).toBe('Sam Secret');
    const audit = JSON.stringify(await db.auditLog.toArray());
    for (const secret of ['5200000', 'XYZZY', 'PLUGH', '555-1234']) expect(audit).not.toContain(secret);
  });

  it('imports employees in chunks with progress', async () => {
    const seen: number[] = [];
    const r = await importEmployees([{ name: 'A One' }, { name: 'B Two', email: 'b@example.com', startDate: '2026-01-05' }], { onProgress: (f) => seen.push(f) }, db);
    expect(r).toEqual({ created: 2, updated: 0, alreadyThere: 0 });
    expect(seen.at(-1)).toBe(1);
    expect(await db.employees.count()).toBe(2);
  });
});
