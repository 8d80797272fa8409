/**
 * CSV import of contacts (issue 14.1) through the shared import wizard (kind `contacts`): the
 * wizard parses and maps the file (shared/import); this saves the rows, in chunks, each chunk
 * one strict-durability transaction with its audit line, and says beforehand which rows repeat
 * a number or address someone already has.
 */
import type { ContactDraft, PhoneKind } from '../../../shared/domain/contacts';
import { getDb, type BackdeskDb } from '../../db';
import { normalizeForSearch } from '../../../shared/lib/text';
import { evidentlySamePerson, findContactDuplicates } from './duplicates';
import { contactRepository } from './repository';

/**
 * A mapped CSV row. The contacts import kind gives the draft's own shape (phones and emails as
 * lists); single columns (phone, mobile, workPhone, homePhone, fax, email, email2) and tags as
 * text are read too.
 */
export type ContactCsvRecord = Partial<Omit<ContactDraft, 'tags'>> & {
  name: string;
  tags?: readonly string[] | string;
  phone?: string;
  mobile?: string;
  workPhone?: string;
  homePhone?: string;
  fax?: string;
  email?: string;
  email2?: string;
};

const SINGLE_PHONES: readonly [keyof ContactCsvRecord, PhoneKind][] = [
  ['mobile', 'mobile'],
  ['workPhone', 'work'],
  ['phone', 'other'],
  ['homePhone', 'home'],
  ['fax', 'fax'],
];

/** A CSV row as a contact draft. */
export function csvRecordToDraft(r: ContactCsvRecord): ContactDraft {
  const phones = [...(r.phones ?? []).map((p) => ({ number: p.number, kind: p.kind ?? 'other' }))];
  for (const [field, kind] of SINGLE_PHONES) {
    const v = r[field];
    if (typeof v === 'string' && v.trim()) phones.push({ number: v.trim(), kind });
  }
  const emails = [...(r.emails ?? []), r.email, r.email2].filter((e): e is string => typeof e === 'string' && e.trim() !== '').map((e) => e.trim());
  const tags = typeof r.tags === 'string' ? r.tags.split(/[,;]/) : [...(r.tags ?? [])];
  const draft: ContactDraft = {
    name: r.name,
    phones,
    emails: [...new Set(emails)],
    tags: [...new Set(tags.map((t) => t.trim()).filter(Boolean))],
  };
  for (const k of ['organization', 'title', 'address', 'birthday', 'notes'] as const) {
    const v = r[k];
    if (typeof v === 'string' && v.trim()) draft[k] = v.trim();
  }
  return draft;
}

/** A row without phone or email is known by its name and organization. */
function keylessKey(d: ContactDraft): string {
  return `${normalizeForSearch(d.name)}|${normalizeForSearch(d.organization ?? '')}`;
}

/**
 * Which rows are already there (issue 15.3), as the vCard import decides: a row sharing a
 * phone or email with a stored contact, or an earlier row, that is evidently the same person
 * (evidentlySamePerson); a row with neither phone nor email, by its name and organization.
 */
async function rowsAlreadyThere(drafts: readonly ContactDraft[], db: BackdeskDb): Promise<Set<number>> {
  const out = new Set<number>();
  const matches = await findContactDuplicates(drafts as { name: string; phones: { number: string }[]; emails: string[] }[], db);
  matches.forEach((list, i) => {
    const name = drafts[i]!.name;
    if (list.some((m) => (m.kind === 'contact' || m.kind === 'file') && evidentlySamePerson(name, m))) out.add(i);
  });
  const keyless = drafts.flatMap((d, i) => ((d.phones ?? []).length === 0 && (d.emails ?? []).length === 0 ? [i] : []));
  if (keyless.length) {
    const names = [...new Set(keyless.map((i) => drafts[i]!.name))];
    const stored = (await db.contacts.where('name').anyOfIgnoreCase(names).toArray()).filter((c) => c.deletedAt === null);
    const seen = new Set(stored.map((c) => keylessKey({ name: c.name, organization: c.organization, phones: [], emails: [], tags: [] })));
    for (const i of keyless) {
      const key = keylessKey(drafts[i]!);
      if (seen.has(key)) out.add(i);
      else seen.add(key);
    }
  }
  return out;
}

/**
 * Saves mapped rows as new contacts (the wizard's commit), whole file or nothing (issue 15.3):
 * rows already there are skipped (rowsAlreadyThere), the rest written in chunks stamped with
 * the import batch, the last chunk committing it.
 */
export async function importContactRows(
  records: readonly ContactCsvRecord[],
  ctx: { onProgress?: (f: number) => void; signal?: AbortSignal; importBatchId?: string } = {},
  db: BackdeskDb = getDb(),
): Promise<{ created: number; updated: number; alreadyThere: number }> {
  const all = records.map(csvRecordToDraft);
  const known = await rowsAlreadyThere(all, db);
  const drafts = all.filter((_, i) => !known.has(i));
  const batchId = ctx.importBatchId;
  const written = await contactRepository.bulkCreate(
    drafts,
    {
      chunkSize: 1000,
      auditNote: 'CSV import',
      ...(batchId ? { importBatchId: batchId, commitBatch: { written: drafts.length } } : {}),
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
    },
    db,
  );
  return { created: written.length, updated: 0, alreadyThere: known.size };
}

/** Rows that repeat someone the office has (or an earlier row): row index → what they match. */
export async function findContactRowDuplicates(records: readonly ContactCsvRecord[], db: BackdeskDb = getDb()): Promise<Map<number, string>> {
  const drafts = records.map(csvRecordToDraft);
  const matches = await findContactDuplicates(drafts as { name: string; phones: { number: string }[]; emails: string[] }[], db);
  const out = new Map<number, string>();
  matches.forEach((list, i) => {
    if (!list.length) return;
    out.set(i, `Already known: ${list.map((m) => `${m.name} (${m.role}, same ${m.reasons.join(' and ')})`).join('; ')}`);
  });
  return out;
}
