import { describe, expect, it } from 'vitest';
import { errorMessage } from './errors';

describe('errorMessage', () => {
  it('gives an Error its message and anything else its text', () => {
    expect(errorMessage(new TypeError('Bad name.'))).toBe('Bad name.');
    expect(errorMessage('disk full')).toBe('disk full');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });

  it('never throws, even for values that cannot become text', () => {
    expect(errorMessage(Object.create(null))).toBe('An unexpected error occurred.');
  });
});
