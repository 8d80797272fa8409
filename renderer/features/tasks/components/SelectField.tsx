/**
 * A select with its caption as a <label for> beside it, not around it, so the select's
 * accessible name is exactly the caption (a wrapping label would also hold the options' text).
 */
import { useId, type ReactNode } from 'react';

export function SelectField({
  label,
  value,
  onChange,
  children,
  className = 'field',
}: {
  label: string;
  value: string | number;
  onChange: (value: string) => void;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="task-field-caption">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}
