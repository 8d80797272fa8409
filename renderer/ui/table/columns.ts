/** The grid's column and props types, apart from the component so its parts can share them. */
import type { ReactNode } from 'react';
import type { GridColumnSpec } from './view';

export interface GridColumn<T> extends GridColumnSpec<T> {
  /** How the cell shows (default: the value as text). */
  cell?: (row: T) => ReactNode;
  align?: 'left' | 'right';
  /** CSS width, e.g. '8rem' (rem or px): kept whatever the grid's width. */
  width?: string;
  /**
   * For a column without a width, the least it gets (rem or px) when the columns share the
   * grid's width, e.g. a name that must stay readable at 1024 wide (default 56 px).
   */
  minWidth?: string;
  /** Hidden until the user shows it from the Columns menu. */
  defaultHidden?: boolean;
  /**
   * The choices of a select filter, in this order (default: the column's distinct values in
   * the rows), e.g. every status even when no row has it, so a filter set from outside shows.
   */
  filterOptions?: readonly string[];
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

/** Every row has this height (px): the virtualizer and PgUp/PgDn count on it. */
export const ROW_HEIGHT = 34;
