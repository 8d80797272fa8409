/**
 * Export of a grid's current view to CSV (shared/import toCsv) and XLSX (write-excel-file,
 * which builds the zip in the browser without eval). Both neutralize text cells that begin
 * with = + - @ (and the other formula starters toCsv knows) by a leading apostrophe, so a
 * spreadsheet shows them as text and never runs them.
 */
import writeXlsxFile from 'write-excel-file/universal';
import type { Cell, SheetData } from 'write-excel-file/universal';
import { neutralizeSpreadsheetCell, toCsv } from '../../../shared/import';
import type { CellValue } from './view';

export function tableToCsvBytes(headers: readonly string[], rows: readonly (readonly CellValue[])[]): Uint8Array {
  return new TextEncoder().encode(toCsv(headers, rows, { bom: true }));
}

function xlsxCell(v: CellValue): Cell {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v, type: Number } : null;
  if (typeof v === 'boolean') return { value: v, type: Boolean };
  return { value: neutralizeSpreadsheetCell(v), type: String };
}

export function tableToSheetData(headers: readonly string[], rows: readonly (readonly CellValue[])[]): SheetData {
  const head: Cell[] = headers.map((h) => ({ value: neutralizeSpreadsheetCell(h), type: String, fontWeight: 'bold' }));
  return [head, ...rows.map((r) => r.map(xlsxCell))];
}

export async function tableToXlsxBytes(headers: readonly string[], rows: readonly (readonly CellValue[])[], sheet = 'Sheet1'): Promise<Uint8Array> {
  const blob = await writeXlsxFile(tableToSheetData(headers, rows), { sheet: sheet.slice(0, 31) || 'Sheet1' }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
