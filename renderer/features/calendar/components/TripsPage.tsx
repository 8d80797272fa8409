/** Stub: being built (issue 13). */
export function TripsPage() {
  
  return <section aria-label="TripsPage" />;
}
