/** Built in issue 14. */
export function ContactsPage(props: Record<string, unknown>) {
  void props;
  return <h1>Contacts</h1>;
}
