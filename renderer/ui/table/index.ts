/** The shared grid: see DataGrid.tsx for usage. */
export { DataGrid, type DataGridProps, type GridColumn } from './DataGrid';
export { computeView, buildGridIndex, exportTable, type GridColumnSpec, type GridViewState, type SortSpec, type CellValue } from './view';
export { tableToCsvBytes, tableToXlsxBytes } from './export';
