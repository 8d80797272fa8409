import { describe, expect, it } from 'vitest';
import { findFreeSlots, type WorkingHours } from './freeSlots';

const london: WorkingHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: 'Europe/London' };
const newYork: WorkingHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: 'America/New_York' };

describe('findFreeSlots', () => {
  it('returns successive slots inside working hours, around busy time', () => {
    const slots = findFreeSlots({
      participants: [
        { key: 'person:ann', hours: london, busy: [{ start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T10:20:00.000Z' }] },
        { key: 'room:1', busy: [{ start: '2026-11-23T12:00:00.000Z', end: '2026-11-23T13:00:00.000Z' }] },
      ],
      durationMinutes: 60,
      from: '2026-11-23T08:00:00.000Z',
      until: '2026-11-25T00:00:00.000Z',
      limit: 6,
    });
    expect(slots.map((s) => `${s.start.slice(0, 16)}–${s.end.slice(11, 16)}`)).toEqual([
      '2026-11-23T10:30–11:30',
      '2026-11-23T13:00–14:00',
      '2026-11-23T14:00–15:00',
      '2026-11-23T15:00–16:00',
      '2026-11-23T16:00–17:00',
      '2026-11-24T09:00–10:00',
    ]);
  });

  it('keeps to the overlap of everyone’s hours, each in their own zone', () => {
    // London 09–17 (UTC in November) and New York 09–17 (14:00–22:00Z) overlap 14:00–17:00Z.
    const slots = findFreeSlots({
      participants: [
        { key: 'a', hours: london, busy: [] },
        { key: 'b', hours: newYork, busy: [] },
      ],
      durationMinutes: 90,
      from: '2026-11-27T00:00:00.000Z',
      until: '2026-12-01T00:00:00.000Z',
    });
    // Friday 27th, then Monday 30th (weekends are not worked).
    expect(slots).toEqual([
      { start: '2026-11-27T14:00:00.000Z', end: '2026-11-27T15:30:00.000Z' },
      { start: '2026-11-27T15:30:00.000Z', end: '2026-11-27T17:00:00.000Z' },
      { start: '2026-11-30T14:00:00.000Z', end: '2026-11-30T15:30:00.000Z' },
      { start: '2026-11-30T15:30:00.000Z', end: '2026-11-30T17:00:00.000Z' },
    ]);
  });

  it('follows DST: 09:00 London is 08:00Z in summer', () => {
    const slots = findFreeSlots({
      participants: [{ key: 'a', hours: london, busy: [] }],
      durationMinutes: 30,
      from: '2026-07-01T00:00:00.000Z',
      until: '2026-07-02T00:00:00.000Z',
      limit: 1,
    });
    expect(slots).toEqual([{ start: '2026-07-01T08:00:00.000Z', end: '2026-07-01T08:30:00.000Z' }]);
  });

  it('rounds starts up to the step in the first participant’s zone', () => {
    const slots = findFreeSlots({
      participants: [{ key: 'a', hours: { ...london, timeZone: 'Asia/Kolkata' }, busy: [{ start: '2026-11-23T03:30:00.000Z', end: '2026-11-23T03:37:00.000Z' }] }],
      durationMinutes: 25,
      stepMinutes: 30,
      from: '2026-11-23T00:00:00.000Z',
      until: '2026-11-23T06:00:00.000Z',
      limit: 2,
    });
    // 03:37Z is 09:07 in Kolkata → the next half hour is 09:30 (04:00Z); then 10:00 (04:30Z).
    expect(slots.map((s) => s.start)).toEqual(['2026-11-23T04:00:00.000Z', '2026-11-23T04:30:00.000Z']);
  });

  it('finds nothing when busy all along, or asked nonsense', () => {
    const busy = [{ start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z' }];
    expect(findFreeSlots({ participants: [{ key: 'a', hours: london, busy }], durationMinutes: 30, from: '2026-11-23T00:00:00Z', until: '2026-11-30T00:00:00Z' })).toEqual([]);
    expect(findFreeSlots({ participants: [{ key: 'a', hours: london, busy: [] }], durationMinutes: 0, from: '2026-11-23T00:00:00Z', until: '2026-11-30T00:00:00Z' })).toEqual([]);
    expect(findFreeSlots({ participants: [{ key: 'a', hours: london, busy: [] }], durationMinutes: 30, from: '2026-11-30T00:00:00Z', until: '2026-11-23T00:00:00Z' })).toEqual([]);
    // A slot longer than the working day never fits.
    expect(findFreeSlots({ participants: [{ key: 'a', hours: london, busy: [] }], durationMinutes: 9 * 60, from: '2026-11-23T00:00:00Z', until: '2026-11-30T00:00:00Z' })).toEqual([]);
  });

  it('searches a room alone all day round', () => {
    const slots = findFreeSlots({ participants: [{ key: 'room:1', busy: [] }], durationMinutes: 60, from: '2026-11-23T23:10:00Z', until: '2026-11-24T02:00:00Z' });
    expect(slots.map((s) => s.start)).toEqual(['2026-11-23T23:15:00.000Z', '2026-11-24T00:15:00.000Z']);
  });
});
