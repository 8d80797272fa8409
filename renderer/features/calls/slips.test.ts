import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { employeeRepository } from '../people';
import { logCall } from './logCall';
import { readMessageSlips, slipBoxes } from './slips';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const at = (hh: number) => new Date(2026, 10, 24, hh, 15).toISOString();

describe('message slips of a day', () => {
  it('prints each message of the day with names, grouped by recipient', async () => {
    const zoe = await employeeRepository.create({ name: 'Zoe Park' }, db);
    const ann = await employeeRepository.create({ name: 'Ann Lee' }, db);
    await logCall({ caller: 'Sam', phone: '0044 20 7946 0321', forEmployeeId: zoe.id, takenByEmployeeId: ann.id, followUp: 'please-call', urgent: true, takenAt: at(9) }, db);
    await logCall({ caller: 'Kim', company: 'Kim & Co', forEmployeeId: ann.id, followUp: 'wants-to-see-you', direction: 'incoming', takenAt: at(11) }, db);
    await logCall({ caller: 'Plain', forEmployeeId: ann.id, takenAt: at(10) }, db);
    await logCall({ caller: 'Other day', forEmployeeId: ann.id, followUp: 'please-call', takenAt: new Date(2026, 10, 25, 9).toISOString() }, db);
    const input = await readMessageSlips('2026-11-24', 'Letter', db);
    expect(input.pageSize).toBe('Letter');
    expect(input.slips.map((s) => [s.forName, s.from, s.takenBy, s.boxes])).toEqual([
      ['Ann Lee', 'Kim', undefined, ['telephoned', 'wantsToSeeYou']],
      ['Zoe Park', 'Sam', 'Ann Lee', ['telephoned', 'pleaseCall', 'urgent']],
    ]);
    // Printed the way the office dials it, not as it was typed ("0044" cannot be dialled from the US).
    expect(input.slips[1]!.phone).toBe('+44 20 7946 0321');
  });

  it('an outgoing returned call is not "telephoned"', () => {
    expect(slipBoxes({ direction: 'outgoing', followUp: 'returned-call', urgent: false })).toEqual(['returnedCall']);
  });
});
