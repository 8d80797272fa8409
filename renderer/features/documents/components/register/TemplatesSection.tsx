/**
 * The office's own templates (open to edit, or "Use" to start a document from one) and the
 * starters that can be copied into a template of its own.
 */
import { DOCUMENT_KIND_LABELS } from '../../../../../shared/documents';
import type { DocumentRecord } from '../../../../../shared/domain';
import { errorMessage } from '../../../../../shared/lib/errors';
import { createDocument, duplicateDocument, updateDocument } from '../../repository';
import { STARTER_TEMPLATES } from '../../starterTemplates';

export function TemplatesSection({
  templates,
  onOpen,
  setError,
}: {
  templates: DocumentRecord[];
  onOpen: (id: string) => void;
  setError: (error: string | null) => void;
}) {
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

  return (
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
        <p className="muted">
          Copy a starter below to make it your own: wording, logo position, signature, paper.
        </p>
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
  );
}
