/**
 * The question before changing or deleting one occurrence of a recurring event: "This event",
 * "This and following" or "All events" (issue 13.3). Also a plain yes/no confirm for deleting a
 * one-off event. The first choice has focus, Escape cancels.
 */
import { useEffect, useRef } from 'react';
import { Modal } from '../../../ui/Modal';
import type { RecurrenceScope } from '../events';

export function ScopeDialog({
  action,
  title,
  onChoose,
  onCancel,
}: {
  action: 'change' | 'delete' | 'move';
  /** The event's title, for the question. */
  title: string;
  onChoose: (scope: RecurrenceScope) => void;
  onCancel: () => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const verb = action === 'delete' ? 'Delete' : action === 'move' ? 'Move' : 'Change';
  return (
    <Modal title={`${verb} a repeating event`} onClose={onCancel}>
      <p>
        “{title}” repeats. {verb} which occurrences?
      </p>
      <div className="cal-scope-choices" role="group" aria-label="Which occurrences">
        <button ref={first} type="button" className="btn btn-primary" onClick={() => onChoose('this')}>
          This event
        </button>
        <button type="button" className="btn" onClick={() => onChoose('following')}>
          This and following
        </button>
        <button type="button" className={action === 'delete' ? 'btn btn-danger' : 'btn'} onClick={() => onChoose('all')}>
          All events
        </button>
      </div>
      <div className="actions">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}

export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  danger = false,
  onConfirm,
  onCancel,
}: {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <Modal title={title} onClose={onCancel}>
      <p>{message}</p>
      <div className="actions">
        <button ref={cancel} type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className={danger ? 'btn btn-danger' : 'btn btn-primary'} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
