/**
 * vCard import (issue 14.1): read a .vcf file with the contacts engine, then show every card
 * before anything is saved — cards that cannot be read with their line (and that line's text),
 * cards that look like someone the office already knows (an existing contact, a vendor, a staff
 * member, a candidate: by normalised phone or email) or an earlier card of the same file. The
 * user chooses per duplicate: skip it, import it anyway, or merge it into the existing contact.
 * "Import" writes every new contact and every merge in ONE transaction: all or nothing.
 */
import { parseVcards, type ContactDraft as CardDraft } from '../../../shared/contacts';
import { phoneKeysOf } from '../../../shared/contacts/phone';
import { contactDraftSchema, contactSchema, type Contact, type ContactDraft } from '../../../shared/domain/contacts';
import { nowIso } from '../../../shared/lib/dates';
import { getDb, strictConnection, type BackdeskDb } from '../../db';
import { auditEntry, parseOrThrow, plural, quote, writeTransaction } from '../../db/crud';
import { addCommittedBatchInTx, IMPORT_BATCH_TABLE, stampBatch } from '../../db/importBatches';
import { evidentlySamePerson, findContactDuplicates, type DuplicateMatch } from './duplicates';
import { contactRepository } from './repository';

export interface VcardCardError {
  /** 1-based line of the file. */
  line: number;
  message: string;
  /** The file's text on that line (cut to 200 characters), so the user sees which card it is. */
  text: string;
}

export interface VcardPreviewCard {
  /** Position among the readable cards. */
  index: number;
  /** The line where the card begins, when known. */
  line?: number;
  draft: ContactDraft;
  matches: DuplicateMatch[];
}

export interface VcardPreview {
  fileName: string;
  cards: VcardPreviewCard[];
  errors: VcardCardError[];
}

export type DuplicateChoice = 'skip' | 'import' | 'merge';

/** The engine's card as a contact draft for the schema (text kept as the file had it). */
export function cardToDraft(card: CardDraft): ContactDraft {
  const draft: ContactDraft = {
    name: card.name,
    phones: card.phones.map((p) => ({ number: p.number, kind: p.kind })),
    emails: [...card.emails],
    // CATEGORIES; a tag longer than the schema allows is cut rather than refusing the card.
    tags: [...new Set((card.tags ?? []).map((t) => t.slice(0, 40).trim()).filter(Boolean))].slice(0, 30),
  };
  if (card.organization) draft.organization = card.organization;
  if (card.title) draft.title = card.title;
  if (card.address) draft.address = card.address;
  if (card.birthday) draft.birthday = card.birthday;
  if (card.notes) draft.notes = card.notes;
  if (card.nameParts) draft.nameParts = { ...card.nameParts };
  return draft;
}

function stripEmpty(parts: NonNullable<Contact['nameParts']>): NonNullable<CardDraft['nameParts']> {
  const out: NonNullable<CardDraft['nameParts']> = {};
  for (const k of ['family', 'given', 'additional', 'prefix', 'suffix'] as const) if (parts[k]) out[k] = parts[k];
  return out;
}

/** A stored contact as an engine card (for export). */
export function contactToCard(c: Contact): CardDraft {
  const card: CardDraft = { name: c.name, phones: c.phones.map((p) => ({ number: p.number, kind: p.kind })), emails: [...c.emails] };
  if (c.organization) card.organization = c.organization;
  if (c.title) card.title = c.title;
  if (c.address) card.address = c.address;
  if (c.birthday) card.birthday = c.birthday;
  if (c.notes) card.notes = c.notes;
  if (c.tags.length) card.tags = [...c.tags];
  if (c.nameParts) card.nameParts = stripEmpty(c.nameParts);
  return card;
}

/** 1-based lines where a card begins (BEGIN:VCARD, grouped or not). */
function cardStartLines(lines: readonly string[]): number[] {
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (/^(?:[\w-]+\.)?BEGIN:VCARD\s*$/i.test(l.trim())) out.push(i + 1);
  });
  return out;
}

function lineText(lines: readonly string[], line: number): string {
  const text = (lines[line - 1] ?? '').trimEnd();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** Reads a file's cards, checks each against the contact schema and looks for duplicates. */
export async function previewVcardFile(fileName: string, text: string, db: BackdeskDb = getDb()): Promise<VcardPreview> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const { contacts, errors } = parseVcards(text);
  const errorLines = new Set(errors.map((e) => e.line));
  const starts = cardStartLines(lines).filter((l) => !errorLines.has(l));
  const knownLines = starts.length === contacts.length;
  const outErrors: VcardCardError[] = errors.map((e) => ({ line: e.line, message: e.message, text: lineText(lines, e.line) }));
  const readable: { draft: ContactDraft; line?: number }[] = [];
  contacts.forEach((card, i) => {
    const draft = cardToDraft(card);
    const line = knownLines ? starts[i] : undefined;
    const checked = contactDraftSchema.safeParse(draft);
    if (checked.success) {
      readable.push({ draft, ...(line !== undefined ? { line } : {}) });
      return;
    }
    const message = checked.error.issues.map((issue) => issue.message).join('; ');
    outErrors.push({ line: line ?? 0, message: `${card.name || 'A card'}: ${message}`, text: line ? lineText(lines, line) : '' });
  });
  outErrors.sort((a, b) => a.line - b.line);
  const matches = await findContactDuplicates(readable.map((r) => r.draft as { name: string; phones: { number: string }[]; emails: string[] }), db);
  return {
    fileName,
    errors: outErrors,
    cards: readable.map((r, index) => ({ index, ...(r.line !== undefined ? { line: r.line } : {}), draft: r.draft, matches: evidentFirst(r.draft.name, matches[index]!) })),
  };
}

/** A card's matches with the contacts that are evidently the same person first (the one a merge goes into). */
function evidentFirst(name: string, matches: DuplicateMatch[]): DuplicateMatch[] {
  const evident = (m: DuplicateMatch) => m.kind === 'contact' && evidentlySamePerson(name, m);
  return [...matches.filter(evident), ...matches.filter((m) => !evident(m))];
}

/**
 * What a duplicate does unless the user says otherwise: merge into a contact, or skip a repeat
 * of an earlier card of the file, only when they are evidently the same person (the same name,
 * or a shared number and names that fit: `evidentlySamePerson`); otherwise import it — the match
 * is still shown, and no card's name is lost without the user choosing so.
 */
export function defaultChoice(card: VcardPreviewCard): DuplicateChoice {
  const same = (kind: DuplicateMatch['kind']) => card.matches.some((m) => m.kind === kind && evidentlySamePerson(card.draft.name, m));
  if (same('contact')) return 'merge';
  if (same('file')) return 'skip';
  return 'import';
}

/** The choices a duplicate offers ('merge' only when it matches an existing contact). */
export function choicesFor(card: VcardPreviewCard): DuplicateChoice[] {
  return card.matches.some((m) => m.kind === 'contact') ? ['merge', 'skip', 'import'] : ['skip', 'import'];
}

/**
 * A contact with a card folded in: numbers and addresses it does not have yet are added, empty
 * fields filled, notes appended when new; nothing the contact already says is overwritten.
 */
export function mergeCardInto(existing: Contact, card: ContactDraft, region: string): ContactDraft {
  const known = new Set(phoneKeysOf(existing.phones.map((p) => p.number), region));
  const phones = [...existing.phones];
  for (const p of card.phones ?? []) {
    const key = phoneKeysOf([p.number], region)[0];
    const written = phones.some((q) => q.number.trim() === p.number.trim());
    if (written || (key && known.has(key))) continue;
    phones.push({ number: p.number, kind: p.kind ?? 'other' });
    if (key) known.add(key);
  }
  const emails = [...existing.emails];
  for (const e of card.emails ?? []) if (!emails.some((x) => x.toLowerCase() === e.trim().toLowerCase())) emails.push(e.trim());
  const merged: ContactDraft = {
    name: existing.name,
    phones: phones.slice(0, 20),
    emails: emails.slice(0, 20),
    tags: [...existing.tags, ...(card.tags ?? []).filter((t) => !existing.tags.some((x) => x.toLowerCase() === t.toLowerCase()))].slice(0, 30),
  };
  const fill = <K extends 'organization' | 'title' | 'address' | 'birthday'>(k: K) => {
    const v = existing[k] ?? card[k];
    if (v) merged[k] = v;
  };
  fill('organization');
  fill('title');
  fill('address');
  fill('birthday');
  const notes = [existing.notes, card.notes && !(existing.notes ?? '').includes(card.notes) ? card.notes : undefined].filter(Boolean).join('\n\n');
  if (notes) merged.notes = notes;
  for (const k of ['vendorId', 'candidateId', 'employeeId'] as const) if (existing[k]) merged[k] = existing[k];
  if (existing.nameParts) merged.nameParts = existing.nameParts;
  return merged;
}

export interface VcardImportResult {
  created: number;
  merged: number;
  skipped: number;
}

/**
 * Writes the chosen cards in one transaction (strict durability): new contacts, merges into
 * existing ones (each audited), one audit line for the import. A card that matches a vendor,
 * staff member or candidate and is imported is linked to that record. Cards without a choice
 * use `defaultChoice`; cards without matches are imported.
 */
export async function importVcardCards(
  cards: readonly VcardPreviewCard[],
  choices: ReadonlyMap<number, DuplicateChoice>,
  options: { fileName: string; tags?: readonly string[] },
  db: BackdeskDb = getDb(),
): Promise<VcardImportResult> {
  const strict = strictConnection(db);
  const at = nowIso();
  const tags = [...(options.tags ?? [])];
  const toCreate: Contact[] = [];
  const toMerge: { targetId: string; draft: ContactDraft }[] = [];
  let skipped = 0;
  for (const card of cards) {
    const choice = card.matches.length === 0 ? 'import' : (choices.get(card.index) ?? defaultChoice(card));
    if (choice === 'skip') {
      skipped++;
      continue;
    }
    const target = card.matches.find((m) => m.kind === 'contact');
    if (choice === 'merge' && target?.id) {
      toMerge.push({ targetId: target.id, draft: card.draft });
      continue;
    }
    const draft: ContactDraft = { ...card.draft, tags: [...new Set([...(card.draft.tags ?? []), ...tags])] };
    const link = (kind: DuplicateMatch['kind']) => card.matches.filter((m) => m.kind === kind && m.id);
    const vendors = link('vendor');
    const employees = link('employee');
    const candidates = link('candidate');
    if (vendors.length === 1) draft.vendorId = vendors[0]!.id;
    if (employees.length === 1) draft.employeeId = employees[0]!.id;
    if (candidates.length === 1) draft.candidateId = candidates[0]!.id;
    toCreate.push(contactRepository.build(draft, at));
  }
  let merged = 0;
  await writeTransaction(strict, ['contacts', 'auditLog', IMPORT_BATCH_TABLE], async () => {
    if (!toCreate.length && !toMerge.length) return;
    const batch = await addCommittedBatchInTx(strict, { kind: 'vcard', fileName: options.fileName, written: toCreate.length + toMerge.length });
    if (toCreate.length) {
      await strict.contacts.bulkAdd(toCreate.map((c) => stampBatch(c, batch.id)));
      await strict.auditLog.add(
        auditEntry('contacts', '', 'import', `Imported ${toCreate.length} ${plural('contact', toCreate.length)} from ${options.fileName}`, at),
      );
    }
    for (const { targetId, draft } of toMerge) {
      // Reads inside the transaction, so two cards merged into one contact both count.
      const existing = await strict.contacts.get(targetId);
      if (!existing || existing.deletedAt !== null) throw new Error(`The contact a card was to be merged into is gone; check the preview again.`);
      const next = parseOrThrow('contacts', contactSchema, {
        ...parseOrThrow('contacts', contactDraftSchema, mergeCardInto(existing, draft, db.phoneRegion)),
        id: existing.id,
        createdAt: existing.createdAt,
        updatedAt: at,
        deletedAt: null,
      });
      await strict.contacts.put(stampBatch(next, batch.id));
      await strict.auditLog.add(auditEntry('contacts', existing.id, 'update', `Merged a card from ${options.fileName} into contact ${quote(existing.name)}`, at));
      merged++;
    }
  });
  return { created: toCreate.length, merged, skipped };
}
