import { describe, expect, it } from 'vitest';
import { createUlidGenerator, isUlid, newId, ulidTime } from './ids';

describe('ids', () => {
  it('makes 26-character ULIDs that encode the current time', () => {
    const before = Date.now();
    const id = newId();
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(isUlid(id)).toBe(true);
    expect(ulidTime(id)).toBeGreaterThanOrEqual(before);
    expect(ulidTime(id)).toBeLessThanOrEqual(Date.now());
  });

  it('is strictly increasing within one millisecond and unique over many calls', () => {
    const gen = createUlidGenerator({ now: () => 1_700_000_000_000 });
    const ids = Array.from({ length: 5000 }, gen);
    expect(new Set(ids).size).toBe(5000);
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
  });

  it('stays ordered when the clock steps back', () => {
    let t = 2_000;
    const gen = createUlidGenerator({ now: () => t });
    const a = gen();
    t = 1_000;
    const b = gen();
    expect(b > a).toBe(true);
    expect(ulidTime(b)).toBe(2_000);
  });

  it('is deterministic with an injected clock and random source', () => {
    const make = () => {
      let n = 0;
      return createUlidGenerator({ now: () => 1_234_567, randomBytes: (b) => b.fill(n++ % 256) });
    };
    const a = make();
    const b = make();
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(ulidTime(a())).toBe(1_234_567);
  });

  it('rejects what is not a ULID', () => {
    expect(isUlid('not-an-id')).toBe(false);
    expect(isUlid('01ARZ3NDEKTSV4RRFFQ69G5FAI')).toBe(false); // I is not Crockford
    expect(() => ulidTime('x')).toThrow(/Not a ULID/);
  });
});
