/** Locale-aware formatting for documents; bad locales fall back instead of failing a print. */

function usableLocale(locale: string | null | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}

/** The `lang` attribute for the page: the company locale when valid, else English. */
export function pageLanguage(locale: string | null | undefined): string {
  return usableLocale(locale) ?? 'en';
}

/** '2025-03-14' → '14 March 2025' (en-GB) / 'March 14, 2025' (en-US); other text unchanged. */
export function formatDocumentDate(date: string, locale: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (!match) return date ?? '';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const instant = new Date(Date.UTC(year, month - 1, day));
  if (
    instant.getUTCFullYear() !== year ||
    instant.getUTCMonth() !== month - 1 ||
    instant.getUTCDate() !== day
  ) {
    return date;
  }
  // UTC on both sides, so the printed day never shifts with the PC's time zone.
  return new Intl.DateTimeFormat(usableLocale(locale), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(instant);
}
