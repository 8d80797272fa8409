/**
 * DataGrid: the app's reusable table for large lists — virtualized (@tanstack/react-virtual),
 * with sorting (click a header; Shift+click adds a column), a global search, per-column
 * filters, a "Columns" menu whose choice is remembered per `id`, keyboard row navigation
 * (↑ ↓ PgUp PgDn Home End, Enter to open) and double-click to open, and export of the current
 * view (visible columns, current filter and sort) to CSV or XLSX.
 *
 * Usage:
 *   const columns: GridColumn<Item>[] = [
 *     { id: 'name', header: 'Name', value: (i) => i.name },
 *     { id: 'cost', header: 'Unit cost', value: (i) => i.unitCostCents, cell: (i) => fmt(i.unitCostCents), align: 'right' },
 *   ];
 *   <DataGrid id="inventory.items" label="Items" rows={items} columns={columns}
 *             getRowId={(i) => i.id} onActivate={(i) => open(i.id)} exportName="items" />
 *
 * Sorting and filtering run on the loaded array in memory (./view.ts); only the rows on screen
 * are rendered, so 100,000 rows stay smooth. `search`/`onSearchChange` and
 * `filters`/`onFiltersChange` may be controlled when a page keeps them in a store.
 */
import { type ColumnDef, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { getPlatform } from '../../platform';
import { tableToCsvBytes, tableToXlsxBytes, XLSX_MIME } from './export';
import { useGridPrefs } from './prefs';
import {
  buildGridIndex,
  distinctValues,
  exportTable,
  filterPositions,
  sortPositions,
  type GridColumnSpec,
  type SortSpec,
} from './view';
import './table.css';

export interface GridColumn<T> extends GridColumnSpec<T> {
  /** How the cell shows (default: the value as text). */
  cell?: (row: T) => ReactNode;
  align?: 'left' | 'right';
  /** CSS width, e.g. '8rem'. */
  width?: string;
  /** Hidden until the user shows it from the Columns menu. */
  defaultHidden?: boolean;
}

export interface DataGridProps<T> {
  /** Stable id: remembers the column choice. */
  id: string;
  /** Accessible name of the table. */
  label: string;
  rows: readonly T[];
  columns: readonly GridColumn<T>[];
  getRowId: (row: T) => string;
  onActivate?: (row: T) => void;
  /** Base file name for exports; no export buttons when absent. */
  exportName?: string;
  search?: string;
  onSearchChange?: (search: string) => void;
  filters?: Record<string, string>;
  onFiltersChange?: (filters: Record<string, string>) => void;
  /** Placeholder of the search box. */
  searchPlaceholder?: string;
  /** Shown when there are no rows at all (not when a filter hides them). */
  empty?: ReactNode;
  /** Extra controls in the grid's toolbar, after the search box. */
  toolbar?: ReactNode;
  height?: number | string;
  /** Called with the rows in view whenever they change (e.g. to print what is shown). */
  onViewChange?: (view: readonly T[]) => void;
}

const ROW_HEIGHT = 34;

export function DataGrid<T>(props: DataGridProps<T>) {
  const { id, label, rows, columns, getRowId, onActivate, exportName } = props;
  const domId = useId();
  const [ownSearch, setOwnSearch] = useState('');
  const [ownFilters, setOwnFilters] = useState<Record<string, string>>({});
  const [sorting, setSorting] = useState<SortSpec[]>([]);
  const [active, setActive] = useState(0);
  const [menuOpen, setMenuOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const search = props.search ?? ownSearch;
  const setSearch = props.onSearchChange ?? setOwnSearch;
  const filters = props.filters ?? ownFilters;
  const setFilters = props.onFiltersChange ?? setOwnFilters;

  const storedHidden = useGridPrefs((s) => s.hidden[id]);
  const setHidden = useGridPrefs((s) => s.setHidden);
  const defaultHidden = useMemo(() => columns.filter((c) => c.defaultHidden).map((c) => c.id), [columns]);
  const hidden = storedHidden ?? defaultHidden;
  const visibleColumns = useMemo(() => columns.filter((c) => !hidden.includes(c.id)), [columns, hidden]);

  const index = useMemo(() => buildGridIndex(rows, columns), [rows, columns]);
  const view = useMemo(() => {
    const positions = sortPositions(index, filterPositions(index, columns, { search, filters }), sorting);
    return positions.map((p) => rows[p]!);
  }, [index, rows, columns, search, filters, sorting]);
  const onViewChange = props.onViewChange;
  useEffect(() => onViewChange?.(view), [onViewChange, view]);

  const columnDefs = useMemo<ColumnDef<T>[]>(
    () =>
      visibleColumns.map((c) => ({
        id: c.id,
        header: c.header,
        accessorFn: (r: T) => c.value(r),
        cell: (ctx) => (c.cell ? c.cell(ctx.row.original) : String(c.value(ctx.row.original) ?? '')),
        meta: c,
      })),
    [visibleColumns],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- tanstack table is not compiler-safe; this component is not memoised by the compiler
  const table = useReactTable({
    data: view as T[],
    columns: columnDefs,
    getRowId: (r) => getRowId(r),
    manualSorting: true,
    manualFiltering: true,
    getCoreRowModel: getCoreRowModel(),
  });
  const tableRows = table.getRowModel().rows;

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const activeIndex = Math.min(active, Math.max(0, tableRows.length - 1));

  const toggleSort = (columnId: string, add: boolean) => {
    setSorting((prev) => {
      const cur = prev.find((s) => s.id === columnId);
      const next: SortSpec | null = !cur ? { id: columnId, desc: false } : !cur.desc ? { id: columnId, desc: true } : null;
      const others = add ? prev.filter((s) => s.id !== columnId) : [];
      return next ? [...others, next] : others;
    });
  };

  const move = (to: number) => {
    const i = Math.max(0, Math.min(tableRows.length - 1, to));
    setActive(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget && !(e.target instanceof HTMLTableRowElement)) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 340) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      Home: () => move(0),
      End: () => move(tableRows.length - 1),
      Enter: () => {
        const row = tableRows[activeIndex];
        if (row && onActivate) onActivate(row.original);
      },
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  const doExport = async (format: 'csv' | 'xlsx') => {
    if (!exportName) return;
    setExporting(true);
    try {
      const { headers, rows: cells } = exportTable(view, visibleColumns);
      const bytes = format === 'csv' ? tableToCsvBytes(headers, cells) : await tableToXlsxBytes(headers, cells, label);
      await getPlatform().saveFile(bytes, {
        suggestedName: `${exportName}.${format}`,
        mimeType: format === 'csv' ? 'text/csv' : XLSX_MIME,
        filters: [{ name: format === 'csv' ? 'CSV files' : 'Excel workbooks', extensions: [format] }],
      });
    } finally {
      setExporting(false);
    }
  };

  const filterable = visibleColumns.filter((c) => c.filter);
  const activeFilterCount = Object.values(filters).filter(Boolean).length;
  const rowDomId = (i: number) => `${domId}-row-${i}`;

  return (
    <div className="data-grid">
      <div className="data-grid-toolbar" role="toolbar" aria-label={`${label} tools`}>
        <input
          type="search"
          className="data-grid-search"
          aria-label={`Search ${label.toLowerCase()}`}
          placeholder={props.searchPlaceholder ?? 'Search…'}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              scrollRef.current?.focus();
            }
          }}
        />
        {props.toolbar}
        <span className="muted data-grid-count" aria-live="polite">
          {view.length === rows.length ? `${rows.length.toLocaleString()} rows` : `${view.length.toLocaleString()} of ${rows.length.toLocaleString()} rows`}
        </span>
        {activeFilterCount > 0 || search ? (
          <button
            type="button"
            className="btn"
            onClick={() => {
              setSearch('');
              setFilters({});
            }}
          >
            Clear filters
          </button>
        ) : null}
        <div className="data-grid-menu">
          <button type="button" className="btn" aria-haspopup="true" aria-expanded={menuOpen} onClick={() => setMenuOpen((o) => !o)}>
            Columns
          </button>
          {menuOpen ? (
            <div
              className="data-grid-menu-panel card"
              role="group"
              aria-label="Visible columns"
              onKeyDown={(e) => {
                if (e.key === 'Escape') setMenuOpen(false);
              }}
            >
              {columns.map((c) => (
                <label key={c.id} className="data-grid-menu-item">
                  <input
                    type="checkbox"
                    checked={!hidden.includes(c.id)}
                    disabled={!hidden.includes(c.id) && visibleColumns.length === 1}
                    onChange={(e) => setHidden(id, e.target.checked ? hidden.filter((h) => h !== c.id) : [...hidden, c.id])}
                  />
                  {c.header}
                </label>
              ))}
            </div>
          ) : null}
        </div>
        {exportName ? (
          <>
            <button type="button" className="btn" disabled={exporting} onClick={() => void doExport('csv')}>
              Export CSV
            </button>
            <button type="button" className="btn" disabled={exporting} onClick={() => void doExport('xlsx')}>
              Export XLSX
            </button>
          </>
        ) : null}
      </div>
      {rows.length === 0 && props.empty ? (
        props.empty
      ) : (
        <div
          className="table-wrap data-grid-scroll"
          ref={scrollRef}
          style={{ height: props.height ?? 'min(70vh, 640px)' }}
          tabIndex={0}
          role="region"
          aria-label={`${label} (use arrow keys to move, Enter to open)`}
          aria-activedescendant={tableRows.length ? rowDomId(activeIndex) : undefined}
          onKeyDown={onKeyDown}
        >
          <table className="data-table" aria-label={label} aria-rowcount={tableRows.length + 1}>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id} aria-rowindex={1}>
                  {group.headers.map((header) => {
                    const spec = header.column.columnDef.meta as GridColumn<T>;
                    const pos = sorting.findIndex((s) => s.id === header.id);
                    const sort = pos >= 0 ? sorting[pos] : undefined;
                    return (
                      <th
                        key={header.id}
                        style={{ width: spec.width, textAlign: spec.align }}
                        aria-sort={sort ? (sort.desc ? 'descending' : 'ascending') : 'none'}
                      >
                        <button type="button" className="data-grid-sort" onClick={(e) => toggleSort(header.id, e.shiftKey)}>
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          {sort ? (sort.desc ? ' ▼' : ' ▲') : ''}
                          {sort && sorting.length > 1 ? <sup>{pos + 1}</sup> : null}
                        </button>
                      </th>
                    );
                  })}
                </tr>
              ))}
              {filterable.length ? (
                <tr className="data-grid-filters">
                  {visibleColumns.map((c) => (
                    <th key={c.id}>
                      {c.filter === 'select' ? (
                        <select
                          aria-label={`Filter ${c.header}`}
                          value={filters[c.id] ?? ''}
                          onChange={(e) => setFilters({ ...filters, [c.id]: e.target.value })}
                        >
                          <option value="">All</option>
                          {distinctValues(index, c.id).map((v) => (
                            <option key={v} value={v}>
                              {v}
                            </option>
                          ))}
                        </select>
                      ) : c.filter === 'text' ? (
                        <input
                          type="search"
                          aria-label={`Filter ${c.header}`}
                          value={filters[c.id] ?? ''}
                          onChange={(e) => setFilters({ ...filters, [c.id]: e.target.value })}
                        />
                      ) : null}
                    </th>
                  ))}
                </tr>
              ) : null}
            </thead>
            <tbody>
              {padTop > 0 ? (
                <tr aria-hidden="true">
                  <td colSpan={visibleColumns.length} style={{ height: padTop, padding: 0, border: 0 }} />
                </tr>
              ) : null}
              {items.map((item) => {
                const row = tableRows[item.index]!;
                const isActive = item.index === activeIndex;
                return (
                  <tr
                    key={row.id}
                    id={rowDomId(item.index)}
                    aria-rowindex={item.index + 2}
                    aria-selected={isActive}
                    className={isActive ? 'data-grid-active' : undefined}
                    style={{ height: ROW_HEIGHT }}
                    onClick={() => setActive(item.index)}
                    onDoubleClick={onActivate ? () => onActivate(row.original) : undefined}
                  >
                    {row.getVisibleCells().map((cell) => {
                      const spec = cell.column.columnDef.meta as GridColumn<T>;
                      return (
                        <td key={cell.id} className={spec.align === 'right' ? 'num' : undefined}>
                          {flexRender(cell.column.columnDef.cell, cell.getContext())}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
              {padBottom > 0 ? (
                <tr aria-hidden="true">
                  <td colSpan={visibleColumns.length} style={{ height: padBottom, padding: 0, border: 0 }} />
                </tr>
              ) : null}
            </tbody>
          </table>
          {view.length === 0 ? <p className="empty-state">No rows match the search and filters.</p> : null}
        </div>
      )}
    </div>
  );
}
