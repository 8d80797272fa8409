/** Calendar feature. */
// Registers what the calendar contributes to shared registries (core/erasure.ts).
import './registrations';
export * from './repository';
export * from './hooks';
export {
  eventSchema,
  eventDraftSchema,
  overlapsRange,
  EVENT_KINDS,
  type CalendarEvent,
  type CalendarEventDraft,
  type EventKind,
} from '../../../shared/domain/calendar';
