/**
 * Bookings of a bookable item (issue 12.7), on the item's page: upcoming bookings (person,
 * from–to in local time, purpose, cancel), a "Book…" dialog that shows a clash in the dialog
 * and keeps what was typed, and past or cancelled bookings folded away. Items that are not
 * bookable show nothing.
 */
import { CalendarPlus } from 'lucide-react';
import { useState } from 'react';
import type { Equipment } from '../../../../shared/domain/equipment';
import { hrefFor } from '../../../core/router';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useDbQuery } from '../../../db/hooks';
import { FormDialog } from '../../../ui/FormDialog';
import { useToast } from '../../../ui/Toast';
import { useEmployees } from '../../people';
import { bookEquipment, cancelEquipmentBooking, formatBookingInstant, listEquipmentBookings, type EquipmentBooking } from '../bookings';
import { PersonPicker } from './PersonPicker';
import './handovers.css';

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date as the value of an <input type="datetime-local"> (local wall time). */
function toLocalInput(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (local wall time) as an ISO instant; '' when empty or unreadable. */
function fromLocalInput(value: string): string {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

export function BookingsSection({ equipment }: { equipment: Equipment }) {
  if (!equipment.bookable) return null;
  return <Bookings equipment={equipment} />;
}

function Bookings({ equipment }: { equipment: Equipment }) {
  const bookings = useDbQuery((db) => listEquipmentBookings(equipment.id, db), [equipment.id]);
  const people = useEmployees();
  const [booking, setBooking] = useState(false);
  const names = new Map((people ?? []).map((p) => [p.id, p.name]));
  const nameOf = (id: string) => names.get(id) ?? 'Someone no longer in People';
  // eslint-disable-next-line react-hooks/purity -- "now" decides which bookings are still to come; a re-render is soon enough
  const now = Date.now();
  const upcoming = (bookings ?? []).filter((b) => b.status === 'booked' && Date.parse(b.end) > now);
  const past = (bookings ?? []).filter((b) => !upcoming.includes(b)).reverse();

  return (
    <section className="card eq-bookings" aria-labelledby="eq-bookings-h">
      <div className="eq-section-head">
        <h2 id="eq-bookings-h">Bookings</h2>
        <button type="button" className="btn btn-primary" onClick={() => setBooking(true)}>
          <CalendarPlus size={14} aria-hidden="true" /> Book…
        </button>
      </div>
      {bookings === undefined ? (
        <p className="muted">Loading…</p>
      ) : upcoming.length === 0 ? (
        <p className="muted">No upcoming bookings. Book it for a time so nobody else takes it then.</p>
      ) : (
        <BookingTable label="Upcoming bookings" rows={upcoming} nameOf={nameOf} cancellable />
      )}
      {past.length > 0 ? (
        <details className="eq-past">
          <summary>
            Past and cancelled bookings ({past.length})
          </summary>
          <BookingTable label="Past and cancelled bookings" rows={past} nameOf={nameOf} />
        </details>
      ) : null}
      {booking ? <BookDialog equipment={equipment} onClose={() => setBooking(false)} /> : null}
    </section>
  );
}

function BookingTable({
  label,
  rows,
  nameOf,
  cancellable = false,
}: {
  label: string;
  rows: EquipmentBooking[];
  nameOf: (id: string) => string;
  cancellable?: boolean;
}) {
  const { locale } = useCompanyProfile();
  return (
    <div className="table-wrap">
      <table className="data-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Purpose</th>
            <th scope="col">{cancellable ? <span className="sr-only">Actions</span> : 'Status'}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((b) => {
            const cancelled = b.status === 'cancelled';
            return (
              <tr key={b.id}>
                <td className={cancelled ? 'eq-cancelled' : undefined}>
                  <a href={hrefFor('people', b.personId)}>{nameOf(b.personId)}</a>
                </td>
                <td className={cancelled ? 'eq-cancelled' : undefined}>{formatBookingInstant(b.start, locale)}</td>
                <td className={cancelled ? 'eq-cancelled' : undefined}>{formatBookingInstant(b.end, locale)}</td>
                <td title={b.purpose}>{b.purpose ?? ''}</td>
                <td>{cancellable ? <CancelBooking booking={b} who={nameOf(b.personId)} locale={locale} /> : cancelled ? 'Cancelled' : 'Done'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CancelBooking({ booking, who, locale }: { booking: EquipmentBooking; who: string; locale: string }) {
  const toast = useToast((s) => s.show);
  const [confirming, setConfirming] = useState(false);
  const when = formatBookingInstant(booking.start, locale);
  if (!confirming) {
    return (
      <button type="button" className="btn" aria-label={`Cancel the booking by ${who} from ${when}`} onClick={() => setConfirming(true)}>
        Cancel…
      </button>
    );
  }
  return (
    <span style={{ display: 'inline-flex', gap: 6 }}>
      <button
        type="button"
        className="btn btn-danger"
        autoFocus
        onClick={() =>
          void cancelEquipmentBooking(booking.id).then(
            () => toast('Booking cancelled'),
            (e: unknown) => toast(e instanceof Error ? e.message : String(e)),
          )
        }
      >
        Yes, cancel it
      </button>
      <button type="button" className="btn" onClick={() => setConfirming(false)}>
        Keep
      </button>
    </span>
  );
}

function BookDialog({ equipment, onClose }: { equipment: Equipment; onClose: () => void }) {
  const toast = useToast((s) => s.show);
  const [defaults] = useState(() => {
    const start = new Date();
    start.setMinutes(0, 0, 0);
    start.setHours(start.getHours() + 1);
    const end = new Date(start.getTime() + 60 * 60 * 1000);
    return { start: toLocalInput(start), end: toLocalInput(end) };
  });
  const [personId, setPersonId] = useState('');
  const [start, setStart] = useState(defaults.start);
  const [end, setEnd] = useState(defaults.end);
  const [purpose, setPurpose] = useState('');
  return (
    <FormDialog
      title={`Book ${equipment.name}`}
      submitLabel="Book"
      size="medium"
      noValidate
      onClose={onClose}
      onSubmit={async () => {
        if (!personId) throw new Error('Choose who the booking is for.');
        const s = fromLocalInput(start);
        const e = fromLocalInput(end);
        if (!s || !e) throw new Error("Enter the booking's start and end.");
        await bookEquipment({ equipmentId: equipment.id, personId, start: s, end: e, purpose });
        toast(`${equipment.name} booked`);
        onClose();
      }}
    >
      <div className="form-grid">
        <PersonPicker value={personId} onChange={setPersonId} autoFocus />
        <label className="field">
          <span>Starts</span>
          <input type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} required />
        </label>
        <label className="field">
          <span>Ends</span>
          <input type="datetime-local" value={end} min={start} onChange={(e) => setEnd(e.target.value)} required />
        </label>
        <label className="field wide">
          <span>Purpose</span>
          <input value={purpose} onChange={(e) => setPurpose(e.target.value)} maxLength={300} placeholder="Board meeting" />
        </label>
      </div>
      <p className="muted eq-hint">Times are this computer's local time. A booking ending at 10:00 and one starting at 10:00 do not clash.</p>
    </FormDialog>
  );
}
