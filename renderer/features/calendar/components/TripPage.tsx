/**
 * `#/calendar/trips/new` and `#/calendar/trips/<id>`: a trip's details (traveller, purpose,
 * destination, dates, status, approved estimate, notes), then — once saved — its legs with
 * their own local times and zones, the tickets attached, the expenses against it (estimate vs
 * actual) and the printed itinerary.
 */
import { useState } from 'react';
import { ArrowLeft, Trash2 } from 'lucide-react';
import { TRIP_STATUSES, type Trip, type TripStatus } from '../../../../shared/domain/calendar';
import { centsToDecimalString, parseMoney } from '../../../../shared/lib/money';
import { today } from '../../../../shared/lib/dates';
import { hrefFor, navigate } from '../../../core/router';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useDbQuery } from '../../../db/hooks';
import { FormError, useSubmit } from '../../../ui/FormDialog';
import { Modal } from '../../../ui/Modal';
import { useToast } from '../../../ui/Toast';
import { useEmployees } from '../../people';
import { getCalendarSettings, platformTimeZone } from '../calendarSettings';
import { useTrip } from '../tripHooks';
import { createTrip, deleteTrip, TRIP_STATUS_LABELS, updateTrip } from '../trips';
import { LeaveGuard, useAllowLeave, useReportUnsaved } from '../../../ui/LeaveGuard';
import { TripLegsEditor } from './TripLegsEditor';
import { TripDocuments, TripExpenses, TripPrint } from './TripSections';
import './trips.css';

interface DetailFields {
  travellerId: string;
  purpose: string;
  destination: string;
  startDate: string;
  endDate: string;
  status: TripStatus;
  estimate: string;
  notes: string;
}

function TripDetailsForm({ trip, onCreated }: { trip?: Trip; onCreated?: (t: Trip) => void }) {
  const { currency, locale } = useCompanyProfile();
  const employees = useEmployees();
  const toast = useToast((s) => s.show);
  const initial = (): DetailFields => ({
    travellerId: trip?.travellerId ?? '',
    purpose: trip?.purpose ?? '',
    destination: trip?.destination ?? '',
    startDate: trip?.startDate ?? today(),
    endDate: trip?.endDate ?? today(),
    status: trip?.status ?? 'planned',
    estimate: trip?.estimateCents !== undefined ? centsToDecimalString(trip.estimateCents, currency) : '',
    notes: trip?.notes ?? '',
  });
  const [f, setF] = useState<DetailFields>(initial);
  // What was last saved (or opened): the details differ from it until saved.
  const [saved, setSaved] = useState<DetailFields>(f);
  const unsaved = (Object.keys(f) as (keyof DetailFields)[]).some((k) => f[k] !== saved[k]);
  useReportUnsaved('trip-details', unsaved);
  const allowLeave = useAllowLeave();
  const set = <K extends keyof DetailFields>(k: K, v: DetailFields[K]) =>
    setF((prev) => ({ ...prev, [k]: v, ...(k === 'startDate' && prev.endDate < (v as string) ? { endDate: v as string } : {}) }));
  const travellers = (employees ?? []).filter((e) => e.status !== 'left' || e.id === f.travellerId).sort((a, b) => a.name.localeCompare(b.name));
  const save = useSubmit(async () => {
    if (!f.travellerId) throw new Error('Choose the traveller.');
    let estimateCents: number | undefined;
    if (f.estimate.trim()) {
      const c = parseMoney(f.estimate, currency, locale);
      if (c === null || c < 0) throw new Error(`The estimate "${f.estimate}" is not an amount of money.`);
      estimateCents = c;
    }
    const draft = {
      travellerId: f.travellerId,
      purpose: f.purpose,
      destination: f.destination,
      startDate: f.startDate,
      endDate: f.endDate,
      status: f.status,
      notes: f.notes,
    };
    if (trip) {
      // An emptied estimate goes back to the legs' costs.
      await updateTrip(trip.id, { ...draft, estimateCents: estimateCents ?? ('' as unknown as undefined) });
      setSaved(f);
      toast('Trip saved');
    } else {
      const created = await createTrip({ ...draft, ...(estimateCents !== undefined ? { estimateCents } : {}) });
      toast(`Trip ${created.purpose} created: add its legs`);
      allowLeave();
      onCreated?.(created);
    }
  });
  return (
    <form
      className="card trip-section"
      aria-label="Trip details"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save.submit();
      }}
    >
      <div className="trip-details-grid">
        <label className="field">
          <span>Traveller</span>
          <select value={f.travellerId} onChange={(e) => set('travellerId', e.target.value)} autoFocus={!trip}>
            <option value="">Choose…</option>
            {travellers.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field trip-span-2">
          <span>Purpose</span>
          <input value={f.purpose} onChange={(e) => set('purpose', e.target.value)} maxLength={200} required />
        </label>
        <label className="field">
          <span>Destination</span>
          <input value={f.destination} onChange={(e) => set('destination', e.target.value)} maxLength={200} />
        </label>
        <label className="field">
          <span>First day</span>
          <input type="date" value={f.startDate} onChange={(e) => set('startDate', e.target.value)} required />
        </label>
        <label className="field">
          <span>Last day</span>
          <input type="date" value={f.endDate} min={f.startDate} onChange={(e) => set('endDate', e.target.value)} required />
        </label>
        <label className="field">
          <span>Status</span>
          <select value={f.status} onChange={(e) => set('status', e.target.value as TripStatus)}>
            {TRIP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {TRIP_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{`Approved estimate (${currency})`}</span>
          <input value={f.estimate} onChange={(e) => set('estimate', e.target.value)} inputMode="decimal" placeholder="the legs' costs" />
        </label>
        <label className="field trip-span-all">
          <span>Notes</span>
          <textarea value={f.notes} onChange={(e) => set('notes', e.target.value)} rows={2} maxLength={10000} />
        </label>
      </div>
      <FormError error={save.error} />
      <div className="trip-leg-actions">
        <button type="submit" className="btn btn-primary" disabled={save.busy}>
          {trip ? 'Save details' : 'Create trip'}
        </button>
        {trip ? null : (
          <a className="btn" href={hrefFor('calendar', 'trips')}>
            Cancel
          </a>
        )}
      </div>
    </form>
  );
}

function DeleteTrip({ trip }: { trip: Trip }) {
  const [open, setOpen] = useState(false);
  const toast = useToast((s) => s.show);
  const del = useSubmit(async () => {
    await deleteTrip(trip.id);
    toast(`Trip ${trip.purpose} deleted`);
    navigate('calendar', 'trips');
  });
  return (
    <>
      <button type="button" className="btn btn-danger" onClick={() => setOpen(true)}>
        <Trash2 size={14} aria-hidden="true" /> Delete trip
      </button>
      {open ? (
        <Modal title={`Delete the trip "${trip.purpose}"?`} onClose={() => setOpen(false)}>
          <p>It leaves the traveller&apos;s diary. Its expenses stay in Expenses; the trip can be restored from the bin.</p>
          <FormError error={del.error} />
          <div className="actions">
            <button type="button" className="btn" onClick={() => setOpen(false)} autoFocus>
              Keep the trip
            </button>
            <button type="button" className="btn btn-danger" disabled={del.busy} onClick={() => void del.submit()}>
              Delete
            </button>
          </div>
        </Modal>
      ) : null}
    </>
  );
}

/** A trip's page; leaving it with unsaved details, a leg or an expense being typed asks first. */
export function TripPage({ tripId }: { tripId?: string | undefined }) {
  return (
    <LeaveGuard>
      <TripPageBody tripId={tripId} />
    </LeaveGuard>
  );
}

function TripPageBody({ tripId }: { tripId?: string | undefined }) {
  const trip = useTrip(tripId);
  const employees = useEmployees();
  const settings = useDbQuery((d) => getCalendarSettings(d), []);
  const officeZone = settings?.officeTimeZone ?? platformTimeZone();
  const back = (
    <a className="trip-back" href={hrefFor('calendar', 'trips')}>
      <ArrowLeft size={14} aria-hidden="true" /> Trips
    </a>
  );
  if (!tripId) {
    return (
      <div className="page trip-page">
        {back}
        <header className="page-header">
          <h1>New trip</h1>
        </header>
        <TripDetailsForm onCreated={(t) => navigate('calendar', 'trips', t.id)} />
      </div>
    );
  }
  if (trip === undefined) return <div className="page trip-page" aria-busy="true">{back}</div>;
  if (trip === null) {
    return (
      <div className="page trip-page">
        {back}
        <header className="page-header">
          <h1>Trip not found</h1>
        </header>
        <p className="muted">This trip does not exist or was deleted. Deleted trips can be restored from the bin in Settings.</p>
      </div>
    );
  }
  const traveller = employees?.find((e) => e.id === trip.travellerId);
  return (
    <div className="page trip-page">
      {back}
      <header className="page-header trip-head">
        <div>
          <h1>{trip.purpose}</h1>
          <p className="muted">
            {[traveller?.name, trip.destination, TRIP_STATUS_LABELS[trip.status]].filter(Boolean).join(' · ')}
          </p>
        </div>
        <DeleteTrip trip={trip} />
      </header>
      <TripDetailsForm key={trip.id} trip={trip} />
      <TripLegsEditor trip={trip} officeZone={officeZone} />
      <div className="trip-two">
        <TripExpenses trip={trip} />
        <TripDocuments trip={trip} />
      </div>
      <TripPrint trip={trip} travellerName={traveller?.name ?? 'Traveller'} travellerEmail={traveller?.email} />
    </div>
  );
}
