/**
 * Wall time ↔ instant in an IANA zone, through the platform's time-zone database (Intl), and
 * the names other programs write (Outlook's Windows zone names) resolved to IANA names.
 * No zone rules are written here: every offset comes from Intl.DateTimeFormat.
 */
import { findIana } from 'windows-iana';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const WALL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();
const knownZones = new Map<string, boolean>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a zone, as "UTC-like" milliseconds (Date.UTC of the fields). */
function wallMsAt(ms: number, zone: string): number {
  const parts = formatterFor(zone).formatToParts(new Date(ms));
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  let s = 0;
  let bc = false;
  for (const p of parts) {
    switch (p.type) {
      case 'year':
        y = Number(p.value);
        break;
      case 'month':
        mo = Number(p.value);
        break;
      case 'day':
        d = Number(p.value);
        break;
      case 'hour':
        h = Number(p.value);
        break;
      case 'minute':
        mi = Number(p.value);
        break;
      case 'second':
        s = Number(p.value);
        break;
      case 'era':
        bc = p.value.startsWith('B');
        break;
      default:
        break;
    }
  }
  const date = new Date(0);
  date.setUTCFullYear(bc ? 1 - y : y, mo - 1, d);
  date.setUTCHours(h, mi, s, 0);
  return date.getTime();
}

/** Per zone, per UTC day: the offset when it is constant all day, or null when the day has a transition. */
const dayOffsets = new Map<string, Map<number, number | null>>();

/** Offset (wall − UTC, ms) of `zone` at `ms`, read straight from Intl (no day cache). */
export function exactOffset(ms: number, zone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return wallMsAt(whole, zone) - whole;
}

/** Offset (wall − UTC, ms) of `zone` at the instant `ms`. */
export function offsetAt(ms: number, zone: string): number {
  if (zone === 'UTC') return 0;
  let days = dayOffsets.get(zone);
  if (!days) {
    days = new Map();
    dayOffsets.set(zone, days);
  }
  const day = Math.floor(ms / DAY);
  let cached = days.get(day);
  if (cached === undefined) {
    const a = exactOffset(day * DAY, zone);
    const b = exactOffset(day * DAY + DAY - 1000, zone);
    cached = a === b ? a : null;
    if (days.size > 20_000) days.clear();
    days.set(day, cached);
  }
  return cached ?? exactOffset(ms, zone);
}

/** 'YYYY-MM-DD[THH:mm[:ss]]' → UTC-like ms of the wall fields; NaN when malformed. */
export function wallToMs(wall: string): number {
  const m = WALL_RE.exec(wall);
  if (!m) return NaN;
  const [, y, mo, d, h, mi, s] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  const date = new Date(0);
  date.setUTCFullYear(Number(y), month - 1, day);
  date.setUTCHours(Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), 0);
  if (date.getUTCDate() !== day) return NaN;
  return date.getTime();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** UTC-like ms → 'YYYY-MM-DDTHH:mm:ss'. */
export function msToWall(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** UTC-like ms → 'YYYY-MM-DD'. */
export function msToDate(ms: number): string {
  return msToWall(ms).slice(0, 10);
}

/** Wall ms (fields read in `zone`) → the instant; a skipped wall time moves forward by the gap, a repeated one takes the earlier instant. */
export function wallMsToUtcMs(wallMs: number, zone: string): number {
  if (zone === 'UTC') return wallMs;
  const before = offsetAt(wallMs - 14 * HOUR, zone);
  const after = offsetAt(wallMs + 14 * HOUR, zone);
  if (before === after) {
    // No transition nearby (the usual case): one lookup is exact.
    const t = wallMs - before;
    if (offsetAt(t, zone) === before) return t;
  }
  const tBefore = wallMs - before;
  const tAfter = wallMs - after;
  const validBefore = offsetAt(tBefore, zone) === before;
  const validAfter = offsetAt(tAfter, zone) === after;
  if (validBefore && validAfter) return Math.min(tBefore, tAfter);
  if (validBefore) return tBefore;
  if (validAfter) return tAfter;
  // In a gap: read with the offset in force before it, which lands after the jump.
  return tBefore;
}

/** 'YYYY-MM-DDTHH:mm[:ss]' read in `zone` → ISO instant in UTC ('…Z'). A wall time skipped by a DST jump moves forward by the gap. */
export function wallToUtc(wall: string, zone: string): string {
  const ms = wallToMs(wall);
  if (Number.isNaN(ms)) throw new RangeError(`Not a wall time: ${wall}`);
  return new Date(wallMsToUtcMs(ms, zone)).toISOString();
}

/** ISO instant → wall time 'YYYY-MM-DDTHH:mm:ss' in `zone`. */
export function utcToWall(instant: string, zone: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${instant}`);
  return msToWall(ms + offsetAt(ms, zone));
}

/** True for a zone name the platform knows ('Europe/London', 'UTC'). */
export function isKnownTimeZone(zone: string): boolean {
  if (!zone) return false;
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(zone, known);
  }
  return known;
}

const UTC_NAMES = new Set(['utc', 'z', 'gmt', 'etc/utc', 'etc/gmt', 'zulu', 'universal', 'etc/universal', 'etc/zulu', 'uct']);

/** A TZID from a file → an IANA name: IANA as is, Windows names through CLDR's map; null if unknown. */
export function resolveTzid(tzid: string): string | null {
  const name = tzid.trim().replace(/^"|"$/g, '').trim();
  if (!name) return null;
  if (UTC_NAMES.has(name.toLowerCase())) return 'UTC';
  if (name.includes('/') && isKnownTimeZone(name)) return name;
  const windows = findIana(name);
  const first = windows.find((z) => z.includes('/') && isKnownTimeZone(z)) ?? windows.find(isKnownTimeZone);
  if (first) return first === 'Etc/UTC' ? 'UTC' : first;
  if (isKnownTimeZone(name)) return name;
  // Prefixed names ('/mozilla.org/20050126_1/America/New_York', '/citadel.org/…/Europe/Paris').
  const segments = name.split('/').filter(Boolean);
  for (let i = 0; i < segments.length - 1; i++) {
    const candidate = segments.slice(i).join('/');
    if (/^[A-Z]/.test(candidate) && isKnownTimeZone(candidate)) return candidate;
  }
  return null;
}

/** A short label of the zone at that instant for screens and printouts: 'New York (GMT-5)'. */
export function zoneOffsetLabel(zone: string, instant: string, locale?: string): string {
  const ms = Date.parse(instant);
  const at = Number.isNaN(ms) ? Date.now() : ms;
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  const city = (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
  let offset: string;
  try {
    const part = new Intl.DateTimeFormat(locale ?? 'en-GB', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(new Date(at))
      .find((p) => p.type === 'timeZoneName');
    offset = part?.value ?? '';
  } catch {
    offset = '';
  }
  if (!offset) {
    const minutes = Math.round(offsetAt(at, zone) / MINUTE);
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    offset = `GMT${minutes === 0 ? '' : `${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${pad(abs % 60)}` : ''}`}`;
  }
  return `${city} (${offset})`;
}
