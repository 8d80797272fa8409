/**
 * A task's link to a record (an item, an order, a candidate, equipment, an event, a call…):
 * found with the app's search (core/search), shown by the record's own title, opening it.
 */
import { Link2, X } from 'lucide-react';
import { useId, useState } from 'react';
import { moduleById } from '../../../core/modules';
import { findRecordHit, hitHref, searchEverything } from '../../../core/search';
import { useDbQuery } from '../../../db/hooks';

export interface RecordLink {
  linkedTable: string;
  linkedId: string;
}

export function LinkPicker({ value, onChange }: { value: RecordLink | null; onChange: (link: RecordLink | null) => void }) {
  const id = useId();
  const [searching, setSearching] = useState(false);
  const [query, setQuery] = useState('');
  const hit = useDbQuery(async (db) => (value ? ((await findRecordHit(value.linkedTable, value.linkedId, db)) ?? null) : null), [value?.linkedTable, value?.linkedId]);
  const results = useDbQuery(async (db) => (query.trim().length >= 2 ? (await searchEverything(query, 12, db)).filter((h) => h.table !== 'tasks') : []), [query]);

  return (
    <fieldset>
      <legend>Linked record</legend>
      <div className="task-link">
        {value ? (
          hit ? (
            <span>
              <Link2 size={14} aria-hidden="true" /> {moduleById(hit.module)?.label ?? hit.module}:{' '}
              <a href={hitHref(hit)} aria-label={`Open the linked record: ${hit.title}`}>
                {hit.title}
              </a>
              {hit.subtitle ? <span className="muted"> — {hit.subtitle}</span> : null}
            </span>
          ) : hit === null ? (
            <span className="muted">The linked record no longer exists.</span>
          ) : (
            <span className="muted">Loading…</span>
          )
        ) : (
          <span className="muted">Not linked to a record.</span>
        )}
        <button type="button" className="btn" onClick={() => setSearching((s) => !s)} aria-expanded={searching} aria-controls={`${id}-search`}>
          {value ? 'Change link…' : 'Link to a record…'}
        </button>
        {value ? (
          <button type="button" className="btn" onClick={() => onChange(null)}>
            <X size={14} aria-hidden="true" /> Remove link
          </button>
        ) : null}
      </div>
      {searching ? (
        <div id={`${id}-search`}>
          <label className="field">
            <span>Find a record to link</span>
            <input
              type="search"
              value={query}
              autoFocus
              placeholder="An item, an order, a candidate, equipment, an event, a call…"
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  setSearching(false);
                }
              }}
            />
          </label>
          {query.trim().length >= 2 && results?.length === 0 ? <p className="muted">Nothing matches “{query.trim()}”.</p> : null}
          {results?.length ? (
            <ul className="task-link-results" aria-label="Records found">
              {results.map((r) => (
                <li key={`${r.table}:${r.id}`}>
                  <button
                    type="button"
                    onClick={() => {
                      onChange({ linkedTable: r.table, linkedId: r.id });
                      setSearching(false);
                      setQuery('');
                    }}
                  >
                    <strong>{r.title}</strong> <span className="muted">— {moduleById(r.module)?.label ?? r.module}{r.subtitle ? `, ${r.subtitle}` : ''}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
