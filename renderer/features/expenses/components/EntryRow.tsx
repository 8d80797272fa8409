/**
 * The entry row at the top of the expenses list: type, press Enter, and the expense is saved
 * and focus returns to the date for the next one. Date and payment method carry over, so a
 * stack of receipts from one trip goes in without touching the mouse.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { isIsoDate, today } from '../../../../shared/lib/dates';
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
  const dateRef = useRef<HTMLInputElement>(null);
  const [date, setDate] = useState(today());
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
    if (!isIsoDate(date)) return setError('Enter the date as YYYY-MM-DD, e.g. 2026-03-14.');
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
        date,
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
      dateRef.current?.focus();
      dateRef.current?.select();
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
          ref={dateRef}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          placeholder="YYYY-MM-DD"
          aria-describedby="exp-entry-hint"
          autoFocus
        />
      </label>
      <label className="field">
        <span>Description</span>
        <input
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
        Enter saves and starts the next expense; date, payment method and person carry over. Refunds
        are negative amounts.
      </p>
      {error ? (
        <p className="field-error" role="alert" style={{ gridColumn: '1 / -1', margin: 0 }}>
          {error}
        </p>
      ) : null}
    </form>
  );
}
