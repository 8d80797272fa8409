/**
 * A labelled select whose accessible name is exactly its caption: the caption is a <label for>
 * beside the select, not around it (a wrapping label would add every option's text to the name).
 */
import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';

export function FieldSelect({
  label,
  className = 'field',
  children,
  ...rest
}: {
  label: string;
  className?: string;
  children: ReactNode;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="call-field-caption">
        {label}
      </label>
      <select id={id} {...rest}>
        {children}
      </select>
    </div>
  );
}
