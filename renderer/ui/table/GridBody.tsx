/**
 * The grid's rows: only those on screen are rendered (the virtualizer's items), with spacer
 * rows above and below so the scroll bar matches the full list.
 */
import { flexRender, type Row } from '@tanstack/react-table';
import type { VirtualItem } from '@tanstack/react-virtual';
import { type GridColumn, ROW_HEIGHT } from './columns';

interface GridBodyProps<T> {
  rows: readonly Row<T>[];
  items: readonly VirtualItem[];
  padTop: number;
  padBottom: number;
  columnCount: number;
  activeIndex: number;
  rowDomId(index: number): string;
  onSelect(index: number): void;
  onActivate?: (row: T) => void;
}

export function GridBody<T>({
  rows,
  items,
  padTop,
  padBottom,
  columnCount,
  activeIndex,
  rowDomId,
  onSelect,
  onActivate,
}: GridBodyProps<T>) {
  return (
    <tbody>
      {padTop > 0 ? (
        <tr aria-hidden="true">
          <td colSpan={columnCount} style={{ height: padTop, padding: 0, border: 0 }} />
        </tr>
      ) : null}
      {items.map((item) => {
        const row = rows[item.index]!;
        const isActive = item.index === activeIndex;
        return (
          <tr
            key={row.id}
            id={rowDomId(item.index)}
            aria-rowindex={item.index + 2}
            aria-selected={isActive}
            className={isActive ? 'data-grid-active' : undefined}
            style={{ height: ROW_HEIGHT }}
            onClick={() => onSelect(item.index)}
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
          <td colSpan={columnCount} style={{ height: padBottom, padding: 0, border: 0 }} />
        </tr>
      ) : null}
    </tbody>
  );
}
