/**
 * Words for sync's screens (issue 18): what kind of record a conflict is about, which record,
 * how a field's value reads, and the record a user's picks make. Pure.
 */
import { isSealedValue } from '../../../shared/encryption';
import type { SyncConflict } from '../../db/sync';

const NOUNS: Record<string, string> = {
  items: 'Supply item',
  stockMovements: 'Stock movement',
  vendors: 'Vendor',
  purchaseOrders: 'Purchase order',
  equipment: 'Equipment',
  maintenance: 'Maintenance',
  equipmentHandovers: 'Equipment hand-over',
  equipmentMeters: 'Meter',
  meterReadings: 'Meter reading',
  maintenancePlans: 'Maintenance plan',
  equipmentRepairs: 'Repair',
  equipmentBookings: 'Equipment booking',
  consumableLinks: 'Supply link',
  budgets: 'Budget',
  budgetCategories: 'Budget category',
  expenses: 'Expense',
  invoices: 'Invoice',
  positions: 'Position',
  candidates: 'Candidate',
  interviews: 'Interview',
  employees: 'Employee',
  hrRecords: 'HR record',
  events: 'Calendar event',
  rooms: 'Room',
  diaryProfiles: 'Diary',
  trips: 'Trip',
  reminderDismissals: 'Reminder',
  calls: 'Call',
  contacts: 'Contact',
  documents: 'Document',
  tasks: 'Task',
  attachments: 'Attachment',
  settings: 'Setting',
  auditLog: 'Audit entry',
  staffRequests: 'Staff request',
  purchaseRequests: 'Purchase request',
  rfqs: 'Request for quotation',
  projects: 'Project',
};

/** 'Vendor', 'Purchase order' … */
export function recordNoun(table: string): string {
  return NOUNS[table] ?? table;
}

/** The record's own name as people call it: number, name, title, subject or description. */
export function recordLabel(record: Record<string, unknown> | null | undefined): string {
  if (!record) return '(deleted)';
  for (const key of ['number', 'name', 'title', 'subject', 'description', 'what', 'id']) {
    const v = record[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return '(no name)';
}

/** A field name as words: 'unitCostCents' → 'Unit cost cents'. */
export function fieldLabel(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value as text: never HTML; a sealed (confidential) value is never shown. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (isSealedValue(value)) return 'Confidential (encrypted)';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.length === 0) return '(none)';
  return JSON.stringify(value, null, 2);
}

export type Side = 'applied' | 'other';

/**
 * The record the user keeps: the applied version with the picked fields of the other. A field
 * the other version lacks is dropped when picked from it.
 */
export function mergedRecord(conflict: SyncConflict, picks: Readonly<Record<string, Side>>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...conflict.winner };
  const other = conflict.loser ?? {};
  for (const [field, side] of Object.entries(picks)) {
    if (side !== 'other') continue;
    if (field in other) out[field] = other[field];
    else delete out[field];
  }
  return out;
}
