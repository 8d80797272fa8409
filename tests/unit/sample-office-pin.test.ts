import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateSampleOffice } from '../../shared/sample';

// The sample office is what screenshots, e2e specs and the benches are written against, and
// its generators share one random stream: moving a draw from one section to another silently
// changes every record after it. These hashes were taken from the generator before it was split
// into sections (issue 11); a deliberate change to the sample updates them, with a reason in the
// commit message.
const PINNED: [seed: number, today: string, sha256: string][] = [
  [1, '2026-11-22', '8467dbed092c3e21be95664cf530a819dd8f73a0c01c029ce164bd498cfe11d3'],
  [1, '2026-03-15', '4200a01283f2b049e6fc6d9a6b44b9e53829add96a7507380ea79bf4f63a4b7e'],
  [7, '2025-12-31', '1d2caf9f5891cbca3f1c82a96c86c9bd5fcdfff5e04b1c18e505412c833c6378'],
  [42, '2027-02-28', 'ee2e280f926622a716d5ee0ab96aa81ca963b3e66ee553ae3bc319b29c528928'],
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
