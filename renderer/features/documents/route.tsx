/**
 * The documents screen as the app shell routes to it: `#/documents`, `#/documents/new`,
 * `#/documents/new/letter`, `#/documents/merge`, `#/documents/ID`.
 */
import { type Route, hrefFor, navigate } from '../../core/router';
import { DocumentsPage } from './components/DocumentsPage';

export default function DocumentsRoute({ route }: { route: Route }) {
  return (
    <DocumentsPage
      documentId={route.rest[0]}
      newKind={route.rest[0] === 'new' ? route.rest[1] : undefined}
      onOpen={(id, options) => {
        // Replacing keeps Back from returning to a blank "new memo" after the first save.
        if (options?.replace) window.location.replace(hrefFor('documents', id));
        else if (options?.kind) navigate('documents', id, options.kind);
        else navigate('documents', id);
      }}
      onClose={() => navigate('documents')}
    />
  );
}
