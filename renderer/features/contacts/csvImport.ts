/**
 * CSV import of contacts (issue 14.1) through the shared import wizard (kind `contacts`): the
 * wizard parses and maps the file (shared/import); this saves the rows, in chunks, each chunk
 * one strict-durability transaction with its audit line, and says beforehand which rows repeat
 * a number or address someone already has.
 */
import type { ContactDraft, PhoneKind } from '../../../shared/domain/contacts';
import { getDb, type BackdeskDb } from '../../db';
import { findContactDuplicates } from './duplicates';
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

/** Saves mapped rows as new contacts (the wizard's commit). */
export async function importContactRows(
  records: readonly ContactCsvRecord[],
  ctx: { onProgress?: (f: number) => void; signal?: AbortSignal } = {},
  db: BackdeskDb = getDb(),
): Promise<{ created: number; updated: number }> {
  const drafts = records.map(csvRecordToDraft);
  let created = 0;
  const CHUNK = 1000;
  for (let i = 0; i < drafts.length; i += CHUNK) {
    if (ctx.signal?.aborted) break;
    const chunk = drafts.slice(i, i + CHUNK);
    await contactRepository.bulkCreate(chunk, { auditNote: 'CSV import' }, db);
    created += chunk.length;
    ctx.onProgress?.(created / drafts.length);
  }
  if (drafts.length === 0) ctx.onProgress?.(1);
  return { created, updated: 0 };
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
