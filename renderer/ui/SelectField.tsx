/**
 * A select with its caption as a <label for> beside it (not wrapping it), so the select's
 * accessible name is exactly the caption and not the caption plus every option's text.
 */
import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';

export function SelectField({
  label,
  value,
  onChange,
  children,
  className = 'field',
  ...rest
}: {
  label: string;
  value: string | number;
  onChange: (value: string) => void;
  children: ReactNode;
  className?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children' | 'className' | 'id'>) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="field-caption">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...rest}>
        {children}
      </select>
    </div>
  );
}
