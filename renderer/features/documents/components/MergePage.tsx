/**
 * Mail merge: pick a letter (a template or any saved letter), pick who gets it — every
 * vendor with an open order, all vendors, all employees, candidates at a stage — untick
 * anyone to leave out, then print or save ONE PDF with a letter per recipient.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  type CompanyProfile,
  DOCUMENT_KIND_LABELS,
  type DocumentInput,
  defaultPageSize,
  renderDocumentTitle,
  renderMergedHtml,
} from '../../../../shared/documents';
import type { DocumentRecord } from '../../../../shared/domain';
import { today } from '../../../../shared/lib/dates';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useDocuments } from '../hooks';
import { RECIPIENT_LISTS, type RecipientRecord, loadRecipients } from '../recipients';
import { markDocumentPrinted } from '../repository';
import { PrintPreview } from './PrintPreview';
import { errorMessage } from '../../../../shared/lib/errors';
import { usePrintDocument } from '../../../ui/printing';
import { ScreenError } from './ScreenError';
import { ScreenHeader } from './ScreenHeader';
import './documents.css';

export function documentToInput(doc: DocumentRecord, date: string): DocumentInput {
  return {
    type: doc.type,
    title: doc.title,
    date,
    to: doc.to,
    from: doc.from,
    cc: doc.cc,
    subject: doc.subject,
    recipientAddress: doc.recipientAddress,
    body: doc.richBody ?? doc.body,
    pageSize: doc.pageSize,
    layout: { logoPosition: doc.logoPosition, signature: doc.signature, signatureText: doc.signatureText },
    message: doc.message,
  };
}

export function MergePage({ onClose }: { onClose: () => void }) {
  const documents = useDocuments();
  const company: CompanyProfile = useCompanyProfile();
  const printDocument = usePrintDocument();
  const letters = useMemo(
    () => (documents ?? []).filter((d) => d.type !== 'scan' && (d.isTemplate || d.type === 'letter')),
    [documents],
  );
  const [templateId, setTemplateId] = useState('');
  const [listValue, setListValue] = useState(RECIPIENT_LISTS[0]!.value);
  const [date, setDate] = useState(today());
  const [recipients, setRecipients] = useState<RecipientRecord[] | null>(null);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const template = letters.find((d) => d.id === templateId) ?? letters[0];

  useEffect(() => {
    let cancelled = false;
    setRecipients(null);
    setExcluded(new Set());
    const list = RECIPIENT_LISTS.find((l) => l.value === listValue)!.list;
    loadRecipients(list).then(
      (found) => !cancelled && setRecipients(found),
      (e: unknown) => {
        if (cancelled) return;
        setRecipients([]);
        setError(errorMessage(e));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [listValue]);

  const chosen = useMemo(
    () => (recipients ?? []).filter((r) => !excluded.has(`${r.table}:${r.id}`)),
    [recipients, excluded],
  );
  const input = template ? documentToInput(template, date) : null;
  const pageSize = input?.pageSize ?? defaultPageSize(company);
  const html = useMemo(
    () =>
      input && chosen.length > 0
        ? renderMergedHtml({ ...input, pageSize }, chosen, company, { name: input.from })
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- input is derived from template and date
    [template, date, chosen, company, pageSize],
  );

  const output = async (how: 'print' | 'pdf') => {
    if (!html || !template || !input || busy) return;
    setBusy(true);
    try {
      const request = {
        html,
        title: `${renderDocumentTitle(input)} (${chosen.length} letters)`,
        pageSize,
      };
      const what = `${chosen.length} ${chosen.length === 1 ? 'letter' : 'letters'}`;
      const outcome = await printDocument(how, request, { what, onError: setError });
      if (outcome.status === 'printed' || outcome.status === 'saved') {
        await markDocumentPrinted(template.id, undefined, { action: how, recipients: chosen.length });
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page doc-editor">
      <ScreenHeader title="Mail merge" onBack={onClose} />
      <ScreenError error={error} />
      <div className="doc-merge-grid">
        <form className="card doc-editor-form" aria-label="Mail merge" onSubmit={(e) => e.preventDefault()}>
          <label className="field doc-field-wide">
            <span>Letter</span>
            <select value={template?.id ?? ''} onChange={(e) => setTemplateId(e.target.value)}>
              {letters.length === 0 ? <option value="">No letters or templates yet</option> : null}
              {letters.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.isTemplate ? 'Template' : DOCUMENT_KIND_LABELS[d.type]}: {d.title}
                </option>
              ))}
            </select>
          </label>
          <label className="field doc-field-wide">
            <span>Recipients</span>
            <select value={listValue} onChange={(e) => setListValue(e.target.value)}>
              {RECIPIENT_LISTS.map((l) => (
                <option key={l.value} value={l.value}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Letter date</span>
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <fieldset className="doc-field-wide">
            <legend>
              {recipients === null
                ? 'Loading recipients…'
                : `${chosen.length} of ${recipients.length} selected`}
            </legend>
            {recipients && recipients.length === 0 ? (
              <p className="muted">Nobody is on this list yet.</p>
            ) : (
              <div className="doc-merge-list">
                {(recipients ?? []).map((r) => {
                  const key = `${r.table}:${r.id}`;
                  return (
                    <label key={key}>
                      <input
                        type="checkbox"
                        checked={!excluded.has(key)}
                        onChange={(e) =>
                          setExcluded((current) => {
                            const next = new Set(current);
                            if (e.target.checked) next.delete(key);
                            else next.add(key);
                            return next;
                          })
                        }
                      />
                      {r.name}
                    </label>
                  );
                })}
              </div>
            )}
          </fieldset>
          <div className="doc-field-wide" style={{ display: 'flex', gap: 8 }}>
            <button type="button" className="btn" disabled={!html || busy} onClick={() => void output('print')}>
              Print…
            </button>
            <button type="button" className="btn btn-primary" disabled={!html || busy} onClick={() => void output('pdf')}>
              Save as PDF…
            </button>
          </div>
          <p className="doc-hint muted doc-field-wide">
            Each letter starts on a new page with its own letterhead; the footer reads “Letter N of
            M”. Names and addresses are inserted as plain text, exactly as stored.
          </p>
        </form>
        <section className="doc-editor-preview" aria-label="Preview">
          {html && input ? (
            <PrintPreview html={html} pageSize={pageSize} />
          ) : (
            <p className="muted">Choose a letter and at least one recipient to see the letters.</p>
          )}
        </section>
      </div>
    </div>
  );
}
