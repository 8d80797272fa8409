/** Built in issue 14. */
export function TaskPage(props: Record<string, unknown>) {
  void props;
  return <h1>Task</h1>;
}
