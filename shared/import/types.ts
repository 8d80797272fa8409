/**
 * The shapes the import API speaks (DESIGN §3). Record drafts carry no ids or timestamps: the
 * feature that saves them adds those and runs its own zod schema, so the checks in this module
 * exist to give each problem a line number and a sentence before anything is written.
 */
import type { PhoneKind } from '../domain/contacts';

export type ImportKind =
  | 'items'
  | 'vendors'
  | 'expenses'
  | 'candidates'
  | 'employees'
  | 'equipment'
  | 'events'
  | 'contacts';

export const IMPORT_KINDS: readonly ImportKind[] = [
  'items',
  'vendors',
  'expenses',
  'candidates',
  'employees',
  'equipment',
  'events',
  'contacts',
];

export type DateFormat = 'YYYY-MM-DD' | 'MM/DD/YYYY' | 'DD/MM/YYYY' | 'DD.MM.YYYY';
export const DATE_FORMATS: readonly DateFormat[] = [
  'YYYY-MM-DD',
  'MM/DD/YYYY',
  'DD/MM/YYYY',
  'DD.MM.YYYY',
];

export type AmountSign = 'negative-is-spend' | 'positive-is-spend';

export interface ImportOptions {
  /**
   * How day-month dates are read. ISO dates (2026-03-05) are always accepted. When absent,
   * it is suggested from the column's own values.
   */
  dateFormat?: DateFormat;
  /** Expenses: which sign of an Amount column is money spent. Suggested from the data when absent. */
  amountSign?: AmountSign;
}

export interface ParsedTable {
  headers: string[];
  rows: string[][];
  /** rowLines[i] = the 1-based physical line of the file where rows[i] starts. */
  rowLines: number[];
  delimiter: string;
  encoding: string;
  warnings: string[];
}

export interface RowError {
  /** 1-based physical line of the file. */
  line: number;
  /** The file's header of the column at fault, when one is. */
  column?: string;
  /** A sentence the user reads. */
  message: string;
}

export interface ItemImportDraft {
  name: string;
  sku?: string;
  category?: string;
  unit?: string;
  location?: string;
  quantity: number;
  minQuantity?: number;
  targetQuantity?: number;
  /** Units per pack; orders are rounded up to whole packs. */
  packSize?: number;
  unitCostCents?: number;
  vendorName?: string;
  notes?: string;
}

export interface VendorImportDraft {
  name: string;
  contactName?: string;
  email?: string;
  phone?: string;
  address?: string;
}

export interface ExpenseImportDraft {
  date: string;
  description: string;
  /** Positive = money spent; refunds and credits negative. */
  amountCents: number;
  category?: string;
  vendorName?: string;
}

export interface CandidateImportDraft {
  name: string;
  email: string;
  phone?: string;
  position?: string;
  source?: string;
}

export interface EmployeeImportDraft {
  name: string;
  email?: string;
  title?: string;
  department?: string;
  startDate?: string;
}

export interface EquipmentImportDraft {
  name: string;
  assetTag?: string;
  category?: string;
  manufacturer?: string;
  model?: string;
  serial?: string;
  location?: string;
  purchaseDate?: string;
  purchaseCostCents?: number;
  /** From a warranty end date column, or a warranty in months counted from the purchase date. */
  warrantyEnd?: string;
  vendorName?: string;
  notes?: string;
}

/**
 * The calendar engine's event shape (shared/calendar CalendarEventDraft) without its uid.
 * All-day: 'YYYY-MM-DD' dates, `end` EXCLUSIVE (the day after the last day). Timed: wall time
 * 'YYYY-MM-DDTHH:mm:ss' in `timeZone` (an IANA name or 'UTC'); no `timeZone` = floating, the
 * office clock.
 */
export interface EventImportDraft {
  title: string;
  allDay: boolean;
  start: string;
  end: string;
  timeZone?: string;
  description?: string;
  location?: string;
}

/**
 * Kind 'contacts': the vCard engine's ContactDraft (shared/contacts) plus tags. Phones keep
 * their kind from the column they came from (Mobile, Work, Home, Fax) or a label column
 * (Google's "Phone 1 - Label"); `phones`, `emails` and `tags` are always present.
 */
export interface ContactImportDraft {
  name: string;
  organization?: string;
  title?: string;
  phones: { number: string; kind: PhoneKind }[];
  emails: string[];
  address?: string;
  /** 'YYYY-MM-DD' */
  birthday?: string;
  notes?: string;
  tags: string[];
}

export interface ImportRecordMap {
  items: ItemImportDraft;
  vendors: VendorImportDraft;
  expenses: ExpenseImportDraft;
  candidates: CandidateImportDraft;
  employees: EmployeeImportDraft;
  equipment: EquipmentImportDraft;
  events: EventImportDraft;
  contacts: ContactImportDraft;
}

export interface MapResult<R = object> {
  records: R[];
  errors: RowError[];
}

/** mapRows plus, for each record, the file line it came from (for previews and duplicate flags). */
export interface DetailedMapResult<R = object> extends MapResult<R> {
  lines: number[];
}
