/** Candidates whose retention date has passed: the app proposes erasing them. */
import { today } from '../../../../shared/lib/dates';
import { EmptyState } from '../../../ui/EmptyState';
import { useDueForErasure } from '../hooks';

export function ErasurePage() {
  const due = useDueForErasure(today());
  if (due === undefined) return <p className="muted">Loading…</p>;
  if (due.length === 0) {
    return (
      <EmptyState title="Nothing due for erasure">
        <p>Candidates appear here once the “Keep data until” date on their record has passed.</p>
      </EmptyState>
    );
  }
  return (
    <section aria-labelledby="rec-due">
      <h2 id="rec-due">Due for erasure ({due.length})</h2>
      <p className="muted">Their retention date has passed. Open each to export their data if needed, then erase it.</p>
      <ul className="list-plain">
        {due.map((c) => (
          <li key={c.id}>
            <a href={`#/recruiting/candidate/${encodeURIComponent(c.id)}`}>{c.name}</a> · kept until {c.retentionDate}
          </li>
        ))}
      </ul>
    </section>
  );
}
