/**
 * `#/calendar` (the diaries: day, week, work week, month, agenda; several side by side),
 * `#/calendar/event/<id>` (the calendar with that event open), `#/calendar/find-time`
 * (free-slot finder), `#/calendar/import` (ICS and CSV in), `#/calendar/trips`,
 * `#/calendar/trips/new`, `#/calendar/trips/<id>`, `#/calendar/rooms`.
 */
import type { Route } from '../../core/router';
import { CalendarPage } from './components/CalendarPage';
import { FindTimePage } from './components/FindTimePage';
import { IcsImportPage } from './components/IcsImportPage';
import { RoomsPage } from './components/RoomsPage';
import { TripPage } from './components/TripPage';
import { TripsPage } from './components/TripsPage';

export default function CalendarRoute({ route }: { route: Route }) {
  const [first, second] = route.rest;
  if (first === 'find-time') return <FindTimePage />;
  if (first === 'import') return <IcsImportPage />;
  if (first === 'rooms') return <RoomsPage />;
  if (first === 'trips' && second === undefined) return <TripsPage />;
  if (first === 'trips') return <TripPage key={second} tripId={second === 'new' ? undefined : second} />;
  return <CalendarPage openEventId={first === 'event' ? second : undefined} />;
}
