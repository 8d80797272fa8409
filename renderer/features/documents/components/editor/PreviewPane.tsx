/**
 * The printed pages beside the form, rendered from the same fields the printer gets (or from
 * an earlier version while one is being viewed), with the paper choice above them.
 */
import { useDeferredValue, useMemo } from 'react';
import {
  type CompanyProfile,
  type PageSize,
  renderDocumentHtml,
  runningHeaderLabel,
} from '../../../../../shared/documents';
import type { DocumentType, DocumentVersion } from '../../../../../shared/domain';
import type { RecipientRecord } from '../../recipients';
import { shortDateTime } from '../labels';
import { PrintPreview } from '../PrintPreview';
import { type DocFields, toInput } from './draft';

export function PreviewPane({
  type,
  fields,
  pageSize,
  company,
  isTemplate,
  linked,
  viewing,
  onPaper,
  onBackToCurrent,
}: {
  type: DocumentType;
  fields: DocFields;
  pageSize: PageSize;
  company: CompanyProfile;
  isTemplate: boolean;
  linked: RecipientRecord | undefined;
  viewing: DocumentVersion | null;
  onPaper: (paper: PageSize) => void;
  onBackToCurrent: () => void;
}) {
  const previewFields = useDeferredValue(fields);
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

  return (
    <section className="doc-editor-preview" aria-label="Preview">
      <div className="doc-preview-toolbar">
        <label className="doc-paper">
          <span>Paper</span>
          <select value={pageSize} onChange={(event) => onPaper(event.target.value as PageSize)}>
            <option value="A4">A4</option>
            <option value="Letter">US Letter</option>
          </select>
        </label>
        {viewing ? (
          <span className="doc-viewing" role="status">
            Showing the version replaced {shortDateTime(viewing.savedAt, company.locale)}{' '}
            <button type="button" className="btn" onClick={onBackToCurrent}>
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
        headerLabel={runningHeaderLabel(
          { type, date: fields.date, subject: fields.subject, body: '' },
          company,
        )}
      />
    </section>
  );
}
