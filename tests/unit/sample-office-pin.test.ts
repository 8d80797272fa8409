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
// The issue 14 review (items 4 and 18) re-pinned them for the front desk's calls, tasks and one
// purchase order, which had to change: the urgent Sanderson message and Kevin Shah's call (the
// one behind "Call back Kevin Shah") moved from today to the last workday's afternoon, so they
// exist whatever the hour of loading (today's calls are only those before the moment of
// loading; see the pin with a `now` below, and without one the office is as of 17:30, the end
// of the office day); the call-back and toner-chasing tasks are made after their calls; the
// back-ordered toner has its own order (Northeast, two workdays before Karen's call, holding the
// HP 58A toner: one more purchase order and id draw, so the front desk's later ids move); the
// errands name each place once ('Post office', and the contacts' names for FedEx and UPS).
// Every other table, the earlier month of calls and the earlier tasks' ids are unchanged
// (compared table by table against the generator before the change for seeds 1, 7, 42 and 3).
// Issue 16 re-pinned them: the document catalog gains "Letter to vendors with an open order",
// the sample's letter made for mail merge (16.6), and its new document takes an id from the
// shared stream, so the records generated after the documents take different ids; the
// catalog's content is otherwise as before.
// Issue 17.7 re-pinned them: the approval setting and the new tables (staff requests, purchase
// requests, RFQs, the office move project) are drawn last, and they ADD three purchase orders,
// four expenses and ten tasks; every record that existed before is byte for byte the same
// (compared record by record against the generator before the change for all five pins).
const PINNED: [seed: number, today: string, sha256: string, now?: string][] = [
  [1, '2026-11-22', '5b27c50a478d037ecb0a415130e8f3c08b1cd562dec7593294ec2035db9b6dbe'],
  [1, '2026-03-15', '12ecda4ba134258bb6f509da472b1166bf0a12532a3100ee5649b795ffe12a46'],
  [7, '2025-12-31', 'ef58aae1ed4a2c7ca19d8776a8ced5bb00f50fc7fcd5b142ce62f70a81eb761c'],
  [42, '2027-02-28', 'f97384bfe9c2d05872eeabceebb24cde4fa62d16b1a1db54ab8b7a55cd4e1114'],
  // Loaded at 9:00 local: today's 9:05 and 9:40 calls are not there yet.
  [1, '2026-11-22', '340c8864178c56548ac29cffee6ddcd0c5ab651493bd9901dafeae743ed19bd9', '2026-11-22T14:00:00.000Z'],
];

describe('the sample office stays byte for byte the same for a seed and a date', () => {
  it.each(PINNED)('seed %i, today %s (now %s)', (seed, today, sha256, now) => {
    const json = JSON.stringify(generateSampleOffice(seed, today, now));
    expect(createHash('sha256').update(json).digest('hex')).toBe(sha256);
  });

  it('the default arguments are seed 1 on 2026-11-22', () => {
    expect(JSON.stringify(generateSampleOffice())).toBe(
      JSON.stringify(generateSampleOffice(1, '2026-11-22')),
    );
  });
});
