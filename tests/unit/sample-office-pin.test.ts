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
const PINNED: [seed: number, today: string, sha256: string][] = [
  [1, '2026-11-22', 'b19ca75df088044aed3f215659332d9e504595fce58123d01bcd6ca1187328be'],
  [1, '2026-03-15', 'a10026a41702c609f168b989a94d27fb717dd1cc428b22d121f147e627c79ee3'],
  [7, '2025-12-31', 'faf12c2fd156cc81ea8d43089f916913b66025ef09dc7d1f678363c595e36ba4'],
  [42, '2027-02-28', '0dc6a928660ee34fc046421c3390bcdafca8369447687df9e1773d2db00d0060'],
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
