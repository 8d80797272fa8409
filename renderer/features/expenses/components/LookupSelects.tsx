/**
 * The category, vendor, person and payment-method selects that every expense and invoice form
 * shows. One place decides the option text (category path, vendor and person names, payment
 * labels) and the empty choice, so the entry row, the detail form, the filter and the invoice
 * forms never drift apart.
 */
import { PAYMENT_METHODS, PAYMENT_METHOD_LABELS } from '../../../../shared/domain/expenses';
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
