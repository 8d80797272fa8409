/**
 * Phone numbers through libphonenumber's data (awesome-phonenumber): never hand-written
 * numbering rules. E.164 is the one key caller lookup and duplicate checks compare.
 */
import { getExample, parsePhoneNumber } from 'awesome-phonenumber';

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

/** Per region: the length of its shortest example fixed-line or mobile number (libphonenumber's data). */
const shortestFullLength = new Map<string, number>();

function shortestFull(regionCode: string): number {
  let min = shortestFullLength.get(regionCode);
  if (min === undefined) {
    min = Infinity;
    for (const type of ['fixed-line', 'mobile', 'fixed-line-or-mobile'] as const) {
      try {
        const length = getExample(regionCode, type).number?.significant.length;
        if (length) min = Math.min(min, length);
      } catch {
        // no example of this type in the region
      }
    }
    shortestFullLength.set(regionCode, min);
  }
  return min;
}

/**
 * A number libphonenumber calls possible but only as a local one (IS_POSSIBLE_LOCAL_ONLY,
 * which awesome-phonenumber reports as plain "possible"): dialled within its area without the
 * area code — "555 0180" in the US, "7946 0958" in London. It is not a valid number and its
 * national significant number is shorter than every example fixed-line or mobile number of its
 * region, so it names no one line. A valid number, or an invalid one of full length (the
 * fictional "(207) 555-0195"), is a full number.
 */
function isLocalOnly(parsed: Parsed): boolean {
  if (parsed.valid || !parsed.possible || !parsed.regionCode) return false;
  const significant = parsed.number?.significant;
  return !!significant && significant.length < shortestFull(parsed.regionCode);
}

/**
 * Why a typed number makes no E.164 key: 'local-only' when the area code is missing,
 * 'invalid' when it is no number (words, too short, too long, unknown country); null when it
 * is a full number, or nothing is typed.
 */
export function phoneProblem(raw: string, defaultRegion: string): 'local-only' | 'invalid' | null {
  if (!raw.trim()) return null;
  const parsed = parse(raw, defaultRegion);
  if (!parsed?.possible || !parsed.number?.e164) return 'invalid';
  return isLocalOnly(parsed) ? 'local-only' : null;
}

/**
 * E.164 ('+442079460958') for a number a person typed or a file held, read with
 * `defaultRegion` (ISO 3166 alpha-2, the office's country) when it is written nationally;
 * null where none can be made (a word, an empty string, a number impossible in that region).
 * A number without its area code (possible only locally) is not a full number: null.
 * A `tel:` prefix and an extension are dropped.
 */
export function normalizePhone(raw: string, defaultRegion: string): string | null {
  const parsed = parse(raw, defaultRegion);
  if (!parsed?.possible || isLocalOnly(parsed)) return null;
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
  if (!parsed?.possible || !parsed.number || isLocalOnly(parsed)) return raw.trim();
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
