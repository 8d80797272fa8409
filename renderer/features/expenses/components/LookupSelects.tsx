/**
 * The category, vendor, person and payment-method selects that every expense and invoice form
 * shows. One place decides the option text (category path, vendor and person names, payment
 * labels) and the empty choice, so the entry row, the detail form, the filter and the invoice
 * forms never drift apart; TypedDateField is the one way a date is typed in Expenses.
 */
import { useId, useState } from 'react';
import { PAYMENT_METHODS, PAYMENT_METHOD_LABELS } from '../../../../shared/domain/expenses';
import {
  formatDate,
  parseTypedDate,
  typedDateExample,
  type IsoDate,
} from '../../../../shared/lib/dates';
import type { Lookups } from './lookups';

interface LookupSelectProps {
  lookups: Lookups;
  value: string;
  onChange: (value: string) => void;
  label?: string;
  /** Text of the "nothing chosen" option (value ''). */
  emptyLabel?: string;
  className?: string;
  disabled?: boolean;
}

function OptionSelect({
  label,
  emptyLabel,
  options,
  value,
  onChange,
  className = 'field',
  disabled,
}: Omit<LookupSelectProps, 'lookups'> & {
  label: string;
  options: readonly { id: string; text: string }[];
}) {
  return (
    <label className={className}>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
}

export function CategorySelect({
  lookups,
  label = 'Category',
  emptyLabel = 'Uncategorized',
  ...rest
}: LookupSelectProps) {
  const options = lookups.categories.map((c) => ({ id: c.id, text: c.path }));
  return <OptionSelect {...rest} label={label} emptyLabel={emptyLabel} options={options} />;
}

export function VendorSelect({
  lookups,
  label = 'Vendor',
  emptyLabel = '—',
  ...rest
}: LookupSelectProps) {
  const options = lookups.vendors.map((v) => ({ id: v.id, text: v.name }));
  return <OptionSelect {...rest} label={label} emptyLabel={emptyLabel} options={options} />;
}

export function PersonSelect({
  lookups,
  label = 'Spent by',
  emptyLabel = '—',
  ...rest
}: LookupSelectProps) {
  const options = lookups.people.map((p) => ({ id: p.id, text: p.name }));
  return <OptionSelect {...rest} label={label} emptyLabel={emptyLabel} options={options} />;
}

const PAYMENT_OPTIONS = PAYMENT_METHODS.map((p) => ({ id: p, text: PAYMENT_METHOD_LABELS[p] }));

/** Without `emptyLabel` a payment method must be chosen (the entry row always has one). */
export function PaymentSelect({ label = 'Payment', ...rest }: Omit<LookupSelectProps, 'lookups'>) {
  return <OptionSelect {...rest} label={label} options={PAYMENT_OPTIONS} />;
}

/**
 * A date field that takes the date as the office types it ("12/3", "Dec 3", "yesterday", ISO;
 * issue 16.8) and shows it in the office's format, like the entry row and the list. The day is
 * handed on (ISO) when the field is left or Enter is pressed; Escape puts back the shown date.
 * Give it `key={value}` to follow a value changed from outside.
 */
export function TypedDateField({
  label,
  value,
  locale,
  onCommit,
  className = 'field',
}: {
  label: string;
  value: IsoDate;
  locale: string;
  onCommit: (day: IsoDate) => void;
  className?: string;
}) {
  const shown = formatDate(value, locale);
  const [text, setText] = useState(shown);
  const [bad, setBad] = useState(false);
  const errorId = useId();
  const commit = () => {
    if (!text.trim()) {
      setText(shown);
      setBad(false);
      return;
    }
    const day = parseTypedDate(text, locale);
    setBad(!day);
    if (!day) return;
    setText(formatDate(day, locale));
    if (day !== value) onCommit(day);
  };
  return (
    <>
      <label className={className}>
        <span>{label}</span>
        <input
          value={text}
          size={12}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              commit();
            } else if (e.key === 'Escape' && text !== shown) {
              e.stopPropagation();
              setText(shown);
              setBad(false);
            }
          }}
          aria-invalid={bad || undefined}
          aria-describedby={bad ? errorId : undefined}
        />
      </label>
      {bad ? (
        // Its own line at the end of a flex row of fields (the filter bar), so no field moves.
        <p id={errorId} className="field-error" style={{ flexBasis: '100%', order: 99, margin: 0 }}>
          {label}: not a date. Type it like {shown}, {typedDateExample(locale)} or “yesterday”.
        </p>
      ) : null}
    </>
  );
}
