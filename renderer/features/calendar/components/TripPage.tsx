/** Stub: being built (issue 13). */
export function TripPage({ tripId }: { tripId?: string | undefined }) {
  void tripId;
  return <section aria-label="TripPage" />;
}
