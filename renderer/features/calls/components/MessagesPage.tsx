/** Built in issue 14. */
export function MessagesPage(props: Record<string, unknown>) {
  void props;
  return <h1>Messages</h1>;
}
