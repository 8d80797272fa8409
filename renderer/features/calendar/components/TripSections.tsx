/**
 * The parts of a trip's page below its details: the tickets attached to it, the expenses
 * booked against it (estimate vs actual), and the printed itinerary (A4 or Letter).
 */
import { useMemo, useState } from 'react';
import { FileText, Paperclip, Printer, Receipt } from 'lucide-react';
import { defaultPageSize, renderItineraryHtml, type PageSize } from '../../../../shared/documents';
import type { Trip } from '../../../../shared/domain/calendar';
import { formatDate, today } from '../../../../shared/lib/dates';
import { errorMessage } from '../../../../shared/lib/errors';
import { formatMoney, parseMoney } from '../../../../shared/lib/money';
import { getAttachmentBytes } from '../../../db/attachments';
import { getPlatform } from '../../../platform';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { FormError, useSubmit } from '../../../ui/FormDialog';
import { usePrintDocument } from '../../../ui/printing';
import { EmailDraftButton } from '../../../ui/EmailDraft';
import { useToast } from '../../../ui/Toast';
import { useEmployees } from '../../people';
import { useReportUnsaved } from '../../../ui/LeaveGuard';
import { useTripCosts, useTripDocuments, useTripExpenseCandidates } from '../tripHooks';
import { addTripDocument, addTripExpense, legTitle, linkExpense, removeTripDocument, unlinkExpense } from '../trips';
import { FileName, fileAttachedMessage } from '../../../ui/FileName';

export function TripDocuments({ trip }: { trip: Trip }) {
  const docs = useTripDocuments(trip);
  const toast = useToast((s) => s.show);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<string | undefined>) => {
    setBusy(true);
    try {
      const message = await work();
      if (message) toast(message);
    } catch (e) {
      toast(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const attach = () =>
    run(async () => {
      const files = await getPlatform().pickFiles({
        title: 'Choose tickets or bookings',
        multiple: true,
        filters: [{ name: 'Tickets and bookings', extensions: ['pdf', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'txt', 'eml', 'doc', 'docx', 'odt', 'rtf', 'pkpass'] }],
      });
      for (const file of files) await addTripDocument(trip.id, { name: file.name, mimeType: file.type, bytes: file.bytes });
      return files.length === 0 ? undefined : files.length === 1 ? fileAttachedMessage(files[0]!.name) : `${files.length} files attached`;
    });
  const download = (id: string, name: string, mimeType: string) =>
    run(async () => {
      const bytes = await getAttachmentBytes(id);
      if (!bytes) return 'This file is kept by the desktop app; open it from there.';
      await getPlatform().saveFile(bytes, { suggestedName: name, mimeType });
      return undefined;
    });
  return (
    <section className="card trip-section" aria-labelledby="trip-docs-h">
      <div className="trip-section-head">
        <h2 id="trip-docs-h">Tickets and documents</h2>
        <button type="button" className="btn" disabled={busy} onClick={() => void attach()}>
          <Paperclip size={14} aria-hidden="true" /> Attach files…
        </button>
      </div>
      {docs && docs.length === 0 ? <p className="muted trip-empty">No tickets attached: attach e-tickets, boarding passes and booking confirmations.</p> : null}
      {docs && docs.length > 0 ? (
        <ul className="trip-docs" aria-label="Documents">
          {docs.map((a) => (
            <li key={a.id}>
              <FileText size={14} aria-hidden="true" />
              <FileName className="trip-doc-name" name={a.name} />
              <span className="muted">{Math.max(1, Math.ceil(a.size / 1024))} KB</span>
              <button type="button" className="btn" onClick={() => void download(a.id, a.name, a.mimeType)} aria-label={`Download ${a.name}`}>
                Download
              </button>
              <button
                type="button"
                className="btn"
                disabled={busy}
                onClick={() => void run(async () => (await removeTripDocument(trip.id, a.id), `${a.name} removed`))}
                aria-label={`Remove ${a.name}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export function TripExpenses({ trip }: { trip: Trip }) {
  const { currency, locale } = useCompanyProfile();
  const costs = useTripCosts(trip);
  const employees = useEmployees();
  const names = useMemo(() => new Map((employees ?? []).map((e) => [e.id, e.name])), [employees]);
  const travellerName = names.get(trip.travellerId);
  const [search, setSearch] = useState('');
  const candidates = useTripExpenseCandidates(trip, search, names);
  const toast = useToast((s) => s.show);
  const money = (c: number) => formatMoney(c, currency, locale);
  const [linking, setLinking] = useState(false);
  const [adding, setAdding] = useState(false);
  const [date, setDate] = useState(trip.startDate);
  const [description, setDescription] = useState('');
  const [amount, setAmount] = useState('');
  useReportUnsaved('new-expense', adding && (description.trim() !== '' || amount.trim() !== '' || date !== trip.startDate));
  const link = async (expenseId: string, description: string) => {
    setLinking(true);
    try {
      await linkExpense(trip.id, expenseId);
      setSearch('');
      toast(`${description} linked to the trip`);
    } catch (e) {
      toast(errorMessage(e));
    } finally {
      setLinking(false);
    }
  };
  const add = useSubmit(async () => {
    const cents = parseMoney(amount, currency, locale);
    if (cents === null) throw new Error(amount.trim() ? `"${amount}" is not an amount of money.` : 'Enter the amount.');
    const { expense } = await addTripExpense(trip.id, { date, description, amountCents: cents });
    toast(`Expense ${expense.description} added and linked`);
    setDescription('');
    setAmount('');
    setAdding(false);
  });
  const diff = costs?.differenceCents ?? 0;
  return (
    <section className="card trip-section" aria-labelledby="trip-exp-h">
      <div className="trip-section-head">
        <h2 id="trip-exp-h">Expenses</h2>
        <button type="button" className="btn" onClick={() => setAdding(true)} disabled={adding}>
          <Receipt size={14} aria-hidden="true" /> Add expense
        </button>
      </div>
      {costs ? (
        <dl className="trip-costs" aria-label="Estimate and actual">
          <div>
            <dt>Estimate</dt>
            <dd data-testid="trip-estimate">{money(costs.estimateCents)}</dd>
            <dd className="muted">{costs.estimateFromLegs ? "the legs' costs" : `approved; legs ${money(costs.legCostCents)}`}</dd>
          </div>
          <div>
            <dt>Actual</dt>
            <dd data-testid="trip-actual">{money(costs.actualCents)}</dd>
            <dd className="muted">
              {costs.expenses.length} linked {costs.expenses.length === 1 ? 'expense' : 'expenses'}
            </dd>
          </div>
          <div className={diff > 0 ? 'trip-over' : diff < 0 ? 'trip-under' : undefined}>
            <dt>{diff > 0 ? 'Over the estimate' : diff < 0 ? 'Under the estimate' : 'Difference'}</dt>
            <dd data-testid="trip-difference">{money(Math.abs(diff))}</dd>
          </div>
        </dl>
      ) : null}
      {costs && costs.expenses.length > 0 ? (
        <table className="data-table trip-exp-table" aria-label="Linked expenses">
          <thead>
            <tr>
              <th>Date</th>
              <th>Description</th>
              <th className="num">Amount</th>
              <th>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {costs.expenses.map((e) => (
              <tr key={e.id}>
                <td>{formatDate(e.date, locale)}</td>
                <td>{e.description}</td>
                <td className="num">{money(e.amountCents)}</td>
                <td>
                  <button
                    type="button"
                    className="btn"
                    aria-label={`Unlink ${e.description}`}
                    onClick={() => void unlinkExpense(trip.id, e.id).then(() => toast(`${e.description} unlinked (still in Expenses)`), (err: unknown) => toast(errorMessage(err)))}
                  >
                    Unlink
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted trip-empty">No expenses linked yet: link the traveller&apos;s expenses from around the trip, or add one.</p>
      )}
      <div className="trip-link" role="group" aria-labelledby="trip-link-h">
        <h3 id="trip-link-h">Link an existing expense</h3>
        <label className="field">
          <span>Find an expense</span>
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="description, person, amount or date"
            aria-describedby="trip-link-hint"
          />
        </label>
        <p id="trip-link-hint" className="muted trip-hint">
          {search.trim()
            ? 'Every expense with these words; the traveller’s and those around the trip first.'
            : `${travellerName ? `${travellerName}’s expenses` : 'The traveller’s expenses'} and the office’s from 14 days either side of the trip; search to find any other.`}
        </p>
        {candidates && candidates.length > 0 ? (
          <table className="data-table trip-exp-table" aria-label="Expenses to link">
            <thead>
              <tr>
                <th>Date</th>
                <th>Description</th>
                <th className="num">Amount</th>
                <th>Who</th>
                <th>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {candidates.map(({ expense: e }) => (
                <tr key={e.id}>
                  <td>{formatDate(e.date, locale)}</td>
                  <td className="trip-wrap">{e.description}</td>
                  <td className="num">{money(e.amountCents)}</td>
                  <td className="trip-wrap">{e.spentById ? (names.get(e.spentById) ?? '—') : '—'}</td>
                  <td>
                    <button type="button" className="btn" disabled={linking} aria-label={`Link ${e.description}`} onClick={() => void link(e.id, e.description)}>
                      Link
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : candidates ? (
          <p className="muted trip-empty">{search.trim() ? `No expense matches “${search.trim()}”.` : 'No expenses around the trip yet: search all expenses, or add one.'}</p>
        ) : null}
      </div>
      {adding ? (
        <form
          className="trip-inline-form"
          aria-label="New expense"
          noValidate
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setAdding(false);
            }
          }}
          onSubmit={(e) => {
            e.preventDefault();
            void add.submit();
          }}
        >
          <label className="field">
            <span>Date</span>
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
          </label>
          <label className="field trip-grow">
            <span>Description</span>
            <input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={300} required autoFocus />
          </label>
          <label className="field">
            <span>{`Amount (${currency})`}</span>
            <input value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" required />
          </label>
          <button type="submit" className="btn btn-primary" disabled={add.busy}>
            Save expense
          </button>
          <button type="button" className="btn" onClick={() => setAdding(false)}>
            Cancel
          </button>
          <FormError error={add.error} />
        </form>
      ) : null}
    </section>
  );
}

export function TripPrint({ trip, travellerName, travellerEmail }: { trip: Trip; travellerName: string; travellerEmail?: string }) {
  const company = useCompanyProfile();
  const costs = useTripCosts(trip);
  const printDocument = usePrintDocument();
  const [pageSize, setPageSize] = useState<PageSize | null>(null);
  const [withCosts, setWithCosts] = useState(false);
  const size = pageSize ?? defaultPageSize(company);
  const request = () => {
    const html = renderItineraryHtml(
      {
        pageSize: size,
        preparedOn: today(),
        traveller: travellerName,
        purpose: trip.purpose,
        destination: trip.destination,
        startDate: trip.startDate,
        endDate: trip.endDate,
        status: trip.status[0]!.toUpperCase() + trip.status.slice(1),
        notes: trip.notes,
        legs: trip.legs.map((l) => ({ ...l, title: legTitle(l) })),
        showCosts: withCosts,
        estimateCents: costs?.estimateCents,
        actualCents: costs?.actualCents,
      },
      company,
    );
    return { html, title: `Itinerary ${travellerName} ${trip.startDate}`, pageSize: size };
  };
  const print = useSubmit(async () => {
    let failure: string | null = null;
    await printDocument('print', request(), { what: 'The itinerary', onError: (m) => (failure = m) });
    if (failure) throw new Error(failure);
  });
  return (
    <section className="card trip-section" aria-labelledby="trip-print-h">
      <h2 id="trip-print-h">Itinerary</h2>
      <p className="muted">Every day of the trip on paper, with each leg at its local times, the hotel addresses and the confirmation codes.</p>
      <div className="trip-inline-form">
        <label className="field">
          <span>Paper</span>
          <select value={size} onChange={(e) => setPageSize(e.target.value as PageSize)}>
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </label>
        <label className="trip-check">
          <input type="checkbox" checked={withCosts} onChange={(e) => setWithCosts(e.target.checked)} /> Include costs
        </label>
        <button type="button" className="btn btn-primary" disabled={print.busy} onClick={() => void print.submit()}>
          <Printer size={14} aria-hidden="true" /> Print itinerary
        </button>
        <EmailDraftButton
          what="the itinerary"
          label="Email itinerary…"
          prepare={() => ({
            document: request(),
            to: travellerEmail ? [travellerEmail] : [],
            subject: `Itinerary: ${trip.destination}, ${trip.startDate}–${trip.endDate}`,
            body: `Hello ${travellerName.split(' ')[0]},\n\nAttached is your itinerary for ${trip.destination}${trip.purpose ? ` (${trip.purpose})` : ''}, with each leg at its local times, the hotel addresses and the confirmation codes.\n\nSafe travels,\n${company.name}`,
            fileName: `Itinerary ${travellerName} ${trip.startDate}`,
          })}
        />
      </div>
      <FormError error={print.error} />
    </section>
  );
}
