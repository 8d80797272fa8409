import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from './router';

describe('parseHash', () => {
  it('reads a module and the rest of the path', () => {
    expect(parseHash('#/documents/01ABC')).toEqual({ module: 'documents', rest: ['01ABC'] });
  });
  it('falls back to the dashboard for empty or unknown routes', () => {
    expect(parseHash('')).toEqual({ module: 'dashboard', rest: [] });
    expect(parseHash('#/nowhere/1')).toEqual({ module: 'dashboard', rest: [] });
  });
  it('round-trips ids that need encoding', () => {
    expect(parseHash(hrefFor('vendors', 'a/b c'))).toEqual({ module: 'vendors', rest: ['a/b c'] });
  });
});
