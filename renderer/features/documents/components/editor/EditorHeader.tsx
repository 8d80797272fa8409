/** The editor's title bar: back to the register, the kind and subject, status and save state. */
import { shortDateTime, statusLabel } from '../labels';
import { ScreenHeader } from '../ScreenHeader';
import type { DocumentDraft } from './useDocumentDraft';

export function EditorHeader({ draft, onBack }: { draft: DocumentDraft; onBack: () => void }) {
  const { id, kindLabel, fields, isTemplate, status, busy, dirty, record, company } = draft;
  const printedAt = record?.printedAt ? shortDateTime(record.printedAt, company.locale) : null;
  const subject = fields.subject.trim();
  return (
    <ScreenHeader
      title={
        <>
          {id ? kindLabel : `New ${kindLabel.toLowerCase()}`}
          {subject ? <span className="doc-editor-subject">{subject}</span> : null}
        </>
      }
      onBack={onBack}
      backKeys="Escape"
    >
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
    </ScreenHeader>
  );
}
