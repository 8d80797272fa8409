import { describe, expect, it } from 'vitest';
import { findClashes, slotsOverlap, type BusySlot } from './clash';

const slot = (over: Partial<BusySlot>): BusySlot => ({
  source: 'event',
  id: 'e1',
  title: 'Site visit',
  start: '2026-11-23T10:00:00.000Z',
  end: '2026-11-23T11:00:00.000Z',
  people: ['ann'],
  ...over,
});

describe('interviewer clash rule', () => {
  it('flags an overlap for a shared person and ignores other people', () => {
    const busy = [slot({}), slot({ id: 'e2', people: ['bob'] })];
    const clashes = findClashes({ start: '2026-11-23T10:30:00.000Z', end: '2026-11-23T11:30:00.000Z', people: ['ann'] }, busy);
    expect(clashes).toHaveLength(1);
    expect(clashes[0]).toMatchObject({ personId: 'ann', slot: { id: 'e1' } });
  });

  it('does not flag back-to-back slots', () => {
    expect(slotsOverlap({ start: '2026-11-23T11:00:00.000Z', end: '2026-11-23T12:00:00.000Z' }, slot({}))).toBe(false);
    expect(slotsOverlap({ start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T10:00:00.000Z' }, slot({}))).toBe(false);
  });

  it('treats an all-day event as busy the whole day (end inclusive)', () => {
    const allDay = slot({ allDay: true, start: '2026-11-23', end: '2026-11-24' });
    const noon24 = new Date('2026-11-24T12:00:00').toISOString();
    const noon25 = new Date('2026-11-25T12:00:00').toISOString();
    const plusHour = (iso: string) => new Date(Date.parse(iso) + 3_600_000).toISOString();
    expect(findClashes({ start: noon24, end: plusHour(noon24), people: ['ann'] }, [allDay])).toHaveLength(1);
    expect(findClashes({ start: noon25, end: plusHour(noon25), people: ['ann'] }, [allDay])).toHaveLength(0);
  });

  it('counts an interview and its own calendar event once, and skips the interview being edited', () => {
    const interview = slot({ source: 'interview', id: 'i1' });
    const event = slot({ id: 'e9', linkedInterviewId: 'i1' });
    const proposal = { start: '2026-11-23T10:15:00.000Z', end: '2026-11-23T10:45:00.000Z', people: ['ann'] };
    expect(findClashes(proposal, [interview, event])).toHaveLength(1);
    expect(findClashes({ ...proposal, ignoreInterviewId: 'i1' }, [interview, event])).toHaveLength(0);
  });

  it('reports each clashing interviewer', () => {
    const clashes = findClashes(
      { start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T10:30:00.000Z', people: ['ann', 'bob'] },
      [slot({ people: ['ann', 'bob'] })],
    );
    expect(clashes.map((c) => c.personId)).toEqual(['ann', 'bob']);
  });
});
