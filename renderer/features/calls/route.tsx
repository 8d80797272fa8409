/**
 * `#/calls` (the call log: by day, by person, by contact, search), `#/calls/messages` (open
 * "while you were out" messages, print a day's slips; `#/calls/messages/<employeeId>` one
 * person's), `#/calls/<id>` (one call). The quick call form is not a route: F2 / Ctrl+Shift+L
 * opens it over any screen (CallFormHost, mounted by the shell).
 */
import type { Route } from '../../core/router';
import { CallLogPage } from './components/CallLogPage';
import { CallPage } from './components/CallPage';
import { MessagesPage } from './components/MessagesPage';

export default function CallsRoute({ route }: { route: Route }) {
  const [first, second] = route.rest;
  if (first === 'messages') return <MessagesPage key={second ?? ''} forEmployeeId={second} />;
  if (first) return <CallPage key={first} callId={first} />;
  return <CallLogPage />;
}
