/** The editor's title bar: back to the register, the kind and subject, status and save state. */
import { shortDateTime, statusLabel } from '../labels';
import type { DocumentDraft } from './useDocumentDraft';

export function EditorHeader({ draft, onBack }: { draft: DocumentDraft; onBack: () => void }) {
  const { id, kindLabel, fields, isTemplate, status, busy, dirty, record, company } = draft;
  const printedAt = record?.printedAt ? shortDateTime(record.printedAt, company.locale) : null;
  return (
    <header className="page-header doc-editor-header">
      <button type="button" className="btn" onClick={onBack} aria-keyshortcuts="Escape">
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
  );
}
