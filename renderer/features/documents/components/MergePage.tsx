/**
 * Mail merge: pick a letter (a template or any saved letter), pick who gets it — every
 * vendor with an open order, all vendors, all employees, candidates at a stage — untick
 * anyone to leave out, then print or save ONE PDF with a letter per recipient.
 *
 * Made safe (issue 16.6): it starts on a letter made for merging, never a confidential one;
 * before anything prints it says what would go wrong — a letter addressed to one person, a
 * letter with no recipient field, recipients lacking a field the letter uses — each with a
 * one-click fix. The preview lays each letter out on its own sheets ("Letter 1 of 2 · page 1
 * of 2") and the printout follows the very same sheets.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  type CompanyProfile,
  type DocumentInput,
  defaultPageSize,
  renderDocumentContent,
  renderDocumentTitle,
} from '../../../../shared/documents';
import {
  addressToEachRecipient,
  checkMerge,
  composeMergedHtml,
  hasMergeProblems,
  mergeLetters,
  mergeSheetRules,
} from '../../../../shared/documents/merge';
import { today } from '../../../../shared/lib/dates';
import { errorMessage } from '../../../../shared/lib/errors';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { usePrintDocument } from '../../../ui/printing';
import { useDocuments } from '../hooks';
import { RECIPIENT_LISTS, type RecipientRecord, loadRecipients } from '../recipients';
import { markDocumentPrinted } from '../repository';
import { documentToInput, mergeChoices } from './mergeChoices';
import { MERGE_ELEMENTS, type MergeLayout, PrintPreview } from './PrintPreview';
import { ScreenError } from './ScreenError';
import { ScreenHeader } from './ScreenHeader';
import './documents.css';

export { documentToInput } from './mergeChoices';

const keyOf = (r: RecipientRecord) => `${r.table}:${r.id}`;

/** "A, B and C" (at most five names, then "and N more"). */
function namesOf(recipients: readonly { name: string }[]): string {
  const names = recipients.map((r) => r.name);
  const shown = names.length > 5 ? [...names.slice(0, 5), `${names.length - 5} more`] : names;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : (shown[0] ?? '');
}

/**
 * The merged page marked with the sheets the preview laid out: every element gets the named
 * page of its sheet, so the printer breaks where the preview did and each sheet's footer reads
 * "Letter N of M · page P of Q". Parsed inertly (DOMParser runs nothing) and serialised back.
 */
function withSheets(html: string, layout: MergeLayout, letters: number, company: CompanyProfile): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const elements = doc.querySelectorAll(MERGE_ELEMENTS);
  const style = doc.head.querySelector('style');
  if (!style || elements.length !== layout.assignment.length) return html;
  elements.forEach((el, i) => el.classList.add(`merge-sheet-${layout.assignment[i]! + 1}`));
  style.textContent = `${style.textContent ?? ''}\n${mergeSheetRules(layout.sheets, letters, company)}`;
  return `<!doctype html>\n${doc.documentElement.outerHTML}`;
}

export function MergePage({ onClose, onEditLetter }: { onClose: () => void; onEditLetter?: (id: string) => void }) {
  const documents = useDocuments();
  const company: CompanyProfile = useCompanyProfile();
  const printDocument = usePrintDocument();
  const [date, setDate] = useState(today());
  const choices = useMemo(() => mergeChoices(documents ?? [], company, date), [documents, company, date]);
  const [templateId, setTemplateId] = useState('');
  const [listValue, setListValue] = useState(RECIPIENT_LISTS[0]!.value);
  const [recipients, setRecipients] = useState<RecipientRecord[] | null>(null);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  // The letter (its choice value) addressed to each recipient for this merge by the one-click fix.
  const [fixedFor, setFixedFor] = useState<string | null>(null);
  const [layout, setLayout] = useState<MergeLayout | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choice = choices.find((c) => c.value === templateId) ?? choices[0];

  useEffect(() => {
    let cancelled = false;
    setRecipients(null);
    setExcluded(new Set());
    const list = RECIPIENT_LISTS.find((l) => l.value === listValue)!.list;
    loadRecipients(list, undefined, company.locale ?? undefined).then(
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
  }, [listValue, company.locale]);

  const chosen = useMemo(() => (recipients ?? []).filter((r) => !excluded.has(keyOf(r))), [recipients, excluded]);
  const fix = useMemo(() => {
    if (!choice) return null;
    const base = documentToInput(choice.source, date);
    return fixedFor === choice.value ? { ...addressToEachRecipient(base), fixed: true } : { doc: base, greeting: false, fixed: false };
  }, [choice, date, fixedFor]);
  const input: DocumentInput | null = fix?.doc ?? null;
  const pageSize = input?.pageSize ?? defaultPageSize(company);
  const check = useMemo(() => (input ? checkMerge(input, chosen) : null), [input, chosen]);
  const html = useMemo(() => {
    if (!input || chosen.length === 0) return null;
    const letters = mergeLetters({ ...input, pageSize }, chosen, company, { name: input.from });
    return composeMergedHtml(letters, company, `${renderDocumentTitle(input)} (${chosen.length} letters)`, renderDocumentContent);
  }, [input, chosen, company, pageSize]);
  // What prints: the same sheets as the preview once it has laid them out.
  const printHtml = useMemo(
    () => (html && layout && layout.html === html ? withSheets(html, layout, chosen.length, company) : html),
    [html, layout, chosen.length, company],
  );

  const output = async (how: 'print' | 'pdf') => {
    if (!printHtml || !choice || !input || busy) return;
    setBusy(true);
    try {
      const request = { html: printHtml, title: `${renderDocumentTitle(input)} (${chosen.length} letters)`, pageSize };
      const what = `${chosen.length} ${chosen.length === 1 ? 'letter' : 'letters'}`;
      const outcome = await printDocument(how, request, { what, onError: setError });
      if (choice.doc && (outcome.status === 'printed' || outcome.status === 'saved')) {
        await markDocumentPrinted(choice.doc.id, undefined, { action: how, recipients: chosen.length });
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const exclude = (who: readonly RecipientRecord[]) =>
    setExcluded((current) => {
      const next = new Set(current);
      for (const r of who) next.add(keyOf(r));
      return next;
    });

  const addressProblem = check && (check.fixedAddressee !== null || check.noRecipientField);

  return (
    <div className="page doc-editor">
      <ScreenHeader title="Mail merge" onBack={onClose} />
      <ScreenError error={error} />
      <div className="doc-merge-grid">
        <form className="card doc-editor-form" aria-label="Mail merge" onSubmit={(e) => e.preventDefault()}>
          <label className="field doc-field-wide">
            <span>Letter</span>
            <select value={choice?.value ?? ''} onChange={(e) => setTemplateId(e.target.value)}>
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
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
            <legend>{recipients === null ? 'Loading recipients…' : `${chosen.length} of ${recipients.length} selected`}</legend>
            {recipients && recipients.length === 0 ? (
              <p className="muted">Nobody is on this list yet.</p>
            ) : (
              <div className="doc-merge-list">
                {(recipients ?? []).map((r) => {
                  const key = keyOf(r);
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
          {check && chosen.length > 0 && (hasMergeProblems(check) || fix?.fixed) ? (
            <section className="doc-merge-check doc-field-wide" aria-label="Before printing">
              <h2>Before printing</h2>
              {addressProblem ? (
                <div className="doc-merge-problem" role="alert">
                  <p>
                    {check.fixedAddressee
                      ? `Every letter is addressed to “${check.fixedAddressee}”: all ${chosen.length} recipients would get that person's letter.`
                      : `This letter has no recipient field: all ${chosen.length} letters would read the same.`}
                  </p>
                  <div className="doc-merge-fixes">
                    <button type="button" className="btn btn-primary" onClick={() => setFixedFor(choice!.value)}>
                      Insert recipient name and address
                    </button>
                    {choice?.doc && onEditLetter ? (
                      <button type="button" className="btn" onClick={() => onEditLetter(choice.doc!.id)}>
                        Edit letter…
                      </button>
                    ) : null}
                  </div>
                </div>
              ) : null}
              {fix?.fixed ? (
                <div className="doc-merge-fixed" role="status">
                  <p>
                    Each letter is addressed to its recipient by name and address
                    {fix.greeting ? ', and greets them by name' : ''}. The saved letter is unchanged.
                  </p>
                  <div className="doc-merge-fixes">
                    <button type="button" className="btn" onClick={() => setFixedFor(null)}>
                      Undo
                    </button>
                    {choice?.doc && onEditLetter ? (
                      <button type="button" className="btn" onClick={() => onEditLetter(choice.doc!.id)}>
                        Edit letter…
                      </button>
                    ) : null}
                  </div>
                </div>
              ) : null}
              {check.missing.map((m) => (
                <div key={m.key} className="doc-merge-problem">
                  <p>
                    {m.recipients.length === chosen.length
                      ? `No recipient has a value for “${m.name}”: it prints blank in every letter.`
                      : `${m.recipients.length} ${m.recipients.length === 1 ? 'recipient has' : 'recipients have'} no ${m.name.toLowerCase()}: ${namesOf(m.recipients)}.`}
                  </p>
                  {m.recipients.length < chosen.length ? (
                    <button
                      type="button"
                      className="btn"
                      onClick={() => exclude(m.recipients as RecipientRecord[])}
                    >
                      Leave out {m.recipients.length === 1 ? 'this recipient' : `these ${m.recipients.length} recipients`}
                    </button>
                  ) : null}
                </div>
              ))}
            </section>
          ) : null}
          <div className="doc-field-wide" style={{ display: 'flex', gap: 8 }}>
            <button type="button" className="btn" disabled={!printHtml || busy} onClick={() => void output('print')}>
              Print…
            </button>
            <button type="button" className="btn btn-primary" disabled={!printHtml || busy} onClick={() => void output('pdf')}>
              Save as PDF…
            </button>
          </div>
          <p className="doc-hint muted doc-field-wide">
            Each letter starts on a new page with its own letterhead; the footer reads “Letter N of M · page P
            of Q”, as in the preview. Names and addresses are inserted as plain text, exactly as stored. Merge
            fields such as {'{{recipient.name}}'} are added from “Insert field” in the letter’s editor.
          </p>
        </form>
        <section className="doc-editor-preview" aria-label="Preview">
          {html && input ? (
            <PrintPreview html={html} pageSize={pageSize} perLetter onMergeLayout={setLayout} />
          ) : (
            <p className="muted">Choose a letter and at least one recipient to see the letters.</p>
          )}
        </section>
      </div>
    </div>
  );
}
