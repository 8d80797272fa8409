/** Equipment: logging a service moves the next service date. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { logMaintenance, equipmentRepository } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('other repositories', () => {
  it('equipment: logging a service moves the next service date', async () => {
    const e = await equipmentRepository.create(
      { name: 'Plotter', serviceIntervalDays: 180, nextServiceDate: '2026-11-01' },
      db,
    );
    await logMaintenance(
      { equipmentId: e.id, date: '2026-11-10', description: 'Service', costCents: 15000 },
      db,
    );
    expect((await equipmentRepository.get(e.id, db))!.nextServiceDate).toBe('2027-05-09');
  });
});
