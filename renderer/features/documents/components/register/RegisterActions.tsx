/** What the register's header offers: a new memo, a new document of another kind, scans, mail merge. */
import { DOCUMENT_KIND_LABELS } from '../../../../../shared/documents';
import { WRITABLE_KINDS } from '../kinds';
import { MAIL_MERGE, NEW_DOCUMENT } from '../targets';

type Open = (id: string, options?: { kind?: string }) => void;

export function NewMemoButton({ onOpen }: { onOpen: Open }) {
  return (
    <button type="button" className="btn btn-primary doc-new" onClick={() => onOpen(NEW_DOCUMENT)}>
      New memo
    </button>
  );
}

export function RegisterActions({
  onOpen,
  onPickScans,
}: {
  onOpen: Open;
  onPickScans: () => void;
}) {
  return (
    <>
      <label className="doc-paper">
        <span className="sr-only">New document of another kind</span>
        <select
          aria-label="New document"
          value=""
          onChange={(event) =>
            event.target.value && onOpen(NEW_DOCUMENT, { kind: event.target.value })
          }
        >
          <option value="">New…</option>
          {WRITABLE_KINDS.map((k) => (
            <option key={k} value={k}>
              {k === 'message' ? 'While you were out (message)' : DOCUMENT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="btn" onClick={onPickScans}>
        Add scanned file…
      </button>
      <button type="button" className="btn" onClick={() => onOpen(MAIL_MERGE)}>
        Mail merge…
      </button>
      <NewMemoButton onOpen={onOpen} />
    </>
  );
}
