/** Stub: being built (issue 13). */
export function CalendarPage({ openEventId }: { openEventId?: string | undefined }) {
  void openEventId;
  return <section aria-label="CalendarPage" />;
}
