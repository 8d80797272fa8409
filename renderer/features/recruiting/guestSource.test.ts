/** Candidates as event guests: registered with the guest directory, found by name or email, deleted and erased ones left out. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guestSources, searchGuests } from '../../core/guestDirectory';
import type { BackdeskDb } from '../../db';
import { openTestDb } from '../../db/testing';
import '../documents/registrations';
import '../calendar/registrations';
import './registrations';
import { searchCandidateGuests } from './guestSource';
import { eraseCandidate } from './privacy';
import { candidateRepository } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('candidate guest source', () => {
  it('is registered with the guest directory', () => {
    expect(guestSources().find((s) => s.name === 'candidates')?.tables).toEqual(['candidates']);
  });

  it('finds live candidates by every word of their name or email, accents ignored, at most `limit`', async () => {
    const grace = await candidateRepository.create({ name: 'Grace Hopper', email: 'grace@navy.example' }, db);
    await candidateRepository.create({ name: 'Zoë Ångström', email: 'zoe@example.com' }, db);
    await candidateRepository.create({ name: 'Alan Turing', email: 'alan@bletchley.example' }, db);
    const gone = await candidateRepository.create({ name: 'Grace Gone', email: 'gone@example.com' }, db);
    await candidateRepository.softDelete(gone.id, db);
    const erased = await candidateRepository.create({ name: 'Grace Erased', email: 'erased@example.com' }, db);
    await eraseCandidate(erased.id, db);

    expect(await searchCandidateGuests(db, 'grace', 10)).toEqual([{ kind: 'candidate', id: grace.id, name: 'Grace Hopper', email: 'grace@navy.example' }]);
    expect((await searchCandidateGuests(db, 'HOPPER gr', 10)).map((m) => m.name)).toEqual(['Grace Hopper']);
    expect((await searchCandidateGuests(db, 'bletchley', 10)).map((m) => m.name)).toEqual(['Alan Turing']);
    expect((await searchCandidateGuests(db, 'zoe angstrom', 10)).map((m) => m.name)).toEqual(['Zoë Ångström']);
    expect(await searchCandidateGuests(db, 'example', 2)).toHaveLength(2);
    expect(await searchCandidateGuests(db, ' ', 10)).toEqual([]);
    // Through the directory, as the event dialog asks.
    expect((await searchGuests(db, 'turing')).map((m) => [m.kind, m.name, m.email])).toEqual([['candidate', 'Alan Turing', 'alan@bletchley.example']]);
  });
});
