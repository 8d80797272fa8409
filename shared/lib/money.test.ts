import { describe, expect, it } from 'vitest';
import {
  centsToMajorUnits,
  allocateByWeights,
  allocateEvenly,
  centsToDecimalString,
  currencyFractionDigits,
  formatMoney,
  isCurrencyCode,
  multiplyCents,
  parseMoney,
  sumCents,
} from './money';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('knows each currency’s minor units', () => {
    expect(currencyFractionDigits('USD')).toBe(2);
    expect(currencyFractionDigits('JPY')).toBe(0);
    expect(currencyFractionDigits('BHD')).toBe(3);
  });

  it('formats integer minor units with Intl', () => {
    expect(formatMoney(123456, 'USD', 'en-US')).toBe('$1,234.56');
    expect(formatMoney(-500, 'USD', 'en-US')).toBe('-$5.00');
    expect(nbsp(formatMoney(123456, 'EUR', 'de-DE'))).toBe('1.234,56 €');
    expect(formatMoney(1234, 'JPY', 'ja-JP')).toMatch(/1,234/);
    expect(formatMoney(1234, 'JPY', 'en-US')).toBe('¥1,234');
    expect(formatMoney(0, 'GBP', 'en-GB')).toBe('£0.00');
    expect(() => formatMoney(1.5, 'USD', 'en-US')).toThrow(/integer/);
  });

  it('validates currency codes', () => {
    expect(isCurrencyCode('USD')).toBe(true);
    expect(isCurrencyCode('usd')).toBe(false);
    expect(isCurrencyCode('XYZ1')).toBe(false);
  });

  it('parses typed amounts without floats', () => {
    expect(parseMoney('1,234.56', 'USD')).toBe(123456);
    expect(parseMoney('$12', 'USD')).toBe(1200);
    expect(parseMoney('(45.00)', 'USD')).toBe(-4500);
    expect(parseMoney('-3.5', 'USD')).toBe(-350);
    expect(parseMoney('0.1', 'USD')).toBe(10);
    expect(parseMoney('1.234,56 €', 'EUR', 'de-DE')).toBe(123456);
    expect(parseMoney('1234', 'JPY')).toBe(1234);
    expect(parseMoney('1.005', 'USD')).toBeNull();
    expect(parseMoney('1.50', 'JPY')).toBeNull();
    expect(parseMoney('1.00', 'JPY')).toBe(1);
    expect(parseMoney('abc', 'USD')).toBeNull();
    expect(parseMoney('', 'USD')).toBeNull();
  });

  it('prints decimal strings for inputs', () => {
    expect(centsToDecimalString(123405, 'USD')).toBe('1234.05');
    expect(centsToDecimalString(-5, 'USD')).toBe('-0.05');
    expect(centsToDecimalString(77, 'JPY')).toBe('77');
  });

  it('splits amounts into parts that sum exactly', () => {
    expect(allocateEvenly(1000, 3)).toEqual([334, 333, 333]);
    expect(allocateEvenly(-1000, 3)).toEqual([-334, -333, -333]);
    expect(allocateEvenly(2, 4)).toEqual([1, 1, 0, 0]);
    expect(allocateEvenly(0, 2)).toEqual([0, 0]);
    for (const [total, n] of [[100_001, 7], [99, 12], [-12_345, 5]] as const) {
      const parts = allocateEvenly(total, n);
      expect(parts).toHaveLength(n);
      expect(sumCents(parts)).toBe(total);
      expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
    }
    expect(() => allocateEvenly(10, 0)).toThrow();
  });

  it('splits by weights with the largest remainder', () => {
    expect(allocateByWeights(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateByWeights(1000, [50, 30, 20])).toEqual([500, 300, 200]);
    expect(sumCents(allocateByWeights(1001, [3, 7, 11]))).toBe(1001);
    expect(allocateByWeights(10, [0, 0])).toEqual([5, 5]);
  });

  it('refuses floats in sums and products', () => {
    expect(sumCents([1, 2, 3])).toBe(6);
    expect(() => sumCents([1, 0.5])).toThrow();
    expect(multiplyCents(649, 5)).toBe(3245);
    expect(() => multiplyCents(649, 1.5)).toThrow();
  });
});

describe('centsToMajorUnits', () => {
  it('follows the currency’s minor units', () => {
    expect(centsToMajorUnits(123456, 'USD')).toBe(1234.56);
    expect(centsToMajorUnits(1234, 'JPY')).toBe(1234);
    expect(centsToMajorUnits(-5, 'USD')).toBe(-0.05);
  });
});
