/**
 * The import pages' file target: a dashed box that is a button (click, Enter or Space opens the
 * platform's file dialog through `onChoose`) and a drop target (`onFiles` gets every dropped
 * file; pages read one at a time with `oneFileAtATime`, which names the rest).
 */
import { useState, type ReactNode } from 'react';

export function FileDropZone({
  label,
  title,
  hint,
  disabled = false,
  className,
  extraClassName,
  onChoose,
  onFiles,
}: {
  /** The accessible name: "Choose a contacts file (.vcf or .csv)". */
  label: string;
  title: ReactNode;
  hint: ReactNode;
  disabled?: boolean;
  /** The page's own box class; `${className}-over` is added while a file is dragged over. */
  className: string;
  /** More classes for the box ('card'). */
  extraClassName?: string;
  onChoose: () => void;
  onFiles: (files: File[]) => void;
}) {
  const [over, setOver] = useState(false);
  return (
    <div
      className={[className, over ? `${className}-over` : '', extraClassName ?? ''].filter(Boolean).join(' ')}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-disabled={disabled}
      onClick={() => !disabled && onChoose()}
      onKeyDown={(e) => {
        if ((e.key === 'Enter' || e.key === ' ') && !disabled) {
          e.preventDefault();
          onChoose();
        }
      }}
      onDragEnter={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragOver={(e) => e.preventDefault()}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles([...e.dataTransfer.files]);
      }}
    >
      <strong>{title}</strong>
      <span className="muted">{hint}</span>
    </div>
  );
}
