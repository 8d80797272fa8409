/** Stub: being built (issue 13). */
export function FindTimePage() {
  
  return <section aria-label="FindTimePage" />;
}
