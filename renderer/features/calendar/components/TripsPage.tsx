/**
 * `#/calendar/trips`: every trip, upcoming first (soonest at the top), then past ones (most
 * recent first), filtered by traveller; "New trip" opens the form.
 */
import { useMemo, useState } from 'react';
import { ArrowLeft, Plane, Plus } from 'lucide-react';
import type { Trip } from '../../../../shared/domain/calendar';
import { formatDate, today } from '../../../../shared/lib/dates';
import { formatMoney } from '../../../../shared/lib/money';
import { hrefFor } from '../../../core/router';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { EmptyState } from '../../../ui/EmptyState';
import { useEmployees } from '../../people';
import { useTrips } from '../tripHooks';
import { legTitle, splitTrips, TRIP_STATUS_LABELS, tripEstimateCents } from '../trips';
import './trips.css';

function TripTable({ label, trips, names }: { label: string; trips: Trip[]; names: Map<string, string> }) {
  const { currency, locale } = useCompanyProfile();
  const dates = (t: Trip) =>
    t.startDate === t.endDate ? formatDate(t.startDate, locale) : `${formatDate(t.startDate, locale)} – ${formatDate(t.endDate, locale)}`;
  return (
    <table className="data-table trip-table" aria-label={label}>
      <thead>
        <tr>
          <th>Dates</th>
          <th>Trip</th>
          <th>Traveller</th>
          <th>Legs</th>
          <th>Status</th>
          <th className="num">Estimate</th>
        </tr>
      </thead>
      <tbody>
        {trips.map((t) => (
          <tr key={t.id} className={t.status === 'cancelled' ? 'trip-cancelled' : undefined}>
            <td className="trip-dates">{dates(t)}</td>
            <td>
              <a href={hrefFor('calendar', 'trips', t.id)}>{t.purpose}</a>
              {t.destination ? <span className="muted trip-dest"> · {t.destination}</span> : null}
            </td>
            <td>{names.get(t.travellerId) ?? <span className="muted">Unknown</span>}</td>
            <td title={t.legs.map((l) => legTitle(l)).join('\n')}>{t.legs.length === 0 ? <span className="muted">None yet</span> : t.legs.length}</td>
            <td>
              <span className={`badge trip-status-${t.status}`}>{TRIP_STATUS_LABELS[t.status]}</span>
            </td>
            <td className="num">{formatMoney(tripEstimateCents(t), currency, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TripsPage() {
  const trips = useTrips();
  const employees = useEmployees();
  const [traveller, setTraveller] = useState('');
  const names = useMemo(() => new Map((employees ?? []).map((e) => [e.id, e.name])), [employees]);
  const travellers = useMemo(() => {
    const ids = new Set((trips ?? []).map((t) => t.travellerId));
    return [...ids].map((id) => ({ id, name: names.get(id) ?? 'Unknown' })).sort((a, b) => a.name.localeCompare(b.name));
  }, [trips, names]);
  const shown = (trips ?? []).filter((t) => !traveller || t.travellerId === traveller);
  const { upcoming, past } = splitTrips(shown, today());
  const newTrip = (
    <a className="btn btn-primary" href={hrefFor('calendar', 'trips', 'new')}>
      <Plus size={14} aria-hidden="true" /> New trip
    </a>
  );
  return (
    <div className="page trip-page">
      <a className="trip-back" href={hrefFor('calendar')}>
        <ArrowLeft size={14} aria-hidden="true" /> Calendar
      </a>
      <header className="page-header trip-head">
        <h1>Trips</h1>
        {trips && trips.length > 0 ? newTrip : null}
      </header>
      {trips === undefined ? null : trips.length === 0 ? (
        <EmptyState icon={Plane} title="No trips yet" actions={newTrip}>
          <p>Plan a trip for someone: its flights, trains, hire cars and hotels with their local times, the tickets, and the expenses against the estimate. It shows in the traveller&apos;s diary, and the itinerary prints on one page.</p>
        </EmptyState>
      ) : (
        <>
          <div className="trip-filter">
            <label className="field">
              <span>Traveller</span>
              <select value={traveller} onChange={(e) => setTraveller(e.target.value)}>
                <option value="">Everyone</option>
                {travellers.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <section className="card trip-section" aria-labelledby="trips-up-h">
            <h2 id="trips-up-h">Upcoming and under way</h2>
            {upcoming.length ? <TripTable label="Upcoming trips" trips={upcoming} names={names} /> : <p className="muted trip-empty">No upcoming trips{traveller ? ' for this traveller' : ''}.</p>}
          </section>
          <section className="card trip-section" aria-labelledby="trips-past-h">
            <h2 id="trips-past-h">Past</h2>
            {past.length ? <TripTable label="Past trips" trips={past} names={names} /> : <p className="muted trip-empty">No past trips{traveller ? ' for this traveller' : ''}.</p>}
          </section>
        </>
      )}
    </div>
  );
}
