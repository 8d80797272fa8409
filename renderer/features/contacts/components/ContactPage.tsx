/** Built in issue 14. */
export function ContactPage(props: Record<string, unknown>) {
  void props;
  return <h1>Contact</h1>;
}
