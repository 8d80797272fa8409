/**
 * Which diaries the calendar shows: a checkbox list grouped Office (the office calendar: events
 * in no one's diary and no room) / People / Rooms / Equipment with a
 * search box. Several ticked diaries show side by side in Day and Week views.
 */
import { useId, useMemo, useState } from 'react';
import type { DiaryKey, DiaryKind } from '../../../../shared/domain/calendar';
import { matchesTokens, normalizeForSearch, searchTokens } from '../../../../shared/lib/text';
import type { DiaryInfo } from '../diaryReads';

const GROUPS: readonly { kind: DiaryKind; label: string }[] = [
  { kind: 'office', label: 'Office' },
  { kind: 'person', label: 'People' },
  { kind: 'room', label: 'Rooms' },
  { kind: 'equipment', label: 'Equipment' },
];

export function DiaryPicker({
  diaries,
  selected,
  onToggle,
  onClear,
}: {
  diaries: DiaryInfo[] | undefined;
  selected: readonly DiaryKey[];
  onToggle: (key: DiaryKey, on: boolean) => void;
  onClear: () => void;
}) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const tokens = useMemo(() => searchTokens(query), [query]);
  const shown = useMemo(
    () => (diaries ?? []).filter((d) => !tokens.length || matchesTokens(normalizeForSearch(`${d.name} ${d.detail ?? ''}`), tokens)),
    [diaries, tokens],
  );
  const chosen = new Set(selected);
  return (
    <nav className="cal-picker card" aria-label="Diaries">
      <div className="cal-picker-head">
        <h2>Diaries</h2>
        {selected.length ? (
          <button type="button" className="cal-link-btn" onClick={onClear}>
            Clear ({selected.length})
          </button>
        ) : null}
      </div>
      <label htmlFor={searchId} className="sr-only">
        Search diaries
      </label>
      <input id={searchId} className="input cal-picker-search" type="search" placeholder="Search diaries…" value={query} onChange={(e) => setQuery(e.target.value)} />
      {diaries === undefined ? (
        <p className="muted cal-picker-note">Loading diaries…</p>
      ) : diaries.length === 0 ? (
        <p className="muted cal-picker-note">No diaries yet: add people in People, or rooms under Rooms.</p>
      ) : shown.length === 0 ? (
        <p className="muted cal-picker-note">No diary matches “{query}”.</p>
      ) : (
        GROUPS.map((g) => {
          const items = shown.filter((d) => d.kind === g.kind);
          if (!items.length) return null;
          return (
            <fieldset key={g.kind} className="cal-picker-group">
              <legend>{g.label}</legend>
              <ul>
                {items.map((d) => (
                  <li key={d.key}>
                    <label title={d.detail ? `${d.name} — ${d.detail}` : d.name}>
                      <input type="checkbox" checked={chosen.has(d.key)} onChange={(e) => onToggle(d.key, e.target.checked)} />
                      <span className="cal-picker-name">{d.name}</span>
                      {d.detail ? <span className="cal-picker-detail" aria-hidden="true">{d.detail}</span> : null}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })
      )}
    </nav>
  );
}
