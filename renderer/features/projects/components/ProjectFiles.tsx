/**
 * The project's diary events and documents: each opens in its own module or leaves the project
 * (the record stays where it was); "Link an existing event/document…" finds one by title.
 */
import { useState } from 'react';
import { formatDate } from '../../../../shared/lib/dates';
import { errorMessage } from '../../../../shared/lib/errors';
import { hrefFor } from '../../../core/router';
import { useToast } from '../../../ui/Toast';
import { linkDocumentToProject, linkEventToProject, unlinkDocument, unlinkEvent, type ProjectWork } from '../links';
import { RecordFinder } from './RecordFinder';

export function ProjectFiles({ projectId, work, locale }: { projectId: string; work: ProjectWork; locale: string }) {
  const toast = useToast((s) => s.show);
  const [finding, setFinding] = useState<'events' | 'documents' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (job: () => Promise<unknown>) => {
    setError(null);
    job().catch((e: unknown) => setError(errorMessage(e)));
  };
  // The event's own wall time as stored ('2026-12-10T10:00' in its time zone).
  const when = (start: string, allDay: boolean | undefined) => `${formatDate(start.slice(0, 10), locale)}${allDay || start.length < 16 ? '' : ` ${start.slice(11, 16)}`}`;
  return (
    <>
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      <section className="card" aria-labelledby="prj-events">
        <h2 id="prj-events">Events ({work.events.length})</h2>
        {work.events.length === 0 ? <p className="muted">No diary events on this project (site visits, the moving day, meetings).</p> : null}
        {work.events.length > 0 ? (
          <ul className="prj-list" aria-label="Project events">
            {work.events.map((e) => (
              <li key={e.id}>
                <a className="prj-title" href={hrefFor('calendar', 'event', e.id)}>
                  {e.title}
                </a>
                <span className="prj-when">{when(e.start, e.allDay)}</span>
                <button type="button" className="btn btn-small" aria-label={`Take ${e.title} off the project`} onClick={() => run(() => unlinkEvent(e.id))}>
                  Take off
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {finding === 'events' ? (
          <RecordFinder
            table="events"
            noun="event"
            label="Find an event to link"
            onClose={() => setFinding(null)}
            onPick={(hit) =>
              run(async () => {
                await linkEventToProject(projectId, hit.id);
                setFinding(null);
                toast(`${hit.title} linked to the project`);
              })
            }
          />
        ) : (
          <button type="button" className="btn" onClick={() => setFinding('events')}>
            Link an existing event…
          </button>
        )}
      </section>
      <section className="card" aria-labelledby="prj-documents">
        <h2 id="prj-documents">Documents ({work.documents.length})</h2>
        {work.documents.length === 0 ? <p className="muted">No documents on this project (the floor plan memo, letters to the landlord).</p> : null}
        {work.documents.length > 0 ? (
          <ul className="prj-list" aria-label="Project documents">
            {work.documents.map((d) => (
              <li key={d.id}>
                <a className="prj-title" href={hrefFor('documents', d.id)}>
                  {d.title}
                </a>
                <span className="prj-when">{formatDate(d.date, locale)}</span>
                <button type="button" className="btn btn-small" aria-label={`Take ${d.title} off the project`} onClick={() => run(() => unlinkDocument(d.id))}>
                  Take off
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {finding === 'documents' ? (
          <RecordFinder
            table="documents"
            noun="document"
            label="Find a document to link"
            onClose={() => setFinding(null)}
            onPick={(hit) =>
              run(async () => {
                await linkDocumentToProject(projectId, hit.id);
                setFinding(null);
                toast(`${hit.title} linked to the project`);
              })
            }
          />
        ) : (
          <button type="button" className="btn" onClick={() => setFinding('documents')}>
            Link an existing document…
          </button>
        )}
      </section>
    </>
  );
}
