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
 *
 * Parts: columns.ts (types), navigation.ts (keys and sort clicks), GridToolbar.tsx (search,
 * Columns menu, export), GridHead.tsx (headings and filters), GridBody.tsx (virtual rows).
 */
import { type ColumnDef, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type DataGridProps, ROW_HEIGHT } from './columns';
import { GridBody } from './GridBody';
import { GridHead } from './GridHead';
import { GridToolbar } from './GridToolbar';
import { clampRow, gridKeyAction, toggleSort } from './navigation';
import { columnWeight, fitColumnWidths } from './layout';
import { useGridPrefs } from './prefs';
import { buildGridIndex, filterPositions, sortPositions, type SortSpec } from './view';
import './table.css';

export type { DataGridProps, GridColumn } from './columns';

export function DataGrid<T>(props: DataGridProps<T>) {
  const { id, label, rows, columns, getRowId, onActivate, exportName } = props;
  const domId = useId();
  const [ownSearch, setOwnSearch] = useState('');
  const [ownFilters, setOwnFilters] = useState<Record<string, string>>({});
  const [sorting, setSorting] = useState<SortSpec[]>([]);
  const [active, setActive] = useState(0);
  const search = props.search ?? ownSearch;
  const setSearch = props.onSearchChange ?? setOwnSearch;
  const filters = props.filters ?? ownFilters;
  const setFilters = props.onFiltersChange ?? setOwnFilters;

  const storedHidden = useGridPrefs((s) => s.hidden[id]);
  const setHidden = useGridPrefs((s) => s.setHidden);
  const defaultHidden = useMemo(
    () => columns.filter((c) => c.defaultHidden).map((c) => c.id),
    [columns],
  );
  const hidden = storedHidden ?? defaultHidden;
  const visibleColumns = useMemo(
    () => columns.filter((c) => !hidden.includes(c.id)),
    [columns, hidden],
  );

  const index = useMemo(() => buildGridIndex(rows, columns), [rows, columns]);
  const view = useMemo(() => {
    const positions = sortPositions(
      index,
      filterPositions(index, columns, { search, filters }),
      sorting,
    );
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
        cell: (ctx) =>
          // Plain text is isolated: a bidi override in one value cannot reorder the cell (issue 15.9).
          c.cell ? c.cell(ctx.row.original) : <bdi>{String(c.value(ctx.row.original) ?? '')}</bdi>,
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
  const fillHeight = useFillHeight(scrollRef, props.height === undefined && rows.length > 0);
  const gridWidth = useClientWidth(scrollRef, rows.length > 0 || !props.empty);
  const weights = useMemo(() => visibleColumns.map((c) => columnWeight(c, rows)), [visibleColumns, rows]);
  const widths = useMemo(
    () =>
      gridWidth > 0
        ? fitColumnWidths(visibleColumns.map((c, i) => ({ width: c.width, minWidth: c.minWidth, weight: weights[i]! })), gridWidth, remPx())
        : visibleColumns.map(() => null),
    [visibleColumns, weights, gridWidth],
  );
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

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget && !(e.target instanceof HTMLTableRowElement)) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 340) / ROW_HEIGHT) - 1);
    const action = gridKeyAction(e.key, activeIndex, tableRows.length, page);
    if (!action) return;
    e.preventDefault();
    if ('activate' in action) {
      const row = tableRows[activeIndex];
      if (row && onActivate) onActivate(row.original);
      return;
    }
    const i = clampRow(action.moveTo, tableRows.length);
    setActive(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
  };

  const rowDomId = (i: number) => `${domId}-row-${i}`;

  return (
    <div className="data-grid">
      <GridToolbar
        label={label}
        search={search}
        onSearch={setSearch}
        searchPlaceholder={props.searchPlaceholder}
        scrollRef={scrollRef}
        extra={props.toolbar}
        rowCount={rows.length}
        view={view}
        filtering={Object.values(filters).some(Boolean) || !!search}
        onClearFilters={() => {
          setSearch('');
          setFilters({});
        }}
        columns={columns}
        visibleColumns={visibleColumns}
        hidden={hidden}
        onHiddenChange={(next) => setHidden(id, next)}
        exportName={exportName}
      />
      {rows.length === 0 && props.empty ? (
        props.empty
      ) : (
        <div
          className="table-wrap data-grid-scroll"
          ref={scrollRef}
          // Short lists end with their last row; long ones scroll inside the window's height.
          style={props.height !== undefined ? { height: props.height } : { maxHeight: fillHeight }}
          tabIndex={0}
          // A group may carry aria-activedescendant (a region may not: issue 16.18, axe aria-allowed-attr).
          role="group"
          aria-label={`${label} (use arrow keys to move, Enter to open)`}
          aria-activedescendant={tableRows.length ? rowDomId(activeIndex) : undefined}
          onKeyDown={onKeyDown}
        >
          <table className="data-table" aria-label={label} aria-rowcount={tableRows.length + 1}>
            <GridHead
              table={table}
              sorting={sorting}
              onSort={(columnId, add) => setSorting((prev) => toggleSort(prev, columnId, add))}
              visibleColumns={visibleColumns}
              widths={widths}
              index={index}
              filters={filters}
              onFiltersChange={setFilters}
            />
            <GridBody
              rows={tableRows}
              items={items}
              padTop={padTop}
              padBottom={padBottom}
              columnCount={visibleColumns.length}
              activeIndex={activeIndex}
              rowDomId={rowDomId}
              onSelect={setActive}
              onActivate={onActivate}
            />
          </table>
          {view.length === 0 ? (
            <p className="empty-state">No rows match the search and filters.</p>
          ) : null}
        </div>
      )}
    </div>
  );
}

/**
 * How tall the grid may be to end at the bottom of the window (issue 16.7: fixed 60vh/55vh ran
 * past the bottom at 768 high and left space unused at 1080): the scrolling main area's height
 * below the grid's top, less the page's bottom padding, never under 240 px. Measured on mount
 * and whenever the window or the page changes size (content above the grid grows or shrinks).
 */
function useFillHeight(ref: React.RefObject<HTMLElement | null>, active: boolean): number {
  const [height, setHeight] = useState(480);
  useEffect(() => {
    if (!active) return;
    const el = ref.current;
    const page = el?.closest<HTMLElement>('.page');
    const main = el?.closest<HTMLElement>('.main');
    if (!el) return;
    const measure = () => {
      const top = el.getBoundingClientRect().top;
      let available = window.innerHeight - top;
      if (main) available = main.getBoundingClientRect().bottom - top - main.scrollTop;
      const pad = page ? parseFloat(getComputedStyle(page).paddingBottom) || 0 : 24;
      const next = Math.max(240, Math.floor(available - pad - 1));
      setHeight((h) => (Math.abs(h - next) > 1 ? next : h));
    };
    measure();
    window.addEventListener('resize', measure);
    const observer = new ResizeObserver(measure);
    observer.observe(page ?? document.body);
    return () => {
      window.removeEventListener('resize', measure);
      observer.disconnect();
    };
  }, [ref, active]);
  return height;
}

/** The grid's inner width (px), followed as the window or the page around it resizes. */
function useClientWidth(ref: React.RefObject<HTMLElement | null>, active: boolean): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!active || !el) return;
    const measure = () => setWidth((w) => (Math.abs(w - el.clientWidth) > 1 ? el.clientWidth : w));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, active]);
  return width;
}

function remPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}
