/**
 * The one shape of a form in a dialog: the fields, the error a failed save gives (as an alert,
 * in the words the repository or schema used), and Cancel / Submit. Submitting runs `onSubmit`;
 * a throw or rejection shows its message and keeps everything typed, so nothing is lost.
 */
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../../shared/lib/errors';
import { Modal, type ModalSize } from './Modal';

/** A save's error under a form, announced to screen readers; nothing when there is none. */
export function FormError({ error }: { error: string | null | undefined }) {
  return error ? (
    <p className="error-box" role="alert">
      {error}
    </p>
  ) : null;
}

/** Runs a submit handler with busy and error state; for forms outside a dialog too. */
export function useSubmit(onSubmit: () => unknown | Promise<unknown>) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setError(null);
    setBusy(true);
    try {
      await onSubmit();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return { error, setError, busy, submit };
}

export function FormDialog({
  title,
  submitLabel,
  onSubmit,
  onClose,
  children,
  size = 'small',
  submitDisabled = false,
  className,
  formLabel,
  noValidate,
}: {
  title: string;
  submitLabel: string;
  /** Saves; close the dialog from here when it is done (a throw keeps it open with the error). */
  onSubmit: () => unknown | Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
  size?: ModalSize;
  submitDisabled?: boolean;
  className?: string;
  /** The form's accessible name when it should differ from the dialog title. */
  formLabel?: string;
  /** Leave checking to `onSubmit` (its messages are clearer than the browser's bubbles). */
  noValidate?: boolean;
}) {
  const { error, busy, submit } = useSubmit(onSubmit);
  return (
    <Modal title={title} onClose={onClose} size={size} className={className}>
      <form
        aria-label={formLabel}
        noValidate={noValidate}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {children}
        <FormError error={error} />
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy || submitDisabled}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
