/**
 * The letters a mail merge can use and which one it starts with (issue 16.6): letters made
 * for merging (a recipient field, and addressed to each recipient rather than to one person)
 * come first and the first of them is the default; a confidential letter is never the
 * default. When the office has no merge letter yet, the "Business letter" starter is.
 * Titles read as they will print: their fields filled ("Re: your account with Harbor Lane"),
 * the per-recipient ones named in brackets, never `{{company.name}}`.
 */
import {
  type CompanyProfile,
  DOCUMENT_KIND_LABELS,
  type DocumentInput,
  formatDocumentDate,
  placeholderValues,
} from '../../../../shared/documents';
import { recipientFieldsIn } from '../../../../shared/documents/merge';
import { fillForDisplay, isRecipientPlaceholder, placeholdersIn } from '../../../../shared/documents/templates/placeholders';
import type { DocumentDraft, DocumentRecord } from '../../../../shared/domain';
import { STARTER_TEMPLATES } from '../starterTemplates';

/** What a merge needs of a stored document or a starter draft. */
export type MergeSource = Pick<
  DocumentDraft,
  'type' | 'title' | 'to' | 'from' | 'cc' | 'subject' | 'recipientAddress' | 'body' | 'richBody' | 'pageSize' | 'logoPosition' | 'signature' | 'signatureText' | 'message' | 'isTemplate' | 'tags' | 'confidential'
>;

export function documentToInput(doc: MergeSource, date: string): DocumentInput {
  return {
    type: doc.type,
    title: doc.title,
    date,
    to: doc.to,
    from: doc.from,
    cc: doc.cc,
    subject: doc.subject,
    recipientAddress: doc.recipientAddress,
    body: doc.richBody ?? doc.body ?? '',
    pageSize: doc.pageSize,
    layout: { logoPosition: doc.logoPosition, signature: doc.signature, signatureText: doc.signatureText },
    message: doc.message,
  };
}

/** Marked confidential, or tagged so (the sample office's offer letter). */
export function isConfidentialLetter(doc: Pick<MergeSource, 'confidential' | 'tags'>): boolean {
  return doc.confidential === true || (doc.tags ?? []).some((tag) => tag.trim().toLowerCase() === 'confidential');
}

/** Made for merging: it uses a recipient field and is not addressed to one named person. */
export function isMergeLetter(doc: MergeSource): boolean {
  const input = documentToInput(doc, '2000-01-01');
  const to = (input.to ?? '').trim();
  const toFitsEveryone = to === '' || placeholdersIn(to).some(isRecipientPlaceholder);
  return toFitsEveryone && recipientFieldsIn(input).length > 0;
}

export const STARTER_PREFIX = 'starter:';

export interface MergeChoice {
  /** A document id, or STARTER_PREFIX + a starter key. */
  value: string;
  label: string;
  source: MergeSource;
  /** The stored document (null for a starter, which is not stored). */
  doc: DocumentRecord | null;
  mergeReady: boolean;
  confidential: boolean;
}

/** The title as it reads in the picker: kind, then the title with its fields filled. */
export function displayTitle(doc: MergeSource, company: CompanyProfile, date: string): string {
  const values = placeholderValues({
    company,
    date: formatDocumentDate(date, company.locale),
    sender: { name: doc.from },
  });
  const name = (doc.title ?? '').trim() || (doc.subject ?? '').trim() || 'Untitled';
  return fillForDisplay(name, values);
}

/** Every letter and template a merge can use, merge letters first; the first is the default. */
export function mergeChoices(documents: readonly DocumentRecord[], company: CompanyProfile, date: string): MergeChoice[] {
  const stored = documents
    .filter((d) => d.type !== 'scan' && (d.isTemplate || d.type === 'letter'))
    .map<MergeChoice>((doc) => {
      const confidential = isConfidentialLetter(doc);
      const kind = doc.isTemplate ? 'Template' : DOCUMENT_KIND_LABELS[doc.type];
      return {
        value: doc.id,
        label: `${kind}: ${displayTitle(doc, company, date)}${confidential ? ' (confidential)' : ''}`,
        source: doc,
        doc,
        // A confidential letter is never offered as ready to merge, whatever it holds.
        mergeReady: !confidential && isMergeLetter(doc),
        confidential,
      };
    });
  const rank = (c: MergeChoice) => (c.mergeReady ? 0 : c.confidential ? 2 : 1);
  // Stable: within a rank, the register's order (newest first) stays.
  const ordered = [...stored].sort((a, b) => rank(a) - rank(b));
  const starters = STARTER_TEMPLATES.filter((t) => t.key === 'letter').map<MergeChoice>((t) => {
    const source = t.draft();
    return {
      value: `${STARTER_PREFIX}${t.key}`,
      label: `Starter: ${t.name}`,
      source,
      doc: null,
      mergeReady: true,
      confidential: false,
    };
  });
  // With no merge letter of its own the office starts from the starter, so it is offered first.
  return ordered.some((c) => c.mergeReady) ? [...ordered, ...starters] : [...starters, ...ordered];
}
