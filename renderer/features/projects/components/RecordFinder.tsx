/**
 * "Link an existing …": a search box over one kind of record (the app's search, core/search),
 * its hits as buttons; choosing one links it. Escape closes the finder.
 */
import { useId, useState } from 'react';
import { searchEverything, type SearchHit } from '../../../core/search';
import { useDbQuery } from '../../../db/hooks';

export function RecordFinder({
  table,
  label,
  noun,
  onPick,
  onClose,
}: {
  table: 'tasks' | 'events' | 'documents';
  /** The search box's name: "Find a task to link". */
  label: string;
  noun: string;
  onPick: (hit: SearchHit) => void;
  onClose: () => void;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const q = query.trim();
  const hits = useDbQuery(async (db) => (q.length >= 2 ? (await searchEverything(q, 60, db)).filter((h) => h.table === table).slice(0, 12) : []), [q, table]);
  return (
    <div className="prj-finder">
      <label className="field">
        <span>{label}</span>
        <input
          type="search"
          value={query}
          autoFocus
          aria-describedby={`${id}-hint`}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              onClose();
            }
          }}
        />
      </label>
      <small id={`${id}-hint`} className="muted">
        Type two letters or more of the {noun}&apos;s title; Escape closes.
      </small>
      {q.length >= 2 && hits?.length === 0 ? <p className="muted">No {noun} matches “{q}”.</p> : null}
      {hits && hits.length > 0 ? (
        <ul className="prj-finder-results" aria-label={`${noun[0]!.toUpperCase()}${noun.slice(1)}s found`}>
          {hits.map((h) => (
            <li key={h.id}>
              <button type="button" onClick={() => onPick(h)}>
                <strong>{h.title}</strong>
                {h.subtitle ? <span className="muted"> — {h.subtitle}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
