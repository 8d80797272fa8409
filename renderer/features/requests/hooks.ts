/** Live reads of the staff request queue for the screens, and the sync that keeps statuses with their work. */
import { useEffect, useRef } from 'react';
import { getAttachments } from '../../db/attachments';
import type { BackdeskDb } from '../../db';
import { useDbQuery } from '../../db/hooks';
import { today } from '../../../shared/lib/dates';
import {
  listStaffRequestRows,
  readStaffRequest,
  readStaffRequestsDashboard,
  staffRequestsNeedSync,
  syncStaffRequestsWithWork,
} from './repository';

export const useStaffRequestRows = (db?: BackdeskDb) => useDbQuery((d) => listStaffRequestRows(d), [], db);
export const useStaffRequest = (id: string | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (id ? ((await readStaffRequest(id, d)) ?? null) : null), [id], db);
export const useStaffRequestsDashboard = (db?: BackdeskDb) => useDbQuery((d) => readStaffRequestsDashboard(today(), d), [], db);
export const useStaffRequestFiles = (ids: readonly string[], db?: BackdeskDb) =>
  useDbQuery(async (d) => (await getAttachments(ids, d)).filter((a) => a !== undefined), [ids.join(',')], db);

/**
 * Keeps stored statuses with the linked work while a screen that shows requests is open: a
 * live query watches the tasks, repairs and purchase requests behind open requests, and when
 * one moved (a repair completed in Equipment, a task ticked off) the change is written with
 * its audit line. The screens already show the status the work gives, so this only stores it.
 */
export function useStaffRequestSync(db?: BackdeskDb): void {
  const behind = useDbQuery((d) => staffRequestsNeedSync(d), [], db);
  const running = useRef(false);
  useEffect(() => {
    if (!behind || running.current) return;
    running.current = true;
    syncStaffRequestsWithWork(db)
      .catch((e: unknown) => console.error('Staff requests could not follow their work:', e))
      .finally(() => {
        running.current = false;
      });
  }, [behind, db]);
}
