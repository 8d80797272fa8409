/** Built in issue 14. */
export function CallFormHost(props: Record<string, unknown>) {
  void props;
  return <h1></h1>;
}
