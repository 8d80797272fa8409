/**
 * The title bar of a screen opened from the register (editor, scan viewer, mail merge): the
 * way back first, then the screen's title and whatever state it shows beside it.
 */
import type { ReactNode } from 'react';

export function ScreenHeader({
  title,
  onBack,
  backKeys,
  children,
}: {
  title: ReactNode;
  onBack: () => void;
  /** The key that also goes back, announced on the button. */
  backKeys?: string;
  children?: ReactNode;
}) {
  return (
    <header className="page-header doc-editor-header">
      <button type="button" className="btn" onClick={onBack} aria-keyshortcuts={backKeys}>
        ← Documents
      </button>
      <h1 className="doc-editor-title">{title}</h1>
      {children}
    </header>
  );
}
