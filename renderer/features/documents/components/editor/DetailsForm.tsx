/**
 * The document's fields as its kind names them: "Address to" where the kind has an addressee,
 * the header fields, the slip's lines, date and tags, the ticked boxes, the rich body, the
 * layout options and the history. Submitting (Enter in a field) saves.
 */
import { useEffect, useId, useRef } from 'react';
import type { DocumentVersion } from '../../../../../shared/domain';
import type { RecipientRecord } from '../../recipients';
import { RichTextEditor } from '../RichTextEditor';
import { HistoryPanel } from './HistoryPanel';
import { LayoutOptions } from './LayoutOptions';
import { addressedTo } from './recipients';
import { RecipientPicker } from './RecipientPicker';
import { SlipFields, SlipFlags } from './SlipFields';
import type { DocumentDraft } from './useDocumentDraft';

export function DetailsForm({
  draft,
  recipients,
  focusFirst,
  viewing,
  onView,
}: {
  draft: DocumentDraft;
  recipients: RecipientRecord[] | null;
  /** Put the caret in the first field (a new document). */
  focusFirst: boolean;
  viewing: DocumentVersion | null;
  onView: (version: DocumentVersion | null) => void;
}) {
  const { form, fields, set, setFields, setSlip, kindLabel, type, record, company } = draft;
  const uid = useId();
  const hintId = `${uid}-body-hint`;
  const firstFieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusFirst) firstFieldRef.current?.focus();
  }, [focusFirst]);

  return (
    <form
      className="doc-editor-form card"
      aria-label={`${kindLabel} details`}
      onSubmit={(event) => {
        event.preventDefault();
        void draft.save();
      }}
    >
      {form.addressee ? (
        <RecipientPicker
          recipients={recipients}
          onPick={(found) => setFields((current) => addressedTo(current, found, type))}
        />
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
      <SlipFields slip={form.slip} message={fields.message} onChange={setSlip} />
      <label className="field">
        <span>Date</span>
        <input
          type="date"
          value={fields.date}
          onChange={(event) => set('date', event.target.value)}
          required
        />
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
        <SlipFlags
          flags={fields.message.flags}
          onToggle={(flag, ticked) =>
            setFields((current) => ({
              ...current,
              message: {
                ...current.message,
                flags: ticked
                  ? [...current.message.flags, flag]
                  : current.message.flags.filter((f) => f !== flag),
              },
            }))
          }
        />
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
        <code>{'{{date}}'}</code> and <code>{'{{sender.name}}'}</code> are filled when printed; “Insert field”
        puts one at the caret.
      </p>
      <div className="doc-field-wide">
        <label className="doc-flag">
          <input
            type="checkbox"
            checked={fields.confidential}
            onChange={(event) => set('confidential', event.target.checked)}
            aria-describedby={`${uid}-confidential-hint`}
          />
          Confidential
        </label>
        <p id={`${uid}-confidential-hint`} className="doc-hint muted">
          Only an office manager opens it, and each opening is logged. Its content is encrypted
          when the office has a passphrase and is never searched; the title stays searchable.
        </p>
      </div>
      <LayoutOptions fields={fields} offerSignature={form.signature} set={set} />
      <HistoryPanel record={record} locale={company.locale} viewing={viewing} onView={onView} />
    </form>
  );
}
