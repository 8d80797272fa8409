import { describe, expect, it } from 'vitest';
import { parseMoneyCents, parseWholeNumber } from './money';

describe('parseMoneyCents', () => {
  it.each([
    ['$1,234.56', 123456],
    ['1.234,50 €', 123450],
    ['1234.5', 123450],
    ['1 234,50', 123450],
    ['1\u00a0234,50', 123450],
    ['1\u202f234,50 EUR', 123450],
    ["CHF 1'234.50", 123450],
    ['(12.00)', -1200],
    ['-12', -1200],
    ['12-', -1200],
    ['-$12.50', -1250],
    ['$-12.50', -1250],
    ['€ -3,10', -310],
    ['\u22125', -500],
    ['+7', 700],
    ['1,234', 123400],
    ['1.234', 123400],
    ['0.12', 12],
    ['12,5', 1250],
    ['12,50', 1250],
    ['0,50', 50],
    ['.5', 50],
    [',75', 75],
    ['12.', 1200],
    ['1,234,567', 123456700],
    ['1.234.567,89', 123456789],
    ['12,34,567.00', 123456700],
    ['USD 99', 9900],
    ['99 usd', 9900],
    ['£5', 500],
    ['¥1,000', 100000],
    ['kr 12,50', 1250],
    ['US$ 3.00', 300],
    ['1234.500', 123450],
    ['0', 0],
    ['-0', 0],
    ['73.96', 7396],
  ])('%s → %i cents', (text, cents) => {
    expect(parseMoneyCents(text)).toBe(cents);
  });

  it.each([
    'abc',
    '12abc',
    '12k',
    '6.37702E+15',
    '1,2,3.4.5',
    '1 2',
    '--12',
    '(-12)',
    '$',
    '1,234.567,89',
    '12/03',
    '1.23.4',
  ])('%s is not an amount', (text) => {
    expect(parseMoneyCents(text)).toBe('invalid');
  });

  it('refuses more than two decimals rather than rounding', () => {
    expect(parseMoneyCents('0.125')).toBe('too-precise');
    expect(parseMoneyCents('1234.567')).toBe('too-precise');
    expect(parseMoneyCents('12,3456')).toBe('too-precise');
  });

  it('treats blank as no value', () => {
    expect(parseMoneyCents('')).toBeNull();
    expect(parseMoneyCents('   ')).toBeNull();
  });

  it('refuses amounts too large to hold exactly', () => {
    expect(parseMoneyCents('12345678901234567890')).toBe('too-large');
  });
});

describe('parseWholeNumber', () => {
  it.each([
    ['12', 12],
    ['0', 0],
    ['1,234', 1234],
    ['1 234', 1234],
    ['12.00', 12],
    ['-3', -3],
  ])('%s → %i', (text, n) => {
    expect(parseWholeNumber(text)).toBe(n);
  });

  it('refuses fractions, currency and words', () => {
    expect(parseWholeNumber('3.5')).toBe('too-precise');
    expect(parseWholeNumber('$5')).toBe('invalid');
    expect(parseWholeNumber('five')).toBe('invalid');
    expect(parseWholeNumber('')).toBeNull();
  });
});
