/** A candidate's notes and stage moves, newest first, with a box to add a note. */
import { useState } from 'react';
import { type Candidate } from '../../../../shared/domain/recruiting';
import { useToast } from '../../../ui/Toast';
import { addCandidateNote } from '../pipeline';
import { errorMessage } from '../../../../shared/lib/errors';

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function Timeline({ candidate }: { candidate: Candidate }) {
  const [text, setText] = useState('');
  const toast = useToast((s) => s.show);
  const entries = [...(candidate.timeline ?? [])].reverse();
  return (
    <section className="card" aria-labelledby="rec-notes">
      <h3 id="rec-notes">Notes</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          addCandidateNote(candidate.id, text)
            .then(() => setText(''))
            .catch((err: unknown) => toast(errorMessage(err)));
        }}
      >
        <label className="field">
          <span>New note</span>
          <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit" className="btn" disabled={!text.trim()}>
          Add note
        </button>
      </form>
      {entries.length === 0 ? <p className="muted">No notes yet.</p> : null}
      <ol className="rec-timeline" aria-label="Timeline">
        {entries.map((n) => (
          <li key={n.id}>
            <time dateTime={n.at}>{when(n.at)}</time>
            {n.kind === 'stage' ? <em>{n.text}</em> : n.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
