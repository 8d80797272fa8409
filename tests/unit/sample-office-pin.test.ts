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
const PINNED: [seed: number, today: string, sha256: string][] = [
  [1, '2026-11-22', '7433e49c6ed675f7d816822ace0cedb46267f520f30e70e9a906fadb173447df'],
  [1, '2026-03-15', 'b0052b6c74efe00f5d9f158228d76abfe0c4cbcefe1d010a0f91cf65b0fdb431'],
  [7, '2025-12-31', 'b578ce259de976cfae161cb1a22811c443ec1bd526e95cdb396a35fcf7b9dba1'],
  [42, '2027-02-28', 'f8e80c02b7b34597878bc41aa1d08d202db8968e64db1d7121cc05101764a4f4'],
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
