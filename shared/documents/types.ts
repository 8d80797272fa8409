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
}

// The editor's output crosses storage and possibly IPC, so it gets a schema like every other
// boundary (DESIGN.md §2); the renderer itself stays tolerant of anything that slips through.
const textRunSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  href: z.string().max(2000).optional(),
});
const inlineSchema = z.array(textRunSchema);

export const blockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), runs: inlineSchema }),
  z.object({
    kind: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    runs: inlineSchema,
  }),
  z.object({ kind: z.literal('bulletList'), items: z.array(inlineSchema) }),
  z.object({
    kind: z.literal('orderedList'),
    start: z.number().int().min(0).optional(),
    items: z.array(inlineSchema),
  }),
  z.object({
    kind: z.literal('table'),
    header: z.array(inlineSchema).optional(),
    rows: z.array(z.array(inlineSchema)),
  }),
]);

export const structuredBodySchema = z.object({ blocks: z.array(blockSchema) });
