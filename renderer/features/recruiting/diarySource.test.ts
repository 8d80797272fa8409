/** Interviews in the diaries: read from the interviews table (no event copies), busy for each interviewer and the room. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db';
import { openTestDb } from '../../db/testing';
import { diarySources } from '../../core/diaries';
import { candidateRepository, interviewRepository, positionRepository } from './repository';
import { readInterviewDiaryItems } from './diarySource';
import './registrations';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('interview diary source', () => {
  it('puts a live interview in every interviewer’s diary and its room’s, busy, named by the candidate', async () => {
    const p = await positionRepository.create({ title: 'Bookkeeper' }, db);
    const c = await candidateRepository.create({ name: 'Flo Rida', email: 'flo@example.com', positionId: p.id }, db);
    const i = await interviewRepository.create(
      { candidateId: c.id, positionId: p.id, start: '2099-03-05T10:00:00.000Z', end: '2099-03-05T11:00:00.000Z', interviewerIds: ['ann', 'bob'], roomId: 'room-2', location: 'Room 2', feedback: 'Secret' },
      db,
    );
    const items = await readInterviewDiaryItems(db, '2099-03-05T00:00:00.000Z', '2099-03-06T00:00:00.000Z');
    expect(items).toEqual([
      {
        key: `interview:${i.id}`,
        source: 'interview',
        id: i.id,
        title: 'Interview: Flo Rida',
        start: '2099-03-05T10:00:00.000Z',
        end: '2099-03-05T11:00:00.000Z',
        allDay: false,
        diaries: ['person:ann', 'person:bob', 'room:room-2'],
        busy: true,
        href: `#/recruiting/candidate/${c.id}`,
        detail: 'Bookkeeper · Room 2',
        category: 'purple',
      },
    ]);
    expect(JSON.stringify(items)).not.toContain('Secret');
    // Windows that only touch it, or miss it, are empty; a window inside it finds it.
    expect(await readInterviewDiaryItems(db, '2099-03-05T11:00:00.000Z', '2099-03-05T12:00:00.000Z')).toEqual([]);
    expect(await readInterviewDiaryItems(db, '2099-03-05T08:00:00.000Z', '2099-03-05T10:00:00.000Z')).toEqual([]);
    expect(await readInterviewDiaryItems(db, '2099-03-05T10:15:00.000Z', '2099-03-05T10:30:00.000Z')).toHaveLength(1);
    await interviewRepository.softDelete(i.id, db);
    expect(await readInterviewDiaryItems(db, '2099-03-05T00:00:00.000Z', '2099-03-06T00:00:00.000Z')).toEqual([]);
  });

  it('says the kind of a call without a place', async () => {
    const c = await candidateRepository.create({ name: 'Gus', email: 'gus@example.com' }, db);
    await interviewRepository.create({ candidateId: c.id, start: '2099-03-05T10:00:00.000Z', end: '2099-03-05T10:30:00.000Z', kind: 'video', interviewerIds: ['ann'] }, db);
    const [item] = await readInterviewDiaryItems(db, '2099-03-05T00:00:00.000Z', '2099-03-06T00:00:00.000Z');
    expect(item).toMatchObject({ title: 'Interview: Gus', detail: 'Video', diaries: ['person:ann'] });
  });

  it('is registered as the "interview" source', () => {
    expect(diarySources().map((s) => s.name)).toContain('interview');
  });
});
