import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, resolveTzid, utcToWall, wallToUtc, zoneOffsetLabel } from './zones';

describe('wallToUtc / utcToWall', () => {
  it('reads a wall time in the zone, across DST', () => {
    expect(wallToUtc('2026-01-12T09:00:00', 'Europe/London')).toBe('2026-01-12T09:00:00.000Z');
    expect(wallToUtc('2026-07-13T09:00:00', 'Europe/London')).toBe('2026-07-13T08:00:00.000Z');
    expect(wallToUtc('2026-11-02T15:00', 'America/New_York')).toBe('2026-11-02T20:00:00.000Z');
    expect(wallToUtc('2026-07-01T12:00:00', 'UTC')).toBe('2026-07-01T12:00:00.000Z');
    expect(wallToUtc('2026-07-01T12:00:00', 'Asia/Kolkata')).toBe('2026-07-01T06:30:00.000Z');
  });

  it('moves a skipped wall time forward by the gap', () => {
    // London jumps 01:00 → 02:00 on 29 March 2026.
    expect(wallToUtc('2026-03-29T01:30:00', 'Europe/London')).toBe('2026-03-29T01:30:00.000Z');
    expect(utcToWall('2026-03-29T01:30:00.000Z', 'Europe/London')).toBe('2026-03-29T02:30:00');
    // New York jumps 02:00 → 03:00 on 8 March 2026.
    expect(wallToUtc('2026-03-08T02:30:00', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
  });

  it('takes the earlier instant of a repeated wall time', () => {
    // London repeats 01:00–02:00 on 25 October 2026.
    expect(wallToUtc('2026-10-25T01:30:00', 'Europe/London')).toBe('2026-10-25T00:30:00.000Z');
    expect(wallToUtc('2026-11-01T01:30:00', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
  });

  it('converts instants to wall time', () => {
    expect(utcToWall('2026-11-02T20:00:00.000Z', 'America/New_York')).toBe('2026-11-02T15:00:00');
    expect(utcToWall('2026-06-30T23:30:00Z', 'Europe/Berlin')).toBe('2026-07-01T01:30:00');
    expect(utcToWall('2026-06-30T23:30:00Z', 'Australia/Lord_Howe')).toBe('2026-07-01T10:00:00');
  });

  it('rejects malformed input', () => {
    expect(() => wallToUtc('2026-13-01T00:00', 'UTC')).toThrow();
    expect(() => wallToUtc('2026-02-30T00:00', 'UTC')).toThrow();
  });
});

describe('zone names', () => {
  it('knows platform zones', () => {
    expect(isKnownTimeZone('Europe/London')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Nowhere/Middle')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
  });

  it('resolves IANA, Windows and prefixed names', () => {
    expect(resolveTzid('Europe/Paris')).toBe('Europe/Paris');
    expect(resolveTzid('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(resolveTzid('Eastern Standard Time')).toBe('America/New_York');
    expect(resolveTzid('GMT Standard Time')).toBe('Europe/London');
    expect(resolveTzid('"Pacific Standard Time"')).toBe('America/Los_Angeles');
    expect(resolveTzid('UTC')).toBe('UTC');
    expect(resolveTzid('/mozilla.org/20050126_1/America/New_York')).toBe('America/New_York');
    expect(resolveTzid('Nowhere/Middle')).toBeNull();
    expect(resolveTzid('Customized Time Zone')).toBeNull();
  });

  it('labels a zone with its offset at that instant', () => {
    expect(zoneOffsetLabel('America/New_York', '2026-01-05T12:00:00Z')).toBe('New York (GMT-5)');
    expect(zoneOffsetLabel('America/New_York', '2026-07-05T12:00:00Z')).toBe('New York (GMT-4)');
    expect(zoneOffsetLabel('Asia/Kolkata', '2026-07-05T12:00:00Z')).toBe('Kolkata (GMT+5:30)');
    expect(zoneOffsetLabel('UTC', '2026-07-05T12:00:00Z')).toBe('UTC');
  });
});
