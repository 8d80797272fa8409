/** Calendar feature. */
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
