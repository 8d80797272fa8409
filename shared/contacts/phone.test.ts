import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone, phoneKeysOf, phoneProblem, regionOfLocale } from './phone';

describe('normalizePhone', () => {
  it('reads national numbers with the office region', () => {
    expect(normalizePhone('(212) 555-1234', 'US')).toBe('+12125551234');
    expect(normalizePhone('212.555.1234', 'us')).toBe('+12125551234');
    expect(normalizePhone('1-212-555-1234', 'US')).toBe('+12125551234');
    expect(normalizePhone('020 7946 0958', 'GB')).toBe('+442079460958');
    expect(normalizePhone('07700 900123', 'GB')).toBe('+447700900123');
    expect(normalizePhone('030 12345678', 'DE')).toBe('+493012345678');
    expect(normalizePhone('0171 2345678', 'DE')).toBe('+491712345678');
    expect(normalizePhone('01 23 45 67 89', 'FR')).toBe('+33123456789');
    expect(normalizePhone('06 12 34 56 78', 'FR')).toBe('+33612345678');
  });

  it('the same number written nationally or internationally is one key', () => {
    const keys = [
      normalizePhone('020 7946 0958', 'GB'),
      normalizePhone('+44 20 7946 0958', 'US'),
      normalizePhone('+44 (0)20 7946 0958', 'DE'),
      normalizePhone('0044 20 7946 0958', 'FR'),
      normalizePhone('00 44 20 7946 0958', 'DE'),
      normalizePhone('011 44 20 7946 0958', 'US'),
      normalizePhone('+442079460958', 'GB'),
    ];
    expect(new Set(keys)).toEqual(new Set(['+442079460958']));
  });

  it('reads 00 as the international prefix even where the dialling prefix is another', () => {
    // North America dials 011, Japan 010 — but contacts everywhere are written "0044 …".
    expect(normalizePhone('0044 20 7946 0958', 'US')).toBe('+442079460958');
    expect(normalizePhone('00 33 1 23 45 67 89', 'US')).toBe('+33123456789');
    expect(normalizePhone('0049 30 12345678', 'JP')).toBe('+493012345678');
    expect(normalizePhone('00 1 212 555 1234', 'CA')).toBe('+12125551234');
    // A national number starting with one 0 is still national.
    expect(normalizePhone('030 12345678', 'DE')).toBe('+493012345678');
  });

  it('drops extensions and a tel: prefix', () => {
    expect(normalizePhone('(415) 555-0134 ext. 22', 'US')).toBe('+14155550134');
    expect(normalizePhone('415 555 0134 x12', 'US')).toBe('+14155550134');
    expect(normalizePhone('415-555-0134 extension 7', 'US')).toBe('+14155550134');
    expect(normalizePhone('+1 415 555 0134;ext=22', 'GB')).toBe('+14155550134');
    expect(normalizePhone('tel:+1-415-555-0134;ext=5', 'DE')).toBe('+14155550134');
    expect(normalizePhone('TEL: +44 20 7946 0958', 'US')).toBe('+442079460958');
    expect(normalizePhone('020 7946 0958, ext 9', 'GB')).toBe('+442079460958');
  });

  it('reads full-width digits and vanity letters as libphonenumber does', () => {
    expect(normalizePhone('０２０ ７９４６ ０９５８', 'GB')).toBe('+442079460958');
    expect(normalizePhone('1-800-FLOWERS', 'US')).toBe('+18003569377');
  });

  it('gives null for words, empty text and impossible numbers', () => {
    expect(normalizePhone('', 'US')).toBeNull();
    expect(normalizePhone('   ', 'US')).toBeNull();
    expect(normalizePhone('hello', 'US')).toBeNull();
    expect(normalizePhone('ask reception', 'GB')).toBeNull();
    expect(normalizePhone('tel:', 'US')).toBeNull();
    expect(normalizePhone('+', 'US')).toBeNull();
    expect(normalizePhone('123', 'US')).toBeNull();
    expect(normalizePhone('0000', 'FR')).toBeNull();
    expect(normalizePhone('+999 123', 'US')).toBeNull();
    expect(normalizePhone('12345678901234567890', 'US')).toBeNull();
    expect(normalizePhone('+33-01-23-45-67', 'US')).toBeNull(); // vcard4.vcf's number: too short
    expect(normalizePhone('030 123456', '')).toBeNull(); // national, and no region to read it in
  });

  it('a number possible only as a local one (no area code) is not a full number', () => {
    // libphonenumber calls these "possible" (IS_POSSIBLE_LOCAL_ONLY): dialled inside the area.
    expect(normalizePhone('555 0180', 'US')).toBeNull();
    expect(normalizePhone('555-1234', 'US')).toBeNull();
    expect(normalizePhone('555-0297', 'CA')).toBeNull();
    expect(normalizePhone('7946 0958', 'GB')).toBeNull();
    expect(normalizePhone('+1 555 0180', 'GB')).toBeNull();
    expect(phoneKeysOf(['555 0180', '(207) 555-0180'], 'US')).toEqual(['+12075550180']);
    expect(formatPhone('555 0180', 'US')).toBe('555 0180');
    expect(phoneProblem('555 0180', 'US')).toBe('local-only');
    expect(phoneProblem('7946 0958', 'GB')).toBe('local-only');
    expect(phoneProblem('12', 'US')).toBe('invalid');
    expect(phoneProblem('hello', 'US')).toBe('invalid');
    expect(phoneProblem('', 'US')).toBeNull();
    expect(phoneProblem('(207) 555-0195', 'US')).toBeNull();
    // Fictional yet complete numbers stay numbers, valid in libphonenumber's data or not.
    expect(normalizePhone('(207) 555-0195', 'US')).toBe('+12075550195');
    expect(normalizePhone('(555) 555-1234', 'US')).toBe('+15555551234');
    expect(normalizePhone('(123) 456-7890', 'US')).toBe('+11234567890');
    expect(normalizePhone('0044 20 7946 0321', 'US')).toBe('+442079460321');
    expect(normalizePhone('030 123456', 'DE')).toBe('+4930123456');
  });

  it('an international number needs no region', () => {
    expect(normalizePhone('+49 30 123456', '')).toBe('+4930123456');
  });
});

describe('formatPhone', () => {
  it('national form for the office country, international for others', () => {
    expect(formatPhone('+12125551234', 'US')).toBe('(212) 555-1234');
    expect(formatPhone('+442079460958', 'US')).toBe('+44 20 7946 0958');
    expect(formatPhone('0044 20 7946 0958', 'US')).toBe('+44 20 7946 0958');
    expect(formatPhone('+442079460958', 'GB')).toBe('020 7946 0958');
    expect(formatPhone('030 12345678', 'DE')).toBe('030 12345678');
    expect(formatPhone('0612345678', 'FR')).toBe('06 12 34 56 78');
  });

  it('keeps what it cannot read as written (trimmed)', () => {
    expect(formatPhone('  ask reception ', 'US')).toBe('ask reception');
    expect(formatPhone('123', 'US')).toBe('123');
  });
});

describe('regionOfLocale', () => {
  it('takes the region of the locale, or the likely one of a language', () => {
    expect(regionOfLocale('en-GB')).toBe('GB');
    expect(regionOfLocale('en-US')).toBe('US');
    expect(regionOfLocale('de')).toBe('DE');
    expect(regionOfLocale('fr')).toBe('FR');
    expect(regionOfLocale('fr-CA')).toBe('CA');
    expect(regionOfLocale('de-AT')).toBe('AT');
    expect(regionOfLocale('en')).toBe('US');
  });

  it('falls back to US for nothing or nonsense', () => {
    expect(regionOfLocale(undefined)).toBe('US');
    expect(regionOfLocale('')).toBe('US');
    expect(regionOfLocale('not a locale!')).toBe('US');
    expect(regionOfLocale('es-419')).toBe('US'); // a UN area, not a country
  });
});

describe('phoneKeysOf', () => {
  it('distinct E.164 keys, unreadable and missing numbers left out', () => {
    expect(
      phoneKeysOf(
        ['020 7946 0958', '+44 20 7946 0958', undefined, '', 'n/a', '07700 900123', '123'],
        'GB',
      ),
    ).toEqual(['+442079460958', '+447700900123']);
    expect(phoneKeysOf([], 'US')).toEqual([]);
  });
});
