/**
 * `#/contacts` (the address book), `#/contacts/new` (optionally `#/contacts/new/<name>/<phone>`
 * to save a caller), `#/contacts/import` (vCard and CSV in, with preview), `#/contacts/<id>`.
 */
import type { Route } from '../../core/router';
import { ContactImportPage } from './components/ContactImportPage';
import { ContactPage } from './components/ContactPage';
import { ContactsPage } from './components/ContactsPage';

export default function ContactsRoute({ route }: { route: Route }) {
  const [first, second, third] = route.rest;
  if (first === 'import') return <ContactImportPage />;
  if (first === 'new') return <ContactPage key="new" prefill={{ name: second, phone: third }} />;
  if (first) return <ContactPage key={first} contactId={first} />;
  return <ContactsPage />;
}
