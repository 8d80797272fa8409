/** Built in issue 14. */
export function CallLogPage(props: Record<string, unknown>) {
  void props;
  return <h1>Calls</h1>;
}
