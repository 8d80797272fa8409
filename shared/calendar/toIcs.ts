/** Event drafts → one VCALENDAR that Outlook and Google accept (VTIMEZONE for each zone used). */
import type { CalendarEventDraft } from './types';

export function toIcs(events: CalendarEventDraft[], options?: { prodId?: string; calendarName?: string }): string {
  void events;
  void options;
  throw new Error('toIcs: not built yet');
}
