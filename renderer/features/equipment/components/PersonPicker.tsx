/**
 * The "Person" picker of the check-out and booking dialogs: active people from People, with
 * their department. The caption is a <label for> beside the select, not around it, so the
 * select's accessible name is exactly the caption (a label wrapping the select would also hold
 * the options' text, which some assistive tech reads out as part of the name).
 */
import { useId } from 'react';
import { useActiveEmployees } from '../../people';
import './fields.css';

export function PersonPicker({
  value,
  onChange,
  label = 'Person',
  className = 'field wide',
  autoFocus = false,
}: {
  value: string;
  onChange: (personId: string) => void;
  label?: string;
  className?: string;
  autoFocus?: boolean;
}) {
  const people = useActiveEmployees();
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="eq-field-caption">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoFocus={autoFocus}
      >
        <option value="">
          {people === undefined
            ? 'Loading…'
            : people.length
              ? 'Choose a person…'
              : 'Nobody in People yet'}
        </option>
        {(people ?? []).map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
            {p.department ? ` — ${p.department}` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
