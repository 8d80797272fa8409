/**
 * Schema version 9: the front desk (issue 14). New table `contacts` (the address book),
 * indexed by name, organization, tags, its derived phone and email keys and its links. Caller
 * lookup reads one multiEntry index `phoneKeys` (E.164) on contacts, vendors, employees and
 * candidates; calls gain `phoneKey` (calls from one number) and the caller's record; tasks
 * gain `openDue` (open tasks only: Today and Upcoming), `completedAt` (the Done list, newest
 * first), `seriesId` (recurring tasks) and their link. The derived keys are written by the hooks in renderer/db/indexFields.ts; the
 * upgrade fills them for existing records. RELEASED FILES ARE NEVER EDITED.
 */
import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { phoneKeysOf, regionOfLocale } from '../../../shared/contacts/phone';
import { openDueKey } from '../../../shared/domain/tasks';

export const V009_STORES = {
  contacts: 'id, name, organization, *tags, *phoneKeys, *emailKeys, vendorId, candidateId, employeeId, deletedAt',
  vendors: 'id, name, *phoneKeys, deletedAt',
  employees: 'id, name, managerId, *phoneKeys, deletedAt',
  candidates: 'id, positionId, stage, email, *phoneKeys, deletedAt',
  calls: 'id, takenAt, status, forEmployeeId, phoneKey, [callerTable+callerId], deletedAt',
  tasks: 'id, status, due, openDue, completedAt, assigneeId, seriesId, [linkedTable+linkedId], deletedAt',
} as const;

type Row = Record<string, unknown>;

/** Fills the derived keys of records written before v9 (hooks did not exist then). */
export async function upgradeToV009(tx: Transaction): Promise<void> {
  const profile = (await tx.table('settings').get('companyProfile')) as { value?: { locale?: string } } | undefined;
  const region = regionOfLocale(profile?.value?.locale);
  for (const name of ['vendors', 'employees', 'candidates'] as const) {
    await tx
      .table(name)
      .toCollection()
      .modify((r: Row) => {
        r.phoneKeys = phoneKeysOf([r.phone as string | undefined], region);
      });
  }
  await tx
    .table('calls')
    .toCollection()
    .modify((r: Row) => {
      const key = phoneKeysOf([r.phone as string | undefined], region)[0];
      if (key) r.phoneKey = key;
      if (r.outcome === undefined) r.outcome = 'talked';
    });
  await tx
    .table('tasks')
    .toCollection()
    .modify((r: Row) => {
      const key = openDueKey(r as never);
      if (key === undefined) delete r.openDue;
      else r.openDue = key;
      if (!Array.isArray(r.checklist)) r.checklist = [];
    });
}

export function declareV009(db: Dexie): void {
  db.version(9)
    .stores(V009_STORES)
    .upgrade((tx) => upgradeToV009(tx));
}
