/** Built in issue 14. */
export function CallPage(props: Record<string, unknown>) {
  void props;
  return <h1>Call</h1>;
}
