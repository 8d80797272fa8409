/**
 * A document's history under its form: the earlier versions (each can be shown in the
 * preview in place of the current text) and the last ten times it was printed.
 */
import type { DocumentRecord, DocumentVersion } from '../../../../../shared/domain';
import { shortDateTime, statusLabel } from '../labels';

export function HistoryPanel({
  record,
  locale,
  viewing,
  onView,
}: {
  record: DocumentRecord | undefined;
  locale: string | null | undefined;
  viewing: DocumentVersion | null;
  onView: (version: DocumentVersion | null) => void;
}) {
  const versions = record?.versions ?? [];
  const printLog = record?.printLog ?? [];
  if (versions.length === 0 && printLog.length === 0) return null;
  return (
    <section className="doc-field-wide doc-history" aria-label="History">
      {versions.length > 0 ? (
        <>
          <h2>Earlier versions</h2>
          <ul className="list-plain">
            {versions
              .map((version, index) => ({ version, index }))
              .reverse()
              .map(({ version, index }) => (
                <li key={`${version.savedAt}-${index}`}>
                  <button
                    type="button"
                    className="doc-link"
                    aria-pressed={viewing === version}
                    onClick={() => onView(viewing === version ? null : version)}
                  >
                    Version {index + 1} · {statusLabel(version.status)} · replaced{' '}
                    {shortDateTime(version.savedAt, locale)}
                  </button>
                </li>
              ))}
          </ul>
        </>
      ) : null}
      {printLog.length > 0 ? (
        <>
          <h2>Printed</h2>
          <ul className="list-plain doc-print-log">
            {printLog
              .slice(-10)
              .reverse()
              .map((entry, index) => (
                <li key={`${entry.at}-${index}`}>
                  {entry.action === 'pdf' ? 'Saved as PDF' : 'Printed'}{' '}
                  {shortDateTime(entry.at, locale)}
                  {entry.recipients !== undefined ? ` · ${entry.recipients} letters` : ''}
                </li>
              ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
