/** Calendar feature. */
// Registers the calendar's eraser for erasure requests (core/erasure.ts).
import './erasure';
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
