/**
 * Caller lookup across modules (issue 14.2). Each module whose records carry phone numbers
 * (contacts, vendors, people, recruiting) registers a source that reads its OWN table by the
 * multiEntry `phoneKeys` index (E.164, kept by renderer/db/indexFields.ts) — one index get per
 * source, so a lookup stays instant at 100,000 contacts. Calls, the command palette and the
 * contacts import find "who is this number" here without importing those features.
 */
import { normalizePhone } from '../../shared/contacts/phone';
import type { PhoneOwnerTable } from '../../shared/domain/contacts';
import { getDb, type BackdeskDb, type TableName } from '../db';

export interface PhoneMatch {
  table: PhoneOwnerTable;
  id: string;
  /** The person or organisation: "Olivia Bennett", "Acme Office Supply". */
  name: string;
  /** What they are to the office: "Contact · Acme Office Supply", "Vendor", "Staff · Finance", "Candidate · Office Manager". */
  role: string;
  /** The number as stored on the record. */
  phone: string;
  /** Where the record opens: '#/vendors/<id>'. */
  href: string;
  /** Every number of the record (E.164), when the source knows them: its calls are those from/to any. */
  phoneKeys?: readonly string[];
  /** The vendor this person works for (a vendor's contact): the caller card adds its open orders. */
  vendorId?: string;
}

export interface PhoneSource {
  table: PhoneOwnerTable;
  /** The tables `lookup` reads (live queries track them). */
  tables: readonly TableName[];
  /** Live records whose phone keys include `e164`. */
  lookup(db: BackdeskDb, e164: string): Promise<PhoneMatch[]>;
  /** Live records whose name starts with / contains `text` (the call form's caller field), at most `limit`. */
  searchByName?(db: BackdeskDb, text: string, limit: number): Promise<PhoneMatch[]>;
}

const sources = new Map<PhoneOwnerTable, PhoneSource>();
const ORDER: readonly PhoneOwnerTable[] = ['contacts', 'vendors', 'employees', 'candidates'];

export function registerPhoneSource(source: PhoneSource): void {
  sources.set(source.table, source);
}

export function phoneSources(): PhoneSource[] {
  return ORDER.flatMap((t) => (sources.has(t) ? [sources.get(t)!] : []));
}

/** The tables every source reads, for a caller's transaction. */
export function phoneSourceTables(): TableName[] {
  return [...new Set(phoneSources().flatMap((s) => s.tables))];
}

export interface PhoneLookup {
  /** The number in E.164, or null when what was typed is not a possible number. */
  e164: string | null;
  matches: PhoneMatch[];
}

/** Normalises what was typed with the office's region and finds every record with that number. */
export async function lookupPhone(raw: string, db: BackdeskDb = getDb()): Promise<PhoneLookup> {
  const e164 = normalizePhone(raw, db.phoneRegion);
  if (!e164) return { e164: null, matches: [] };
  const all = phoneSources();
  if (all.length === 0) return { e164, matches: [] };
  // One read-only transaction for the sources' index gets (a third faster than one each, as
  // measured by the benchmark's contacts.callerLookup.100k); Dexie joins a caller's
  // transaction when there is one, and a live query tracks the reads either way.
  // eslint-disable-next-line no-restricted-syntax -- a read-only lookup over the registered sources' own tables
  const found = await db.transaction('r', phoneSourceTables(), () => Promise.all(all.map((s) => s.lookup(db, e164))));
  return { e164, matches: found.flat() };
}

/** Callers by name across every source (contacts first), for the call form's caller field. */
export async function searchCallersByName(text: string, limit = 8, db: BackdeskDb = getDb()): Promise<PhoneMatch[]> {
  const q = text.trim();
  if (!q) return [];
  const found = await Promise.all(phoneSources().map((s) => (s.searchByName ? s.searchByName(db, q, limit) : [])));
  return found.flat().slice(0, limit);
}
