/**
 * A modal dialog on the native <dialog> element: focus is trapped, Escape is reported through
 * onClose so the owner decides what closing means (it may keep the dialog open, e.g. to ask
 * before discarding typed text), and the title names the dialog. Escape is handled on keydown,
 * not left to the browser's cancel event: Chromium makes a second cancel without a click or
 * key press in between uncancellable and would close the dialog behind the owner's back. `size`
 * picks the width (small: a few fields; medium: a form with a table; large: two columns).
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './ui.css';

export type ModalSize = 'small' | 'medium' | 'large';

export function Modal({
  title,
  onClose,
  children,
  size = 'small',
  className,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  size?: ModalSize;
  /** Extra class for a feature's own styling of what is inside. */
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={['modal', `modal-${size}`, className].filter(Boolean).join(' ')}
      onKeyDown={(e) => {
        // A control inside that handles Escape itself (or an inner dialog) prevents the default.
        if (e.key !== 'Escape' || e.defaultPrevented || e.nativeEvent.isComposing) return;
        e.preventDefault();
        onClose();
      }}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
