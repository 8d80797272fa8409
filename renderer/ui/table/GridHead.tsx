/** The grid's header: sortable column headings and, when any column has one, a row of filters. */
import { flexRender, type Table } from '@tanstack/react-table';
import type { GridColumn } from './columns';
import { distinctValues, type GridIndex, type SortSpec } from './view';

interface GridHeadProps<T> {
  table: Table<T>;
  sorting: readonly SortSpec[];
  onSort(columnId: string, add: boolean): void;
  visibleColumns: readonly GridColumn<T>[];
  /** The px width of each visible column without its own (null: its own width, or not measured yet). */
  widths: readonly (number | null)[];
  /** For the choices of select filters. */
  index: GridIndex<T>;
  filters: Record<string, string>;
  onFiltersChange(filters: Record<string, string>): void;
}

export function GridHead<T>({
  table,
  sorting,
  onSort,
  visibleColumns,
  widths,
  index,
  filters,
  onFiltersChange,
}: GridHeadProps<T>) {
  const filterable = visibleColumns.some((c) => c.filter);
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} aria-rowindex={1}>
          {group.headers.map((header, i) => {
            const spec = header.column.columnDef.meta as GridColumn<T>;
            const pos = sorting.findIndex((s) => s.id === header.id);
            const sort = pos >= 0 ? sorting[pos] : undefined;
            return (
              <th
                key={header.id}
                style={{ width: spec.width ?? (widths[i] ? `${widths[i]}px` : undefined), textAlign: spec.align }}
                aria-sort={sort ? (sort.desc ? 'descending' : 'ascending') : 'none'}
              >
                <button
                  type="button"
                  className="data-grid-sort"
                  onClick={(e) => onSort(header.id, e.shiftKey)}
                >
                  {flexRender(header.column.columnDef.header, header.getContext())}
                  {sort ? (sort.desc ? ' ▼' : ' ▲') : ''}
                  {sort && sorting.length > 1 ? <sup>{pos + 1}</sup> : null}
                </button>
              </th>
            );
          })}
        </tr>
      ))}
      {filterable ? (
        <tr className="data-grid-filters">
          {visibleColumns.map((c) => (
            <th key={c.id}>
              {c.filter === 'select' ? (
                <select
                  aria-label={`Filter ${c.header}`}
                  value={filters[c.id] ?? ''}
                  onChange={(e) => onFiltersChange({ ...filters, [c.id]: e.target.value })}
                >
                  <option value="">All</option>
                  {(c.filterOptions ?? distinctValues(index, c.id)).map((v) => (
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
                  onChange={(e) => onFiltersChange({ ...filters, [c.id]: e.target.value })}
                />
              ) : null}
            </th>
          ))}
        </tr>
      ) : null}
    </thead>
  );
}
