/**
 * Errors the data layer reports to people. Each message is a sentence a user can act on;
 * the UI shows `error.message` as is.
 */
import type { z } from 'zod';
import { formatZodError } from '../../shared/domain/common';

export class NewerSchemaError extends Error {
  override readonly name = 'NewerSchemaError';
  constructor(
    readonly databaseName: string,
    readonly appVersion: number,
    readonly storedVersion?: number,
  ) {
    super(
      'This office data was saved by a newer version of Backdesk' +
        (storedVersion !== undefined ? ` (data version ${storedVersion}; this app reads up to ${appVersion})` : '') +
        '. Install the latest Backdesk to open it. Nothing has been changed or deleted.',
    );
  }
}

export class DiskFullError extends Error {
  override readonly name = 'DiskFullError';
  constructor(override readonly cause?: unknown) {
    super(
      'The disk is full: nothing of this change was saved. Free space, then try again; Settings ▸ Storage shows what is used.',
    );
  }
}

export class RecordValidationError extends Error {
  override readonly name = 'RecordValidationError';
  readonly issues: readonly z.core.$ZodIssue[];
  constructor(
    readonly table: string,
    error: z.ZodError,
  ) {
    super(formatZodError(error));
    this.issues = error.issues;
  }
}

export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`That ${singular(table)} no longer exists (it may have been deleted).`);
  }
}

export class DatabaseClosedByUpgradeError extends Error {
  override readonly name = 'DatabaseClosedByUpgradeError';
  constructor() {
    super('Backdesk was updated in another window. Reload this window to keep working.');
  }
}

function singular(table: string): string {
  const words: Record<string, string> = {
    items: 'item',
    stockMovements: 'stock movement',
    vendors: 'vendor',
    purchaseOrders: 'purchase order',
    equipment: 'piece of equipment',
    maintenance: 'maintenance entry',
    equipmentHandovers: 'hand-over',
    equipmentMeters: 'meter',
    meterReadings: 'meter reading',
    maintenancePlans: 'maintenance plan',
    equipmentRepairs: 'repair',
    equipmentBookings: 'booking',
    consumableLinks: 'supply link',
    budgets: 'budget',
    budgetCategories: 'budget category',
    expenses: 'expense',
    invoices: 'invoice',
    positions: 'position',
    candidates: 'candidate',
    interviews: 'interview',
    employees: 'employee',
    hrRecords: 'HR record',
    events: 'event',
    rooms: 'room',
    diaryProfiles: 'diary profile',
    trips: 'trip',
    reminderDismissals: 'reminder',
    calls: 'call',
    documents: 'document',
    tasks: 'task',
    attachments: 'attachment',
    settings: 'setting',
  };
  return words[table] ?? 'record';
}

/** Error names IndexedDB/Dexie use when storage is exhausted. */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'QuotaExceeded']);

/**
 * Chromium's other words for a full disk: a transaction aborted for quota reaches Dexie as an
 * AbortError whose inner error is QuotaExceededError (caught by name above), but a write that
 * fails in the backing store comes back as UnknownError with a message such as "Encountered
 * full disk while opening backing store" or "Internal error ... no space left on device".
 */
const DISK_FULL_MESSAGE = /quota|full disk|disk (is )?full|no space left|not enough space|ENOSPC/i;

function findQuota(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown; message?: unknown };
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  if (typeof e.message === 'string' && DISK_FULL_MESSAGE.test(e.message)) return true;
  if (findQuota(e.inner, depth + 1) || findQuota(e.cause, depth + 1)) return true;
  const failures = Array.isArray(e.failures) ? e.failures : e.failures && typeof e.failures === 'object' ? Object.values(e.failures) : [];
  return failures.some((f) => findQuota(f, depth + 1));
}

function findNewerSchema(error: unknown, depth = 0): NewerSchemaError | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  if (error instanceof NewerSchemaError) return error;
  const e = error as { inner?: unknown; cause?: unknown };
  return findNewerSchema(e.inner, depth + 1) ?? findNewerSchema(e.cause, depth + 1);
}

/**
 * Turns a storage error into the error a person should see: a full disk becomes DiskFullError
 * (never a reason to reset data), a newer schema surfaces as NewerSchemaError even when Dexie
 * wrapped it in DatabaseClosedError. Anything else passes through unchanged.
 */
export function mapDbError(error: unknown): unknown {
  if (error instanceof DiskFullError || error instanceof RecordValidationError) return error;
  const newer = findNewerSchema(error);
  if (newer) return newer;
  if (findQuota(error)) return new DiskFullError(error);
  return error;
}
