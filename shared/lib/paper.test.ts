import { describe, expect, it } from 'vitest';
import { officePaper, paperForCountry, paperForLocale } from './paper';

describe('officePaper (issue 16.13)', () => {
  it('takes the size chosen in Settings over the country and the locale', () => {
    expect(officePaper({ paperSize: 'A4', country: 'US', locale: 'en-US' })).toBe('A4');
    expect(officePaper({ paperSize: 'Letter', country: 'DE', locale: 'de-DE' })).toBe('Letter');
  });

  it('without a choice, the country decides (Letter in the US, Canada, Mexico, the Philippines…)', () => {
    for (const country of ['US', 'CA', 'MX', 'PH', 'cl']) expect(officePaper({ country, locale: 'en-GB' })).toBe('Letter');
    for (const country of ['DE', 'GB', 'FR', 'IN', 'AU']) expect(officePaper({ country, locale: 'en-US' })).toBe('A4');
  });

  it('without a country, the locale decides; nothing at all is A4', () => {
    expect(officePaper({ locale: 'en-US' })).toBe('Letter');
    expect(officePaper({ locale: 'fr-CA' })).toBe('Letter');
    expect(officePaper({ locale: 'en-GB' })).toBe('A4');
    expect(officePaper({})).toBe('A4');
    expect(officePaper(undefined)).toBe('A4');
    expect(paperForCountry('')).toBe('A4');
    expect(paperForLocale('!!')).toBe('A4');
  });
});
