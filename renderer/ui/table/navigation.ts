/**
 * The grid's keyboard, as pure functions: where a key moves the active row, and how a header
 * click changes the sort (click: sort by this column, again: descending, again: unsorted;
 * Shift+click adds the column to the sort instead of replacing it).
 */
import type { SortSpec } from './view';

export type GridKeyAction = { moveTo: number } | { activate: true };

/** The action for a key on the grid, or null when the grid does not handle that key. */
export function gridKeyAction(
  key: string,
  activeIndex: number,
  rowCount: number,
  pageRows: number,
): GridKeyAction | null {
  switch (key) {
    case 'ArrowDown':
      return { moveTo: activeIndex + 1 };
    case 'ArrowUp':
      return { moveTo: activeIndex - 1 };
    case 'PageDown':
      return { moveTo: activeIndex + pageRows };
    case 'PageUp':
      return { moveTo: activeIndex - pageRows };
    case 'Home':
      return { moveTo: 0 };
    case 'End':
      return { moveTo: rowCount - 1 };
    case 'Enter':
      return { activate: true };
    default:
      return null;
  }
}

/** A row index kept inside the rows (0 when there are none). */
export function clampRow(index: number, rowCount: number): number {
  return Math.max(0, Math.min(rowCount - 1, index));
}

export function toggleSort(prev: readonly SortSpec[], columnId: string, add: boolean): SortSpec[] {
  const cur = prev.find((s) => s.id === columnId);
  const next: SortSpec | null = !cur
    ? { id: columnId, desc: false }
    : !cur.desc
      ? { id: columnId, desc: true }
      : null;
  const others = add ? prev.filter((s) => s.id !== columnId) : [];
  return next ? [...others, next] : others;
}
