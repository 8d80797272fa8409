/**
 * Confidential data (DESIGN §2): hidden on screen until shown on purpose, left out of the
 * audit log's summaries and of search results, and — with an office passphrase set — stored
 * sealed (renderer/db/sealing.ts). This file is the ONE place that says what is confidential.
 * Three kinds:
 * - fields, per table, listed in CONFIDENTIAL_FIELDS;
 * - whole records, where `isConfidentialRecord` says so (disciplinary, termination and
 *   medical HR records): their title and details (CONFIDENTIAL_RECORD_FIELDS);
 * - documents and attachments marked `confidential`: a document's content
 *   (CONFIDENTIAL_DOCUMENT_FIELDS; its title, type, date and tags stay searchable), an
 *   attachment's bytes.
 * `sealedFieldsOf(table, record)` combines them for one record.
 */
import type { HrRecord } from './people';

export const CONFIDENTIAL_FIELDS = {
  employees: ['salaryCents', 'salaryPeriod', 'birthDate', 'homeAddress', 'emergencyContact', 'confidentialNotes', 'endReason'],
  hrRecords: ['details'],
  candidates: ['expectedSalaryCents', 'privateNotes'],
  interviews: ['feedback', 'scorecards'],
} as const satisfies Record<string, readonly string[]>;

export type ConfidentialTable = keyof typeof CONFIDENTIAL_FIELDS;

/** A whole confidential record also hides these (the title says what the warning was about). */
export const CONFIDENTIAL_RECORD_FIELDS = {
  hrRecords: ['title', 'details'],
} as const satisfies Record<string, readonly string[]>;

/** A document marked confidential keeps its title, type, date, status and tags in the clear. */
export const CONFIDENTIAL_DOCUMENT_FIELDS = [
  'subject',
  'to',
  'from',
  'cc',
  'recipientAddress',
  'body',
  'richBody',
  'message',
  'signatureText',
  'versions',
] as const;

/** The tables that may hold confidential values (and a `sealed` value). */
export const SEALABLE_TABLES = ['employees', 'hrRecords', 'candidates', 'interviews', 'documents'] as const;
export type SealableTable = (typeof SEALABLE_TABLES)[number];

export function isSealableTable(table: string): table is SealableTable {
  return (SEALABLE_TABLES as readonly string[]).includes(table);
}

export function confidentialFields(table: string): readonly string[] {
  return (CONFIDENTIAL_FIELDS as Record<string, readonly string[]>)[table] ?? [];
}

export function isConfidentialField(table: string, field: string): boolean {
  return confidentialFields(table).includes(field);
}

export function isConfidentialRecord(table: string, record: unknown): boolean {
  if (table === 'hrRecords') {
    const kind = (record as Partial<HrRecord> | null)?.kind;
    return kind === 'disciplinary' || kind === 'termination' || kind === 'medical';
  }
  if (table === 'documents' || table === 'attachments') {
    return (record as { confidential?: unknown } | null)?.confidential === true;
  }
  return false;
}

/** Every field of this record that is confidential (and sealed with a passphrase set). */
export function sealedFieldsOf(table: string, record: unknown): readonly string[] {
  if (table === 'documents') return isConfidentialRecord(table, record) ? CONFIDENTIAL_DOCUMENT_FIELDS : [];
  if (isConfidentialRecord(table, record)) {
    const whole = (CONFIDENTIAL_RECORD_FIELDS as Record<string, readonly string[]>)[table] ?? [];
    return [...new Set([...whole, ...confidentialFields(table)])];
  }
  return confidentialFields(table);
}

const HR_KIND_NAMES: Record<string, string> = {
  disciplinary: 'Disciplinary record',
  termination: 'Termination record',
  medical: 'Medical note',
};

/**
 * What a sealed record keeps in place of required fields it hid: an HR record's title becomes
 * its kind ('Disciplinary record'), a document's body is empty.
 */
export function sealedPlaceholders(table: string, record: unknown): Record<string, unknown> {
  if (table === 'hrRecords' && isConfidentialRecord(table, record)) {
    const kind = (record as Partial<HrRecord>).kind ?? '';
    return { title: HR_KIND_NAMES[kind] ?? 'Confidential record' };
  }
  if (table === 'documents' && isConfidentialRecord(table, record)) return { body: '' };
  return {};
}

/**
 * A copy without confidential values (nor the sealed value), for exports, logs and search
 * that must not carry them. Placeholders keep required fields present.
 */
export function redactConfidential<T extends object>(table: string, record: T): T {
  const fields = sealedFieldsOf(table, record);
  const hasSealed = 'sealed' in record;
  if (fields.length === 0 && !hasSealed) return record;
  const copy = { ...record } as Record<string, unknown>;
  for (const f of fields) delete copy[f];
  delete copy.sealed;
  return { ...copy, ...sealedPlaceholders(table, record) } as T;
}
