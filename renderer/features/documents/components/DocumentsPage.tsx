/**
 * The documents register: every memo, letter and fax the office has written, newest first,
 * and the memo editor for the one you open. Works on its own (keeping the open document in
 * local state) or driven by the router (`documentId` + callbacks), so a document has a URL.
 */
import type { ColumnDef } from '@tanstack/react-table';
import { FileText } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/documents';
import type { DocumentRecord } from '../../../../shared/domain';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import { useCompanyProfile } from '../../settings';
import { useDocuments } from '../hooks';
import { shortDate, shortDateTime, statusLabel } from './labels';
import { MemoEditor } from './MemoEditor';
import './documents.css';

/** `documentId` value that opens a blank memo. */
export const NEW_DOCUMENT = 'new';

export interface DocumentsPageProps {
  /** undefined: the register; 'new': a blank memo; otherwise the document to open. */
  documentId?: string;
  /** Open a document (or 'new'). `replace` when a new memo got its id and the URL should follow. */
  onOpen?: (id: string, options?: { replace?: boolean }) => void;
  /** Back to the register. */
  onClose?: () => void;
}

export function DocumentsPage({ documentId, onOpen, onClose }: DocumentsPageProps) {
  const [localId, setLocalId] = useState<string | undefined>();
  // A new memo keeps its editor (and the caret) when its first save gives it an id.
  const [created, setCreated] = useState<{ id: string; session: string } | null>(null);
  // Where keyboard focus goes back to when the editor closes: the document just left.
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const controlled = onOpen !== undefined;
  const current = controlled ? documentId : localId;

  const open = (id: string, options?: { replace?: boolean }) => {
    if (controlled) onOpen(id, options);
    else setLocalId(id);
  };
  const close = () => {
    setReturnTo(current === NEW_DOCUMENT ? '' : (current ?? null));
    setCreated(null);
    if (controlled) onClose?.();
    else setLocalId(undefined);
  };

  if (current === undefined) return <Register onOpen={open} returnTo={returnTo} />;

  const isNew = current === NEW_DOCUMENT;
  const session = created?.id === current ? created.session : current;
  return (
    <MemoEditor
      key={session}
      documentId={isNew ? undefined : current}
      onClose={close}
      onCreated={(id) => {
        setCreated({ id, session });
        open(id, { replace: true });
      }}
    />
  );
}

function Register({ onOpen, returnTo }: { onOpen: (id: string) => void; returnTo: string | null }) {
  const documents = useDocuments();
  const locale = useCompanyProfile().locale;
  const rootRef = useRef<HTMLDivElement>(null);
  const loaded = documents !== undefined;

  useEffect(() => {
    if (!loaded || returnTo === null) return;
    // The table is virtualised and renders its rows a frame after the data arrives.
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const root = rootRef.current;
      const row = returnTo
        ? root?.querySelector<HTMLElement>(`[data-doc-id="${CSS.escape(returnTo)}"]`)
        : null;
      if (row) row.focus();
      else if (tries++ < 3) frame = requestAnimationFrame(attempt);
      else root?.querySelector<HTMLElement>('.doc-new')?.focus();
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [loaded, returnTo]);

  const columns = useMemo<ColumnDef<DocumentRecord, string>[]>(
    () => [
      {
        id: 'title',
        header: 'Title',
        accessorKey: 'title',
        cell: ({ row }) => (
          <button
            type="button"
            className="doc-link"
            data-doc-id={row.original.id}
            onClick={() => onOpen(row.original.id)}
          >
            {row.original.title}
          </button>
        ),
      },
      {
        id: 'type',
        header: 'Type',
        accessorFn: (doc) => DOCUMENT_KIND_LABELS[doc.type],
      },
      {
        id: 'date',
        header: 'Date',
        accessorKey: 'date',
        cell: ({ getValue }) => shortDate(getValue(), locale),
      },
      {
        id: 'status',
        header: 'Status',
        accessorKey: 'status',
        cell: ({ row }) => (
          <span className={`badge doc-status doc-status-${row.original.status}`}>
            {statusLabel(row.original.status)}
          </span>
        ),
      },
      {
        id: 'printed',
        header: 'Last printed',
        accessorFn: (doc) => doc.printedAt ?? '',
        cell: ({ getValue }) =>
          getValue() ? shortDateTime(getValue(), locale) : <span className="muted">Not yet</span>,
      },
    ],
    [onOpen, locale],
  );

  const newMemo = (
    <button type="button" className="btn btn-primary doc-new" onClick={() => onOpen(NEW_DOCUMENT)}>
      New memo
    </button>
  );

  return (
    <div className="page doc-register" ref={rootRef}>
      <header className="page-header">
        <h1>Documents</h1>
        {documents && documents.length > 0 ? (
          <span className="muted">
            {documents.length.toLocaleString(locale)}{' '}
            {documents.length === 1 ? 'document' : 'documents'}
          </span>
        ) : null}
        <div className="spacer" />
        {newMemo}
      </header>
      {documents === undefined ? (
        <p className="muted">Loading documents…</p>
      ) : documents.length === 0 ? (
        <EmptyState icon={FileText} title="No documents yet" actions={newMemo}>
          <p>
            Memos you write here are kept in this register, ready to print or save as a PDF on the
            company letterhead.
          </p>
        </EmptyState>
      ) : (
        <DataTable label="Documents" data={documents} columns={columns} height={640} />
      )}
    </div>
  );
}
