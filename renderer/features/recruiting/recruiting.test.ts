/**
 * Recruiting against a real (in-memory) IndexedDB: stage rules, hiring into People in one
 * transaction, interviews in the diaries (read from their own table, no event copies) with the
 * calendar's clash check for interviewers and the room, and erasure that leaves no personal
 * data anywhere.
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
import { checkClashes, createEvent, roomRepository, saveCalendarSettings } from '../calendar';
import { listDiarySourceItems } from '../../core/diaries';
import { employeeRepository } from '../people/repository';
import { createDocument } from '../documents/repository';
// The app loads every feature's entry at start; here the erasers register explicitly.
import '../documents/registrations';
import '../calendar/registrations';
import './registrations';
import { addCandidateNote, hireCandidate, moveCandidate } from './pipeline';
import { attachCandidateFile } from './candidateFiles';
import { cancelInterview, rescheduleInterview, saveScorecard, scheduleInterview } from './interviews';
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

/** A calendar event (UTC wall times, so the instants read the same) through the calendar's own API. */
const meeting = (title: string, start: string, end: string, more: Record<string, unknown> = {}) =>
  createEvent({ title, start: start.slice(0, 19), end: end.slice(0, 19), timeZone: 'UTC', ...more }, db);
const clashTitles = async (p: Parameters<typeof checkClashes>[0]) => (await checkClashes(p, db)).map((w) => w.item.title);

describe('interviews', () => {
  it('keeps the interview in its own table (no calendar copy) and flags a clash with another event of the interviewer', async () => {
    await saveCalendarSettings({ officeTimeZone: 'UTC' }, db);
    const ann = await employeeRepository.create({ name: 'Ann Manager' }, db);
    const c = await candidateRepository.create({ name: 'Flo', email: 'flo@example.com' }, db);
    await meeting('Board meeting', '2026-11-23T10:00:00.000Z', '2026-11-23T11:00:00.000Z', { attendeeIds: [ann.id] });
    const proposal = { start: '2026-11-23T10:30:00.000Z', end: '2026-11-23T11:30:00.000Z', interviewerIds: [ann.id] };
    const asked = { start: proposal.start, end: proposal.end, personIds: [ann.id] };
    const clashes = await checkClashes(asked, db);
    expect(clashes.map((x) => x.message)).toEqual(['Ann Manager is busy with “Board meeting”, Mon, Nov 23, 10:00 AM – 11:00 AM']);
    const eventsBefore = await db.events.count();
    const i = await scheduleInterview({ candidateId: c.id, ...proposal }, db);
    expect(await db.events.count()).toBe(eventsBefore);
    expect((await listDiarySourceItems(db, proposal.start, proposal.end)).map((x) => [x.source, x.id, x.title])).toEqual([['interview', i.id, 'Interview: Flo']]);
    // A second interview now clashes with the board meeting and the first interview, once each.
    expect(await clashTitles(asked)).toEqual(['Board meeting', 'Interview: Flo']);
    await expect(saveScorecard(i.id, { interviewerId: 'someone-else', ratings: { Skills: 4 }, recommendation: 'yes' }, db)).rejects.toThrow();
    const scored = await saveScorecard(i.id, { interviewerId: ann.id, ratings: { Skills: 4 }, recommendation: 'yes' }, db);
    expect(scored.scorecards).toHaveLength(1);
  });

  it('flags the room double-booked by an occurrence of a recurring meeting (issue 13.5)', async () => {
    await saveCalendarSettings({ officeTimeZone: 'Europe/London' }, db);
    const room = (await roomRepository.create({ name: 'Room 2' }, db)).id;
    const ann = await employeeRepository.create({ name: 'Ann Manager' }, db);
    const c = await candidateRepository.create({ name: 'Flo', email: 'flo@example.com' }, db);
    // Every Monday 09:00 London time in Room 2 (GMT in winter: 09:00Z).
    await createEvent({ title: 'Team meeting', start: '2026-11-02T09:00:00', end: '2026-11-02T10:00:00', timeZone: 'Europe/London', rrule: 'FREQ=WEEKLY;BYDAY=MO', roomId: room }, db);
    const slot = { start: '2026-11-23T09:30:00.000Z', end: '2026-11-23T10:30:00.000Z' };
    const warnings = await checkClashes({ ...slot, personIds: [ann.id], roomId: room }, db);
    expect(warnings.map((w) => w.message)).toEqual(['Room 2 is booked for “Team meeting”, Mon, Nov 23, 9:00 AM – 10:00 AM']);
    const i = await scheduleInterview({ candidateId: c.id, ...slot, roomId: room, interviewerIds: [ann.id] }, db);
    expect(i.roomId).toBe(room);
    // The interview now holds the room too: a meeting proposed there at 10:00 hears of both.
    expect(await clashTitles({ start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T10:15:00.000Z', personIds: [], roomId: room })).toEqual(['Interview: Flo']);
    expect(await clashTitles({ start: '2026-11-23T09:45:00.000Z', end: '2026-11-23T10:15:00.000Z', personIds: [], roomId: room })).toEqual(['Team meeting', 'Interview: Flo']);
    // Moving the interview out of the room clears it.
    await rescheduleInterview(i.id, { ...slot, interviewerIds: [ann.id] }, db);
    expect((await db.interviews.get(i.id))!.roomId).toBeUndefined();
    expect(await clashTitles({ start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T10:15:00.000Z', personIds: [], roomId: room })).toEqual([]);
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
    expect(exported.interviews.map((x) => x.id)).toEqual([i.id]);

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

describe('rescheduling and cancelling interviews', () => {
  const slot = { start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T11:00:00.000Z' };
  const later = { start: '2026-11-24T14:00:00.000Z', end: '2026-11-24T14:45:00.000Z' };
  async function setup() {
    await saveCalendarSettings({ officeTimeZone: 'UTC' }, db);
    const ann = await employeeRepository.create({ name: 'Ann Manager' }, db);
    const bob = await employeeRepository.create({ name: 'Bob Boss' }, db);
    const c = await candidateRepository.create({ name: 'Ivy', email: 'ivy@example.com' }, db);
    const i = await scheduleInterview({ candidateId: c.id, ...slot, location: 'Room 1', interviewerIds: [ann.id] }, db);
    return { ann, bob, c, i };
  }
  const diaryOf = async (personId: string, range: { start: string; end: string }) =>
    (await listDiarySourceItems(db, range.start, range.end)).filter((x) => x.diaries.includes(`person:${personId}`)).map((x) => [x.source, x.start]);

  it('moves the interview in the diaries and flags clashes at the new time but not with itself', async () => {
    const { ann, bob, i } = await setup();
    await meeting('Budget review', later.start, later.end, { attendeeIds: [bob.id] });
    const ignore = { source: 'interview', id: i.id };
    expect(await clashTitles({ ...later, personIds: [ann.id, bob.id], ignore })).toEqual(['Budget review']);
    // At its own time the interview does not clash with itself.
    expect(await clashTitles({ ...slot, personIds: [ann.id], ignore })).toEqual([]);
    expect(await clashTitles({ ...slot, personIds: [ann.id] })).toEqual(['Interview: Ivy']);

    const moved = await rescheduleInterview(i.id, { ...later, kind: 'video', callDetails: 'https://meet.example/ivy', interviewerIds: [ann.id, bob.id] }, db);
    expect(moved).toMatchObject({ ...later, kind: 'video', callDetails: 'https://meet.example/ivy', interviewerIds: [ann.id, bob.id] });
    expect(moved.location).toBeUndefined();
    expect(await db.events.filter((e) => e.linkedId === i.id).count()).toBe(0);
    // The old slot is free again; the new one is busy for both interviewers.
    expect(await diaryOf(ann.id, slot)).toEqual([]);
    expect(await diaryOf(bob.id, later)).toEqual([['interview', later.start]]);
    expect(await clashTitles({ ...later, personIds: [ann.id] })).toEqual(['Interview: Ivy']);
  });

  it('refuses a bad time or dropping an interviewer who has scored, changing nothing', async () => {
    const { ann, bob, i } = await setup();
    await expect(rescheduleInterview(i.id, { start: later.end, end: later.start, interviewerIds: [ann.id] }, db)).rejects.toThrow(/ends before it starts/);
    await saveScorecard(i.id, { interviewerId: ann.id, ratings: { Skills: 4 }, recommendation: 'yes' }, db);
    await expect(rescheduleInterview(i.id, { ...later, interviewerIds: [bob.id] }, db)).rejects.toThrow(/scorecard/);
    expect(await db.interviews.get(i.id)).toMatchObject({ ...slot, interviewerIds: [ann.id] });
    expect(await diaryOf(ann.id, slot)).toEqual([['interview', slot.start]]);
  });

  it('cancels: the interview leaves the diaries, scorecards stay read-only', async () => {
    const { ann, c, i } = await setup();
    await saveScorecard(i.id, { interviewerId: ann.id, ratings: { Skills: 4 }, recommendation: 'yes' }, db);
    await cancelInterview(i.id, db);
    expect(await diaryOf(ann.id, slot)).toEqual([]);
    expect(await listInterviewsForCandidate(c.id, db)).toEqual([]);
    expect(await clashTitles({ ...slot, personIds: [ann.id] })).toEqual([]);
    const stored = (await db.interviews.get(i.id))!;
    expect(stored.deletedAt).not.toBeNull();
    expect(stored.scorecards).toHaveLength(1);
    await expect(saveScorecard(i.id, { interviewerId: ann.id, ratings: { Skills: 1 }, recommendation: 'no' }, db)).rejects.toThrow();
    await expect(rescheduleInterview(i.id, { ...later, interviewerIds: [ann.id] }, db)).rejects.toThrow();
    await expect(cancelInterview(i.id, db)).rejects.toThrow();
    expect((await exportCandidateData(c.id, db)).scorecards).toHaveLength(1);
    expect((await db.auditLog.toArray()).some((a) => a.recordId === i.id && a.summary === 'Cancelled an interview')).toBe(true);
  });

  it('keeps the interview when cancelling fails half-way', async () => {
    const { ann, c, i } = await setup();
    const add = db.auditLog.add.bind(db.auditLog);
    const spy = vi.spyOn(db.auditLog, 'add').mockImplementation(((entry: { summary: string }) =>
      entry.summary === 'Cancelled an interview' ? Promise.reject(new Error('disk full')) : add(entry as never)) as never);
    await expect(cancelInterview(i.id, db)).rejects.toThrow(/disk (is )?full/);
    spy.mockRestore();
    expect(await listInterviewsForCandidate(c.id, db)).toHaveLength(1);
    expect(await diaryOf(ann.id, slot)).toEqual([['interview', slot.start]]);
  });
});
