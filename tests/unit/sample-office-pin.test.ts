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
// Issue 14 re-pinned them for the front desk: the scaffold gave every call an `outcome` and
// every task a `checklist`; issue 14.7 adds the contacts table, the last two weeks of calls
// and the recurring errands (drawn last, after the calendar month), and settles the earlier
// month of calls without a draw (callers matched to their vendor or contact by the stored
// number, messages from before today closed with a time). Every other table, the earlier
// calls' ids and the earlier tasks are unchanged (compared table by table against the
// generator before the change for seeds 1, 7, 42 and 3 on seven dates).
const PINNED: [seed: number, today: string, sha256: string][] = [
  [1, '2026-11-22', '884425821c83032a93f4c7577127e4e35d75ccc68bdafb45e8b5f2b2db0293e5'],
  [1, '2026-03-15', 'e72f6fdc15eef13e03075a2bacd0d6bfec9a77045b969cc7f2a729b6e2536fa7'],
  [7, '2025-12-31', 'd812993772b5f2477f82b7f51b31adfd65f859c78ca6843a6406211fad0e688d'],
  [42, '2027-02-28', '7017d1a7983449fe9e780029bf179d12f62426447f2c9bd59024d4d1d901ce2a'],
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
