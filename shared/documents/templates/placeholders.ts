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
  'recipient.greeting': 'Who "Dear …" greets: the contact person, else the recipient',
  'recipient.address': "The recipient's address",
  'recipient.email': "The recipient's email",
  'recipient.phone': "The recipient's phone",
  // The fields of one kind of record (issue 16.6): filled only for recipients of that kind.
  'vendor.accountNumber': 'Our account number with the vendor',
  'vendor.paymentTerms': "The vendor's payment terms",
  'vendor.openOrders': 'Our open purchase orders with the vendor',
  'employee.title': "The employee's job title",
  'employee.department': "The employee's department",
  'employee.startDate': "The employee's start date",
  'candidate.stage': "The candidate's stage",
  'candidate.appliedDate': 'The day the candidate applied',
} as const;

export type PlaceholderKey = keyof typeof PLACEHOLDERS;

/** Short names for menus, warnings and titles ("Insert field ▸ Recipient name"). */
export const PLACEHOLDER_NAMES: Record<PlaceholderKey, string> = {
  'company.name': 'Company name',
  'company.address': 'Company address',
  'company.phone': 'Company phone',
  'company.email': 'Company email',
  date: 'Letter date',
  'sender.name': 'Sender name',
  'sender.title': 'Sender job title',
  'recipient.name': 'Recipient name',
  'recipient.contact': 'Contact person',
  'recipient.greeting': 'Greeting name',
  'recipient.address': 'Address',
  'recipient.email': 'Email',
  'recipient.phone': 'Phone',
  'vendor.accountNumber': 'Account number',
  'vendor.paymentTerms': 'Payment terms',
  'vendor.openOrders': 'Open orders',
  'employee.title': 'Job title',
  'employee.department': 'Department',
  'employee.startDate': 'Start date',
  'candidate.stage': 'Stage',
  'candidate.appliedDate': 'Applied on',
};

/** The kinds of record a merge can go to, each with its own fields. */
export type RecipientKind = 'vendor' | 'employee' | 'candidate';

/** The fields every recipient has (the merge fields proper). */
export const RECIPIENT_PLACEHOLDERS = [
  'recipient.name',
  'recipient.contact',
  'recipient.greeting',
  'recipient.address',
  'recipient.email',
  'recipient.phone',
] as const satisfies readonly PlaceholderKey[];

/** The fields of each kind of record. */
export const RECORD_PLACEHOLDERS = {
  vendor: ['vendor.accountNumber', 'vendor.paymentTerms', 'vendor.openOrders'],
  employee: ['employee.title', 'employee.department', 'employee.startDate'],
  candidate: ['candidate.stage', 'candidate.appliedDate'],
} as const satisfies Record<RecipientKind, readonly PlaceholderKey[]>;

export type RecordPlaceholderKey = (typeof RECORD_PLACEHOLDERS)[RecipientKind][number];

/** The editor's "Insert field" menu, group by group. */
export const PLACEHOLDER_GROUPS: readonly { label: string; keys: readonly PlaceholderKey[] }[] = [
  { label: 'Recipient', keys: RECIPIENT_PLACEHOLDERS },
  { label: 'Vendor', keys: RECORD_PLACEHOLDERS.vendor },
  { label: 'Employee', keys: RECORD_PLACEHOLDERS.employee },
  { label: 'Candidate', keys: RECORD_PLACEHOLDERS.candidate },
  { label: 'Your company', keys: ['company.name', 'company.address', 'company.phone', 'company.email'] },
  { label: 'Letter', keys: ['date', 'sender.name', 'sender.title'] },
];

/** The fields that change from one recipient to the next. */
export function isRecipientPlaceholder(key: PlaceholderKey): boolean {
  return key.startsWith('recipient.') || key.startsWith('vendor.') || key.startsWith('employee.') || key.startsWith('candidate.');
}

/** `{{key}}`, as typed into a letter. */
export function placeholderToken(key: PlaceholderKey): string {
  return `{{${key}}}`;
}
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
  /** Who "Dear …" greets; the contact, else the name, when left out. */
  greeting?: string | null;
  address?: string | null;
  email?: string | null;
  phone?: string | null;
  /** The fields of its kind of record, already formatted for print. */
  fields?: Partial<Record<RecordPlaceholderKey, string | null>>;
}

/** Who a letter greets: the given greeting, else the contact person, else the name. */
export function greetingName(recipient: Recipient): string {
  for (const value of [recipient.greeting, recipient.contact, recipient.name]) {
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return '';
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
    'recipient.greeting': recipient ? greetingName(recipient) : undefined,
    'recipient.address': recipient?.address,
    'recipient.email': recipient?.email,
    'recipient.phone': recipient?.phone,
    ...(recipient?.fields ?? {}),
  };
}

/**
 * A template's text as a reader should see it outside a merge (the letter picker, issue
 * 16.6): the fields that have a value filled (company name from Settings, the date), the ones
 * that change per recipient shown by name in brackets, "[Recipient name]", never as
 * `{{recipient.name}}`.
 */
export function fillForDisplay(text: string, values: PlaceholderValues): string {
  if (typeof text !== 'string' || !text.includes('{{')) return text ?? '';
  return text.replace(PLACEHOLDER, (whole, key: string) => {
    if (!isKnown(key)) return whole;
    const value = values[key];
    if (value !== null && value !== undefined && String(value).trim() !== '') return String(value);
    return `[${PLACEHOLDER_NAMES[key]}]`;
  });
}
