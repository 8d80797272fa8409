/**
 * The editor's two questions, asked inline above the form with focus on the first answer:
 * leaving with unsaved changes, and deleting the document.
 */
import { useEffect, useRef } from 'react';

export type Pending = null | 'leave' | 'delete';

export function PendingConfirm({
  pending,
  kindLabel,
  onSaveAndClose,
  onDiscard,
  onDelete,
  onCancel,
}: {
  pending: Pending;
  kindLabel: string;
  onSaveAndClose: () => void;
  onDiscard: () => void;
  onDelete: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (pending) ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [pending]);

  const kind = kindLabel.toLowerCase();
  if (pending === 'leave') {
    return (
      <div className="doc-confirm card" role="alertdialog" aria-label="Unsaved changes" ref={ref}>
        <p>This {kind} has changes that are not saved.</p>
        <button type="button" className="btn btn-primary" onClick={onSaveAndClose}>
          Save and close
        </button>
        <button type="button" className="btn btn-danger" onClick={onDiscard}>
          Discard changes
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Keep editing
        </button>
      </div>
    );
  }
  if (pending === 'delete') {
    return (
      <div className="doc-confirm card" role="alertdialog" aria-label={`Delete ${kind}`} ref={ref}>
        <p>
          Delete this {kind}? It leaves the register; the audit log keeps a record that it existed.
        </p>
        <button type="button" className="btn" onClick={onCancel}>
          Keep it
        </button>
        <button type="button" className="btn btn-danger" onClick={onDelete}>
          Delete
        </button>
      </div>
    );
  }
  return null;
}
