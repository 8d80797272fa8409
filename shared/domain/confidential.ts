/**
 * Confidential data (DESIGN §2): hidden on screen until shown on purpose, left out of the
 * audit log's summaries and of search results. Two kinds:
 * - fields, per table, listed in CONFIDENTIAL_FIELDS;
 * - whole records, where `isConfidentialRecord` says so (disciplinary and termination HR
 *   records).
 */
import type { HrRecord } from './people';

export const CONFIDENTIAL_FIELDS = {
  employees: ['salaryCents', 'salaryPeriod', 'birthDate', 'homeAddress', 'emergencyContact', 'confidentialNotes'],
  hrRecords: ['details'],
  candidates: ['expectedSalaryCents', 'privateNotes'],
  interviews: ['feedback'],
} as const satisfies Record<string, readonly string[]>;

export type ConfidentialTable = keyof typeof CONFIDENTIAL_FIELDS;

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
  return false;
}

/** A copy without confidential fields, for exports and logs that must not carry them. */
export function redactConfidential<T extends object>(table: string, record: T): T {
  const fields = confidentialFields(table);
  if (fields.length === 0) return record;
  const copy = { ...record } as Record<string, unknown>;
  for (const f of fields) delete copy[f];
  return copy as T;
}
