/**
 * The call log's lists (issue 14.3, 14.4): a day's calls, a person's, a caller's, a search
 * over the log, and the open messages (grouped by recipient, stale ones flagged). Days are the
 * office's days (the PC's local zone, as `today()` is).
 */
import { isOpenMessage, isStaleMessage, type Call } from '../../../shared/domain/calls';
import { addDays } from '../../../shared/lib/dates';
import { matchesTokens, normalizeForSearch, searchTokens } from '../../../shared/lib/text';
import { getDb, type BackdeskDb } from '../../db';
import { listCallsForCaller, listCallsForEmployee, listCallsForNumber } from './repository';

const newestFirst = (a: Call, b: Call) => b.takenAt.localeCompare(a.takenAt);
const oldestFirst = (a: Call, b: Call) => a.takenAt.localeCompare(b.takenAt);

/** The instants a local day runs over: [from, to). */
export function localDayRange(date: string): { from: string; to: string } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [ny, nm, nd] = addDays(date, 1).split('-').map(Number) as [number, number, number];
  return { from: new Date(y, m - 1, d).toISOString(), to: new Date(ny, nm - 1, nd).toISOString() };
}

/** One day's calls, in the order they came. */
export async function listCallsOnDay(date: string, db: BackdeskDb = getDb()): Promise<Call[]> {
  const { from, to } = localDayRange(date);
  const rows = await db.calls.where('takenAt').between(from, to, true, false).toArray();
  return rows.filter((c) => c.deletedAt === null).sort(oldestFirst);
}

/** Calls for one person (whom they were for), newest first. */
export function listCallsForPerson(employeeId: string, db: BackdeskDb = getDb()): Promise<Call[]> {
  return listCallsForEmployee(employeeId, db);
}

/** Which caller: a matched record, its numbers (E.164), or both. */
export interface CallerRef {
  callerTable?: Call['callerTable'];
  callerId?: string;
  phoneKey?: string;
  /** Every number of the caller (a contact's work, mobile, …); with `phoneKey`, all of them count. */
  phoneKeys?: readonly string[];
}

/** The numbers a ref names, once each. */
export function callerRefKeys(ref: CallerRef): string[] {
  return [...new Set([...(ref.phoneKey ? [ref.phoneKey] : []), ...(ref.phoneKeys ?? [])])];
}

/**
 * Calls with one caller: those matched to the record and those from or to any of its numbers
 * (a vendor's call through a contact's direct line is the contact's too), newest first, once each.
 */
export async function listCallsForContact(ref: CallerRef, db: BackdeskDb = getDb()): Promise<Call[]> {
  return db.transaction('r', ['calls'], async () => {
    const [byRecord, ...byNumber] = await Promise.all([
      ref.callerTable && ref.callerId ? listCallsForCaller(ref.callerTable, ref.callerId, db) : Promise.resolve([]),
      ...callerRefKeys(ref).map((key) => listCallsForNumber(key, db)),
    ]);
    const seen = new Set<string>();
    return [...byRecord!, ...byNumber.flat()].filter((c) => !seen.has(c.id) && seen.add(c.id)).sort(newestFirst);
  });
}

function haystack(c: Call): string {
  return normalizeForSearch([c.caller, c.company, c.subject, c.message, c.phone].filter(Boolean).join(' '));
}

/**
 * Calls matching every word of the query in caller, company, subject, message or number; a
 * query of digits (3 or more, however grouped: '555 0195', '(207) 555') also finds the number
 * whatever way it was written. Newest first, at most `limit`.
 */
export async function searchCalls(query: string, limit = 500, db: BackdeskDb = getDb()): Promise<Call[]> {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return [];
  const digits = query.replace(/\D/g, '');
  const byDigits = digits.length >= 3 && /^[\d\s+().-]+$/.test(query.trim());
  const out: Call[] = [];
  await db.calls
    .orderBy('takenAt')
    .reverse()
    .until(() => out.length >= limit)
    .each((c) => {
      if (c.deletedAt !== null) return;
      const hit = byDigits
        ? `${(c.phone ?? '').replace(/\D/g, '')} ${(c.phoneKey ?? '').replace(/\D/g, '')}`.includes(digits)
        : matchesTokens(haystack(c), tokens);
      if (hit) out.push(c);
    });
  return out;
}

/** Every open message (a call asking something of its recipient, not yet called back), oldest first. */
export async function listOpenMessages(db: BackdeskDb = getDb()): Promise<Call[]> {
  const rows = await db.calls.where('status').anyOf('new', 'seen').toArray();
  return rows.filter(isOpenMessage).sort(oldestFirst);
}

/** One person's open messages, oldest first. */
export async function openMessagesFor(employeeId: string, db: BackdeskDb = getDb()): Promise<Call[]> {
  const rows = await db.calls.where('forEmployeeId').equals(employeeId).toArray();
  return rows.filter(isOpenMessage).sort(oldestFirst);
}

/** Messages closed ("called back") most recently, newest closing first. */
export async function listClosedMessages(limit = 50, db: BackdeskDb = getDb()): Promise<Call[]> {
  const rows = await db.calls.where('status').equals('done').toArray();
  return rows
    .filter((c) => c.deletedAt === null && c.followUp !== 'none')
    .sort((a, b) => (b.closedAt ?? b.updatedAt).localeCompare(a.closedAt ?? a.updatedAt))
    .slice(0, limit);
}

/** The messages taken on one day (open or closed), in the order they came: a day's slips. */
export async function listMessagesOnDay(date: string, db: BackdeskDb = getDb()): Promise<Call[]> {
  return (await listCallsOnDay(date, db)).filter((c) => c.followUp !== 'none');
}

export interface RecipientMessages {
  /** Undefined for messages taken for no one in particular. */
  employeeId: string | undefined;
  messages: Call[];
  stale: number;
}

/** Open messages grouped by whom they are for, the groups with stale messages first, then the most. */
export function groupMessagesByRecipient(messages: readonly Call[], now: Date): RecipientMessages[] {
  const groups = new Map<string, RecipientMessages>();
  for (const m of messages) {
    const key = m.forEmployeeId ?? '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { employeeId: m.forEmployeeId, messages: [], stale: 0 }));
    g.messages.push(m);
    if (isStaleMessage(m, now)) g.stale += 1;
  }
  return [...groups.values()].sort(
    (a, b) => Number(b.stale > 0) - Number(a.stale > 0) || b.messages.length - a.messages.length || (a.employeeId ?? '~').localeCompare(b.employeeId ?? '~'),
  );
}
