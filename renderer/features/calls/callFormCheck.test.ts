import { describe, expect, it } from 'vitest';
import { callFormProblems, defaultTakenBy, type CallFormValues } from './callFormCheck';

const ok: CallFormValues = { phone: '', e164: null, caller: 'Sam', matched: false, takenAt: '2026-12-04T13:00:00.000Z', duration: '' };

describe('callFormProblems', () => {
  it('a name, a matched record or a full number alone names the caller', () => {
    expect(callFormProblems(ok)).toEqual([]);
    expect(callFormProblems({ ...ok, caller: '', matched: true })).toEqual([]);
    expect(callFormProblems({ ...ok, caller: ' ', phone: '207 555 0199', e164: '+12075550199' })).toEqual([]);
  });

  it('lists the problems in the form order: the caller (or a number that is not one), the time, the duration', () => {
    expect(callFormProblems({ ...ok, caller: '', takenAt: null, duration: '2.5' }).map((p) => p.field)).toEqual(['caller', 'takenAt', 'duration']);
    expect(callFormProblems({ ...ok, caller: '', phone: '555 01' })).toEqual([{ field: 'phone', message: expect.stringMatching(/Not a full phone number/) }]);
    expect(callFormProblems({ ...ok, duration: '-1' })[0]?.field).toBe('duration');
    expect(callFormProblems({ ...ok, duration: ' 15 ' })).toEqual([]);
  });
});

describe('defaultTakenBy', () => {
  it('is the current user when they are one of the people offered', () => {
    const people = [{ id: 'e1' }, { id: 'e2' }];
    expect(defaultTakenBy('e2', people)).toBe('e2');
    expect(defaultTakenBy('gone', people)).toBe('');
    expect(defaultTakenBy(undefined, people)).toBe('');
    expect(defaultTakenBy('e1', undefined)).toBe('');
  });
});
