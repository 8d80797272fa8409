/** Stub: being built (issue 13). */
export function IcsImportPage() {
  
  return <section aria-label="IcsImportPage" />;
}
