/**
 * Writing a document (memo, letter, fax, minutes, message slip, report): labelled fields and
 * the rich body editor on the left, the printed pages on the right, updated as you type.
 * Saving, printing and saving as PDF all go through the repository and the platform bridge;
 * what prints is exactly the preview's HTML, rendered from the same fields.
 *
 * Keys: Ctrl+S saves, Ctrl+P prints, Ctrl+Shift+P saves as PDF, Esc goes back to the register
 * (asking first when there are unsaved changes). In Electron the File menu owns Ctrl+P and
 * Ctrl+Shift+P, so the editor also answers the menu's commands; a second trigger of the same
 * press is dropped by the busy guard.
 */
import {
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
  type LogoPosition,
  MESSAGE_FLAGS,
  type PageSize,
  type StructuredBody,
  bodyToPlainText,
  defaultPageSize,
  fillDocumentPlaceholders,
  formatDocumentDate,
  placeholderValues,
  renderDocumentHtml,
  renderDocumentTitle,
  runningHeaderLabel,
  toStructuredBody,
} from '../../../../shared/documents';
import type { DocumentRecord, DocumentStatus, DocumentType, DocumentVersion } from '../../../../shared/domain';
import { today } from '../../../../shared/lib/dates';
import { onMenuCommand } from '../../../platform';
import { useToast } from '../../../ui/Toast';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useDocument } from '../hooks';
import { type RecipientRecord, loadAllRecipients } from '../recipients';
import {
  createDocument,
  duplicateDocument,
  markDocumentPrinted,
  softDeleteDocument,
  updateDocument,
} from '../repository';
import { type SlipField, formFor } from './kinds';
import { shortDateTime, statusLabel } from './labels';
import { PrintPreview } from './PrintPreview';
import { RichTextEditor } from './RichTextEditor';
import { errorMessage } from '../../../../shared/lib/errors';
import { usePrintDocument } from '../../../ui/printing';
import './documents.css';

interface DocFields {
  to: string;
  from: string;
  cc: string;
  subject: string;
  recipientAddress: string;
  date: string;
  body: StructuredBody;
  tags: string;
  logoPosition: LogoPosition;
  signature: boolean;
  signatureText: string;
  message: Record<SlipField, string> & { flags: string[] };
  /** The record the document is addressed to ('vendors', 'employees', 'candidates'). */
  linkedTable: string;
  linkedId: string;
}

function fieldsOf(doc: DocumentRecord | undefined, type: DocumentType = 'memo'): DocFields {
  return {
    to: doc?.to ?? '',
    from: doc?.from ?? '',
    cc: doc?.cc ?? '',
    subject: doc?.subject ?? '',
    recipientAddress: doc?.recipientAddress ?? '',
    date: doc?.date ?? today(),
    // Documents written before the rich editor keep their plain text and are read as such.
    body: doc?.richBody ?? toStructuredBody(doc?.body ?? ''),
    tags: (doc?.tags ?? []).join(', '),
    logoPosition: doc?.logoPosition ?? 'left',
    // A new letter signs off by default; other kinds only when asked.
    signature: doc?.signature ?? (doc === undefined && type === 'letter'),
    signatureText: doc?.signatureText ?? '',
    message: {
      time: doc?.message?.time ?? '',
      company: doc?.message?.company ?? '',
      phone: doc?.message?.phone ?? '',
      pages: doc?.message?.pages ?? '',
      flags: doc?.message?.flags ?? [],
    },
    linkedTable: doc?.linkedTable ?? '',
    linkedId: doc?.linkedId ?? '',
  };
}

function sameFields(a: DocFields, b: DocFields): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isBlank(fields: DocFields, type: DocumentType): boolean {
  return sameFields({ ...fields, date: '' }, { ...fieldsOf(undefined, type), date: '' });
}

export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.split(',')) {
    const tag = raw.trim().slice(0, 60);
    if (tag) seen.add(tag);
  }
  return [...seen].slice(0, 30);
}

/**
 * What the page shows: the document with {{placeholders}} filled from its own fields and
 * the company profile (templates print their placeholders as written).
 */
function toInput(
  type: DocumentType,
  fields: Pick<DocFields, 'to' | 'from' | 'cc' | 'subject' | 'date' | 'recipientAddress'> &
    Partial<Omit<DocFields, 'body'>> & { body: StructuredBody | string },
  pageSize: PageSize,
  company: CompanyProfile,
  fill: boolean,
  title?: string,
  recipient?: RecipientRecord,
): DocumentInput {
  const input: DocumentInput = {
    type,
    title,
    date: fields.date,
    to: fields.to,
    from: fields.from,
    cc: fields.cc,
    subject: fields.subject,
    recipientAddress: fields.recipientAddress,
    body: fields.body,
    pageSize,
    layout: {
      logoPosition: fields.logoPosition ?? 'left',
      signature: fields.signature ?? false,
      signatureText: fields.signatureText ?? '',
    },
    message: fields.message ?? null,
  };
  if (!fill) return input;
  return fillDocumentPlaceholders(
    input,
    placeholderValues({
      company,
      date: formatDocumentDate(fields.date, company.locale),
      sender: { name: fields.from },
      // The record the letter is addressed to fills contact, email and phone; the typed
      // name and address win over the record's, since the user may have corrected them.
      recipient: { ...recipient, name: fields.to, address: fields.recipientAddress },
    }),
  );
}

function titleOf(fields: DocFields, type: DocumentType): string {
  return fields.subject.trim() || `Untitled ${DOCUMENT_KIND_LABELS[type].toLowerCase()}`;
}

/** Ignore shortcuts meant for something layered above the editor (the command palette). */
function fromOverlay(event: KeyboardEvent): boolean {
  return event.target instanceof Element && event.target.closest('dialog') !== null;
}

export interface MemoEditorProps {
  /** The document to edit; undefined for a new one. */
  documentId?: string;
  /** The kind of a new document (memo when left out). */
  newKind?: DocumentType;
  onClose: () => void;
  /** A new document was saved for the first time and now has this id. */
  onCreated?: (id: string) => void;
  /** Open another document (a duplicate just made). */
  onOpenOther?: (id: string) => void;
}

export function MemoEditor({ documentId, newKind, onClose, onCreated, onOpenOther }: MemoEditorProps) {
  // Loaded once per editing session: after a new document's first save the parent passes its
  // new id, and the form must stay as it is rather than reload.
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
  return (
    <DocumentForm
      initial={stored ?? undefined}
      newKind={newKind ?? 'memo'}
      onClose={onClose}
      onCreated={onCreated}
      onOpenOther={onOpenOther}
    />
  );
}

/** Another name for the same screen: it edits every kind, not only memos. */
export const DocumentEditor = MemoEditor;

type Pending = null | 'leave' | 'delete';

function DocumentForm({
  initial,
  newKind,
  onClose,
  onCreated,
  onOpenOther,
}: {
  initial: DocumentRecord | undefined;
  newKind: DocumentType;
  onClose: () => void;
  onCreated: ((id: string) => void) | undefined;
  onOpenOther: ((id: string) => void) | undefined;
}) {
  const uid = useId();
  const toast = useToast((s) => s.show);
  const printDocument = usePrintDocument();
  const company: CompanyProfile = useCompanyProfile();

  const [id, setId] = useState(initial?.id);
  const live = useDocument(id);
  const record = live ?? initial;
  const type: DocumentType = record?.type ?? newKind;
  const isTemplate = record?.isTemplate === true;
  const kindLabel = isTemplate ? `${DOCUMENT_KIND_LABELS[type]} template` : DOCUMENT_KIND_LABELS[type];
  const form = formFor(type);

  const [fields, setFields] = useState<DocFields>(() => fieldsOf(initial, newKind));
  const [saved, setSaved] = useState<DocFields>(() => fieldsOf(initial, newKind));
  const [status, setStatus] = useState<DocumentStatus>(initial?.status ?? 'draft');
  const [paper, setPaper] = useState<PageSize | null>(initial?.pageSize ?? null);
  const [savedPaper, setSavedPaper] = useState<PageSize | null>(initial?.pageSize ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [viewing, setViewing] = useState<DocumentVersion | null>(null);
  const [recipients, setRecipients] = useState<RecipientRecord[] | null>(null);
  // State updates land a render later; this stops a held Ctrl+S from creating two documents.
  const busyRef = useRef(false);
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const pendingRef = useRef<HTMLDivElement>(null);

  const pageSize = paper ?? defaultPageSize(company.locale);
  const dirty = !id || !sameFields(fields, saved) || paper !== savedPaper;

  const previewFields = useDeferredValue(fields);
  const linked = recipients?.find((r) => r.table === fields.linkedTable && r.id === fields.linkedId);
  const previewHtml = useMemo(() => {
    if (viewing) {
      return renderDocumentHtml(
        toInput(
          type,
          {
            ...viewing,
            to: viewing.to ?? '',
            from: viewing.from ?? '',
            cc: viewing.cc ?? '',
            subject: viewing.subject ?? '',
            recipientAddress: '',
            body: viewing.richBody ?? viewing.body,
          },
          pageSize,
          company,
          !isTemplate,
          viewing.title,
        ),
        company,
      );
    }
    return renderDocumentHtml(
      toInput(type, previewFields, pageSize, company, !isTemplate, undefined, linked),
      company,
    );
  }, [type, previewFields, pageSize, company, viewing, isTemplate, linked]);

  useEffect(() => {
    if (!initial) firstFieldRef.current?.focus();
  }, [initial]);

  useEffect(() => {
    if (pending) pendingRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [pending]);

  useEffect(() => {
    if (!form.addressee) return;
    let cancelled = false;
    void loadAllRecipients().then(
      (list) => !cancelled && setRecipients(list),
      () => !cancelled && setRecipients([]),
    );
    return () => {
      cancelled = true;
    };
  }, [form.addressee]);

  const set = <K extends keyof DocFields>(key: K, value: DocFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));
  const setSlip = (key: SlipField, value: string) =>
    setFields((current) => ({ ...current, message: { ...current.message, [key]: value } }));

  /** Writes the fields when anything changed; resolves to the stored id, or null on failure. */
  async function persist(nextStatus: DocumentStatus): Promise<string | null> {
    if (id && !dirty && nextStatus === status) return id;
    const { tags, message, body, linkedTable, linkedId, ...rest } = fields;
    const changes = {
      ...rest,
      ...(linkedTable && linkedId ? { linkedTable, linkedId } : {}),
      body: bodyToPlainText(body),
      richBody: body,
      tags: parseTags(tags),
      message: form.slip.length > 0 || form.flags ? message : undefined,
      // A template keeps the name it was given; a document is named by its subject.
      title: isTemplate && record ? record.title : titleOf(fields, type),
      status: nextStatus,
      ...(paper ? { pageSize: paper } : {}),
    };
    try {
      let storedId = id;
      if (!storedId) {
        const created = await createDocument({ ...changes, type });
        storedId = created.id;
        setId(storedId);
        onCreated?.(storedId);
      } else {
        await updateDocument(storedId, changes);
      }
      setSaved(fields);
      setSavedPaper(paper);
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
        isTemplate
          ? 'Template saved'
          : nextStatus === 'final'
            ? `${kindLabel} saved as final`
            : nextStatus === 'draft'
              ? 'Draft saved'
              : `${kindLabel} marked as sent`,
      );
      then?.();
    });

  const output = (how: 'print' | 'pdf') =>
    run(async () => {
      const storedId = await persist(status);
      if (!storedId) return;
      const input = toInput(type, fields, pageSize, company, !isTemplate, undefined, linked);
      const request = {
        html: renderDocumentHtml(input, company),
        title: renderDocumentTitle(input),
        pageSize,
      };
      try {
        const outcome = await printDocument(how, request, { what: kindLabel, onError: setError });
        if (outcome.status === 'printed' || outcome.status === 'saved') {
          await markDocumentPrinted(storedId, undefined, { action: how });
        }
      } catch (e) {
        setError(errorMessage(e));
      }
    });

  const duplicate = (asTemplate: boolean) =>
    run(async () => {
      const storedId = await persist(status);
      if (!storedId) return;
      try {
        const copy = await duplicateDocument(storedId);
        if (asTemplate !== isTemplate) {
          await updateDocument(copy.id, {
            isTemplate: asTemplate,
            title: asTemplate ? `${record?.title ?? titleOf(fields, type)}` : copy.title,
          });
        }
        toast(asTemplate ? 'Saved as a template' : isTemplate ? 'New document from the template' : 'Copy made');
        onOpenOther?.(copy.id);
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
    if (dirty && !isBlank(fields, type)) setPending('leave');
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
      else if (viewing) setViewing(null);
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
  const versions = record?.versions ?? [];
  const printLog = record?.printLog ?? [];

  const addressTo = (key: string) => {
    const found = recipients?.find((r) => `${r.table}:${r.id}` === key);
    if (!found) return;
    setFields((current) => ({
      ...current,
      to: found.name,
      recipientAddress: found.address ?? current.recipientAddress,
      linkedTable: found.table,
      linkedId: found.id,
      ...(type === 'fax' ? { message: { ...current.message, phone: found.phone ?? current.message.phone } } : {}),
    }));
  };

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
        {id && !isTemplate ? (
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
        {isTemplate ? (
          <>
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void save('draft')}>
              Save template
            </button>
            <button type="button" className="btn" disabled={busy || !id} onClick={() => void duplicate(false)}>
              Use template
            </button>
          </>
        ) : (
          <>
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
            {id && status !== 'draft' ? (
              <button type="button" className="btn" disabled={busy || status === 'sent'} onClick={() => void save('sent')}>
                Mark as sent
              </button>
            ) : null}
          </>
        )}
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
        {id && !isTemplate ? (
          <>
            <button type="button" className="btn" disabled={busy} onClick={() => void duplicate(false)}>
              Duplicate
            </button>
            <button type="button" className="btn" disabled={busy} onClick={() => void duplicate(true)}>
              Save as template
            </button>
          </>
        ) : null}
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
          {form.addressee ? (
            <label className="field doc-field-wide">
              <span>Address to</span>
              <select
                value=""
                onChange={(event) => addressTo(event.target.value)}
                disabled={!recipients || recipients.length === 0}
              >
                <option value="">
                  {recipients === null
                    ? 'Loading…'
                    : recipients.length === 0
                      ? 'No vendors, employees or candidates yet'
                      : 'Fill To and Address from a record…'}
                </option>
                {(['vendors', 'employees', 'candidates'] as const).map((table) => (
                  <optgroup key={table} label={table[0]!.toUpperCase() + table.slice(1)}>
                    {(recipients ?? [])
                      .filter((r) => r.table === table)
                      .map((r) => (
                        <option key={`${r.table}:${r.id}`} value={`${r.table}:${r.id}`}>
                          {r.name}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
            </label>
          ) : null}
          {form.fields.map((field, index) => (
            <label key={field.key} className={`field${field.wide ? ' doc-field-wide' : ''}`}>
              <span>{field.label}</span>
              {field.multiline ? (
                <textarea
                  rows={3}
                  value={fields[field.key]}
                  onChange={(event) => set(field.key, event.target.value)}
                />
              ) : (
                <input
                  ref={index === 0 ? firstFieldRef : undefined}
                  value={fields[field.key]}
                  onChange={(event) => set(field.key, event.target.value)}
                  autoComplete="off"
                />
              )}
            </label>
          ))}
          {form.slip.map((field) => (
            <label key={field.key} className="field">
              <span>{field.label}</span>
              <input
                value={fields.message[field.key]}
                onChange={(event) => setSlip(field.key, event.target.value)}
                autoComplete="off"
              />
            </label>
          ))}
          <label className="field">
            <span>Date</span>
            <input type="date" value={fields.date} onChange={(event) => set('date', event.target.value)} required />
          </label>
          <label className="field">
            <span>Tags</span>
            <input
              value={fields.tags}
              onChange={(event) => set('tags', event.target.value)}
              placeholder="e.g. HR, 2026 budget"
              autoComplete="off"
            />
          </label>
          {form.flags ? (
            <fieldset className="doc-flags doc-field-wide">
              <legend>Ticked boxes</legend>
              {MESSAGE_FLAGS.map((flag) => (
                <label key={flag} className="doc-flag">
                  <input
                    type="checkbox"
                    checked={fields.message.flags.includes(flag)}
                    onChange={(event) =>
                      setFields((current) => ({
                        ...current,
                        message: {
                          ...current.message,
                          flags: event.target.checked
                            ? [...current.message.flags, flag]
                            : current.message.flags.filter((f) => f !== flag),
                        },
                      }))
                    }
                  />
                  {flag}
                </label>
              ))}
            </fieldset>
          ) : null}
          <div className="field doc-field-wide doc-field-body">
            <span id={`${uid}-body-label`}>Body</span>
            <RichTextEditor
              initial={fields.body}
              onChange={(body) => set('body', body)}
              label="Body"
              describedBy={hintId}
            />
          </div>
          <p id={hintId} className="doc-hint muted doc-field-wide">
            Type “- ” for a bullet list or “1. ” for a numbered one. Placeholders such as{' '}
            <code>{'{{recipient.name}}'}</code>, <code>{'{{company.name}}'}</code>,{' '}
            <code>{'{{date}}'}</code> and <code>{'{{sender.name}}'}</code> are filled when printed.
          </p>
          <details className="doc-field-wide doc-layout">
            <summary>Layout</summary>
            <div className="doc-layout-grid">
              <label className="field">
                <span>Logo position</span>
                <select
                  value={fields.logoPosition}
                  onChange={(event) => set('logoPosition', event.target.value as LogoPosition)}
                >
                  <option value="left">Left</option>
                  <option value="center">Centre</option>
                  <option value="right">Right</option>
                </select>
              </label>
              {form.signature ? (
                <>
                  <label className="doc-flag">
                    <input
                      type="checkbox"
                      checked={fields.signature}
                      onChange={(event) => set('signature', event.target.checked)}
                    />
                    Signature block
                  </label>
                  {fields.signature ? (
                    <label className="field doc-field-wide">
                      <span>Signature text</span>
                      <textarea
                        rows={3}
                        value={fields.signatureText}
                        placeholder={'Yours sincerely,\n\n{{sender.name}}'}
                        onChange={(event) => set('signatureText', event.target.value)}
                      />
                    </label>
                  ) : null}
                </>
              ) : null}
            </div>
          </details>
          {versions.length > 0 || printLog.length > 0 ? (
            <section className="doc-field-wide doc-history" aria-label="History">
              {versions.length > 0 ? (
                <>
                  <h2>Earlier versions</h2>
                  <ul className="list-plain">
                    {versions
                      .map((version, index) => ({ version, index }))
                      .reverse()
                      .map(({ version, index }) => (
                        <li key={`${version.savedAt}-${index}`}>
                          <button
                            type="button"
                            className="doc-link"
                            aria-pressed={viewing === version}
                            onClick={() => setViewing(viewing === version ? null : version)}
                          >
                            Version {index + 1} · {statusLabel(version.status)} · replaced{' '}
                            {shortDateTime(version.savedAt, company.locale)}
                          </button>
                        </li>
                      ))}
                  </ul>
                </>
              ) : null}
              {printLog.length > 0 ? (
                <>
                  <h2>Printed</h2>
                  <ul className="list-plain doc-print-log">
                    {printLog
                      .slice(-10)
                      .reverse()
                      .map((entry, index) => (
                        <li key={`${entry.at}-${index}`}>
                          {entry.action === 'pdf' ? 'Saved as PDF' : 'Printed'}{' '}
                          {shortDateTime(entry.at, company.locale)}
                          {entry.recipients !== undefined ? ` · ${entry.recipients} letters` : ''}
                        </li>
                      ))}
                  </ul>
                </>
              ) : null}
            </section>
          ) : null}
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
            {viewing ? (
              <span className="doc-viewing" role="status">
                Showing the version replaced {shortDateTime(viewing.savedAt, company.locale)}{' '}
                <button type="button" className="btn" onClick={() => setViewing(null)}>
                  Back to current
                </button>
              </span>
            ) : (
              <span className="muted">Pages as printed; page numbers appear on paper.</span>
            )}
          </div>
          <PrintPreview
            html={previewHtml}
            pageSize={pageSize}
            headerLabel={runningHeaderLabel({ type, date: fields.date, subject: fields.subject, body: '' }, company)}
          />
        </section>
      </div>
    </div>
  );
}
