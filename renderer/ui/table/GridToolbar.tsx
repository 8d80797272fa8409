/**
 * The grid's toolbar: the search box (↓ moves into the rows), the page's own controls, the row
 * count, Clear filters, the Columns menu and the export buttons.
 */
import { type ReactNode, type RefObject, useState } from 'react';
import { getPlatform } from '../../platform';
import type { GridColumn } from './columns';
import { tableToCsvBytes, tableToXlsxBytes, XLSX_MIME } from './export';
import { exportTable } from './view';

interface GridToolbarProps<T> {
  label: string;
  search: string;
  onSearch(search: string): void;
  searchPlaceholder?: string;
  /** The rows area, focused by ↓ in the search box. */
  scrollRef: RefObject<HTMLDivElement | null>;
  /** The page's extra controls. */
  extra?: ReactNode;
  rowCount: number;
  view: readonly T[];
  filtering: boolean;
  onClearFilters(): void;
  columns: readonly GridColumn<T>[];
  visibleColumns: readonly GridColumn<T>[];
  hidden: readonly string[];
  onHiddenChange(hidden: string[]): void;
  exportName?: string;
}

export function GridToolbar<T>(props: GridToolbarProps<T>) {
  const { label, search, view, rowCount } = props;
  return (
    <div className="data-grid-toolbar" role="toolbar" aria-label={`${label} tools`}>
      <input
        type="search"
        className="data-grid-search"
        aria-label={`Search ${label.toLowerCase()}`}
        placeholder={props.searchPlaceholder ?? 'Search…'}
        value={search}
        onChange={(e) => props.onSearch(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            props.scrollRef.current?.focus();
          }
        }}
      />
      {props.extra}
      {/* One group, so a narrow window moves it to the next line whole rather than one button. */}
      <div className="data-grid-actions">
        <span className="muted data-grid-count" aria-live="polite">
          {view.length === rowCount
            ? `${rowCount.toLocaleString()} ${rowCount === 1 ? 'row' : 'rows'}`
            : `${view.length.toLocaleString()} of ${rowCount.toLocaleString()} ${rowCount === 1 ? 'row' : 'rows'}`}
        </span>
        {props.filtering ? (
          <button type="button" className="btn" onClick={props.onClearFilters}>
            Clear filters
          </button>
        ) : null}
        <ColumnsMenu
          columns={props.columns}
          visibleCount={props.visibleColumns.length}
          hidden={props.hidden}
          onHiddenChange={props.onHiddenChange}
        />
        {props.exportName ? (
          <ExportButtons
            label={label}
            exportName={props.exportName}
            view={view}
            columns={props.visibleColumns}
          />
        ) : null}
      </div>
    </div>
  );
}

/** Show or hide columns; the last visible one cannot be hidden. Esc closes the panel. */
function ColumnsMenu<T>({
  columns,
  visibleCount,
  hidden,
  onHiddenChange,
}: {
  columns: readonly GridColumn<T>[];
  visibleCount: number;
  hidden: readonly string[];
  onHiddenChange(hidden: string[]): void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div className="data-grid-menu">
      <button
        type="button"
        className="btn"
        aria-haspopup="true"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        Columns
      </button>
      {open ? (
        <div
          className="data-grid-menu-panel card"
          role="group"
          aria-label="Visible columns"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          {columns.map((c) => (
            <label key={c.id} className="data-grid-menu-item">
              <input
                type="checkbox"
                checked={!hidden.includes(c.id)}
                disabled={!hidden.includes(c.id) && visibleCount === 1}
                onChange={(e) =>
                  onHiddenChange(
                    e.target.checked ? hidden.filter((h) => h !== c.id) : [...hidden, c.id],
                  )
                }
              />
              {c.header}
            </label>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** Export the current view (visible columns, current filter and sort) to CSV or XLSX. */
function ExportButtons<T>({
  label,
  exportName,
  view,
  columns,
}: {
  label: string;
  exportName: string;
  view: readonly T[];
  columns: readonly GridColumn<T>[];
}) {
  const [exporting, setExporting] = useState(false);
  const empty = view.length === 0;
  /** Why the buttons are off when no row is shown (a title, so hover and screen readers say it). */
  const why = empty ? 'Nothing to export: no rows are shown' : undefined;
  const doExport = async (format: 'csv' | 'xlsx') => {
    setExporting(true);
    try {
      const { headers, rows: cells } = exportTable(view, columns);
      const bytes =
        format === 'csv'
          ? tableToCsvBytes(headers, cells)
          : await tableToXlsxBytes(headers, cells, label);
      await getPlatform().saveFile(bytes, {
        suggestedName: `${exportName}.${format}`,
        mimeType: format === 'csv' ? 'text/csv' : XLSX_MIME,
        filters: [
          { name: format === 'csv' ? 'CSV files' : 'Excel workbooks', extensions: [format] },
        ],
      });
    } finally {
      setExporting(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="btn"
        disabled={exporting || empty}
        title={why}
        onClick={() => void doExport('csv')}
      >
        Export CSV
      </button>
      <button
        type="button"
        className="btn"
        disabled={exporting || empty}
        title={why}
        onClick={() => void doExport('xlsx')}
      >
        Export XLSX
      </button>
    </>
  );
}
