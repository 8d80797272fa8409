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
  [1, '2026-11-22', 'f40cd646d64058864c7d82f1a119486f5a37f76ed594bd2ee9aca9a121c0d0e9'],
  [1, '2026-03-15', '862633b1ed7166e1ea8a3b00a474a432eda507e5053cf701e1d09eb7513888ba'],
  [7, '2025-12-31', '694edc075daa469ff447604372d30c0fcc88277d5b16bc3324979767ba25282e'],
  [42, '2027-02-28', 'e804be523d804e800a6bda33eafd85a5c07d1d661d51c4ba48dfda0a5a70a08d'],
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
