/**
 * Guest directory (issue 13.2): people outside the staff who can be invited to an event — job
 * candidates (recruiting), outside contacts (issue 14) — looked up by name or email as the
 * event dialog's guest name is typed. Each feature registers a source from its
 * `registrations.ts` that searches ITS OWN tables, so the calendar never imports recruiting
 * (recruiting imports the calendar) and contacts can join later without touching the calendar.
 */
import type { BackdeskDb, TableName } from '../db';
import { normalizeForSearch } from '../../shared/lib/text';

/** One person a source found. */
export interface GuestMatch {
  kind: 'candidate' | 'contact';
  /** The record's id in its own table. */
  id: string;
  name: string;
  email?: string;
  /** A short second line: the stage, the company. */
  detail?: string;
}

export interface GuestSource {
  /** Unique per source, e.g. 'candidates'. */
  name: string;
  /** The tables `search` reads (a caller's transaction must include them). */
  tables: readonly TableName[];
  /**
   * Live (not deleted or erased) people whose name or email contains every word of `text`
   * (case- and accent-insensitive), at most `limit`.
   */
  search(db: BackdeskDb, text: string, limit: number): Promise<GuestMatch[]>;
}

const sources = new Map<string, GuestSource>();

/** Adds (or replaces, on a hot reload) a source. */
export function registerGuestSource(source: GuestSource): void {
  sources.set(source.name, source);
}

export function guestSources(): GuestSource[] {
  return [...sources.values()];
}

/** The tables every registered source reads. */
export function guestSourceTables(): TableName[] {
  return [...new Set(guestSources().flatMap((s) => s.tables))];
}

/** 0: the name starts with the text; 1: a word of the name does; 2: anything else. */
function rank(match: GuestMatch, text: string): number {
  const name = normalizeForSearch(match.name);
  if (name.startsWith(text)) return 0;
  return name.split(' ').some((w) => w.startsWith(text)) ? 1 : 2;
}

/**
 * Every source's matches for `text`, best first (name starts with it, then a word of the name
 * does, then by name), at most `limit`. Blank text finds nobody.
 */
export async function searchGuests(db: BackdeskDb, text: string, limit = 8): Promise<GuestMatch[]> {
  const wanted = normalizeForSearch(text);
  if (!wanted || limit <= 0) return [];
  const found = await Promise.all(guestSources().map((s) => s.search(db, text, limit)));
  const seen = new Set<string>();
  const all: GuestMatch[] = [];
  for (const m of found.flat()) {
    const key = `${m.kind}:${m.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(m);
  }
  return all
    .map((m) => ({ m, r: rank(m, wanted) }))
    .sort((a, b) => a.r - b.r || a.m.name.localeCompare(b.m.name) || (a.m.email ?? '').localeCompare(b.m.email ?? ''))
    .slice(0, limit)
    .map((x) => x.m);
}
