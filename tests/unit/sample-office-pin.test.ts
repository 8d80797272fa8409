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
// Issue 13.12 (the week's read) re-pinned them for the events table only: every series carries
// the derived `longEnd` (its lastEnd, indexed for long records only); with that key taken out
// the events hash as before, and every other table is unchanged (checked table by table).
const PINNED: [seed: number, today: string, sha256: string][] = [
  [1, '2026-11-22', 'f2340b11a6ccfc8a0170ca8a9d603597e1300dbb750d808a5b7b30b0a7515c19'],
  [1, '2026-03-15', '3f24173640bc8cacef93bfea7090fb0fa70a14f253a67c4d490e6160b71510cf'],
  [7, '2025-12-31', '8d4cdb27cfe6894f65ebbcd29c6378dcea92235986d3212b3400f368726d917d'],
  [42, '2027-02-28', '5dbeab337ce8af5eea93e9a791376391691ebcac10325e46c775af9e07568d1b'],
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
