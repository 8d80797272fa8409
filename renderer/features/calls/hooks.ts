import { useDbQuery, useRepositoryList, useRepositoryRecord } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import { readCallerCard } from './callerCard';
import { findCallBackTask, listCallBackTasks } from './callBackTask';
import {
  groupMessagesByRecipient,
  callerRefKeys,
  listCallsForContact,
  listCallsForPerson,
  listCallsOnDay,
  listClosedMessages,
  listOpenMessages,
  openMessagesFor,
  searchCalls,
  type CallerRef,
} from './lists';
import { callRepository, listCallsForEmployee, listOpenCalls } from './repository';

export const useCalls = (db?: BackdeskDb) => useRepositoryList(callRepository, db);
export const useCall = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(callRepository, id, db);
export const useOpenCalls = (db?: BackdeskDb) => useDbQuery((d) => listOpenCalls(d), [], db);
export const useCallsForEmployee = (employeeId: string | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (employeeId ? listCallsForEmployee(employeeId, d) : []), [employeeId], db);

export const useCallsOnDay = (date: string, db?: BackdeskDb) => useDbQuery(async (d) => (date ? listCallsOnDay(date, d) : []), [date], db);
export const useCallsForPerson = (employeeId: string | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (employeeId ? listCallsForPerson(employeeId, d) : []), [employeeId], db);
export const useCallsForContact = (ref: CallerRef | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (ref ? listCallsForContact(ref, d) : []), [ref?.callerTable, ref?.callerId, ref ? callerRefKeys(ref).join(',') : ''], db);
export const useCallSearch = (query: string, db?: BackdeskDb) =>
  useDbQuery(async (d) => (query.trim() ? searchCalls(query, 500, d) : []), [query], db);
export const useOpenMessages = (db?: BackdeskDb) => useDbQuery((d) => listOpenMessages(d), [], db);
export const useClosedMessages = (limit = 50, db?: BackdeskDb) => useDbQuery((d) => listClosedMessages(limit, d), [limit], db);
/** One person's open messages (the Dashboard's and People's "N messages"). */
export const useOpenMessagesFor = (employeeId: string | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (employeeId ? openMessagesFor(employeeId, d) : []), [employeeId], db);
/** Open messages grouped by recipient, stale ones counted (as of when the list was read). */
export const useOpenMessagesByRecipient = (db?: BackdeskDb) =>
  useDbQuery(async (d) => groupMessagesByRecipient(await listOpenMessages(d), new Date()), [], db);
export const useCallerCard = (raw: string, db?: BackdeskDb) =>
  useDbQuery(async (d) => (raw.trim() ? readCallerCard(raw, d) : undefined), [raw], db);

/** The call's call-back task, open or done (undefined while loading, null when there is none). */
export const useCallBackTask = (callId: string, db?: BackdeskDb) =>
  useDbQuery(async (d) => (await findCallBackTask(callId, d)) ?? null, [callId], db);
/** The call-back tasks of the given calls, by call id (the Messages page). */
export const useCallBackTasks = (callIds: readonly string[], db?: BackdeskDb) =>
  useDbQuery((d) => listCallBackTasks(callIds, d), [callIds.join(',')], db);
