/**
 * Phone numbers through libphonenumber's data (awesome-phonenumber): never hand-written
 * numbering rules. E.164 is the one key caller lookup and duplicate checks compare.
 */
import { parsePhoneNumber } from 'awesome-phonenumber';

type Parsed = ReturnType<typeof parsePhoneNumber>;

/**
 * The number read with libphonenumber. "00" starts an international number in most of the
 * world but not where the dialling prefix is another (011 in North America, 010 in Japan),
 * yet people everywhere write "0044 20 …": when the region's own reading of such a number is
 * not a valid number, the international reading is taken if it is valid (or the only possible one).
 */
function parse(raw: string, defaultRegion: string): Parsed | null {
  const text = raw.trim().replace(/^tel:/i, '').trim();
  if (!/\p{Nd}/u.test(text)) return null; // any script's digits (full-width too)
  const regionCode = defaultRegion.toUpperCase();
  const parsed = parsePhoneNumber(text, { regionCode });
  if (!parsed.valid && /^00\s*[1-9]/.test(text)) {
    const intl = parsePhoneNumber(`+${text.replace(/^00\s*/, '')}`, { regionCode });
    if (intl.valid || (intl.possible && !parsed.possible)) return intl;
  }
  return parsed;
}

/**
 * E.164 ('+442079460958') for a number a person typed or a file held, read with
 * `defaultRegion` (ISO 3166 alpha-2, the office's country) when it is written nationally;
 * null where none can be made (a word, an empty string, a number impossible in that region).
 * A `tel:` prefix and an extension are dropped.
 */
export function normalizePhone(raw: string, defaultRegion: string): string | null {
  const parsed = parse(raw, defaultRegion);
  if (!parsed?.possible) return null;
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
  const parsed = parse(raw, defaultRegion);
  if (!parsed?.possible || !parsed.number) return raw.trim();
  return parsed.regionCode === defaultRegion.toUpperCase()
    ? parsed.number.national
    : parsed.number.international;
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
