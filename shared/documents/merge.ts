/**
 * Mail merge: one template, one letter per recipient, all in ONE printable page. Each letter
 * has its own letterhead and starts on a new sheet; each is a CSS named page whose footer
 * reads "Letter N of M", so a stack that comes out of the printer can be checked and split.
 *
 * Placeholders are filled from each recipient on the template's text only (see
 * placeholders.ts), and the result goes through the same templates and escaping as any
 * single document.
 */
import { renderLetterhead, renderPage } from './templates/layout';
import { escapeCssString } from './templates/escape';
import { formatDocumentDate } from './templates/format';
import { bodyToPlainText } from './templates/body';
import {
  PLACEHOLDER_NAMES,
  type PlaceholderKey,
  type PlaceholderSources,
  type Recipient,
  fillDocumentPlaceholders,
  isRecipientPlaceholder,
  placeholderToken,
  placeholderValues,
  placeholdersIn,
} from './templates/placeholders';
import type { Block, CompanyProfile, DocumentInput, StructuredBody } from './types';

export interface MergeLetter {
  recipient: Recipient;
  /** The template with this recipient's placeholders filled and the recipient block set. */
  doc: DocumentInput;
}

/** One filled copy of `template` per recipient, in the given order. */
export function mergeLetters(
  template: DocumentInput,
  recipients: readonly Recipient[],
  company: CompanyProfile,
  sender?: PlaceholderSources['sender'],
): MergeLetter[] {
  const date = formatDocumentDate(template.date, company.locale);
  return recipients.map((recipient) => {
    const values = placeholderValues({ company, date, sender, recipient });
    const filled = fillDocumentPlaceholders(template, values);
    // A letter with no recipient block of its own gets the recipient's name and address.
    const to = (template.to ?? '').trim() ? filled.to : recipient.name;
    const recipientAddress = (template.recipientAddress ?? '').trim()
      ? filled.recipientAddress
      : (recipient.address ?? '');
    return { recipient, doc: { ...filled, to, recipientAddress } };
  });
}

export function composeMergedHtml(
  letters: readonly MergeLetter[],
  company: CompanyProfile,
  title: string,
  renderContent: (doc: DocumentInput, company: CompanyProfile) => string,
): string {
  const first = letters[0]?.doc;
  const total = letters.length;
  const footer = (company.name ?? '').trim();
  const pageRules = letters
    .map((_, index) => {
      const n = index + 1;
      const label = total > 1 ? `Letter ${n} of ${total}` : '';
      return `@page merge-${n} {
  ${footer ? `@bottom-left { content: ${escapeCssString(footer)}; font: 8pt sans-serif; color: #6b6b6b; vertical-align: top; padding-top: 5mm; }` : ''}
  ${label ? `@bottom-right { content: ${escapeCssString(label)}; font: 8pt sans-serif; color: #6b6b6b; vertical-align: top; padding-top: 5mm; }` : ''}
}
.merge-${n} { page: merge-${n}; }`;
    })
    .join('\n');
  const content = letters
    .map(
      ({ doc }, index) =>
        `<section class="merge-letter merge-${index + 1}">${renderLetterhead(company, doc.layout?.logoPosition ?? 'left')}${renderContent(doc, company)}</section>`,
    )
    .join('\n');
  return renderPage({
    title,
    pageSize: first?.pageSize === 'Letter' ? 'Letter' : 'A4',
    company,
    content,
    ownLetterheads: true,
    extraStyles: pageRules,
  });
}

/** What a merge would get wrong, found before anything prints (issue 16.6). */
export interface MergeCheck {
  /** The one name every letter is addressed to ("Olivia Bennett") when To holds no field. */
  fixedAddressee: string | null;
  /** No recipient field anywhere: every letter would read the same. */
  noRecipientField: boolean;
  /** Fields the letter uses that some of the recipients lack, with who lacks each. */
  missing: { key: PlaceholderKey; name: string; recipients: Recipient[] }[];
}

function textsOf(doc: DocumentInput): string[] {
  return [doc.to, doc.recipientAddress, doc.cc, doc.subject, doc.from, bodyToPlainText(doc.body), doc.layout?.signatureText]
    .map((value) => value ?? '')
    .filter((value) => value !== '');
}

/** The recipient fields a letter uses, in order of first use. */
export function recipientFieldsIn(doc: DocumentInput): PlaceholderKey[] {
  const keys = new Set<PlaceholderKey>();
  for (const text of textsOf(doc)) for (const key of placeholdersIn(text)) if (isRecipientPlaceholder(key)) keys.add(key);
  return [...keys];
}

const blank = (value: unknown) => value === null || value === undefined || String(value).trim() === '';

/**
 * Checks a letter against the recipients it is about to go to: a letter addressed to one
 * person, a letter with no recipient field at all, and, per field it uses (the name and
 * address block a letter without its own gets included), the recipients that have no value
 * for it.
 */
export function checkMerge(template: DocumentInput, recipients: readonly Recipient[]): MergeCheck {
  const used = recipientFieldsIn(template);
  const to = (template.to ?? '').trim();
  const toHasField = placeholdersIn(to).some(isRecipientPlaceholder);
  const keys = new Set(used);
  if (!to) keys.add('recipient.name');
  if (!(template.recipientAddress ?? '').trim()) keys.add('recipient.address');
  const missing: MergeCheck['missing'] = [];
  for (const key of keys) {
    const lacking = recipients.filter((recipient) => blank(placeholderValues({ company: {}, recipient })[key]));
    if (lacking.length > 0) missing.push({ key, name: PLACEHOLDER_NAMES[key], recipients: lacking });
  }
  return {
    fixedAddressee: to && !toHasField ? to.split('\n')[0]!.trim() : null,
    noRecipientField: used.length === 0,
    missing,
  };
}

/** True when the check found anything to say. */
export function hasMergeProblems(check: MergeCheck): boolean {
  return check.fixedAddressee !== null || check.noRecipientField || check.missing.length > 0;
}

// "Dear Olivia," / "Hello team:" — a greeting line whose name is the one to replace.
const GREETING = /^(\s*(?:Dear|Hello|Hi)\s+)(.+?)(\s*[,:!]?\s*)$/i;

function personaliseGreetingText(text: string): string | null {
  const match = GREETING.exec(text);
  if (!match || match[2]!.includes('{{')) return null;
  return `${match[1]}${placeholderToken('recipient.greeting')}${match[3]}`;
}

function personaliseBody(body: string | StructuredBody): { body: string | StructuredBody; greeting: boolean } {
  if (typeof body === 'string') {
    const lines = body.split('\n');
    const index = lines.findIndex((line) => line.trim() !== '');
    const replaced = index >= 0 ? personaliseGreetingText(lines[index]!) : null;
    if (replaced === null) return { body, greeting: false };
    lines[index] = replaced;
    return { body: lines.join('\n'), greeting: true };
  }
  const blocks = body?.blocks ?? [];
  const index = blocks.findIndex((block) => block.kind === 'paragraph' && block.runs.some((run) => run.text.trim() !== ''));
  const first = blocks[index];
  if (!first || first.kind !== 'paragraph') return { body, greeting: false };
  const replaced = personaliseGreetingText(first.runs.map((run) => run.text).join(''));
  if (replaced === null) return { body, greeting: false };
  const block: Block = { kind: 'paragraph', runs: [{ ...first.runs[0], text: replaced }] };
  return { body: { blocks: blocks.map((b, i) => (i === index ? block : b)) }, greeting: true };
}

/**
 * The one-click fix for a letter addressed to one person or to nobody in particular: each
 * letter goes to its recipient by name and address, and a greeting line ("Dear Olivia,")
 * greets the recipient instead ("Dear {{recipient.greeting}},"). The template is not changed.
 */
export function addressToEachRecipient(template: DocumentInput): { doc: DocumentInput; greeting: boolean } {
  const { body, greeting } = personaliseBody(template.body);
  return {
    doc: {
      ...template,
      to: placeholderToken('recipient.name'),
      recipientAddress: placeholderToken('recipient.address'),
      body,
    },
    greeting,
  };
}

/** "Letter 1 of 2 · page 1 of 2" (a single letter: "Page 1 of 2"), on screen and on paper. */
export function mergePageLabel(letter: number, letters: number, page: number, pages: number): string {
  return letters > 1 ? `Letter ${letter} of ${letters} · page ${page} of ${pages}` : `Page ${page} of ${pages}`;
}

export interface MergeSheet {
  /** 1-based. */
  letter: number;
  /** 1-based, within the letter. */
  page: number;
  /** Pages of this letter. */
  pages: number;
}

/**
 * Named pages, one per sheet the preview laid out, each with its own footer: the class
 * `merge-sheet-K` put on what the preview shows on sheet K prints it on a sheet of its own
 * reading "Letter N of M · page P of Q". Built from numbers and escaped text only.
 */
export function mergeSheetRules(sheets: readonly MergeSheet[], letters: number, company: CompanyProfile): string {
  const footer = (company.name ?? '').trim();
  return sheets
    .map((sheet, index) => {
      const name = `merge-sheet-${index + 1}`;
      const label = mergePageLabel(sheet.letter, letters, sheet.page, sheet.pages);
      return `@page ${name} {
  ${footer ? `@bottom-left { content: ${escapeCssString(footer)}; font: 8pt sans-serif; color: #6b6b6b; vertical-align: top; padding-top: 5mm; }` : ''}
  @bottom-right { content: ${escapeCssString(label)}; font: 8pt sans-serif; color: #6b6b6b; vertical-align: top; padding-top: 5mm; }
}
.${name} { page: ${name}; }`;
    })
    .join('\n');
}
