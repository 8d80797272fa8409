/**
 * Wall time ↔ instant in an IANA zone, through the platform's time-zone database (Intl), and
 * the names other programs write (Outlook's Windows zone names) resolved to IANA names.
 */

/** 'YYYY-MM-DDTHH:mm[:ss]' read in `zone` → ISO instant in UTC ('…Z'). A wall time skipped by a DST jump moves forward by the gap. */
export function wallToUtc(wall: string, zone: string): string {
  void wall;
  void zone;
  throw new Error('wallToUtc: not built yet');
}

/** ISO instant → wall time 'YYYY-MM-DDTHH:mm:ss' in `zone`. */
export function utcToWall(instant: string, zone: string): string {
  void instant;
  void zone;
  throw new Error('utcToWall: not built yet');
}

/** True for a zone name the platform knows ('Europe/London', 'UTC'). */
export function isKnownTimeZone(zone: string): boolean {
  void zone;
  throw new Error('isKnownTimeZone: not built yet');
}

/** A TZID from a file → an IANA name: IANA as is, Windows names through CLDR's map; null if unknown. */
export function resolveTzid(tzid: string): string | null {
  void tzid;
  throw new Error('resolveTzid: not built yet');
}

/** A short label of the zone at that instant for screens and printouts: 'New York (GMT-5)'. */
export function zoneOffsetLabel(zone: string, instant: string, locale?: string): string {
  void zone;
  void instant;
  void locale;
  throw new Error('zoneOffsetLabel: not built yet');
}
