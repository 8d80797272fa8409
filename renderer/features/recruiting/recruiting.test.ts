/**
 * Recruiting against a real (in-memory) IndexedDB: stage rules, hiring into People in one
 * transaction, interviews on the calendar with clash detection, and erasure that leaves no
 * personal data anywhere.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackdeskDb } from '../../db';
import { ALL_TABLES } from '../../db';
import { openTestDb } from '../../db/testing';
import {
  DEFAULT_STAGES,
  checkStageMove,
  employeeDraftFromCandidate,
  stageFunnel,
  timeToHire,
} from '../../../shared/domain/recruiting';
import { eventRepository } from '../calendar/repository';
import { employeeRepository } from '../people/repository';
import { createDocument } from '../documents/repository';
// The app loads every feature's entry at start; here the erasers register explicitly.
import '../documents/registrations';
import '../calendar/registrations';
import { addCandidateNote, hireCandidate, moveCandidate } from './pipeline';
import { attachCandidateFile } from './candidateFiles';
import { cancelInterview, findInterviewerClashes, listBusySlots, rescheduleInterview, saveScorecard, scheduleInterview } from './interviews';
import { candidateRepository, positionRepository, listInterviewsForCandidate, saveStages } from './repository';
import { eraseCandidate, exportCandidateData } from './privacy';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('stage rules', () => {
  it('asks for a reason when rejecting and offers a hire when moving to Hired', () => {
    expect(checkStageMove({ stage: 'Applied' }, 'Rejected', DEFAULT_STAGES)).toEqual({ ok: true, needsReason: true, offersHire: false });
    expect(checkStageMove({ stage: 'Offer' }, 'Hired', DEFAULT_STAGES)).toEqual({ ok: true, needsReason: false, offersHire: true });
    expect(checkStageMove({ stage: 'Hired', employeeId: 'e1' }, 'Offer', DEFAULT_STAGES).ok).toBe(false);
    expect(checkStageMove({ stage: 'Applied' }, 'Nowhere', DEFAULT_STAGES).ok).toBe(false);
  });

  it('maps a candidate and position to an employee draft', () => {
    const d = employeeDraftFromCandidate(
      { name: 'Ada Lovelace', email: 'ada@example.com', phone: '555' },
      { title: 'Analyst', department: 'Finance', hiringManagerId: 'm1' },
      '2026-12-01',
    );
    expect(d).toEqual({ name: 'Ada Lovelace', email: 'ada@example.com', phone: '555', title: 'Analyst', department: 'Finance', managerId: 'm1', startDate: '2026-12-01', status: 'active' });
  });

  it('computes time to hire and a funnel', () => {
    const cs = [
      { stage: 'Hired', appliedDate: '2026-01-01', hiredDate: '2026-01-11' },
      { stage: 'Hired', appliedDate: '2026-01-01', hiredDate: '2026-01-31' },
      { stage: 'Interview', appliedDate: '2026-01-01' },
      { stage: 'Rejected', appliedDate: '2026-01-01' },
    ];
    expect(timeToHire(cs)).toEqual({ count: 2, averageDays: 20, medianDays: 20 });
    const f = stageFunnel(cs, DEFAULT_STAGES);
    expect(f.find((s) => s.id === 'Applied')!.count).toBe(3);
    expect(f.find((s) => s.id === 'Interview')!.count).toBe(3);
    expect(f.find((s) => s.id === 'Offer')!.count).toBe(2);
    expect(f.find((s) => s.id === 'Rejected')!.count).toBe(1);
  });

  it('refuses a rejection without reason and stores the reason on the timeline', async () => {
    const c = await candidateRepository.create({ name: 'Bo Diddley', email: 'bo@example.com' }, db);
    await expect(moveCandidate(c.id, 'Rejected', {}, db)).rejects.toThrow(/reason/);
    const moved = await moveCandidate(c.id, 'Rejected', { reason: 'Withdrew' }, db);
    expect(moved.rejectedReason).toBe('Withdrew');
    expect(moved.timeline?.at(-1)?.text).toContain('Withdrew');
  });

  it('keeps stages that still hold candidates', async () => {
    await saveStages([...DEFAULT_STAGES.slice(0, 4), { id: 'custom-ref', label: 'References' }, ...DEFAULT_STAGES.slice(4)], db);
    const c = await candidateRepository.create({ name: 'Cy', email: 'cy@example.com' }, db);
    await moveCandidate(c.id, 'custom-ref', {}, db);
    await expect(saveStages(DEFAULT_STAGES, db)).rejects.toThrow(/Move the 1 candidate/);
    await expect(saveStages(DEFAULT_STAGES.filter((s) => s.id !== 'Offer'), db)).rejects.toThrow(/Offer stage cannot be removed/);
  });
});

describe('hiring', () => {
  it('creates the employee from the candidate and links both, in one go', async () => {
    const p = await positionRepository.create({ title: 'Bookkeeper', department: 'Finance', status: 'open' }, db);
    const c = await candidateRepository.create({ name: 'Dee Dee', email: 'dee@example.com', phone: '555-0101', positionId: p.id }, db);
    const { candidate, employee } = await hireCandidate(c.id, { createEmployee: true, startDate: '2026-12-01' }, db);
    expect(candidate.stage).toBe('Hired');
    expect(candidate.employeeId).toBe(employee!.id);
    expect(employee).toMatchObject({ name: 'Dee Dee', email: 'dee@example.com', phone: '555-0101', title: 'Bookkeeper', department: 'Finance', startDate: '2026-12-01', candidateId: c.id });
    expect(await db.employees.count()).toBe(1);
  });

  it('writes nothing when the hire fails half-way', async () => {
    const c = await candidateRepository.create({ name: 'Ed', email: 'ed@example.com' }, db);
    await expect(hireCandidate(c.id, { createEmployee: true, startDate: 'not-a-date' }, db)).rejects.toThrow();
    expect(await db.employees.count()).toBe(0);
    expect((await db.candidates.get(c.id))!.stage).toBe('Applied');
  });
});

describe('interviews', () => {
  it('puts the interview on the calendar and flags a clash with another event of the interviewer', async () => {
    const ann = await employeeRepository.create({ name: 'Ann Manager' }, db);
    const c = await candidateRepository.create({ name: 'Flo', email: 'flo@example.com' }, db);
    await eventRepository.create({ title: 'Board meeting', start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T11:00:00.000Z', attendeeIds: [ann.id] }, db);
    const proposal = { start: '2026-11-23T10:30:00.000Z', end: '2026-11-23T11:30:00.000Z', interviewerIds: [ann.id] };
    const clashes = await findInterviewerClashes(proposal, db);
    expect(clashes.map((x) => x.slot.title)).toEqual(['Board meeting']);
    const i = await scheduleInterview({ candidateId: c.id, ...proposal }, db);
    const events = await db.events.toArray();
    expect(events.find((e) => e.linkedId === i.id)).toMatchObject({ kind: 'interview', attendeeIds: [ann.id] });
    // A second interview now clashes with the board meeting and the first interview, once each.
    expect((await findInterviewerClashes(proposal, db)).length).toBe(2);
    await expect(saveScorecard(i.id, { interviewerId: 'someone-else', ratings: { Skills: 4 }, recommendation: 'yes' }, db)).rejects.toThrow();
    const scored = await saveScorecard(i.id, { interviewerId: ann.id, ratings: { Skills: 4 }, recommendation: 'yes' }, db);
    expect(scored.scorecards).toHaveLength(1);
  });
});

describe('erasure', () => {
  it('leaves nothing personal in any table, attachments and audit log included', async () => {
    const ann = await employeeRepository.create({ name: 'Ann Manager' }, db);
    const c = await candidateRepository.create({ name: 'Zelda Unique', email: 'zelda.unique@example.com', phone: '555-9999' }, db);
    await addCandidateNote(c.id, 'Zelda Unique was great on the phone', db);
    const resume = new TextEncoder().encode('%PDF-1.4 resume of Zelda Unique');
    await attachCandidateFile(c.id, 'resume', { name: 'zelda-unique-cv.pdf', mimeType: 'application/pdf', bytes: resume }, db);
    const i = await scheduleInterview({ candidateId: c.id, start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T11:00:00.000Z', interviewerIds: [ann.id] }, db);
    await saveScorecard(i.id, { interviewerId: ann.id, ratings: { Skills: 5 }, recommendation: 'strong-yes', notes: 'Zelda Unique impressed' }, db);
    await moveCandidate(c.id, 'Interview', {}, db);
    await createDocument({ type: 'letter', title: 'Offer for Zelda Unique', date: '2026-11-24', status: 'draft', body: 'Dear Zelda Unique', tags: [], linkedTable: 'candidates', linkedId: c.id }, db);

    const exported = await exportCandidateData(c.id, db);
    expect(exported.files[0]!.base64).toBe(btoa('%PDF-1.4 resume of Zelda Unique'));
    expect(exported.scorecards).toHaveLength(1);
    expect(exported.notes.some((n) => n.text.includes('great on the phone'))).toBe(true);
    expect(exported.calendarEvents.map((e) => e.linkedId)).toEqual([i.id]);

    await eraseCandidate(c.id, db);
    const needles = ['Zelda', 'zelda', c.id, i.id, '555-9999'];
    for (const table of ALL_TABLES) {
      const rows = await db.table(table).toArray();
      const text = JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v));
      for (const n of needles) expect(text, `${table} still holds ${n}`).not.toContain(n);
    }
    const audit = await db.auditLog.toArray();
    expect(audit.some((a) => a.summary.includes('Erased a candidate'))).toBe(true);
    expect(await db.employees.count()).toBe(1);
  });

  it('keeps an employee hired from the candidate but removes the link back', async () => {
    const c = await candidateRepository.create({ name: 'Hal Hired', email: 'hal@example.com' }, db);
    const { employee } = await hireCandidate(c.id, { createEmployee: true, startDate: '2026-12-01' }, db);
    expect((await db.employees.get(employee!.id))!.candidateId).toBe(c.id);
    await eraseCandidate(c.id, db);
    const kept = (await db.employees.get(employee!.id))!;
    expect(kept.name).toBe('Hal Hired');
    expect(kept).not.toHaveProperty('candidateId');
    expect(JSON.stringify(await db.auditLog.toArray())).not.toContain(c.id);
  });
});

describe('interviewer clashes', () => {
  it('still counts an interview whose calendar entry was deleted', async () => {
    const ann = await employeeRepository.create({ name: 'Ann Manager' }, db);
    const c = await candidateRepository.create({ name: 'Gus', email: 'gus@example.com' }, db);
    const slot = { start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T11:00:00.000Z', interviewerIds: [ann.id] };
    const i = await scheduleInterview({ candidateId: c.id, ...slot }, db);
    const clashes = await findInterviewerClashes(slot, db);
    expect(clashes.map((x) => x.slot.source)).toEqual(['event']);
    await db.events.clear();
    const after = await findInterviewerClashes(slot, db);
    expect(after.map((x) => [x.slot.source, x.slot.id])).toEqual([['interview', i.id]]);
    expect(await findInterviewerClashes({ ...slot, ignoreInterviewId: i.id }, db)).toEqual([]);
  });
});

describe('rescheduling and cancelling interviews', () => {
  const slot = { start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T11:00:00.000Z' };
  const later = { start: '2026-11-24T14:00:00.000Z', end: '2026-11-24T14:45:00.000Z' };
  async function setup() {
    const ann = await employeeRepository.create({ name: 'Ann Manager' }, db);
    const bob = await employeeRepository.create({ name: 'Bob Boss' }, db);
    const c = await candidateRepository.create({ name: 'Ivy', email: 'ivy@example.com' }, db);
    const i = await scheduleInterview({ candidateId: c.id, ...slot, location: 'Room 1', interviewerIds: [ann.id] }, db);
    return { ann, bob, c, i };
  }
  const liveEventsOf = async (interviewId: string) => (await db.events.toArray()).filter((e) => e.linkedId === interviewId && e.deletedAt === null);

  it('moves the calendar entry with the interview and flags clashes at the new time but not with itself', async () => {
    const { ann, bob, i } = await setup();
    await eventRepository.create({ title: 'Budget review', ...later, attendeeIds: [bob.id] }, db);
    const proposal = { ...later, interviewerIds: [ann.id, bob.id], ignoreInterviewId: i.id };
    expect((await findInterviewerClashes(proposal, db)).map((x) => x.slot.title)).toEqual(['Budget review']);
    // At its own time the interview does not clash with itself or its calendar entry.
    expect(await findInterviewerClashes({ ...slot, interviewerIds: [ann.id], ignoreInterviewId: i.id }, db)).toEqual([]);

    const moved = await rescheduleInterview(i.id, { ...later, kind: 'video', callDetails: 'https://meet.example/ivy', interviewerIds: [ann.id, bob.id] }, db);
    expect(moved).toMatchObject({ ...later, kind: 'video', callDetails: 'https://meet.example/ivy', interviewerIds: [ann.id, bob.id] });
    expect(moved.location).toBeUndefined();
    const events = await liveEventsOf(i.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ ...later, attendeeIds: [ann.id, bob.id], location: 'https://meet.example/ivy', title: 'Interview: Ivy' });
    // The old slot is free again; the new one is busy once (the event stands for the interview).
    expect((await listBusySlots(slot.start, slot.end, db)).filter((b) => b.people.includes(ann.id))).toEqual([]);
    expect((await findInterviewerClashes({ ...later, interviewerIds: [ann.id] }, db)).map((x) => x.slot.source)).toEqual(['event']);
  });

  it('re-adds the calendar entry when it had been deleted from the calendar', async () => {
    const { ann, i } = await setup();
    await db.events.clear();
    await rescheduleInterview(i.id, { ...later, interviewerIds: [ann.id] }, db);
    expect(await liveEventsOf(i.id)).toMatchObject([{ start: later.start, kind: 'interview' }]);
  });

  it('rolls the interview back when the calendar write fails', async () => {
    const { ann, i } = await setup();
    // The interview's audit line goes through; the calendar entry's (written after it) fails.
    const add = db.auditLog.add.bind(db.auditLog);
    const summaries: string[] = [];
    const spy = vi.spyOn(db.auditLog, 'add').mockImplementation(((entry: { summary: string }) => {
      summaries.push(entry.summary);
      return summaries.length === 2 ? Promise.reject(new Error('disk full')) : add(entry as never);
    }) as never);
    await expect(rescheduleInterview(i.id, { ...later, interviewerIds: [ann.id] }, db)).rejects.toThrow(/disk full/);
    spy.mockRestore();
    expect(summaries[0]).toMatch(/Updated interview/);
    expect(await db.interviews.get(i.id)).toMatchObject({ ...slot, location: 'Room 1' });
    expect(await liveEventsOf(i.id)).toMatchObject([slot]);
  });

  it('refuses a bad time or dropping an interviewer who has scored, changing nothing', async () => {
    const { ann, bob, i } = await setup();
    await expect(rescheduleInterview(i.id, { start: later.end, end: later.start, interviewerIds: [ann.id] }, db)).rejects.toThrow(/ends before it starts/);
    await saveScorecard(i.id, { interviewerId: ann.id, ratings: { Skills: 4 }, recommendation: 'yes' }, db);
    await expect(rescheduleInterview(i.id, { ...later, interviewerIds: [bob.id] }, db)).rejects.toThrow(/scorecard/);
    expect(await db.interviews.get(i.id)).toMatchObject({ ...slot, interviewerIds: [ann.id] });
    expect(await liveEventsOf(i.id)).toMatchObject([slot]);
  });

  it('cancels: removes the calendar entry, hides the interview, keeps scorecards read-only', async () => {
    const { ann, c, i } = await setup();
    await saveScorecard(i.id, { interviewerId: ann.id, ratings: { Skills: 4 }, recommendation: 'yes' }, db);
    await cancelInterview(i.id, db);
    expect(await liveEventsOf(i.id)).toEqual([]);
    expect(await listInterviewsForCandidate(c.id, db)).toEqual([]);
    expect(await findInterviewerClashes({ ...slot, interviewerIds: [ann.id] }, db)).toEqual([]);
    const stored = (await db.interviews.get(i.id))!;
    expect(stored.deletedAt).not.toBeNull();
    expect(stored.scorecards).toHaveLength(1);
    await expect(saveScorecard(i.id, { interviewerId: ann.id, ratings: { Skills: 1 }, recommendation: 'no' }, db)).rejects.toThrow();
    await expect(rescheduleInterview(i.id, { ...later, interviewerIds: [ann.id] }, db)).rejects.toThrow();
    await expect(cancelInterview(i.id, db)).rejects.toThrow();
    expect((await exportCandidateData(c.id, db)).scorecards).toHaveLength(1);
    expect((await db.auditLog.toArray()).some((a) => a.recordId === i.id && a.summary === 'Cancelled an interview')).toBe(true);
  });

  it('keeps the interview and its calendar entry when cancelling fails half-way', async () => {
    const { c, i } = await setup();
    const put = vi.spyOn(db.interviews, 'put').mockRejectedValueOnce(new Error('disk full'));
    await expect(cancelInterview(i.id, db)).rejects.toThrow();
    put.mockRestore();
    expect(await listInterviewsForCandidate(c.id, db)).toHaveLength(1);
    expect(await liveEventsOf(i.id)).toHaveLength(1);
  });
});
