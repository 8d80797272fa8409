/**
 * `#/contacts/import` (issue 14.1): bring contacts in from a phone or mail program (.vcf) or a
 * spreadsheet (.csv). A vCard file is previewed before anything is saved: every card with its
 * numbers and addresses, cards that cannot be read with their line and that line's text, and
 * cards that repeat someone the office knows — an existing contact, a vendor, a staff member,
 * a candidate (by normalised phone or email) — or an earlier card of the file. For each
 * duplicate the user chooses: merge into the contact, skip, or import anyway (a card matching a
 * vendor, staff member or candidate is linked to it). "Import N contacts" saves everything in
 * one transaction. A file with unreadable cards imports the rest only once the user says so.
 * A .csv goes through the shared import wizard (kind `contacts`).
 */
import { useId, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../../../../shared/lib/errors';
import { decodeBytes } from '../../../../shared/import';
import { navigate } from '../../../core/router';
import { getPlatform } from '../../../platform';
import { EmptyState } from '../../../ui/EmptyState';
import { choicesFor, defaultChoice, importVcardCards, previewVcardFile, type DuplicateChoice, type VcardImportResult, type VcardPreview, type VcardPreviewCard } from '../vcardImport';
import { oneFileAtATime } from '../../../ui/oneFileAtATime';
import { FileDropZone } from '../../../ui/FileDropZone';
import { ContactCsvImport } from './ContactCsvImport';
import { phoneText, usePhoneRegion } from './contactFormat';
import './contacts.css';

/** Cards the preview table shows; the rest are counted (and imported). */
const PREVIEW_LIMIT = 500;

const CHOICE_LABELS: Record<DuplicateChoice, string> = { merge: 'Merge into the contact', skip: 'Skip', import: 'Import anyway' };

type Phase = { step: 'pick' } | { step: 'preview' } | { step: 'saving' } | { step: 'done'; result: VcardImportResult };

export function ContactImportPage() {
  const [mode, setMode] = useState<'vcard' | 'csv'>('vcard');
  // A .csv chosen on the vCard side goes to the spreadsheet import without asking for it again.
  const [csvFile, setCsvFile] = useState<{ name: string; bytes: Uint8Array } | undefined>();
  const base = useId();
  return (
    <div className="page contact-import">
      <header className="page-header">
        <h1>Import contacts</h1>
        <span className="spacer" />
        <button type="button" className="btn" onClick={() => navigate('contacts')}>
          Back to contacts
        </button>
      </header>
      <div className="contact-import-mode" role="radiogroup" aria-label="Kind of file">
        <label>
          <input type="radio" name={`${base}-mode`} checked={mode === 'vcard'} onChange={() => setMode('vcard')} /> vCard file (.vcf) from a phone, Outlook or Google
        </label>
        <label>
          <input type="radio" name={`${base}-mode`} checked={mode === 'csv'} onChange={() => setMode('csv')} /> Spreadsheet (.csv)
        </label>
      </div>
      {mode === 'csv' ? (
        <ContactCsvImport key={csvFile?.name ?? 'csv'} {...(csvFile ? { initialFile: csvFile } : {})} />
      ) : (
        <VcardImport
          onCsv={(file) => {
            setCsvFile(file);
            setMode('csv');
          }}
        />
      )}
    </div>
  );
}

function VcardImport({ onCsv }: { onCsv: (file: { name: string; bytes: Uint8Array }) => void }) {
  const region = usePhoneRegion();
  const [preview, setPreview] = useState<VcardPreview | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'pick' });
  const [problem, setProblem] = useState<string | null>(null);
  const [notRead, setNotRead] = useState<string | null>(null);
  const [choices, setChoices] = useState<ReadonlyMap<number, DuplicateChoice>>(new Map());
  const [skipBad, setSkipBad] = useState(false);
  const resultRef = useRef<HTMLHeadingElement>(null);

  const load = async (name: string, bytes: Uint8Array) => {
    setProblem(null);
    if (/\.csv$/i.test(name)) {
      onCsv({ name, bytes });
      return;
    }
    try {
      const text = decodeBytes(bytes).text;
      const read = await previewVcardFile(name, text);
      setPreview(read);
      setChoices(new Map());
      setSkipBad(false);
      setPhase({ step: 'preview' });
    } catch (e) {
      setProblem(`The file ${name} could not be read: ${errorMessage(e)}`);
    }
  };

  const choose = async () => {
    try {
      const picked = await getPlatform().pickFiles({
        title: 'Choose a contacts file to import',
        filters: [{ name: 'Contacts (.vcf) or spreadsheet (.csv)', extensions: ['vcf', 'vcard', 'csv', 'txt'] }],
      });
      const { file, notRead: rest } = oneFileAtATime(picked);
      setNotRead(rest);
      if (file) await load(file.name, file.bytes);
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  const drop = async (files: File[]) => {
    const { file, notRead: rest } = oneFileAtATime(files);
    setNotRead(rest);
    if (file) await load(file.name, new Uint8Array(await file.arrayBuffer()));
  };

  const cards = useMemo(() => preview?.cards ?? [], [preview]);
  const errors = preview?.errors ?? [];
  const choiceOf = (c: VcardPreviewCard): DuplicateChoice => (c.matches.length === 0 ? 'import' : (choices.get(c.index) ?? defaultChoice(c)));
  const counts = useMemo(() => {
    let create = 0;
    let merge = 0;
    let skip = 0;
    for (const c of cards) {
      const ch = c.matches.length === 0 ? 'import' : (choices.get(c.index) ?? defaultChoice(c));
      if (ch === 'skip') skip++;
      else if (ch === 'merge') merge++;
      else create++;
    }
    return { create, merge, skip, duplicates: cards.filter((c) => c.matches.length).length };
  }, [cards, choices]);
  const writing = counts.create + counts.merge;
  const mayImport = writing > 0 && (errors.length === 0 || skipBad) && phase.step === 'preview';

  const runImport = async () => {
    if (!preview || !mayImport) return;
    setProblem(null);
    setPhase({ step: 'saving' });
    try {
      const result = await importVcardCards(preview.cards, choices, { fileName: preview.fileName });
      setPhase({ step: 'done', result });
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (e) {
      setProblem(`Nothing was imported: ${errorMessage(e)}`);
      setPhase({ step: 'preview' });
    }
  };

  if (phase.step === 'done') {
    const r = phase.result;
    return (
      <section className="card contact-import-result" aria-label="Import result">
        <h2 ref={resultRef} tabIndex={-1}>
          Imported
        </h2>
        <p role="status">
          {r.created} new {r.created === 1 ? 'contact' : 'contacts'}
          {r.merged ? `, ${r.merged} merged into ${r.merged === 1 ? 'an existing contact' : 'existing contacts'}` : ''}
          {r.skipped ? `, ${r.skipped} skipped` : ''}
          {errors.length ? `; ${errors.length} ${errors.length === 1 ? 'card' : 'cards'} could not be read and ${errors.length === 1 ? 'was' : 'were'} left out` : ''}.
        </p>
        <div className="contact-actions">
          <button type="button" className="btn btn-primary" onClick={() => navigate('contacts')}>
            Open contacts
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => {
              setPreview(null);
              setPhase({ step: 'pick' });
            }}
          >
            Import another file
          </button>
        </div>
      </section>
    );
  }

  return (
    <>
      {problem ? (
        <div className="error-box" role="alert">
          {problem}
        </div>
      ) : null}
      {notRead ? (
        <div className="error-box" role="alert">
          {notRead}
        </div>
      ) : null}
      <FileDropZone
        className="contact-import-drop"
        extraClassName="card"
        label={preview ? `Choose another file (now ${preview.fileName})` : 'Choose a contacts file (.vcf or .csv)'}
        disabled={phase.step === 'saving'}
        onChoose={() => void choose()}
        onFiles={(files) => void drop(files)}
        title={preview ? preview.fileName : 'Choose or drop a contacts file'}
        hint={preview ? 'Click or press Enter to choose another file.' : 'A .vcf exported from a phone, Outlook, Google Contacts or Apple Contacts; nothing is saved before you see every card.'}
      />

      {preview ? (
        <section className="card" aria-labelledby="contact-preview-h">
          <h2 id="contact-preview-h">Preview</h2>
          <p className="contact-import-summary">
            {cards.length} {cards.length === 1 ? 'contact' : 'contacts'} in the file
            {counts.duplicates ? `; ${counts.duplicates} already known (choose below)` : ''}
            {errors.length ? `; ${errors.length} cannot be read` : ''}.
          </p>

          {errors.length ? (
            <div className="contact-import-errors" role="group" aria-label="Cards that cannot be read">
              <h3>Cards that cannot be read</h3>
              <ul aria-label="Problems in the file">
                {errors.map((e, i) => (
                  <li key={`${e.line}-${i}`}>
                    <strong>{e.line ? `Line ${e.line}` : 'A card'}:</strong> {e.message}
                    {e.text ? <code className="contact-import-line">{e.text}</code> : null}
                  </li>
                ))}
              </ul>
              {cards.length ? (
                <label className="contact-import-skip">
                  <input type="checkbox" checked={skipBad} onChange={(e) => setSkipBad(e.target.checked)} /> Import the other cards and leave {errors.length === 1 ? 'this one' : `these ${errors.length}`} out
                </label>
              ) : null}
            </div>
          ) : null}

          {cards.length === 0 ? (
            <EmptyState title="No contact to import">
              <p>{errors.length ? 'None of the cards in this file can be read; see the problems above.' : 'This file holds no contact cards.'}</p>
            </EmptyState>
          ) : (
            <div className="contact-import-table-wrap">
              <table className="contact-import-table" aria-label="Cards in the file">
                <thead>
                  <tr>
                    <th scope="col">Line</th>
                    <th scope="col">Name</th>
                    <th scope="col">Phones</th>
                    <th scope="col">Email</th>
                    <th scope="col">Already known</th>
                  </tr>
                </thead>
                <tbody>
                  {cards.slice(0, PREVIEW_LIMIT).map((c) => (
                    <tr key={c.index} className={c.matches.length ? 'contact-import-dupe' : undefined}>
                      <td>{c.line ?? ''}</td>
                      <td>
                        <strong>{c.draft.name}</strong>
                        {c.draft.organization || c.draft.title ? <div className="muted">{[c.draft.title, c.draft.organization].filter(Boolean).join(', ')}</div> : null}
                      </td>
                      <td>
                        {(c.draft.phones ?? []).map((p, i) => (
                          <div key={i}>
                            {phoneText(p.number, region)} <span className="muted">{p.kind}</span>
                          </div>
                        ))}
                      </td>
                      <td>
                        {(c.draft.emails ?? []).map((e) => (
                          <div key={e}>{e}</div>
                        ))}
                      </td>
                      <td>
                        {c.matches.length === 0 ? (
                          <span className="muted">New</span>
                        ) : (
                          <>
                            {c.matches.map((m) => (
                              <div key={`${m.kind}:${m.id ?? m.cardIndex}`}>
                                <strong>{m.name}</strong> <span className="muted">({m.role}; same {m.reasons.join(' and ')})</span>
                              </div>
                            ))}
                            <select
                              aria-label={`What to do with ${c.draft.name}`}
                              value={choiceOf(c)}
                              onChange={(e) => setChoices((prev) => new Map(prev).set(c.index, e.target.value as DuplicateChoice))}
                            >
                              {choicesFor(c).map((ch) => (
                                <option key={ch} value={ch}>
                                  {CHOICE_LABELS[ch]}
                                </option>
                              ))}
                            </select>
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {cards.length > PREVIEW_LIMIT ? <p className="muted">and {cards.length - PREVIEW_LIMIT} more, imported as new unless they repeat someone.</p> : null}
            </div>
          )}

          <div className="contact-actions">
            <button type="button" className="btn btn-primary" disabled={!mayImport} onClick={() => void runImport()}>
              {phase.step === 'saving' ? 'Importing…' : `Import ${writing} ${writing === 1 ? 'contact' : 'contacts'}`}
            </button>
            <span className="muted">
              {counts.merge ? `${counts.merge} merged into ${counts.merge === 1 ? 'an existing contact' : 'existing contacts'}. ` : ''}
              {counts.skip ? `${counts.skip} skipped. ` : ''}
              {errors.length && !skipBad && cards.length ? 'Tick the box above to import without the cards that cannot be read.' : ''}
            </span>
          </div>
        </section>
      ) : null}
    </>
  );
}
