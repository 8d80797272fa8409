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

/** What decides an office's paper: its own choice, else its country, else its locale. */
export interface PaperProfile {
  /** The office's choice in Settings (or the first-run company step). */
  paperSize?: PaperSize | null;
  /** ISO 3166 country code of the office ('US', 'DE'). */
  country?: string | null;
  /** BCP 47 tag ('en-US'); its region is the last resort. */
  locale?: string | null;
}

/**
 * The paper every printout of the office uses unless one print asks otherwise (issue 16.13):
 * the size chosen in Settings; without one, the country's usual paper; without a country,
 * the locale's.
 */
export function officePaper(office: PaperProfile | null | undefined): PaperSize {
  if (office?.paperSize === 'A4' || office?.paperSize === 'Letter') return office.paperSize;
  if (office?.country) return paperForCountry(office.country);
  return paperForLocale(office?.locale);
}

/** How the paper reads in menus and sentences. */
export const PAPER_LABELS: Record<PaperSize, string> = { A4: 'A4', Letter: 'US Letter' };
