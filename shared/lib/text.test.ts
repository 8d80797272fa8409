import { describe, expect, it } from 'vitest';
import {
  bidiControls,
  bidiFileNameWarning,
  bidiShownAs,
  compareText,
  hasBidiControls,
  initials,
  matchesTokens,
  normalizeForSearch,
  revealBidi,
  searchTokens,
  stripBidi,
  textMatches,
} from './text';

describe('text', () => {
  it('folds case and diacritics', () => {
    expect(normalizeForSearch('Café Müller')).toBe('cafe muller');
    expect(normalizeForSearch('  Tomás   HERRERA ')).toBe('tomas herrera');
    expect(normalizeForSearch('Straße Øresund Æble')).toBe('strasse oresund aeble');
    expect(normalizeForSearch('ﬁle')).toBe('file');
  });

  it('matches every query word as a substring', () => {
    expect(textMatches('Chloé Dubois', 'chloe')).toBe(true);
    expect(textMatches('Copy paper A4 80gsm', 'paper a4')).toBe(true);
    expect(textMatches('Copy paper A4', 'paper letter')).toBe(false);
    expect(searchTokens('   ')).toEqual([]);
    expect(matchesTokens('anything', [])).toBe(true);
  });

  it('makes initials', () => {
    expect(initials('Ana María López')).toBe('AL');
    expect(initials('grace')).toBe('G');
    expect(initials(' ')).toBe('');
  });
});

describe('compareText', () => {
  it('sorts numbers inside names by value and ignores case', () => {
    expect(['item 10', 'Item 2', 'item 1'].sort(compareText)).toEqual(['item 1', 'Item 2', 'item 10']);
  });
});

describe('bidi controls in names (issue 15.9)', () => {
  const SPOOF = '\u202Eexe.fdp\u202C';

  it('finds every bidi control with its code point and name', () => {
    expect(bidiControls(SPOOF)).toEqual([
      { index: 0, codePoint: 'U+202E', name: 'RLO' },
      { index: 8, codePoint: 'U+202C', name: 'PDF' },
    ]);
    expect(bidiControls('a\u200Eb\u2066c\u2069\u200F\u061C')).toEqual([
      { index: 1, codePoint: 'U+200E', name: 'LRM' },
      { index: 3, codePoint: 'U+2066', name: 'LRI' },
      { index: 5, codePoint: 'U+2069', name: 'PDI' },
      { index: 6, codePoint: 'U+200F', name: 'RLM' },
      { index: 7, codePoint: 'U+061C', name: 'ALM' },
    ]);
    expect(bidiControls('quote.pdf')).toEqual([]);
    // Right-to-left letters are not controls: an Arabic or Hebrew name is not flagged.
    expect(bidiControls('عقد.pdf')).toEqual([]);
    expect(hasBidiControls('שלום.docx')).toBe(false);
    expect(hasBidiControls(SPOOF)).toBe(true);
    expect(hasBidiControls(SPOOF)).toBe(true);
  });

  it('reveals, strips and shows the name as a screen would', () => {
    expect(revealBidi(SPOOF)).toBe('[RLO]exe.fdp[PDF]');
    expect(stripBidi(SPOOF)).toBe('exe.fdp');
    expect(bidiShownAs(SPOOF)).toBe('pdf.exe');
    expect(bidiShownAs('invoice\u202Efdp.exe')).toBe('invoiceexe.pdf');
    expect(bidiShownAs('a\u202Ebc\u202Cd')).toBe('acbd');
    expect(bidiShownAs('plain.txt')).toBe('plain.txt');
  });

  it('words the warning for a file name', () => {
    expect(bidiFileNameWarning(SPOOF)).toBe('This file name hides its real ending: shown as “pdf.exe”, really “exe.fdp”.');
    expect(bidiFileNameWarning('invoice\u202Efdp.exe')).toBe('This file name hides its real ending: shown as “invoiceexe.pdf”, really “invoicefdp.exe”.');
    expect(bidiFileNameWarning('report\u200E.pdf')).toBe('This file name holds hidden direction marks (U+200E); it is really “report.pdf”.');
    expect(bidiFileNameWarning('report.pdf')).toBeNull();
  });
});
