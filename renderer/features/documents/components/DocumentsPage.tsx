/**
 * The documents register: every memo, letter, fax, set of minutes, message slip, report and
 * scanned file the office keeps, newest first, searchable by the words in titles and bodies;
 * the templates the office has made its own; and the editor, scan viewer or mail merge for
 * whatever is opened. Works on its own (keeping the open document in local state) or driven
 * by the router (`documentId` + callbacks), so a document has a URL.
 */
import type { ColumnDef } from '@tanstack/react-table';
import { FileText } from 'lucide-react';
import { type DragEvent, useEffect, useMemo, useRef, useState } from 'react';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/documents';
import { DOCUMENT_TYPES, type DocumentRecord, type DocumentType } from '../../../../shared/domain';
import { today } from '../../../../shared/lib/dates';
import { normalizeForSearch } from '../../../../shared/lib/text';
import { getPlatform } from '../../../platform';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import { useToast } from '../../../ui/Toast';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useDocument, useDocuments } from '../hooks';
import { addScannedDocument, createDocument, duplicateDocument, updateDocument } from '../repository';
import { MAX_SCAN_BYTES, SCAN_FILTERS, sniffScanType, titleFromFileName } from '../scanFiles';
import { STARTER_TEMPLATES } from '../starterTemplates';
import { WRITABLE_KINDS } from './kinds';
import { shortDate, shortDateTime, statusLabel } from './labels';
import { MemoEditor, parseTags } from './MemoEditor';
import { MergePage } from './MergePage';
import { ScanViewer } from './ScanViewer';
import { errorMessage } from '../../../../shared/lib/errors';
import './documents.css';

/** `documentId` value that opens a blank memo. */
export const NEW_DOCUMENT = 'new';
/** `documentId` value that opens mail merge. */
export const MAIL_MERGE = 'merge';

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
  return (WRITABLE_KINDS as readonly string[]).includes(value ?? '') ? (value as DocumentType) : 'memo';
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
  if (current === MAIL_MERGE) return <MergePage onClose={close} />;

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
  if (props.documentId && doc?.type === 'scan') return <ScanViewer doc={doc} onClose={props.onClose} />;
  // Scans are known only once loaded; the editor shows its own loading state meanwhile.
  if (props.documentId && doc === undefined) return <div className="page muted">Loading…</div>;
  return <MemoEditor {...props} />;
}

interface PendingScan {
  name: string;
  bytes: Uint8Array;
  type: string;
}

const LINKED_LABELS: Record<string, string> = {
  vendors: 'Vendor',
  employees: 'Employee',
  candidates: 'Candidate',
  purchaseOrders: 'Purchase order',
};

function searchText(doc: DocumentRecord): string {
  return normalizeForSearch(
    [doc.title, doc.subject, doc.to, doc.from, doc.cc, doc.recipientAddress, doc.tags.join(' '), doc.body]
      .filter(Boolean)
      .join('\n'),
  );
}

function Register({
  onOpen,
  returnTo,
}: {
  onOpen: (id: string, options?: { kind?: string }) => void;
  returnTo: string | null;
}) {
  const all = useDocuments();
  const locale = useCompanyProfile().locale;
  const toast = useToast((s) => s.show);
  const rootRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [typeFilter, setTypeFilter] = useState<'' | DocumentType>('');
  const [statusFilter, setStatusFilter] = useState('');
  const [scans, setScans] = useState<PendingScan[]>([]);
  const [scanMeta, setScanMeta] = useState({ title: '', date: today(), tags: '' });
  const [dropping, setDropping] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const loaded = all !== undefined;

  const documents = useMemo(() => (all ?? []).filter((d) => !d.isTemplate), [all]);
  const templates = useMemo(() => (all ?? []).filter((d) => d.isTemplate), [all]);
  // Folded once per change of the register, not once per keystroke.
  const haystacks = useMemo(() => new Map(documents.map((d) => [d.id, searchText(d)])), [documents]);
  const words = useMemo(() => normalizeForSearch(query).split(' ').filter(Boolean), [query]);
  const shown = useMemo(
    () =>
      documents.filter(
        (d) =>
          (!typeFilter || d.type === typeFilter) &&
          (!statusFilter || d.status === statusFilter) &&
          words.every((w) => haystacks.get(d.id)!.includes(w)),
      ),
    [documents, typeFilter, statusFilter, words, haystacks],
  );

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
      { id: 'type', header: 'Type', accessorFn: (doc) => DOCUMENT_KIND_LABELS[doc.type] },
      {
        id: 'date',
        header: 'Date',
        accessorKey: 'date',
        cell: ({ getValue }) => shortDate(getValue(), locale),
      },
      { id: 'from', header: 'Author', accessorFn: (doc) => doc.from ?? '' },
      { id: 'to', header: 'Recipients', accessorFn: (doc) => [doc.to, doc.cc].filter(Boolean).join('; ') },
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
      { id: 'tags', header: 'Tags', accessorFn: (doc) => doc.tags.join(', ') },
      {
        id: 'linked',
        header: 'Linked',
        accessorFn: (doc) =>
          doc.attachmentId ? 'Scanned file' : (LINKED_LABELS[doc.linkedTable ?? ''] ?? doc.linkedTable ?? ''),
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

  const acceptFiles = (files: { name: string; bytes: Uint8Array }[]) => {
    const good: PendingScan[] = [];
    const refused: string[] = [];
    for (const file of files) {
      const type = sniffScanType(file.bytes);
      if (!type) refused.push(`${file.name} is not a PDF or an image`);
      else if (file.bytes.byteLength > MAX_SCAN_BYTES) refused.push(`${file.name} is larger than 50 MB`);
      else good.push({ name: file.name, bytes: file.bytes, type });
    }
    setError(refused.length ? `Not added: ${refused.join('; ')}.` : null);
    if (good.length) {
      setScans(good);
      setScanMeta({ title: good.length === 1 ? titleFromFileName(good[0]!.name) : '', date: today(), tags: '' });
    }
  };

  const pickScans = async () => {
    try {
      const files = await getPlatform().pickFiles({ title: 'Add scanned files', filters: SCAN_FILTERS, multiple: true });
      if (files.length) acceptFiles(files);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length === 0) return;
    acceptFiles(
      await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))),
    );
  };

  const fileScans = async () => {
    try {
      let last: DocumentRecord | null = null;
      for (const scan of scans) {
        const title = scans.length === 1 ? scanMeta.title : scanMeta.title.trim() ? `${scanMeta.title.trim()} – ${titleFromFileName(scan.name)}` : titleFromFileName(scan.name);
        last = await addScannedDocument(
          { name: scan.name, mimeType: scan.type, bytes: scan.bytes },
          { title, date: scanMeta.date, tags: parseTags(scanMeta.tags) },
        );
      }
      toast(scans.length === 1 ? 'Scan added to the register' : `${scans.length} scans added to the register`);
      setScans([]);
      setError(null);
      if (last && scans.length === 1) onOpen(last.id);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const customise = async (key: string) => {
    const starter = STARTER_TEMPLATES.find((t) => t.key === key);
    if (!starter) return;
    try {
      const created = await createDocument(starter.draft());
      onOpen(created.id);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const startFromTemplate = async (id: string) => {
    try {
      const copy = await duplicateDocument(id);
      const template = templates.find((t) => t.id === id);
      await updateDocument(copy.id, { isTemplate: false, title: template?.title ?? copy.title });
      onOpen(copy.id);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const newMemo = (
    <button type="button" className="btn btn-primary doc-new" onClick={() => onOpen(NEW_DOCUMENT)}>
      New memo
    </button>
  );
  const tools = (
    <>
      <label className="doc-paper">
        <span className="sr-only">New document of another kind</span>
        <select
          aria-label="New document"
          value=""
          onChange={(event) => event.target.value && onOpen(NEW_DOCUMENT, { kind: event.target.value })}
        >
          <option value="">New…</option>
          {WRITABLE_KINDS.map((k) => (
            <option key={k} value={k}>
              {k === 'message' ? 'While you were out (message)' : DOCUMENT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="btn" onClick={() => void pickScans()}>
        Add scanned file…
      </button>
      <button type="button" className="btn" onClick={() => onOpen(MAIL_MERGE)}>
        Mail merge…
      </button>
    </>
  );

  return (
    <div
      className={`page doc-register${dropping ? ' doc-drop-active' : ''}`}
      ref={rootRef}
      onDragOver={(event) => {
        if (Array.from(event.dataTransfer.types).includes('Files')) {
          event.preventDefault();
          setDropping(true);
        }
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDropping(false);
      }}
      onDrop={(event) => void onDrop(event)}
    >
      <header className="page-header">
        <h1>Documents</h1>
        {documents.length > 0 ? (
          <span className="muted">
            {documents.length.toLocaleString(locale)} {documents.length === 1 ? 'document' : 'documents'}
          </span>
        ) : null}
        <div className="spacer" />
        {tools}
        {newMemo}
      </header>
      {error ? (
        <div className="error-box doc-error" role="alert">
          {error}
        </div>
      ) : null}
      {scans.length > 0 ? (
        <form
          className="card doc-scan-form"
          aria-label="Add scanned files"
          onSubmit={(event) => {
            event.preventDefault();
            void fileScans();
          }}
        >
          <p className="doc-scan-files">
            {scans.length === 1 ? `Adding ${scans[0]!.name}` : `Adding ${scans.length} files: ${scans.map((s) => s.name).join(', ')}`}
          </p>
          <label className="field">
            <span>Title</span>
            <input
              autoFocus
              value={scanMeta.title}
              required={scans.length === 1}
              onChange={(e) => setScanMeta((m) => ({ ...m, title: e.target.value }))}
            />
          </label>
          <label className="field">
            <span>Date</span>
            <input type="date" required value={scanMeta.date} onChange={(e) => setScanMeta((m) => ({ ...m, date: e.target.value }))} />
          </label>
          <label className="field">
            <span>Tags</span>
            <input value={scanMeta.tags} onChange={(e) => setScanMeta((m) => ({ ...m, tags: e.target.value }))} />
          </label>
          <div style={{ display: 'flex', gap: 8 }}>
            <button type="submit" className="btn btn-primary">
              Add to register
            </button>
            <button type="button" className="btn" onClick={() => setScans([])}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {all === undefined ? (
        <p className="muted">Loading documents…</p>
      ) : documents.length === 0 ? (
        <EmptyState icon={FileText} title="No documents yet" actions={newMemo}>
          <p>
            Memos, letters and reports you write here are kept in this register, ready to print or
            save as a PDF on the company letterhead. Drop scanned PDFs or images here to file them.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="doc-register-tools" role="search">
            <label className="field doc-search">
              <span>Search documents</span>
              <input
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                placeholder="Words in titles, bodies, names or tags"
              />
            </label>
            <label className="field">
              <span>Type</span>
              <select value={typeFilter} onChange={(e) => setTypeFilter(e.target.value as DocumentType | '')}>
                <option value="">All types</option>
                {DOCUMENT_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {DOCUMENT_KIND_LABELS[t]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Status</span>
              <select value={statusFilter} onChange={(e) => setStatusFilter(e.target.value)}>
                <option value="">Any status</option>
                <option value="draft">Draft</option>
                <option value="final">Final</option>
                <option value="sent">Sent</option>
              </select>
            </label>
            <span className="muted doc-drop-hint" aria-live="polite">
              {shown.length === documents.length
                ? 'Drop PDFs or images here to file them'
                : `${shown.length.toLocaleString(locale)} of ${documents.length.toLocaleString(locale)} shown`}
            </span>
          </div>
          {shown.length === 0 ? (
            <p className="empty-state">No document matches “{query}”.</p>
          ) : (
            <DataTable label="Documents" data={shown} columns={columns} height={560} />
          )}
        </>
      )}
      <section className="doc-templates card" aria-label="Templates">
        <h2>Templates</h2>
        {templates.length > 0 ? (
          <div className="doc-template-list">
            {templates.map((t) => (
              <span key={t.id} className="doc-template">
                <button type="button" className="doc-link" onClick={() => onOpen(t.id)}>
                  {t.title}
                </button>
                <span className="muted">({DOCUMENT_KIND_LABELS[t.type]})</span>
                <button type="button" className="btn" onClick={() => void startFromTemplate(t.id)}>
                  Use
                </button>
              </span>
            ))}
          </div>
        ) : (
          <p className="muted">Copy a starter below to make it your own: wording, logo position, signature, paper.</p>
        )}
        <h2 style={{ marginTop: 12 }}>Starters</h2>
        <div className="doc-template-list">
          {STARTER_TEMPLATES.map((t) => (
            <button key={t.key} type="button" className="btn" onClick={() => void customise(t.key)}>
              Customise “{t.name}”
            </button>
          ))}
        </div>
      </section>
    </div>
  );
}
