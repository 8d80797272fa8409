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
// still hashes to the previous pins.
const PINNED: [seed: number, today: string, sha256: string][] = [
  [1, '2026-11-22', '3e5f4bac40dff5bcb00ca6a19fa7562b219f0335bcb4e8fd972a914cd1bde874'],
  [1, '2026-03-15', '532977a46b47555849ad869eac87bfc1987f28461a58256914984300737f93cb'],
  [7, '2025-12-31', '35da510fa1bc87f246eeedcca0e23db03294bcb01965b6b6a8ea3746a0c22e35'],
  [42, '2027-02-28', '18ec570c1610e1f7420fec5eafe47634ce1e577c016a82de18ada7c415f501ae'],
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
