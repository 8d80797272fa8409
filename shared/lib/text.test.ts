import { describe, expect, it } from 'vitest';
import { compareText, initials, matchesTokens, normalizeForSearch, searchTokens, textMatches } from './text';

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
