/**
 * Writing a document (memo, letter, fax, minutes, message slip, report): labelled fields and
 * the rich body editor on the left, the printed pages on the right, updated as you type.
 * Saving, printing and saving as PDF all go through the repository and the platform bridge;
 * what prints is exactly the preview's HTML, rendered from the same fields.
 *
 * The parts live in ./editor: the draft and its actions (useDocumentDraft), keys and menu
 * commands (useEditorCommands), the header, toolbar, questions, form, history and preview.
 */
import { useId, useState } from 'react';
import type { DocumentRecord, DocumentType, DocumentVersion } from '../../../../shared/domain';
import { useDocument } from '../hooks';
import { DetailsForm } from './editor/DetailsForm';
import { isBlank } from './editor/draft';
import { EditorActions } from './editor/EditorActions';
import { EditorHeader } from './editor/EditorHeader';
import { type Pending, PendingConfirm } from './editor/PendingConfirm';
import { PreviewPane } from './editor/PreviewPane';
import { linkedRecipient, useRecipients } from './editor/recipients';
import { useDocumentDraft } from './editor/useDocumentDraft';
import { useEditorCommands } from './editor/useEditorCommands';
import { ScreenError } from './ScreenError';
import './documents.css';

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
  /** A confidential document already opened on purpose (DocumentsPage's ConfidentialGate). */
  opened?: DocumentRecord;
}

export function MemoEditor({
  documentId,
  newKind,
  onClose,
  onCreated,
  onOpenOther,
  opened,
}: MemoEditorProps) {
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
      initial={opened ?? stored ?? undefined}
      newKind={newKind ?? 'memo'}
      onClose={onClose}
      onCreated={onCreated}
      onOpenOther={onOpenOther}
    />
  );
}

/** Another name for the same screen: it edits every kind, not only memos. */
export const DocumentEditor = MemoEditor;

function DocumentForm(props: {
  initial: DocumentRecord | undefined;
  newKind: DocumentType;
  onClose: () => void;
  onCreated: ((id: string) => void) | undefined;
  onOpenOther: ((id: string) => void) | undefined;
}) {
  const { initial, onClose } = props;
  const draft = useDocumentDraft(props);
  const { type, fields, status, kindLabel } = draft;
  const keysId = `${useId()}-keys`;
  const [pending, setPending] = useState<Pending>(null);
  const [viewing, setViewing] = useState<DocumentVersion | null>(null);
  const recipients = useRecipients(draft.form.addressee);
  const linked = linkedRecipient(recipients, fields);

  const output = (how: 'print' | 'pdf') => void draft.output(how, linked);
  const requestClose = () => {
    if (draft.dirty && !isBlank(fields, type)) setPending('leave');
    else onClose();
  };

  useEditorCommands({
    save: () => void draft.save(),
    output,
    escape: () => {
      if (pending) setPending(null);
      else if (viewing) setViewing(null);
      else requestClose();
    },
  });

  return (
    <div className="page doc-editor">
      <EditorHeader draft={draft} onBack={requestClose} />
      <EditorActions
        draft={draft}
        keysId={keysId}
        onOutput={output}
        onEmail={() => draft.emailSeed(linked, recipients)}
        onDelete={() => setPending('delete')}
      />
      <ScreenError error={draft.error} />
      <PendingConfirm
        pending={pending}
        kindLabel={kindLabel}
        onSaveAndClose={() => void draft.save(status, onClose)}
        onDiscard={onClose}
        onDelete={() => void draft.remove()}
        onCancel={() => setPending(null)}
      />
      <div className="doc-editor-layout">
        <DetailsForm
          draft={draft}
          recipients={recipients}
          focusFirst={!initial}
          viewing={viewing}
          onView={setViewing}
        />
        <PreviewPane
          type={type}
          fields={fields}
          pageSize={draft.pageSize}
          company={draft.company}
          isTemplate={draft.isTemplate}
          linked={linked}
          viewing={viewing}
          onPaper={draft.setPaper}
          onBackToCurrent={() => setViewing(null)}
        />
      </div>
    </div>
  );
}
