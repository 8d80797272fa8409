/**
 * The documents contract's input types (DESIGN.md §3): what a template needs to know about a
 * document and the company printing it. Kept independent of the stored record so anything
 * shaped like a document — a saved record, an unsaved draft, a sample — can be rendered.
 */
import { z } from 'zod';

export type DocumentKind = 'memo' | 'letter' | 'fax' | 'minutes' | 'message' | 'report' | 'scan' | 'purchaseOrder';

export type PageSize = 'A4' | 'Letter';

/** One span of text with the same formatting. `text` may contain '\n' for a line break. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Only http:, https: and mailto: links are kept (see safeLinkHref); others print as text. */
  href?: string;
}

/** A table cell, list item or paragraph is a sequence of runs. */
export type Inline = TextRun[];

export type Block =
  | { kind: 'paragraph'; runs: Inline }
  /** Level 1–3 inside the body; the document's own title sits above them. */
  | { kind: 'heading'; level: 1 | 2 | 3; runs: Inline }
  | { kind: 'bulletList'; items: Inline[] }
  | { kind: 'orderedList'; start?: number; items: Inline[] }
  | { kind: 'table'; header?: Inline[]; rows: Inline[][] };

/** What the (future) rich editor produces; a plain string body is parsed into the same tree. */
export interface StructuredBody {
  blocks: Block[];
}

export type LogoPosition = 'left' | 'center' | 'right';

/** Layout choices a user makes on a copied template or a single document. */
export interface DocumentLayout {
  logoPosition?: LogoPosition | null;
  /** Print the closing and signature block (letters, memos). */
  signature?: boolean | null;
  /** The closing and name under it, e.g. 'Yours sincerely,\n\nJane Doe'. */
  signatureText?: string | null;
}

/** The "while you were out" slip's own fields. */
export interface MessageSlip {
  time?: string | null;
  company?: string | null;
  phone?: string | null;
  /** A fax's page count as written on the cover sheet. */
  pages?: string | null;
  /** Ticked boxes, from MESSAGE_FLAGS. */
  flags?: readonly string[] | null;
}

/** One line of a printed purchase order. */
export interface PurchaseOrderPrintLine {
  quantity: number;
  unit?: string | null;
  sku?: string | null;
  description: string;
  unitCostCents: number;
}

/**
 * What the purchase-order template (templates/orderForm.ts) prints. It lives here, with the other
 * inputs, so the templates depend on the types and never the other way round.
 */
export interface PurchaseOrderPrint {
  number: string;
  /** YYYY-MM-DD; the document's `date` is used when absent. */
  orderDate?: string | null;
  expectedDate?: string | null;
  vendor: {
    name: string;
    contactName?: string | null;
    address?: string | null;
    accountNumber?: string | null;
    email?: string | null;
    phone?: string | null;
  };
  /** Blank means the company's own address. */
  deliveryAddress?: string | null;
  paymentTerms?: string | null;
  lines: PurchaseOrderPrintLine[];
  shippingCents?: number | null;
  taxCents?: number | null;
  notes?: string | null;
  /** Printed under the signature line. */
  authorisedBy?: string | null;
  /** A draft prints with a DRAFT watermark: it is not an order yet (issue 16.5). */
  draft?: boolean;
}

export interface DocumentInput {
  type: DocumentKind;
  /** YYYY-MM-DD */
  date: string;
  title?: string | null;
  to?: string | null;
  from?: string | null;
  cc?: string | null;
  subject?: string | null;
  body: string | StructuredBody;
  pageSize?: PageSize | null;
  /** A letter's inside address (name is `to`). */
  recipientAddress?: string | null;
  layout?: DocumentLayout | null;
  message?: MessageSlip | null;
  /** For type 'purchaseOrder': the order to print (the body is not used). */
  purchaseOrder?: PurchaseOrderPrint | null;
}

export interface CompanyProfile {
  name: string;
  /** Free text; line breaks are kept. */
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  /** Printed without its scheme ('www.example.com'). */
  website?: string | null;
  /** Only inline data:image/(png|jpeg|svg+xml|gif|webp) URLs are used; anything else is left out. */
  logoDataUrl?: string | null;
  /** BCP 47 tag, e.g. 'en-GB'; used for dates and the page's lang. */
  locale?: string | null;
  currency?: string | null;
  /** The office's country and chosen paper: printouts take their paper from them (shared/lib/paper officePaper). */
  country?: string | null;
  paperSize?: PageSize | null;
}

// The editor's output crosses storage and possibly IPC, so it gets a schema like every other
// boundary (DESIGN.md §2); the renderer itself stays tolerant of anything that slips through.
/**
 * Bounds of a structured body (issue 15.9): as much text as a plain body (200,000
 * characters), in at most 20,000 blocks, 5,000 list items or runs per block, 2,000 table rows
 * of at most 50 cells. The tree is flat (blocks of runs), so its depth is bounded by its shape.
 */
export const STRUCTURED_BODY_LIMITS = { text: 200_000, blocks: 20_000, runs: 5_000, items: 5_000, rows: 2_000, cells: 50 } as const;
const L = STRUCTURED_BODY_LIMITS;

const textRunSchema = z.object({
  text: z.string().max(L.text, `The body is longer than ${L.text.toLocaleString('en-US')} characters`),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  href: z.string().max(2000, 'A link is longer than 2,000 characters').optional(),
});
const inlineSchema = z.array(textRunSchema).max(L.runs, 'A paragraph has too many pieces of formatting');
const itemsSchema = z.array(inlineSchema).max(L.items, `A list has more than ${L.items.toLocaleString('en-US')} items`);
const rowSchema = z.array(inlineSchema).max(L.cells, `A table row has more than ${L.cells} cells`);

export const blockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), runs: inlineSchema }),
  z.object({
    kind: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    runs: inlineSchema,
  }),
  z.object({ kind: z.literal('bulletList'), items: itemsSchema }),
  z.object({
    kind: z.literal('orderedList'),
    start: z.number().int().min(0).optional(),
    items: itemsSchema,
  }),
  z.object({
    kind: z.literal('table'),
    header: rowSchema.optional(),
    rows: z.array(rowSchema).max(L.rows, `A table has more than ${L.rows.toLocaleString('en-US')} rows`),
  }),
]);

/** Characters of text in a structured body (runs of every block). */
export function structuredBodyLength(body: StructuredBody): number {
  let n = 0;
  const add = (runs: Inline) => {
    for (const r of runs) n += r.text.length;
  };
  for (const b of body.blocks) {
    if (b.kind === 'paragraph' || b.kind === 'heading') add(b.runs);
    else if (b.kind === 'table') {
      for (const c of b.header ?? []) add(c);
      for (const row of b.rows) for (const c of row) add(c);
    } else for (const item of b.items) add(item);
  }
  return n;
}

export const structuredBodySchema = z
  .object({ blocks: z.array(blockSchema).max(L.blocks, `The body has more than ${L.blocks.toLocaleString('en-US')} paragraphs`) })
  .refine((b) => structuredBodyLength(b as StructuredBody) <= L.text, {
    error: `The body is longer than ${L.text.toLocaleString('en-US')} characters`,
  });
