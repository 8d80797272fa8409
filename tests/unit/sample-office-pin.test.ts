import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateSampleOffice } from '../../shared/sample';

// The sample office is what screenshots, e2e specs and the benches are written against, and
// its generators share one random stream: moving a draw from one section to another silently
// changes every record after it. These hashes were taken from the generator before it was split
// into sections (issue 11); a deliberate change to the sample updates them, with a reason in the
// commit message. Issue 12.11 (the Equipment module's records) re-pinned them: its section draws
// last, so with its additions taken out (the new tables, the appended items, stock movements,
// plan work, expenses and equipment, the front desk printer's in-repair status) the office
// still hashes to the previous pins. The register's settings (tag prefix 'HL' and the category
// list its items use) were added after that; without them the office hashes to those pins.
// Issue 13.11 (the Calendar module) re-pinned them for the calendar tables only: events in the
// engine's shape (wall time + zone, recurring series with exceptions), rooms, diary profiles,
// the director's trip and the calendar settings. Every other table is byte for byte what it was
// (the calendar still draws its old ids and random numbers in its old place; its additions draw
// last). The issue 13 review re-pinned them for the interviews table only: the upcoming on-site
// interviews are booked in 'Meeting room 2' (roomId, no free-text place), set after the rooms
// are generated and drawing nothing; every other table hashes as before (checked table by table).
// Issue 13.12 (the week's read) re-pinned them for the events table only: events carry the
// derived index fields of their span — `longEnd` on every series, `midStart` on the all-day
// ones (indexed for medium and long records only); with those keys taken out the events hash
// as before, and every other table is unchanged (checked table by table).
const PINNED: [seed: number, today: string, sha256: string][] = [
  [1, '2026-11-22', '852bf8604d69f39b8d209bc3ad7c72a7ba7000f11fa6bb1acb9774b5739cb437'],
  [1, '2026-03-15', '90183c2f5476d7d568e91d8dc1773caf46636d86c29bda4bc3d6b959580deec3'],
  [7, '2025-12-31', '266d5b39326209b62e2162627ce43d2c45c49a21b1d007eb69e05eec4e23f2b2'],
  [42, '2027-02-28', '09af6f28ce799f3c3bffe99f2142645a4eae12fd3f58005d4341e914c9b1021a'],
];

describe('the sample office stays byte for byte the same for a seed and a date', () => {
  it.each(PINNED)('seed %i, today %s', (seed, today, sha256) => {
    const json = JSON.stringify(generateSampleOffice(seed, today));
    expect(createHash('sha256').update(json).digest('hex')).toBe(sha256);
  });

  it('the default arguments are seed 1 on 2026-11-22', () => {
    expect(JSON.stringify(generateSampleOffice())).toBe(
      JSON.stringify(generateSampleOffice(1, '2026-11-22')),
    );
  });
});
