/**
 * A trip's legs as rows: each at its local times in its own zones (a flight from 10:30 London
 * to 13:25 New York), with the office's clock beside it when a zone differs. "Add leg" and
 * "Edit" open the row as a small form in place: Tab moves through the fields, Enter saves,
 * Escape cancels. The repository refuses a leg that ends before it starts as instants.
 */
import { useState, type KeyboardEvent } from 'react';
import { Pencil, Plane, Plus, Trash2 } from 'lucide-react';
import { utcToWall } from '../../../../shared/calendar';
import { itineraryZoneLabel } from '../../../../shared/documents';
import { TRIP_LEG_KINDS, type Trip, type TripLeg, type TripLegKind } from '../../../../shared/domain/calendar';
import { centsToDecimalString, formatMoney, parseMoney } from '../../../../shared/lib/money';
import { isKnownTimeZone } from '../../../../shared/calendar';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { FormError, useSubmit } from '../../../ui/FormDialog';
import { useToast } from '../../../ui/Toast';
import { addLeg, legInstants, legTitle, removeLeg, replaceLeg, TRIP_LEG_KIND_LABELS, type TripLegDraft } from '../trips';
import { useReportUnsaved } from '../../../ui/LeaveGuard';
import { TimeZoneField } from './TimeZoneField';

interface LegFields {
  kind: TripLegKind;
  carrier: string;
  number: string;
  from: string;
  to: string;
  start: string;
  startTimeZone: string;
  end: string;
  endTimeZone: string;
  confirmation: string;
  cost: string;
  notes: string;
}

const minutes = (wall: string) => wall.slice(0, 16);

function fieldsOf(leg: TripLeg | undefined, defaults: { zone: string; date: string }, currency: string): LegFields {
  return {
    kind: leg?.kind ?? 'flight',
    carrier: leg?.carrier ?? '',
    number: leg?.number ?? '',
    from: leg?.from ?? '',
    to: leg?.to ?? '',
    start: leg ? minutes(leg.start) : `${defaults.date}T09:00`,
    startTimeZone: leg?.startTimeZone ?? defaults.zone,
    end: leg ? minutes(leg.end) : `${defaults.date}T10:00`,
    endTimeZone: leg?.endTimeZone ?? defaults.zone,
    confirmation: leg?.confirmation ?? '',
    cost: leg?.costCents !== undefined ? centsToDecimalString(leg.costCents, currency) : '',
    notes: leg?.notes ?? '',
  };
}

const LABELS: Record<TripLegKind, { carrier: string; number?: string; from: string; to?: string; start: string; end: string }> = {
  flight: { carrier: 'Airline', number: 'Flight number', from: 'From', to: 'To', start: 'Departs', end: 'Arrives' },
  train: { carrier: 'Rail company', number: 'Train number', from: 'From', to: 'To', start: 'Departs', end: 'Arrives' },
  car: { carrier: 'Car hire firm', number: 'Booking reference', from: 'Pick up at', to: 'Drop off at', start: 'Pick up', end: 'Drop off' },
  hotel: { carrier: 'Hotel name', from: 'Address', start: 'Check-in', end: 'Check-out' },
  other: { carrier: 'Provider', number: 'Reference', from: 'From', to: 'To', start: 'Starts', end: 'Ends' },
};

function LegForm({
  trip,
  leg,
  officeZone,
  onDone,
}: {
  trip: Trip;
  leg?: TripLeg;
  officeZone: string;
  onDone: () => void;
}) {
  const { currency, locale } = useCompanyProfile();
  const toast = useToast((s) => s.show);
  const [opened] = useState<LegFields>(() => fieldsOf(leg, { zone: officeZone, date: trip.startDate }, currency));
  const [f, setF] = useState<LegFields>(opened);
  useReportUnsaved(`leg:${leg?.id ?? 'new'}`, (Object.keys(f) as (keyof LegFields)[]).some((k) => f[k] !== opened[k]));
  const labels = LABELS[f.kind];
  const set = <K extends keyof LegFields>(k: K, v: LegFields[K]) =>
    setF((prev) => {
      const next = { ...prev, [k]: v };
      // One zone for a stay; a new leg's arrival zone follows the departure's until changed.
      if (k === 'startTimeZone' && (next.kind === 'hotel' || prev.endTimeZone === prev.startTimeZone)) next.endTimeZone = v as string;
      if (k === 'kind' && v === 'hotel') next.endTimeZone = next.startTimeZone;
      return next;
    });
  const save = useSubmit(async () => {
    for (const [zone, what] of [
      [f.startTimeZone, labels.start],
      [f.endTimeZone, labels.end],
    ] as const)
      if (!isKnownTimeZone(zone.trim())) throw new Error(`Pick the time zone of "${what}" from the list, e.g. Europe/London.`);
    let costCents: number | undefined;
    if (f.cost.trim()) {
      const c = parseMoney(f.cost, currency, locale);
      if (c === null || c < 0) throw new Error(`The cost "${f.cost}" is not an amount of money.`);
      costCents = c;
    }
    const hotel = f.kind === 'hotel';
    const draft: TripLegDraft = {
      kind: f.kind,
      carrier: f.carrier,
      number: hotel ? '' : f.number,
      from: f.from,
      to: hotel ? '' : f.to,
      start: f.start,
      startTimeZone: f.startTimeZone.trim(),
      end: f.end,
      endTimeZone: (hotel ? f.startTimeZone : f.endTimeZone).trim(),
      confirmation: f.confirmation,
      costCents,
      notes: f.notes,
    };
    if (leg) {
      await replaceLeg(trip.id, leg.id, draft);
      toast(`${legTitle({ ...draft })} saved`);
    } else {
      await addLeg(trip.id, draft);
      toast(`${legTitle({ ...draft })} added`);
    }
    onDone();
  });
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onDone();
    }
  };
  const text = (k: keyof LegFields, label: string, props: { wide?: boolean; maxLength?: number; inputMode?: 'decimal' } = {}) => (
    <label className={`field${props.wide ? ' wide' : ''}`}>
      <span>{label}</span>
      <input value={f[k]} onChange={(e) => set(k, e.target.value)} maxLength={props.maxLength} inputMode={props.inputMode} />
    </label>
  );
  return (
    <form
      className="trip-leg-form"
      aria-label={leg ? `Edit leg ${legTitle(leg)}` : 'New leg'}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save.submit();
      }}
    >
      <div className="trip-leg-grid">
        <label className="field">
          <span>Kind</span>
          <select value={f.kind} onChange={(e) => set('kind', e.target.value as TripLegKind)} autoFocus>
            {TRIP_LEG_KINDS.map((k) => (
              <option key={k} value={k}>
                {TRIP_LEG_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        {text('carrier', labels.carrier, { maxLength: 120 })}
        {labels.number ? text('number', labels.number, { maxLength: 40 }) : null}
        {text('from', labels.from, { maxLength: 300, wide: f.kind === 'hotel' })}
        {labels.to ? text('to', labels.to, { maxLength: 300 }) : null}
        <label className="field">
          <span>{labels.start}</span>
          <input type="datetime-local" value={f.start} onChange={(e) => set('start', e.target.value)} required />
        </label>
        <TimeZoneField label={f.kind === 'hotel' ? 'Time zone' : `${labels.start}: time zone`} value={f.startTimeZone} onChange={(z) => set('startTimeZone', z)} required />
        <label className="field">
          <span>{labels.end}</span>
          <input type="datetime-local" value={f.end} onChange={(e) => set('end', e.target.value)} required />
        </label>
        {f.kind === 'hotel' ? null : (
          <TimeZoneField label={`${labels.end}: time zone`} value={f.endTimeZone} onChange={(z) => set('endTimeZone', z)} required />
        )}
        {text('confirmation', 'Confirmation code', { maxLength: 60 })}
        {text('cost', `Cost (${currency})`, { inputMode: 'decimal' })}
        {text('notes', 'Notes', { wide: true, maxLength: 2000 })}
      </div>
      <FormError error={save.error} />
      <div className="trip-leg-actions">
        <button type="submit" className="btn btn-primary" disabled={save.busy}>
          {leg ? 'Save leg' : 'Add this leg'}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          Cancel
        </button>
        <span className="muted trip-hint">
          <kbd>Enter</kbd> saves, <kbd>Esc</kbd> cancels
        </span>
      </div>
    </form>
  );
}

function dayLabel(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.parse(`${date}T00:00:00Z`));
}

function timeLabel(wall: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.parse(`${wall.slice(0, 16)}:00Z`));
}

/** 'Mon 2 Nov 10:30 London (GMT) → 13:25 New York (GMT-5)' and, when a zone differs from the office's, the office clock. */
export function legWhen(leg: TripLeg, officeZone: string, locale: string): { local: string; office?: string } {
  const { start, end } = legInstants(leg);
  const sameDay = leg.start.slice(0, 10) === leg.end.slice(0, 10);
  const local = `${dayLabel(leg.start.slice(0, 10), locale)} ${timeLabel(leg.start, locale)} ${itineraryZoneLabel(leg.startTimeZone, start, locale)} → ${
    sameDay ? '' : `${dayLabel(leg.end.slice(0, 10), locale)} `
  }${timeLabel(leg.end, locale)} ${itineraryZoneLabel(leg.endTimeZone, end, locale)}`;
  if (leg.startTimeZone === officeZone && leg.endTimeZone === officeZone) return { local };
  const os = utcToWall(start, officeZone);
  const oe = utcToWall(end, officeZone);
  const office = `Office time ${dayLabel(os.slice(0, 10), locale)} ${timeLabel(os, locale)} → ${os.slice(0, 10) === oe.slice(0, 10) ? '' : `${dayLabel(oe.slice(0, 10), locale)} `}${timeLabel(oe, locale)}`;
  return { local, office };
}

export function TripLegsEditor({ trip, officeZone }: { trip: Trip; officeZone: string }) {
  const { currency, locale } = useCompanyProfile();
  const toast = useToast((s) => s.show);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const remove = async (leg: TripLeg) => {
    try {
      await removeLeg(trip.id, leg.id);
      toast(`${legTitle(leg)} removed`);
    } catch (e) {
      toast(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="card trip-section" aria-labelledby="trip-legs-h">
      <div className="trip-section-head">
        <h2 id="trip-legs-h">Legs</h2>
        <button type="button" className="btn" onClick={() => setEditing('new')} disabled={editing === 'new'}>
          <Plus size={14} aria-hidden="true" /> Add leg
        </button>
      </div>
      {trip.legs.length === 0 && editing !== 'new' ? (
        <p className="muted trip-empty">
          <Plane size={16} aria-hidden="true" /> No legs yet: add the flights, trains, hire cars and hotels, each with its own local times.
        </p>
      ) : null}
      {trip.legs.length > 0 ? (
        <ol className="trip-legs" aria-label="Legs">
          {trip.legs.map((leg) =>
            editing === leg.id ? (
              <li key={leg.id} className="trip-leg editing">
                <LegForm trip={trip} leg={leg} officeZone={officeZone} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <LegRow key={leg.id} leg={leg} officeZone={officeZone} locale={locale} currency={currency} onEdit={() => setEditing(leg.id)} onRemove={() => void remove(leg)} />
            ),
          )}
        </ol>
      ) : null}
      {editing === 'new' ? <LegForm trip={trip} officeZone={officeZone} onDone={() => setEditing(null)} /> : null}
    </section>
  );
}

function LegRow({
  leg,
  officeZone,
  locale,
  currency,
  onEdit,
  onRemove,
}: {
  leg: TripLeg;
  officeZone: string;
  locale: string;
  currency: string;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const title = legTitle(leg);
  const when = legWhen(leg, officeZone, locale);
  const place = leg.kind === 'hotel' ? leg.from : leg.carrier && leg.number ? leg.carrier : undefined;
  return (
    <li className="trip-leg" aria-label={title}>
      <span className={`trip-kind trip-kind-${leg.kind}`}>{TRIP_LEG_KIND_LABELS[leg.kind]}</span>
      <div className="trip-leg-main">
        <strong>{title}</strong>
        <span className="trip-leg-when">{when.local}</span>
        {when.office ? <span className="muted trip-leg-office">{when.office}</span> : null}
        {place ? <span className="muted">{place}</span> : null}
        {leg.notes ? <span className="muted">{leg.notes}</span> : null}
      </div>
      <div className="trip-leg-side">
        {leg.confirmation ? (
          <span>
            <span className="muted">Confirmation </span>
            <code>{leg.confirmation}</code>
          </span>
        ) : null}
        {leg.costCents !== undefined ? <span className="num">{formatMoney(leg.costCents, currency, locale)}</span> : null}
      </div>
      <div className="trip-leg-buttons">
        <button type="button" className="btn" onClick={onEdit} aria-label={`Edit ${title}`}>
          <Pencil size={14} aria-hidden="true" /> Edit
        </button>
        <button type="button" className="btn" onClick={onRemove} aria-label={`Remove ${title}`}>
          <Trash2 size={14} aria-hidden="true" /> Remove
        </button>
      </div>
    </li>
  );
}
