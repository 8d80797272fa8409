/** The one expansion: every occurrence overlapping [from, to), sorted by start. */
import type { CalendarEventDraft, ExpandOptions, Occurrence } from './types';

export function expandOccurrences(events: readonly CalendarEventDraft[], from: string, to: string, options?: ExpandOptions): Occurrence[] {
  void events;
  void from;
  void to;
  void options;
  throw new Error('expandOccurrences: not built yet');
}
