/** The register's search box, type and status filters, and how many documents they leave. */
import { DOCUMENT_KIND_LABELS } from '../../../../../shared/documents';
import { DOCUMENT_TYPES, type DocumentType } from '../../../../../shared/domain';
import type { RegisterSearch } from './search';

export function SearchBar({
  search,
  total,
  locale,
}: {
  search: RegisterSearch;
  total: number;
  locale: string;
}) {
  const { query, setQuery, typeFilter, setTypeFilter, statusFilter, setStatusFilter, shown } =
    search;
  return (
    <div className="doc-register-tools" role="search">
      <label className="field doc-search">
        <span>Search documents</span>
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Words in titles, bodies, names or tags"
        />
      </label>
      <label className="field">
        <span>Type</span>
        <select
          value={typeFilter}
          onChange={(e) => setTypeFilter(e.target.value as DocumentType | '')}
        >
          <option value="">All types</option>
          {DOCUMENT_TYPES.map((t) => (
            <option key={t} value={t}>
              {DOCUMENT_KIND_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Status</span>
        <select value={statusFilter} onChange={(e) => setStatusFilter(e.target.value)}>
          <option value="">Any status</option>
          <option value="draft">Draft</option>
          <option value="final">Final</option>
          <option value="sent">Sent</option>
        </select>
      </label>
      <span className="muted doc-drop-hint" aria-live="polite">
        {shown.length === total
          ? 'Drop PDFs or images here to file them'
          : `${shown.length.toLocaleString(locale)} of ${total.toLocaleString(locale)} shown`}
      </span>
    </div>
  );
}
