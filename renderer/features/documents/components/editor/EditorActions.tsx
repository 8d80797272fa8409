/**
 * The editor's toolbar: save (as draft, final or sent; a template just saves), print, save as
 * PDF, duplicate or keep as a template, delete. The keys are described beside the buttons.
 */
import { EmailDraftButton, type EmailDraftSeed } from '../../../../ui/EmailDraft';
import type { DocumentDraft } from './useDocumentDraft';

export function EditorActions({
  draft,
  keysId,
  onOutput,
  onEmail,
  onDelete,
}: {
  draft: DocumentDraft;
  keysId: string;
  onOutput: (how: 'print' | 'pdf') => void;
  /** "Email…" (issue 17.5): saves and gives the draft email's document and first words. */
  onEmail: () => Promise<EmailDraftSeed | null>;
  onDelete: () => void;
}) {
  const { id, kindLabel, isTemplate, status, busy, save, duplicate } = draft;
  return (
    <div
      className="doc-editor-actions"
      role="toolbar"
      aria-label={`${kindLabel} actions`}
      aria-describedby={keysId}
    >
      {isTemplate ? (
        <>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            onClick={() => void save('draft')}
          >
            Save template
          </button>
          <button
            type="button"
            className="btn"
            disabled={busy || !id}
            onClick={() => void duplicate(false)}
          >
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
            <button
              type="button"
              className="btn"
              disabled={busy || status === 'sent'}
              onClick={() => void save('sent')}
            >
              Mark as sent
            </button>
          ) : null}
        </>
      )}
      <button
        type="button"
        className="btn"
        disabled={busy}
        onClick={() => onOutput('print')}
        aria-keyshortcuts="Control+P"
      >
        Print…
      </button>
      <button
        type="button"
        className="btn"
        disabled={busy}
        onClick={() => onOutput('pdf')}
        aria-keyshortcuts="Control+Shift+P"
      >
        Save as PDF…
      </button>
      {isTemplate ? null : <EmailDraftButton what={kindLabel.toLowerCase()} disabled={busy} prepare={onEmail} />}
      {id && !isTemplate ? (
        <>
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() => void duplicate(false)}
          >
            Duplicate
          </button>
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() => void duplicate(true)}
          >
            Save as template
          </button>
        </>
      ) : null}
      {id ? (
        <button
          type="button"
          className="btn btn-danger doc-delete"
          disabled={busy}
          onClick={onDelete}
        >
          Delete…
        </button>
      ) : null}
      <span id={keysId} className="doc-keys muted">
        <kbd>Ctrl</kbd>+<kbd>S</kbd> save · <kbd>Ctrl</kbd>+<kbd>P</kbd> print · <kbd>Esc</kbd> back
        to the register
      </span>
    </div>
  );
}
