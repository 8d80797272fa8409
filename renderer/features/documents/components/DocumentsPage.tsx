/**
 * The documents screen: the register (./register) or, for whatever is opened, the editor,
 * the scan viewer or mail merge. Works on its own (keeping the open document in local state)
 * or driven by the router (`documentId` + callbacks), so a document has a URL.
 */
import { useEffect, useState } from 'react';
import type { DocumentRecord, DocumentType } from '../../../../shared/domain';
import { useRevealed } from '../../../db/useRevealed';
import { useDocument } from '../hooks';
import { WRITABLE_KINDS } from './kinds';
import { MemoEditor } from './MemoEditor';
import { MergePage } from './MergePage';
import { Register } from './register/Register';
import { ScanViewer } from './ScanViewer';
import { MAIL_MERGE, NEW_DOCUMENT } from './targets';
import './documents.css';

export interface DocumentsPageProps {
  /** undefined: the register; 'new': a blank document; 'merge': mail merge; else the document. */
  documentId?: string;
  /** With 'new': the kind of document ('memo' when absent). */
  newKind?: string;
  /** Open a document (or 'new'). `replace` when a new one got its id and the URL should follow. */
  onOpen?: (id: string, options?: { replace?: boolean; kind?: string }) => void;
  /** Back to the register. */
  onClose?: () => void;
}

function asKind(value: string | undefined): DocumentType {
  return (WRITABLE_KINDS as readonly string[]).includes(value ?? '')
    ? (value as DocumentType)
    : 'memo';
}

export function DocumentsPage({ documentId, newKind, onOpen, onClose }: DocumentsPageProps) {
  const [local, setLocal] = useState<{ id: string; kind?: string } | undefined>();
  // A new document keeps its editor (and the caret) when its first save gives it an id.
  const [created, setCreated] = useState<{ id: string; session: string } | null>(null);
  // Where keyboard focus goes back to when the editor closes: the document just left.
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const controlled = onOpen !== undefined;
  const current = controlled ? documentId : local?.id;
  const kind = controlled ? newKind : local?.kind;

  const open = (id: string, options?: { replace?: boolean; kind?: string }) => {
    if (controlled) onOpen(id, options);
    else setLocal({ id, kind: options?.kind });
  };
  const close = () => {
    setReturnTo(current === NEW_DOCUMENT || current === MAIL_MERGE ? '' : (current ?? null));
    setCreated(null);
    if (controlled) onClose?.();
    else setLocal(undefined);
  };

  if (current === undefined) return <Register onOpen={open} returnTo={returnTo} />;
  if (current === MAIL_MERGE) return <MergePage onClose={close} onEditLetter={(id) => open(id)} />;

  const isNew = current === NEW_DOCUMENT;
  const session = created?.id === current ? created.session : `${current}-${kind ?? ''}`;
  return (
    <OpenDocument
      key={session}
      documentId={isNew ? undefined : current}
      newKind={asKind(kind)}
      onClose={close}
      onCreated={(id) => {
        setCreated({ id, session });
        open(id, { replace: true });
      }}
      onOpenOther={(id) => open(id)}
    />
  );
}

function OpenDocument(props: {
  documentId: string | undefined;
  newKind: DocumentType;
  onClose: () => void;
  onCreated: (id: string) => void;
  onOpenOther: (id: string) => void;
}) {
  const doc = useDocument(props.documentId);
  const [opened, setOpened] = useState<DocumentRecord | null>(null);
  // Decided when the document first loads: one made or marked confidential in this editor stays open.
  const [gated, setGated] = useState<boolean | null>(null);
  if (gated === null && doc !== undefined) setGated(Boolean(doc?.confidential));
  if (props.documentId && doc && (gated ?? doc.confidential) && !opened) {
    return <ConfidentialGate doc={doc} onOpened={setOpened} onClose={props.onClose} />;
  }
  if (props.documentId && doc?.type === 'scan')
    return <ScanViewer doc={opened ?? doc} onClose={props.onClose} />;
  // Scans are known only once loaded; the editor shows its own loading state meanwhile.
  if (props.documentId && doc === undefined) return <div className="page muted">Loading…</div>;
  return <MemoEditor {...props} {...(opened ? { opened } : {})} />;
}

/**
 * A document marked confidential opens on purpose: Show opens it for an office manager (its
 * content sealed at rest with a passphrase set) and logs who opened it; staff are told they
 * cannot.
 */
function ConfidentialGate({ doc, onOpened, onClose }: { doc: DocumentRecord; onOpened: (d: DocumentRecord) => void; onClose: () => void }) {
  const [show, setShow] = useState(false);
  const revealed = useRevealed<DocumentRecord>('documents', [doc], show);
  const opened = revealed.opened.get(doc.id);
  useEffect(() => {
    if (opened) onOpened(opened);
  }, [opened, onOpened]);
  return (
    <div className="page">
      <section className="card doc-confidential" aria-labelledby="doc-confidential-title">
        <h2 id="doc-confidential-title">
          <bdi>{doc.title}</bdi>
        </h2>
        <p>This document is confidential. Opening it is recorded in the audit log.</p>
        {revealed.error ? (
          <p className="error-box" role="alert">
            {revealed.error}
          </p>
        ) : null}
        <div className="doc-confidential-actions">
          <button type="button" className="btn btn-primary" onClick={() => setShow(true)} disabled={show && !revealed.error}>
            Show document
          </button>
          <button type="button" className="btn" onClick={onClose}>
            Back to documents
          </button>
        </div>
      </section>
    </div>
  );
}
