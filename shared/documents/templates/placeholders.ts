/**
 * Placeholders such as {{company.name}} or {{recipient.address}} in a template's wording,
 * filled from records (a vendor, an employee, a candidate) by plain text substitution.
 *
 * One pass over the TEMPLATE text only: `String.replace` with a function never looks at what
 * it inserted, so a vendor called "{{company.name}}" stays exactly that. Values are text —
 * nothing is evaluated, and escaping happens later, when the page is rendered.
 */
import type { Block, DocumentInput, Inline, StructuredBody } from '../types';

/** The placeholders a template may use, with what a user reads about each. */
export const PLACEHOLDERS = {
  'company.name': 'Your company name',
  'company.address': 'Your company address',
  'company.phone': 'Your company phone',
  'company.email': 'Your company email',
  date: 'The document date',
  'sender.name': 'Who signs it',
  'sender.title': "The signer's job title",
  'recipient.name': "The recipient's name",
  'recipient.contact': 'The contact person at the recipient',
  'recipient.address': "The recipient's address",
  'recipient.email': "The recipient's email",
  'recipient.phone': "The recipient's phone",
} as const;

export type PlaceholderKey = keyof typeof PLACEHOLDERS;
export type PlaceholderValues = Partial<Record<PlaceholderKey, string | null | undefined>>;

const PLACEHOLDER = /\{\{\s*([a-zA-Z]+(?:\.[a-zA-Z]+)?)\s*\}\}/g;

function isKnown(key: string): key is PlaceholderKey {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, key);
}

/**
 * `template` with every known placeholder replaced by its value ('' when the value is
 * missing). Unknown placeholders stay as typed so a typo shows on the proof.
 */
export function fillPlaceholders(template: string, values: PlaceholderValues): string {
  if (typeof template !== 'string' || !template.includes('{{')) return template ?? '';
  return template.replace(PLACEHOLDER, (whole, key: string) => {
    if (!isKnown(key)) return whole;
    const value = values[key];
    return value === null || value === undefined ? '' : String(value);
  });
}

/** The placeholders a text uses, known ones only, in order of first use. */
export function placeholdersIn(template: string): PlaceholderKey[] {
  const found = new Set<PlaceholderKey>();
  for (const match of template.matchAll(PLACEHOLDER)) if (isKnown(match[1]!)) found.add(match[1]!);
  return [...found];
}

function fillInline(runs: Inline, values: PlaceholderValues): Inline {
  return runs.map((run) => ({ ...run, text: fillPlaceholders(run.text, values) }));
}

function fillBlock(block: Block, values: PlaceholderValues): Block {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return { ...block, runs: fillInline(block.runs, values) };
    case 'bulletList':
    case 'orderedList':
      return { ...block, items: block.items.map((item) => fillInline(item, values)) };
    case 'table':
      return {
        ...block,
        ...(block.header ? { header: block.header.map((cell) => fillInline(cell, values)) } : {}),
        rows: block.rows.map((row) => row.map((cell) => fillInline(cell, values))),
      };
    default:
      return block;
  }
}

export function fillBodyPlaceholders(
  body: string | StructuredBody,
  values: PlaceholderValues,
): string | StructuredBody {
  if (typeof body === 'string') return fillPlaceholders(body, values);
  return { blocks: (body?.blocks ?? []).map((block) => fillBlock(block, values)) };
}

/** Every text field of a document with its placeholders filled; the template is left as is. */
export function fillDocumentPlaceholders(doc: DocumentInput, values: PlaceholderValues): DocumentInput {
  const text = (value: string | null | undefined) =>
    value === null || value === undefined ? value : fillPlaceholders(value, values);
  return {
    ...doc,
    title: text(doc.title),
    to: text(doc.to),
    from: text(doc.from),
    cc: text(doc.cc),
    subject: text(doc.subject),
    recipientAddress: text(doc.recipientAddress),
    body: fillBodyPlaceholders(doc.body, values),
    layout: doc.layout ? { ...doc.layout, signatureText: text(doc.layout.signatureText) } : doc.layout,
  };
}

/** A recipient as any record can describe it: a vendor, an employee, a candidate. */
export interface Recipient {
  name: string;
  contact?: string | null;
  address?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface PlaceholderSources {
  company: { name?: string | null; address?: string | null; phone?: string | null; email?: string | null };
  /** Already formatted for print. */
  date?: string | null;
  sender?: { name?: string | null; title?: string | null } | null;
  recipient?: Recipient | null;
}

export function placeholderValues({ company, date, sender, recipient }: PlaceholderSources): PlaceholderValues {
  return {
    'company.name': company.name,
    'company.address': company.address,
    'company.phone': company.phone,
    'company.email': company.email,
    date,
    'sender.name': sender?.name,
    'sender.title': sender?.title,
    'recipient.name': recipient?.name,
    'recipient.contact': recipient?.contact,
    'recipient.address': recipient?.address,
    'recipient.email': recipient?.email,
    'recipient.phone': recipient?.phone,
  };
}
