/**
 * Duplicate detection for contacts (issue 14.1): a card (from a vCard file, a CSV row or the
 * form) is a likely duplicate when one of its numbers, normalised to E.164 with the office's
 * region, or one of its email addresses (lower case) is already someone's — an existing
 * contact (the contacts' `phoneKeys` / `emailKeys` indexes), a vendor, a staff member or a
 * candidate (their own phone sources through core/phoneDirectory) — or an earlier card of the
 * same file. Every lookup is an index read, so a check stays quick at 100,000 contacts.
 */
import { phoneKeysOf } from '../../../shared/contacts/phone';
import { formatPhone } from '../../../shared/contacts/phone';
import type { PhoneOwnerTable } from '../../../shared/domain/contacts';
import { phoneSources, phoneSourceTables, type PhoneMatch } from '../../core/phoneDirectory';
import { hrefFor } from '../../core/router';
import { getDb, type BackdeskDb, type TableName } from '../../db';
import type { StoredContact } from './repository';

/** What a card needs for the check: its numbers and addresses. */
export interface DuplicateProbe {
  name?: string;
  phones: readonly { number: string }[];
  emails: readonly string[];
}

export type DuplicateKind = 'contact' | 'vendor' | 'employee' | 'candidate' | 'file';

export interface DuplicateMatch {
  kind: DuplicateKind;
  /** The record's table and id (absent for a card of the same file). */
  table?: PhoneOwnerTable;
  id?: string;
  /** The card's index in the file (kind 'file'). */
  cardIndex?: number;
  name: string;
  /** 'Contact · Acme Office Supply', 'Vendor', 'Staff · Finance', 'Card 2 of this file'. */
  role: string;
  href?: string;
  /** What they share, for people: 'phone (207) 555-0195', 'email ann@example.com'. */
  reasons: string[];
}

const KIND_OF: Record<PhoneOwnerTable, DuplicateKind> = { contacts: 'contact', vendors: 'vendor', employees: 'employee', candidates: 'candidate' };

/** The tables a duplicate check reads (for a caller's transaction). */
export function duplicateCheckTables(): TableName[] {
  return [...new Set<TableName>(['contacts', ...phoneSourceTables()])];
}

function emailKeysOf(emails: readonly string[]): string[] {
  return [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
}

function contactRole(c: StoredContact): string {
  return c.organization ? `Contact · ${c.organization}` : 'Contact';
}

/** Adds a match to a card's list, once per record, collecting what they share. */
function addMatch(list: DuplicateMatch[], match: Omit<DuplicateMatch, 'reasons'>, reason: string): void {
  const same = list.find((m) => m.kind === match.kind && m.id === match.id && m.cardIndex === match.cardIndex);
  if (same) {
    if (!same.reasons.includes(reason)) same.reasons.push(reason);
    return;
  }
  list.push({ ...match, reasons: [reason] });
}

/**
 * For each card, the records (and earlier cards of the same list) it likely duplicates:
 * existing contacts first, then vendors, staff and candidates, then cards of the file.
 * `ignoreContactId` leaves one contact out (the one being edited).
 */
export async function findContactDuplicates(
  cards: readonly DuplicateProbe[],
  db: BackdeskDb = getDb(),
  options: { ignoreContactId?: string } = {},
): Promise<DuplicateMatch[][]> {
  const region = db.phoneRegion;
  const phoneKeys = cards.map((c) => phoneKeysOf(c.phones.map((p) => p.number), region));
  const emailKeys = cards.map((c) => emailKeysOf(c.emails));
  const allPhones = [...new Set(phoneKeys.flat())];
  const allEmails = [...new Set(emailKeys.flat())];
  const otherSources = phoneSources().filter((s) => s.table !== 'contacts');

  const { byPhone, byEmail, others } = await db.transaction('r', duplicateCheckTables(), async () => {
    const [phoneRows, emailRows, otherRows] = await Promise.all([
      allPhones.length ? db.contacts.where('phoneKeys').anyOf(allPhones).toArray() : Promise.resolve([]),
      allEmails.length ? db.contacts.where('emailKeys').anyOf(allEmails).toArray() : Promise.resolve([]),
      Promise.all(allPhones.map(async (key) => [key, (await Promise.all(otherSources.map((s) => s.lookup(db, key)))).flat()] as const)),
    ]);
    const live = (rows: StoredContact[]) => rows.filter((c) => c.deletedAt === null && c.id !== options.ignoreContactId);
    const byPhone = new Map<string, StoredContact[]>();
    for (const c of live(phoneRows as StoredContact[])) for (const k of c.phoneKeys ?? []) byPhone.set(k, [...(byPhone.get(k) ?? []), c]);
    const byEmail = new Map<string, StoredContact[]>();
    for (const c of live(emailRows as StoredContact[])) for (const k of c.emailKeys ?? []) byEmail.set(k, [...(byEmail.get(k) ?? []), c]);
    return { byPhone, byEmail, others: new Map<string, PhoneMatch[]>(otherRows) };
  });

  const firstCardWithPhone = new Map<string, number>();
  const firstCardWithEmail = new Map<string, number>();
  return cards.map((card, i) => {
    const found: DuplicateMatch[] = [];
    const fileMatches: DuplicateMatch[] = [];
    for (const key of phoneKeys[i]!) {
      const said = `phone ${formatPhone(key, region)}`;
      for (const c of byPhone.get(key) ?? []) addMatch(found, { kind: 'contact', table: 'contacts', id: c.id, name: c.name, role: contactRole(c), href: hrefFor('contacts', c.id) }, said);
      for (const m of others.get(key) ?? []) addMatch(found, { kind: KIND_OF[m.table], table: m.table, id: m.id, name: m.name, role: m.role, href: m.href }, said);
      const earlier = firstCardWithPhone.get(key);
      if (earlier !== undefined) addMatch(fileMatches, { kind: 'file', cardIndex: earlier, name: cards[earlier]!.name ?? `Card ${earlier + 1}`, role: `Card ${earlier + 1} of this file` }, said);
      else firstCardWithPhone.set(key, i);
    }
    for (const key of emailKeys[i]!) {
      const said = `email ${key}`;
      for (const c of byEmail.get(key) ?? []) addMatch(found, { kind: 'contact', table: 'contacts', id: c.id, name: c.name, role: contactRole(c), href: hrefFor('contacts', c.id) }, said);
      const earlier = firstCardWithEmail.get(key);
      if (earlier !== undefined) addMatch(fileMatches, { kind: 'file', cardIndex: earlier, name: cards[earlier]!.name ?? `Card ${earlier + 1}`, role: `Card ${earlier + 1} of this file` }, said);
      else firstCardWithEmail.set(key, i);
    }
    return [...found, ...fileMatches];
  });
}

// ─── Same person? ────────────────────────────────────────────────────────────────────────────

const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);

/** A name's words, lower case without accents, punctuation or honorifics ("Dr. Zoë Müller" → zoe, muller). */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !HONORIFICS.has(w));
}

/** The same name once case, accents, punctuation, honorifics and word order are set aside ("Lee, Ann" = "ann lee"). */
export function sameName(a: string, b: string): boolean {
  const x = nameTokens(a).sort();
  const y = nameTokens(b).sort();
  return x.length > 0 && x.length === y.length && x.every((w, i) => w === y[i]);
}

/**
 * Names that can be one person's: every word of the shorter is a word of the longer or its
 * initial ("Olivia B." and "Olivia Bennett", "Ann Lee" and "Ann Marie Lee"), and they share at
 * least one whole word.
 */
export function compatibleNames(a: string, b: string): boolean {
  const x = nameTokens(a);
  const y = nameTokens(b);
  return (x.length <= y.length && wordsFit(x, y)) || (y.length <= x.length && wordsFit(y, x));
}

/** Every word of `short` is a word of `long` or the initial of one (each used once); at least one whole word. */
function wordsFit(short: string[], long: string[]): boolean {
  if (short.length === 0) return false;
  const left = [...long];
  let whole = 0;
  for (const w of short) {
    let i = left.indexOf(w);
    if (i >= 0) whole++;
    else i = w.length === 1 ? left.findIndex((x) => x.startsWith(w)) : -1;
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return whole > 0;
}

/**
 * A card and a record it matches are evidently one person: the same name, or a shared phone
 * number and names that can be one person's. Only then is folding one into the other the
 * default; a shared email alone (an office's info@ address) or a different name is not enough.
 */
export function evidentlySamePerson(cardName: string, match: Pick<DuplicateMatch, 'name' | 'reasons'>): boolean {
  if (sameName(cardName, match.name)) return true;
  return match.reasons.some((r) => r.startsWith('phone ')) && compatibleNames(cardName, match.name);
}
