import { describe, expect, it } from 'vitest';
import { assignToSheets, paginate, paginateLetters } from './paginate';

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

  it('paginates merged letters each on their own sheets, never running one onto the next (issue 16.6)', () => {
    // Two one-page letters; each letter's box is a full sheet tall on screen (min-height 900)
    // but its content ends at 400. Before, the flowing page gave 3 sheets for 2 letters.
    expect(paginate([68, 200, 968, 1100], 968 + 900 + 1, 68, 900, [968]).length).toBe(3);
    const sheets = paginateLetters(
      [68, 200, 968, 1100, 1300, 1500],
      [
        { top: 68, bottom: 400 },
        { top: 968, bottom: 968 + 1100 },
      ],
      900,
    );
    expect(sheets).toEqual([
      { start: 68, end: 400, letter: 1, page: 1, pages: 1 },
      { start: 968, end: 1500, letter: 2, page: 1, pages: 2 },
      { start: 1500, end: 2068, letter: 2, page: 2, pages: 2 },
    ]);
    // Each element prints on the sheet the preview shows it on.
    expect(
      assignToSheets(
        [
          { letter: 1, top: 68 },
          { letter: 1, top: 390 },
          { letter: 2, top: 968 },
          { letter: 2, top: 1499 },
          { letter: 2, top: 1500 },
          { letter: 2, top: 5000 },
        ],
        sheets,
      ),
    ).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
