/** Calendar feature: diaries, events with recurrence and time zones, rooms, clashes and free time, travel, ICS in and out. */
// Registers what the calendar contributes to shared registries (core/erasure.ts, core/diaries.ts).
import './registrations';
export * from './repository';
export * from './hooks';
export * from './events';
export * from './diaryReads';
export * from './clashes';
export * from './calendarSettings';
export * from './rooms';
export * from './trips';
export * from './tripHooks';
export * from './reminders';
// Rendered by the shell on every screen (lazily): reminder toasts and desktop notifications.
export { ReminderWatcher, useReminderPlan } from './components/ReminderWatcher';
export * from './icsImport';
export * from './icsExport';
export * from './calendarPrint';
export type { DiaryItem } from '../../core/diaries';
export {
  eventSchema,
  eventDraftSchema,
  roomSchema,
  roomDraftSchema,
  tripSchema,
  tripDraftSchema,
  diaryKey,
  parseDiaryKey,
  EVENT_KINDS,
  EVENT_CATEGORIES,
  TRIP_LEG_KINDS,
  TRIP_STATUSES,
  type CalendarEvent,
  type StoredEventDraft,
  type EventKind,
  type EventCategory,
  type Room,
  type RoomDraft,
  type Trip,
  type TripDraft,
  type TripLeg,
  type DiaryKey,
  type DiaryKind,
  type DiaryProfile,
  type CalendarSettings,
} from '../../../shared/domain/calendar';
