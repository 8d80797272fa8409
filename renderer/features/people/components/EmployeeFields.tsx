/**
 * The employee form's controls, shared by "New employee", the details form and the confidential
 * form. Each caller names the fields it shows, in its own order; labels, input types and which
 * fields are required live here once so the forms cannot disagree.
 */
import type { ChangeEvent } from 'react';

type FieldSpec =
  | { label: string; kind: 'text' | 'email' | 'date'; required?: boolean }
  | { label: string; kind: 'textarea'; rows: number }
  | { label: string; kind: 'select'; options: readonly { value: string; text: string }[] }
  | { label: string; kind: 'manager' };

const FIELDS = {
  name: { label: 'Name', kind: 'text', required: true },
  email: { label: 'Work email', kind: 'email' },
  title: { label: 'Job title', kind: 'text' },
  department: { label: 'Department', kind: 'text' },
  managerId: { label: 'Manager', kind: 'manager' },
  startDate: { label: 'Start date', kind: 'date' },
  phone: { label: 'Work phone', kind: 'text' },
  extension: { label: 'Extension', kind: 'text' },
  salary: { label: 'Salary', kind: 'text' },
  salaryPeriod: {
    label: 'Per',
    kind: 'select',
    options: [
      { value: 'year', text: 'Year' },
      { value: 'month', text: 'Month' },
      { value: 'hour', text: 'Hour' },
    ],
  },
  birthDate: { label: 'Birth date', kind: 'date' },
  emergencyContact: { label: 'Emergency contact', kind: 'text' },
  homeAddress: { label: 'Home address', kind: 'textarea', rows: 2 },
  confidentialNotes: { label: 'Confidential notes', kind: 'textarea', rows: 3 },
} satisfies Record<string, FieldSpec>;

export type EmployeeFieldKey = keyof typeof FIELDS;

export function EmployeeFields<K extends EmployeeFieldKey>({
  fields,
  value,
  onChange,
  managers = [],
}: {
  fields: readonly K[];
  value: Record<K, string>;
  onChange: (next: Record<K, string>) => void;
  /** Choices for the manager field (the employee themself and archived staff already left out). */
  managers?: readonly { id: string; name: string }[];
}) {
  const set =
    (k: K) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      onChange({ ...value, [k]: e.target.value });
  return (
    <div className="form-grid">
      {fields.map((k) => {
        const spec: FieldSpec = FIELDS[k];
        const v = value[k];
        let control;
        switch (spec.kind) {
          case 'textarea':
            control = <textarea rows={spec.rows} value={v} onChange={set(k)} />;
            break;
          case 'select':
            control = (
              <select value={v} onChange={set(k)}>
                {spec.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.text}
                  </option>
                ))}
              </select>
            );
            break;
          case 'manager':
            control = (
              <select value={v} onChange={set(k)}>
                <option value="">No manager</option>
                {managers.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            );
            break;
          default:
            control = (
              <input
                type={spec.kind === 'text' ? undefined : spec.kind}
                value={v}
                onChange={set(k)}
                required={spec.required}
              />
            );
        }
        return (
          <label key={k} className={spec.kind === 'textarea' ? 'field wide' : 'field'}>
            <span>{spec.label}</span>
            {control}
          </label>
        );
      })}
    </div>
  );
}
