import { describe, expect, it } from 'vitest';
import { paginate } from './paginate';

describe('paginate', () => {
  it('keeps short content on one sheet', () => {
    expect(paginate([70, 100, 130], 400, 68, 900)).toEqual([[68, 400]]);
  });
  it('ends each sheet before the last block that fits', () => {
    // Blocks every 100px from 68; a sheet holds 250px of content.
    const tops = [68, 168, 268, 368, 468, 568];
    expect(paginate(tops, 650, 68, 250)).toEqual([
      [68, 268],
      [268, 468],
      [468, 650],
    ]);
  });
  it('cuts at the sheet size when one block is taller than a sheet, and honours forced breaks', () => {
    expect(paginate([68], 700, 68, 300)).toEqual([
      [68, 368],
      [368, 668],
      [668, 700],
    ]);
    expect(paginate([68, 100, 200], 300, 68, 900, [200])).toEqual([
      [68, 200],
      [200, 300],
    ]);
  });
});
