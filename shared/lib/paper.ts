/**
 * Which paper an office has in its printer: US Letter in the countries that use US paper
 * sizes, A4 everywhere else. The one list of those countries; the Electron main process asks
 * by the system's country code, documents by the office's locale.
 */
export type PaperSize = 'A4' | 'Letter';

const LETTER_COUNTRIES: ReadonlySet<string> = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'VE',
  'GT',
  'CR',
  'PA',
  'DO',
  'PR',
  'SV',
  'NI',
  'BZ',
]);

/** Paper for a country code (`US`, `de`); an unknown or empty code gets A4. */
export function paperForCountry(countryCode: string | null | undefined): PaperSize {
  return LETTER_COUNTRIES.has((countryCode ?? '').toUpperCase()) ? 'Letter' : 'A4';
}

/** Paper for a locale (`en-US`, `fr-CA`; a bare language takes its likely region). */
export function paperForLocale(locale: string | null | undefined): PaperSize {
  try {
    return paperForCountry(new Intl.Locale(locale ?? '').maximize().region);
  } catch {
    return 'A4';
  }
}
