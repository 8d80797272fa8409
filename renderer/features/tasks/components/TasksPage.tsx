/** Built in issue 14. */
export function TasksPage(props: Record<string, unknown>) {
  void props;
  return <h1>Tasks</h1>;
}
