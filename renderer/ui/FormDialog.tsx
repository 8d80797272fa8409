/**
 * The one shape of a form in a dialog: the fields, the error a failed save gives (as an alert,
 * in the words the repository or schema used), and Cancel / Submit. Submitting runs `onSubmit`;
 * a throw or rejection shows its message and keeps everything typed, so nothing is lost.
 * Closing (Escape or Cancel) a form whose fields were changed asks first, inside the dialog:
 * "Discard what you typed?" with Keep editing (focused) and Discard; an untouched form closes
 * at once. "Changed" is any input or change event inside the form since it opened.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { errorMessage } from '../../shared/lib/errors';
import { discardGuardStart, discardGuardStep, type DiscardGuardEvent } from './discardGuard';
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
  const [guard, setGuard] = useState(discardGuardStart);
  const keepRef = useRef<HTMLButtonElement>(null);
  /** Where focus was when the question came up, to return there on Keep editing. */
  const returnFocus = useRef<HTMLElement | null>(null);
  const step = (event: DiscardGuardEvent) => {
    const next = discardGuardStep(guard, event);
    if (next.state.asking && !guard.asking) {
      returnFocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
    }
    if (next.state !== guard) setGuard(next.state);
    if (next.close) onClose();
    else if (guard.asking && !next.state.asking) {
      const back = returnFocus.current;
      requestAnimationFrame(() => back?.isConnected && back.focus());
    }
  };
  const edited = () => {
    if (!guard.dirty) step('edit');
  };
  useEffect(() => {
    if (guard.asking) keepRef.current?.focus();
  }, [guard.asking]);
  return (
    <Modal title={title} onClose={() => step('close')} size={size} className={className}>
      <form
        aria-label={formLabel}
        noValidate={noValidate}
        onInput={edited}
        onChange={edited}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {children}
        <FormError error={error} />
        {guard.asking ? (
          <div className="discard-prompt" role="alert">
            <p>Discard what you typed?</p>
            <div className="actions">
              <button
                ref={keepRef}
                type="button"
                className="btn btn-primary"
                onClick={() => step('keep')}
              >
                Keep editing
              </button>
              <button type="button" className="btn btn-danger" onClick={() => step('discard')}>
                Discard
              </button>
            </div>
          </div>
        ) : (
          <div className="actions">
            <button type="button" className="btn" onClick={() => step('close')}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy || submitDisabled}>
              {submitLabel}
            </button>
          </div>
        )}
      </form>
    </Modal>
  );
}
