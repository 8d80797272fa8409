/** Built in issue 14. */
export function ContactImportPage(props: Record<string, unknown>) {
  void props;
  return <h1>Import contacts</h1>;
}
