/**
 * Writing a memo: labelled fields on the left, the printed page on the right, updated as you
 * type. Saving, printing and saving as PDF all go through the repository and the platform
 * bridge; what prints is exactly the preview's HTML, rendered from the same fields.
 *
 * Keys: Ctrl+S saves, Ctrl+P prints, Ctrl+Shift+P saves as PDF, Esc goes back to the register
 * (asking first when there are unsaved changes). In Electron the File menu owns Ctrl+P and
 * Ctrl+Shift+P, so the editor also answers the menu's commands; a second trigger of the same
 * press is dropped by the busy guard.
 */
import {
  type ChangeEvent,
  useDeferredValue,
  useEffect,
  useEffectEvent,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  type CompanyProfile,
  DOCUMENT_KIND_LABELS,
  type DocumentInput,
  type PageSize,
  defaultPageSize,
  renderDocumentHtml,
  renderDocumentTitle,
} from '../../../../shared/documents';
import type { DocumentRecord, DocumentStatus, DocumentType } from '../../../../shared/domain';
import { today } from '../../../../shared/lib/dates';
import { getPlatform, onMenuCommand } from '../../../platform';
import { useToast } from '../../../ui/Toast';
import { useCompanyProfile } from '../../settings';
import { useDocument } from '../hooks';
import {
  createDocument,
  markDocumentPrinted,
  softDeleteDocument,
  updateDocument,
} from '../repository';
import { shortDateTime, statusLabel } from './labels';
import { PrintPreview } from './PrintPreview';
import './documents.css';

interface MemoFields {
  to: string;
  from: string;
  cc: string;
  date: string;
  subject: string;
  body: string;
}

const FIELD_KEYS = ['to', 'from', 'cc', 'date', 'subject', 'body'] as const;

function fieldsOf(doc: DocumentRecord | undefined): MemoFields {
  return {
    to: doc?.to ?? '',
    from: doc?.from ?? '',
    cc: doc?.cc ?? '',
    date: doc?.date ?? today(),
    subject: doc?.subject ?? '',
    body: doc?.body ?? '',
  };
}

function sameFields(a: MemoFields, b: MemoFields): boolean {
  return FIELD_KEYS.every((key) => a[key] === b[key]);
}

function toInput(type: DocumentType, fields: MemoFields, pageSize: PageSize): DocumentInput {
  return { type, ...fields, pageSize };
}

function titleOf(fields: MemoFields, type: DocumentType): string {
  return fields.subject.trim() || `Untitled ${DOCUMENT_KIND_LABELS[type].toLowerCase()}`;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Ignore shortcuts meant for something layered above the editor (the command palette). */
function fromOverlay(event: KeyboardEvent): boolean {
  return event.target instanceof Element && event.target.closest('dialog') !== null;
}

export interface MemoEditorProps {
  /** The document to edit; undefined for a new memo. */
  documentId?: string;
  onClose: () => void;
  /** A new memo was saved for the first time and now has this id. */
  onCreated?: (id: string) => void;
}

export function MemoEditor({ documentId, onClose, onCreated }: MemoEditorProps) {
  // Loaded once per editing session: after a new memo's first save the parent passes its new
  // id, and the form must stay as it is rather than reload.
  const [openedId] = useState(documentId);
  const stored = useDocument(openedId);
  if (openedId && stored === undefined) {
    return <div className="page muted">Loading…</div>;
  }
  if (openedId && stored === null) {
    return (
      <div className="page">
        <div className="error-box" role="alert">
          <p>This document no longer exists. It may have been deleted.</p>
          <button type="button" className="btn" onClick={onClose}>
            Back to documents
          </button>
        </div>
      </div>
    );
  }
  return <MemoForm initial={stored ?? undefined} onClose={onClose} onCreated={onCreated} />;
}

type Pending = null | 'leave' | 'delete';

function MemoForm({
  initial,
  onClose,
  onCreated,
}: {
  initial: DocumentRecord | undefined;
  onClose: () => void;
  onCreated: ((id: string) => void) | undefined;
}) {
  const uid = useId();
  const toast = useToast((s) => s.show);
  const company: CompanyProfile = useCompanyProfile();

  const [id, setId] = useState(initial?.id);
  const live = useDocument(id);
  const record = live ?? initial;
  const type: DocumentType = record?.type ?? 'memo';
  const kindLabel = DOCUMENT_KIND_LABELS[type];

  const [fields, setFields] = useState<MemoFields>(() => fieldsOf(initial));
  const [saved, setSaved] = useState<MemoFields>(() => fieldsOf(initial));
  const [status, setStatus] = useState<DocumentStatus>(initial?.status ?? 'draft');
  const [paper, setPaper] = useState<PageSize | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  // State updates land a render later; this stops a held Ctrl+S from creating two memos.
  const busyRef = useRef(false);
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const pendingRef = useRef<HTMLDivElement>(null);

  const pageSize = paper ?? defaultPageSize(company.locale);
  const dirty = !id || !sameFields(fields, saved);

  const previewFields = useDeferredValue(fields);
  const previewHtml = useMemo(
    () => renderDocumentHtml(toInput(type, previewFields, pageSize), company),
    [type, previewFields, pageSize, company],
  );

  useEffect(() => {
    if (!initial) firstFieldRef.current?.focus();
  }, [initial]);

  useEffect(() => {
    if (pending) pendingRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [pending]);

  const update =
    (key: keyof MemoFields) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = event.target.value;
      setFields((current) => ({ ...current, [key]: value }));
    };

  /** Writes the fields when anything changed; resolves to the stored id, or null on failure. */
  async function persist(nextStatus: DocumentStatus): Promise<string | null> {
    if (id && sameFields(fields, saved) && nextStatus === status) return id;
    const changes = { ...fields, title: titleOf(fields, type), status: nextStatus };
    try {
      let storedId = id;
      if (!storedId) {
        const created = await createDocument({ ...changes, type, tags: [] });
        storedId = created.id;
        setId(storedId);
        onCreated?.(storedId);
      } else {
        await updateDocument(storedId, changes);
      }
      setSaved(fields);
      setStatus(nextStatus);
      setError(null);
      return storedId;
    } catch (e) {
      setError(errorMessage(e));
      return null;
    }
  }

  async function run(task: () => Promise<void>): Promise<void> {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    try {
      await task();
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  const save = (nextStatus: DocumentStatus = status, then?: () => void) =>
    run(async () => {
      const storedId = await persist(nextStatus);
      if (!storedId) return;
      toast(
        nextStatus === 'final'
          ? `${kindLabel} saved as final`
          : nextStatus === 'draft'
            ? 'Draft saved'
            : `${kindLabel} saved`,
      );
      then?.();
    });

  const output = (how: 'print' | 'pdf') =>
    run(async () => {
      const storedId = await persist(status);
      if (!storedId) return;
      const input = toInput(type, fields, pageSize);
      const request = {
        html: renderDocumentHtml(input, company),
        title: renderDocumentTitle(input),
        pageSize,
      };
      try {
        const platform = getPlatform();
        const outcome =
          how === 'print' ? await platform.print(request) : await platform.saveAsPdf(request);
        if (outcome.status === 'failed') {
          setError(`${how === 'print' ? 'Printing' : 'Saving the PDF'} failed: ${outcome.message}`);
          return;
        }
        if (outcome.status === 'cancelled') return;
        await markDocumentPrinted(storedId);
        toast(outcome.status === 'saved' ? 'PDF saved' : `${kindLabel} sent to the printer`);
      } catch (e) {
        setError(errorMessage(e));
      }
    });

  const remove = () =>
    run(async () => {
      if (!id) return;
      try {
        await softDeleteDocument(id);
        toast(`${kindLabel} deleted`);
        onClose();
      } catch (e) {
        setError(errorMessage(e));
      }
    });

  const requestClose = () => {
    if (dirty && !sameFields(fields, fieldsOf(undefined))) setPending('leave');
    else onClose();
  };

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || fromOverlay(event)) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (mod && !event.altKey && key === 's') {
      event.preventDefault();
      void save();
    } else if (mod && !event.altKey && key === 'p') {
      // Always ours inside the editor: the browser's own print would print the app screen.
      event.preventDefault();
      void output(event.shiftKey ? 'pdf' : 'print');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (pending) setPending(null);
      else requestClose();
    }
  });

  const onMenu = useEffectEvent((how: 'print' | 'pdf') => {
    void output(how);
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    const offPrint = onMenuCommand('print', () => onMenu('print'));
    const offPdf = onMenuCommand('save-pdf', () => onMenu('pdf'));
    return () => {
      window.removeEventListener('keydown', listener);
      offPrint();
      offPdf();
    };
  }, []);

  const printedAt = record?.printedAt ? shortDateTime(record.printedAt, company.locale) : null;
  const hintId = `${uid}-body-hint`;
  const keysId = `${uid}-keys`;

  return (
    <div className="page doc-editor">
      <header className="page-header doc-editor-header">
        <button type="button" className="btn" onClick={requestClose} aria-keyshortcuts="Escape">
          ← Documents
        </button>
        <h1 className="doc-editor-title">
          {id ? kindLabel : `New ${kindLabel.toLowerCase()}`}
          {fields.subject.trim() ? (
            <span className="doc-editor-subject">{fields.subject.trim()}</span>
          ) : null}
        </h1>
        {id ? (
          <span className={`badge doc-status doc-status-${status}`}>{statusLabel(status)}</span>
        ) : null}
        <span className="doc-editor-state muted" aria-live="polite">
          {busy
            ? 'Working…'
            : dirty
              ? 'Unsaved changes'
              : printedAt
                ? `Saved · printed ${printedAt}`
                : 'Saved'}
        </span>
      </header>

      <div
        className="doc-editor-actions"
        role="toolbar"
        aria-label={`${kindLabel} actions`}
        aria-describedby={keysId}
      >
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => void save('draft')}
          aria-keyshortcuts="Control+S"
        >
          Save draft
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => void save('final')}
        >
          Save as final
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => void output('print')}
          aria-keyshortcuts="Control+P"
        >
          Print…
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => void output('pdf')}
          aria-keyshortcuts="Control+Shift+P"
        >
          Save as PDF…
        </button>
        {id ? (
          <button
            type="button"
            className="btn btn-danger doc-delete"
            disabled={busy}
            onClick={() => setPending('delete')}
          >
            Delete…
          </button>
        ) : null}
        <span id={keysId} className="doc-keys muted">
          <kbd>Ctrl</kbd>+<kbd>S</kbd> save · <kbd>Ctrl</kbd>+<kbd>P</kbd> print · <kbd>Esc</kbd>{' '}
          back to the register
        </span>
      </div>

      {error ? (
        <div className="error-box doc-error" role="alert">
          {error}
        </div>
      ) : null}

      {pending === 'leave' ? (
        <div
          className="doc-confirm card"
          role="alertdialog"
          aria-label="Unsaved changes"
          ref={pendingRef}
        >
          <p>This {kindLabel.toLowerCase()} has changes that are not saved.</p>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void save(status, onClose)}
          >
            Save and close
          </button>
          <button type="button" className="btn btn-danger" onClick={onClose}>
            Discard changes
          </button>
          <button type="button" className="btn" onClick={() => setPending(null)}>
            Keep editing
          </button>
        </div>
      ) : null}

      {pending === 'delete' ? (
        <div
          className="doc-confirm card"
          role="alertdialog"
          aria-label={`Delete ${kindLabel.toLowerCase()}`}
          ref={pendingRef}
        >
          <p>
            Delete this {kindLabel.toLowerCase()}? It leaves the register; the audit log keeps a
            record that it existed.
          </p>
          <button type="button" className="btn" onClick={() => setPending(null)}>
            Keep it
          </button>
          <button type="button" className="btn btn-danger" onClick={() => void remove()}>
            Delete
          </button>
        </div>
      ) : null}

      <div className="doc-editor-layout">
        <form
          className="doc-editor-form card"
          aria-label={`${kindLabel} details`}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label className="field">
            <span>To</span>
            <input
              ref={firstFieldRef}
              value={fields.to}
              onChange={update('to')}
              autoComplete="off"
            />
          </label>
          <label className="field">
            <span>From</span>
            <input value={fields.from} onChange={update('from')} autoComplete="off" />
          </label>
          <label className="field">
            <span>CC</span>
            <input value={fields.cc} onChange={update('cc')} autoComplete="off" />
          </label>
          <label className="field">
            <span>Date</span>
            <input type="date" value={fields.date} onChange={update('date')} required />
          </label>
          <label className="field doc-field-wide">
            <span>Subject</span>
            <input value={fields.subject} onChange={update('subject')} autoComplete="off" />
          </label>
          <label className="field doc-field-wide doc-field-body">
            <span>Body</span>
            <textarea
              value={fields.body}
              onChange={update('body')}
              rows={16}
              aria-describedby={hintId}
            />
          </label>
          <p id={hintId} className="doc-hint muted doc-field-wide">
            Leave a blank line to start a new paragraph. Start a line with “- ” for a bullet point
            or “1. ” for a numbered item.
          </p>
        </form>

        <section className="doc-editor-preview" aria-label="Preview">
          <div className="doc-preview-toolbar">
            <label className="doc-paper">
              <span>Paper</span>
              <select
                value={pageSize}
                onChange={(event) => setPaper(event.target.value as PageSize)}
              >
                <option value="A4">A4</option>
                <option value="Letter">US Letter</option>
              </select>
            </label>
            <span className="muted">Page breaks and page numbers appear when printed.</span>
          </div>
          <PrintPreview html={previewHtml} pageSize={pageSize} />
        </section>
      </div>
    </div>
  );
}
