/**
 * The stored calendar records' zone check: a zone name is checked against the platform's
 * Intl database once, then remembered (an import of thousands of events names a few zones).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { timeZoneSchema } from './calendar';

afterEach(() => vi.restoreAllMocks());

describe('timeZoneSchema', () => {
  it('accepts the platform’s zones and refuses others with a sentence', () => {
    expect(timeZoneSchema.parse('Europe/London')).toBe('Europe/London');
    expect(timeZoneSchema.parse('UTC')).toBe('UTC');
    const bad = timeZoneSchema.safeParse('Mars/Olympus_Mons');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('Pick a time zone like Europe/London');
    // Asked again, still refused (an unknown name is not remembered as known).
    expect(timeZoneSchema.safeParse('Mars/Olympus_Mons').success).toBe(false);
  });

  it('builds no Intl formatter for a zone it has already checked', () => {
    timeZoneSchema.parse('America/Chicago');
    const spy = vi.spyOn(Intl, 'DateTimeFormat');
    for (let i = 0; i < 1000; i++) timeZoneSchema.parse('America/Chicago');
    expect(spy).not.toHaveBeenCalled();
    // A new zone is checked once, then remembered. (A zone no other test uses: the pure tests
    // share their modules, so a zone another file checked first would already be known.)
    timeZoneSchema.parse('Antarctica/Troll');
    timeZoneSchema.parse('Antarctica/Troll');
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
