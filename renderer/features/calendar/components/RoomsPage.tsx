/** Stub: being built (issue 13). */
export function RoomsPage() {
  
  return <section aria-label="RoomsPage" />;
}
