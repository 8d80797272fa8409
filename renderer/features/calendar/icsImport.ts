/**
 * Calendar files in (issue 13.9): an .ics file (Outlook, Google, any RFC 5545 export) read by
 * the engine's `parseIcs`, or a .csv read by the shared import pipeline (kind 'events'), both
 * into the engine's event drafts with the problems by line; then the good events saved into
 * one person's diary.
 *
 * Saving is the whole file or nothing: every event and the audit line go in ONE
 * strict-durability transaction, written in chunks inside it so a progress bar moves; a refused
 * event, a crash or Cancel leaves nothing behind. Re-importing the same file does not make
 * duplicates: an event whose UID is already a live event's updates that event (its times,
 * recurrence, exceptions, title, notes and place; the office's own fields — attendees, room,
 * colour, reminder — stay). The file's ORGANIZER and ATTENDEEs become the event's guests
 * (contacts, by email), added once: a re-import adds only people not already there. A CSV row has no UID, so it gets one made from its title and
 * times: the same row imported twice is the same event.
 */
import { parseIcs, type CalendarEventDraft, type RowError } from '../../../shared/calendar';
import type { CalendarEvent, EventGuest, StoredEventDraft } from '../../../shared/domain/calendar';
import { decodeBytes, mapRowsDetailed, parseTable } from '../../../shared/import';
import { nowIso } from '../../../shared/lib/dates';
import { getDb, strictConnection, type BackdeskDb } from '../../db';
import { auditEntry, quote, writeTransaction } from '../../db/crud';
import { addCommittedBatchInTx, IMPORT_BATCH_TABLE, stampBatch } from '../../db/importBatches';
import { RecordValidationError } from '../../db/errors';
import { eventRepository } from './repository';

/** Events written per step inside the one transaction (the progress bar moves between steps). */
export const EVENT_IMPORT_CHUNK_SIZE = 500;

export interface CalendarFileEvent {
  draft: CalendarEventDraft;
  /** The file line the event starts on, when the reader knows it (CSV rows). */
  line?: number;
}

export interface CalendarFileRead {
  format: 'ics' | 'csv';
  events: CalendarFileEvent[];
  /** Events that cannot be read, each with the line where it starts or fails. */
  errors: RowError[];
  /** Things worth saying about the whole file (CSV: rows with a wrong number of values…). */
  warnings: string[];
}

/** FNV-1a, hex: a short stable fingerprint for a CSV row's made-up UID. */
function fingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619) >>> 0;
    h2 = Math.imul(h2 ^ c, 2246822519) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** The made-up UID of a CSV row: the same title and times give the same UID. */
export function csvEventUid(e: Pick<CalendarEventDraft, 'title' | 'start' | 'end' | 'timeZone' | 'allDay'>): string {
  return `csv-${fingerprint([e.title, e.allDay ? 'D' : 'T', e.start, e.end, e.timeZone ?? ''].join('\u0001'))}@backdesk`;
}

const isCsvName = (name: string) => /\.(csv|tsv|txt)$/i.test(name);

/** Reads a picked file: .csv/.tsv/.txt through the import pipeline, anything else as iCalendar. */
export function readCalendarFile(fileName: string, bytes: Uint8Array): CalendarFileRead {
  if (isCsvName(fileName)) {
    const table = parseTable(bytes, fileName);
    const mapped = mapRowsDetailed('events', table);
    return {
      format: 'csv',
      events: mapped.records.map((r, i) => ({ draft: { ...r, uid: csvEventUid(r) }, line: mapped.lines[i]! })),
      errors: mapped.errors,
      warnings: table.warnings,
    };
  }
  const { text } = decodeBytes(bytes);
  if (!/BEGIN:VCALENDAR/i.test(text))
    return { format: 'ics', events: [], errors: [{ line: 1, message: 'This is not a calendar file: it has no BEGIN:VCALENDAR. Export the calendar as .ics from Outlook or Google and pick that file.' }], warnings: [] };
  const parsed = parseIcs(text);
  const warnings = parsed.events.length === 0 && parsed.errors.length === 0 ? ['The file holds no events.'] : [];
  return { format: 'ics', events: parsed.events.map((draft) => ({ draft })), errors: parsed.errors, warnings };
}

/** UID → the live event carrying it, for the UIDs asked about. */
async function liveByUid(db: BackdeskDb, uids: readonly string[]): Promise<Map<string, CalendarEvent>> {
  const out = new Map<string, CalendarEvent>();
  if (uids.length === 0) return out;
  const rows = await db.events.where('uid').anyOf([...new Set(uids)]).toArray();
  for (const r of rows) if (r.deletedAt === null && !out.has(r.uid)) out.set(r.uid, r);
  return out;
}

/** Which of these UIDs are already live events (the preview marks them "updates"). */
export async function findImportedUids(uids: readonly string[], db: BackdeskDb = getDb()): Promise<Set<string>> {
  return new Set((await liveByUid(db, uids)).keys());
}

/**
 * The event's guests after reading a file: the ones it had, then each ORGANIZER / ATTENDEE of the
 * file not already there (by email, any case) as a contact named by its CN or else its email.
 * `skipEmails` are the diary's own people (the owner), who are not their own guests.
 */
export function guestsFromFile(e: CalendarEventDraft, existing: readonly EventGuest[] = [], skipEmails: readonly string[] = []): EventGuest[] {
  const guests = existing.map((g) => ({ ...g }));
  const seen = new Set([...skipEmails, ...existing.map((g) => g.email ?? '')].map((m) => m.trim().toLowerCase()).filter(Boolean));
  for (const a of e.attendees ?? []) {
    const email = a.email.trim();
    if (!email || seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    guests.push({ kind: 'contact', name: (a.name?.trim() || email).slice(0, 200), email });
  }
  return guests;
}

/** The stored draft for a file event in `ownerId`'s diary, keeping an existing event's office fields. */
export function storedDraftFromFile(e: CalendarEventDraft, ownerId: string | undefined, existing?: CalendarEvent, skipEmails: readonly string[] = []): StoredEventDraft {
  const draft: StoredEventDraft = {
    uid: e.uid,
    title: e.title.trim() || '(no title)',
    allDay: e.allDay,
    start: e.start,
    end: e.end,
    exdates: e.exdates ?? [],
    rdates: e.rdates ?? [],
    overrides: (e.overrides ?? []).map((o) => ({ ...o })),
    kind: existing?.kind ?? 'meeting',
    attendeeIds: existing?.attendeeIds ?? [],
    guests: guestsFromFile(e, existing?.guests, skipEmails),
    category: existing?.category ?? 'blue',
    private: existing?.private ?? false,
  };
  if (e.description) draft.description = e.description;
  if (e.location) draft.location = e.location;
  if (e.timeZone && !e.allDay) draft.timeZone = e.timeZone;
  if (e.endTimeZone && !e.allDay && e.endTimeZone !== e.timeZone) draft.endTimeZone = e.endTimeZone;
  if (e.rrule) draft.rrule = e.rrule;
  const owner = ownerId ?? existing?.ownerId;
  if (owner) draft.ownerId = owner;
  if (existing?.roomId) draft.roomId = existing.roomId;
  if (existing?.reminderMinutes !== undefined) draft.reminderMinutes = existing.reminderMinutes;
  return draft;
}

/**
 * The diary the import page offers first: the current user's (calendar settings) when they are
 * among the people, else the first person, else the office calendar.
 */
export function defaultImportDiary<K extends string>(people: readonly { key: K; id: string }[], currentUserId: string | undefined): K | 'office' {
  const me = currentUserId ? people.find((p) => p.id === currentUserId) : undefined;
  return me?.key ?? people[0]?.key ?? 'office';
}

export interface ImportCalendarContext {
  /** The employee whose diary the events go in; absent = the office's own calendar. */
  ownerId?: string | undefined;
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
  chunkSize?: number;
  /** What the audit line calls the file: 'team.ics'. */
  fileName?: string;
}

export interface ImportCalendarResult {
  created: number;
  updated: number;
  /** True when Cancel stopped the import; nothing was kept. */
  cancelled: boolean;
}

class ImportCancelled extends Error {}

/** Saves the file's events: the whole set in one strict transaction, or nothing. */
export async function importCalendarEvents(
  events: readonly CalendarEventDraft[],
  ctx: ImportCalendarContext = {},
  db: BackdeskDb = getDb(),
): Promise<ImportCalendarResult> {
  if (ctx.signal?.aborted) return { created: 0, updated: 0, cancelled: true };
  const strict = strictConnection(db);
  const chunkSize = Math.max(1, ctx.chunkSize ?? EVENT_IMPORT_CHUNK_SIZE);
  const at = nowIso();
  // A file can hold the same UID twice (a series and a stray copy): the later one wins.
  const byUid = new Map<string, CalendarEventDraft>();
  for (const e of events) byUid.set(e.uid, e);
  const unique = [...byUid.values()];
  try {
    const counts = await writeTransaction(strict, ['events', 'employees', 'auditLog', IMPORT_BATCH_TABLE], async () => {
      const existing = await liveByUid(strict, unique.map((e) => e.uid));
      const batch = unique.length
        ? await addCommittedBatchInTx(strict, { kind: 'ics', fileName: ctx.fileName ?? 'calendar.ics', written: unique.length })
        : undefined;
      const ownerEmail = ctx.ownerId ? (await strict.employees.get(ctx.ownerId))?.email : undefined;
      const records = unique.map((e) => {
        const old = existing.get(e.uid);
        try {
          const built = eventRepository.build(storedDraftFromFile(e, ctx.ownerId, old, ownerEmail ? [ownerEmail] : []), at);
          return stampBatch(old ? { ...built, id: old.id, createdAt: old.createdAt } : built, batch?.id);
        } catch (err) {
          if (err instanceof RecordValidationError) throw new Error(`The event ${quote(e.title)} cannot be saved: ${err.message}`);
          throw err;
        }
      });
      for (let start = 0; start < records.length; start += chunkSize) {
        if (ctx.signal?.aborted) throw new ImportCancelled();
        await strict.events.bulkPut(records.slice(start, start + chunkSize));
        ctx.onProgress?.(Math.min(1, (start + chunkSize) / records.length) * 0.99);
      }
      if (ctx.signal?.aborted) throw new ImportCancelled();
      const updated = records.filter((r) => existing.has(r.uid)).length;
      const created = records.length - updated;
      const from = ctx.fileName ? ` from ${quote(ctx.fileName)}` : ' from a file';
      await strict.auditLog.add(
        auditEntry('events', '', 'import', `Imported ${created} new event${created === 1 ? '' : 's'} and updated ${updated}${from}`, at),
      );
      return { created, updated };
    });
    ctx.onProgress?.(1);
    return { ...counts, cancelled: false };
  } catch (e) {
    if (e instanceof ImportCancelled) return { created: 0, updated: 0, cancelled: true };
    throw e;
  }
}
