/**
 * Phone numbers through libphonenumber's data (awesome-phonenumber): never hand-written
 * numbering rules. E.164 is the one key caller lookup and duplicate checks compare.
 */
import { parsePhoneNumber } from 'awesome-phonenumber';

/**
 * E.164 ('+442079460958') for a number a person typed or a file held, read with
 * `defaultRegion` (ISO 3166 alpha-2, the office's country) when it is written nationally;
 * null where none can be made (a word, an empty string, a number impossible in that region).
 * A `tel:` prefix and an extension are dropped.
 */
export function normalizePhone(raw: string, defaultRegion: string): string | null {
  const text = raw.trim().replace(/^tel:/i, '').trim();
  if (!/\d/.test(text)) return null;
  const parsed = parsePhoneNumber(text, { regionCode: defaultRegion.toUpperCase() });
  if (!parsed.possible) return null;
  return parsed.number?.e164 ?? null;
}

/** The office's default phone region from its locale ('en-GB' → 'GB', 'de' → 'DE', 'en' → 'US'). */
export function regionOfLocale(locale: string | undefined): string {
  try {
    const region = new Intl.Locale(locale || 'en-US').maximize().region;
    return region && /^[A-Z]{2}$/.test(region) ? region : 'US';
  } catch {
    return 'US';
  }
}

/** A number for people to read: international form for another country, national for ours. */
export function formatPhone(raw: string, defaultRegion: string): string {
  const text = raw.trim().replace(/^tel:/i, '').trim();
  const parsed = parsePhoneNumber(text, { regionCode: defaultRegion.toUpperCase() });
  if (!parsed.possible || !parsed.number) return raw.trim();
  return parsed.regionCode === defaultRegion.toUpperCase() ? parsed.number.national : parsed.number.international;
}

/** The distinct E.164 keys of some numbers (unreadable ones left out), for the lookup index. */
export function phoneKeysOf(numbers: readonly (string | undefined)[], defaultRegion: string): string[] {
  const keys = new Set<string>();
  for (const n of numbers) {
    if (!n) continue;
    const key = normalizePhone(n, defaultRegion);
    if (key) keys.add(key);
  }
  return [...keys];
}
