/** ICS text → event drafts, one error per unreadable event with its line; the rest still import. */
import type { CalendarEventDraft, RowError } from './types';

export function parseIcs(text: string): { events: CalendarEventDraft[]; errors: RowError[] } {
  void text;
  throw new Error('parseIcs: not built yet');
}
