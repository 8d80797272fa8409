/**
 * The register screen: every live document newest first with search and filters, scans
 * filed by picking or dropping, and the templates. Coming back from a document puts focus
 * on that document's row (or on "New memo" after a new one or mail merge).
 */
import { FileText } from 'lucide-react';
import { type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { useCompanyProfile } from '../../../../core/settingsHooks';
import { DataTable } from '../../../../ui/DataTable';
import { EmptyState } from '../../../../ui/EmptyState';
import { useDocuments } from '../../hooks';
import { ScreenError } from '../ScreenError';
import { useRegisterColumns } from './columns';
import { NewMemoButton, RegisterActions } from './RegisterActions';
import { ScanForm } from './ScanForm';
import { useRegisterSearch } from './search';
import { SearchBar } from './SearchBar';
import { TemplatesSection } from './TemplatesSection';
import { useScanIntake } from './useScanIntake';

/** Puts focus back on the row of the document just left once the virtualised table shows it. */
function useReturnFocus(
  rootRef: RefObject<HTMLDivElement | null>,
  loaded: boolean,
  returnTo: string | null,
) {
  useEffect(() => {
    if (!loaded || returnTo === null) return;
    // The table is virtualised and renders its rows a frame after the data arrives.
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const root = rootRef.current;
      const row = returnTo
        ? root?.querySelector<HTMLElement>(`[data-doc-id="${CSS.escape(returnTo)}"]`)
        : null;
      if (row) row.focus();
      else if (tries++ < 3) frame = requestAnimationFrame(attempt);
      else root?.querySelector<HTMLElement>('.doc-new')?.focus();
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [rootRef, loaded, returnTo]);
}

export function Register({
  onOpen,
  returnTo,
}: {
  onOpen: (id: string, options?: { kind?: string }) => void;
  returnTo: string | null;
}) {
  const all = useDocuments();
  const locale = useCompanyProfile().locale;
  const rootRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const loaded = all !== undefined;

  const documents = useMemo(() => (all ?? []).filter((d) => !d.isTemplate), [all]);
  const templates = useMemo(() => (all ?? []).filter((d) => d.isTemplate), [all]);
  const search = useRegisterSearch(documents);
  const columns = useRegisterColumns(onOpen, locale);
  const intake = useScanIntake({ onOpen, setError });
  useReturnFocus(rootRef, loaded, returnTo);

  return (
    <div
      className={`page doc-register${intake.dropping ? ' doc-drop-active' : ''}`}
      ref={rootRef}
      {...intake.dropZone}
    >
      <header className="page-header">
        <h1>Documents</h1>
        {documents.length > 0 ? (
          <span className="muted">
            {documents.length.toLocaleString(locale)}{' '}
            {documents.length === 1 ? 'document' : 'documents'}
          </span>
        ) : null}
        <div className="spacer" />
        <RegisterActions onOpen={onOpen} onPickScans={() => void intake.pickScans()} />
      </header>
      <ScreenError error={error} />
      <ScanForm intake={intake} />
      {all === undefined ? (
        <p className="muted">Loading documents…</p>
      ) : documents.length === 0 ? (
        <EmptyState
          icon={FileText}
          title="No documents yet"
          actions={<NewMemoButton onOpen={onOpen} />}
        >
          <p>
            Memos, letters and reports you write here are kept in this register, ready to print or
            save as a PDF on the company letterhead. Drop scanned PDFs or images here to file them.
          </p>
        </EmptyState>
      ) : (
        <>
          <SearchBar search={search} total={documents.length} locale={locale} />
          {search.shown.length === 0 ? (
            <p className="empty-state">No document matches “{search.query}”.</p>
          ) : (
            <DataTable label="Documents" data={search.shown} columns={columns} height={560} />
          )}
        </>
      )}
      <TemplatesSection templates={templates} onOpen={onOpen} setError={setError} />
    </div>
  );
}
