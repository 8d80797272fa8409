import { describe, expect, it } from 'vitest';
import { AppError, err, isResult, ok, toResultError } from './result';

describe('Result helpers', () => {
  it('builds both branches', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(err('not_found', 'Gone.')).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Gone.' },
    });
  });

  it('keeps the code of an AppError and only the message of anything else', () => {
    expect(toResultError(new AppError('too_large', 'Too big.'))).toEqual({
      code: 'too_large',
      message: 'Too big.',
    });
    const plain = new Error('disk on fire');
    expect(toResultError(plain)).toEqual({ code: 'internal', message: 'disk on fire' });
    expect(Object.keys(toResultError(plain))).toEqual(['code', 'message']);
    expect(toResultError('bare string')).toEqual({ code: 'internal', message: 'bare string' });
    expect(toResultError(undefined).code).toBe('internal');
    expect(toResultError({ weird: true }).message).toMatch(/\w/);
  });

  it('recognises well-formed results only', () => {
    expect(isResult(ok(undefined))).toBe(true);
    expect(isResult(err('internal', 'x'))).toBe(true);
    expect(isResult({ ok: true })).toBe(false);
    expect(isResult({ ok: false, error: { code: 'made_up', message: 'x' } })).toBe(false);
    expect(isResult({ ok: false, error: null })).toBe(false);
    expect(isResult(null)).toBe(false);
    expect(isResult('ok')).toBe(false);
  });
});
