/**
 * The entry row at the top of the expenses list: type, press Enter, and the expense is saved
 * and focus moves to the description for the next one (issue 16.8: the date carries over, so
 * the next field that changes is the one to type in). The date is read as the office types it
 * ("12/3", "3.12.2026", "Dec 3", "yesterday", per the office locale) and shown in the office's
 * format. Date and payment method carry over, so a stack of receipts from one trip goes in
 * without touching the mouse.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { formatDate, parseTypedDate, today, typedDateExample } from '../../../../shared/lib/dates';
import type { PaymentMethod } from '../../../../shared/domain/expenses';
import { useMoney } from '../../budget';
import { useToast } from '../../../ui/Toast';
import { expenseRepository } from '../repository';
import { CategorySelect, PaymentSelect, PersonSelect, VendorSelect } from './LookupSelects';
import type { Lookups } from './lookups';
import { errorMessage } from '../../../../shared/lib/errors';
import { expenseAmountProblem } from '../../../../shared/domain/expenses';


export function EntryRow({ lookups }: { lookups: Lookups }) {
  const money = useMoney();
  const toast = useToast((s) => s.show);
  const descriptionRef = useRef<HTMLInputElement>(null);
  const [date, setDate] = useState(() => formatDate(today(), money.locale));
  const [description, setDescription] = useState('');
  const [amount, setAmount] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [vendorId, setVendorId] = useState('');
  const [paymentMethod, setPaymentMethod] = useState<PaymentMethod>('card');
  const [spentById, setSpentById] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (busy) return;
    const day = parseTypedDate(date, money.locale);
    if (!day) return setError(`"${date.trim()}" is not a date: type it like ${formatDate(today(), money.locale)}, ${typedDateExample(money.locale)}, or "yesterday".`);
    if (!description.trim()) return setError('Enter a description.');
    const cents = money.parse(amount);
    if (cents === null)
      return setError(
        `Enter an amount in ${money.currency}, e.g. 12.50 (a refund is negative: -12.50).`,
      );
    const amountProblem = expenseAmountProblem(cents);
    if (amountProblem) return setError(amountProblem);
    setBusy(true);
    try {
      await expenseRepository.create({
        date: day,
        description,
        amountCents: cents,
        categoryId: categoryId || undefined,
        vendorId: vendorId || undefined,
        paymentMethod,
        spentById: spentById || undefined,
        status: 'submitted',
      });
      setError(null);
      toast(`Saved "${description.trim()}" ${money.format(cents)}`);
      // Date, payment method and person carry over; the rest starts fresh for the next receipt.
      setDescription('');
      setAmount('');
      setCategoryId('');
      setVendorId('');
      setDate(formatDate(day, money.locale));
      descriptionRef.current?.focus();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    // Enter saves from any field, selects included (a select would otherwise swallow it).
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <form
      className="card exp-entry"
      aria-label="New expense"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="field">
        <span>Date</span>
        <input
          value={date}
          onChange={(e) => setDate(e.target.value)}
          onBlur={() => {
            // What was typed settles into the office's format, so every date reads one way.
            const day = parseTypedDate(date, money.locale);
            if (day) setDate(formatDate(day, money.locale));
          }}
          placeholder={typedDateExample(money.locale)}
          aria-describedby="exp-entry-hint"
          autoFocus
        />
      </label>
      <label className="field">
        <span>Description</span>
        <input
          ref={descriptionRef}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          placeholder="What was it for?"
        />
      </label>
      <label className="field">
        <span>Amount</span>
        <input
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          inputMode="decimal"
          placeholder="0.00"
          className="exp-num"
        />
      </label>
      <CategorySelect lookups={lookups} value={categoryId} onChange={setCategoryId} />
      <VendorSelect lookups={lookups} value={vendorId} onChange={setVendorId} />
      <PaymentSelect value={paymentMethod} onChange={(p) => setPaymentMethod(p as PaymentMethod)} />
      <PersonSelect lookups={lookups} value={spentById} onChange={setSpentById} />
      <button type="submit" className="btn btn-primary" disabled={busy}>
        Add expense
      </button>
      <p
        id="exp-entry-hint"
        className="muted"
        style={{ gridColumn: '1 / -1', margin: 0, fontSize: 12 }}
      >
        Enter saves and starts the next expense at its description; date, payment method and person carry
        over. Dates: {typedDateExample(money.locale)}, Dec 3, yesterday. Refunds are negative amounts.
      </p>
      {error ? (
        <p className="field-error" role="alert" style={{ gridColumn: '1 / -1', margin: 0 }}>
          {error}
        </p>
      ) : null}
    </form>
  );
}
