/**
 * A time-zone picker: a text box searching the platform's own zone list
 * (Intl.supportedValuesOf('timeZone')) as you type — 'york' finds America/New_York — with the
 * list as the box's suggestions, so it works from the keyboard alone. The value is an IANA
 * name; a name the platform does not know is reported, not saved.
 */
import { useId, useMemo } from 'react';
import { isKnownTimeZone } from '../../../../shared/calendar';

let zones: string[] | null = null;
/** Every IANA zone the platform knows, plus UTC. */
export function allTimeZones(): string[] {
  if (!zones) {
    let list: string[] = [];
    try {
      list = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
    } catch {
      list = [];
    }
    zones = [...new Set(['UTC', ...list])];
  }
  return zones;
}

/** Zones whose name matches every word typed ('new york', 'london', 'tokyo'), best first. */
export function searchTimeZones(query: string, limit = 50): string[] {
  const words = query.toLowerCase().replace(/[_/]/g, ' ').split(/\s+/).filter(Boolean);
  const all = allTimeZones();
  if (words.length === 0) return all.slice(0, limit);
  const hits = all.filter((z) => {
    const name = z.toLowerCase().replace(/[_/]/g, ' ');
    return words.every((w) => name.includes(w));
  });
  const city = (z: string) => (z.split('/').pop() ?? z).toLowerCase().replace(/_/g, ' ');
  hits.sort((a, b) => Number(!city(a).startsWith(words[0]!)) - Number(!city(b).startsWith(words[0]!)) || a.localeCompare(b));
  return hits.slice(0, limit);
}

export function TimeZoneField({
  label,
  value,
  onChange,
  required = false,
  className = 'field',
}: {
  label: string;
  value: string;
  onChange: (zone: string) => void;
  required?: boolean;
  className?: string;
}) {
  const listId = useId();
  const suggestions = useMemo(() => searchTimeZones(isKnownTimeZone(value) ? '' : value), [value]);
  const invalid = value.trim() !== '' && !isKnownTimeZone(value.trim());
  return (
    <label className={className}>
      <span>{label}</span>
      <input
        value={value}
        list={listId}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={invalid || undefined}
        title={invalid ? 'Pick a time zone from the list, e.g. Europe/London' : undefined}
      />
      <datalist id={listId}>
        {suggestions.map((z) => (
          <option key={z} value={z} label={`${(z.split('/').pop() ?? z).replace(/_/g, ' ')} · ${z}`} />
        ))}
      </datalist>
    </label>
  );
}
