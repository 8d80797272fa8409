/**
 * The printed request for quotation (issue 17.3): one per vendor, on the office's letterhead
 * like the purchase order form. The RFQ's number, date and reply-by date; the vendor asked;
 * where the goods would go; the lines with quantity, unit and SKU and blank columns for the
 * vendor's unit price, pack size and line total; the questions every quote must answer (lead
 * time, validity, delivery cost); notes; a signature line for the vendor. Every value from a
 * record goes through escapeHtml.
 */
import type { CompanyProfile, PageSize } from '../types';
import { bdi, escapeHtml, escapeMultiline } from './escape';
import { formatDocumentDate } from './format';
import { renderPage } from './layout';

export interface RfqPrintLine {
  description: string;
  quantity: number;
  unit?: string | null | undefined;
  sku?: string | null | undefined;
}

export interface RfqPrintVendor {
  name: string;
  contactName?: string | null | undefined;
  address?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  accountNumber?: string | null | undefined;
}

export interface RfqPrintInput {
  number: string;
  title: string;
  /** The day it goes out. */
  date: string;
  replyBy?: string | null | undefined;
  vendor: RfqPrintVendor;
  lines: readonly RfqPrintLine[];
  notes?: string | null | undefined;
  /** Where to send the quote (the office's email), printed under "Reply to". */
  replyTo?: string | null | undefined;
  /** The person asking, printed on the signature line. */
  contactName?: string | null | undefined;
  pageSize?: PageSize;
}

const SANS = '"Segoe UI", Helvetica, Arial, "Liberation Sans", sans-serif';

const STYLES = `
.rfq-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 10mm; margin-bottom: 4mm; }
.rfq-title { font-family: ${SANS}; font-size: 20pt; font-weight: 700; letter-spacing: 0.05em; margin: 0 0 2mm; color: #111; }
.rfq-subject { font-size: 11pt; margin: 0; }
.rfq-meta { border-collapse: collapse; font-family: ${SANS}; font-size: 10pt; }
.rfq-meta th { text-align: left; font-weight: 600; color: #444; padding: 0.8mm 5mm 0.8mm 0; white-space: nowrap; vertical-align: top; }
.rfq-meta td { padding: 0.8mm 0; vertical-align: top; }
.rfq-number { font-size: 12pt; font-weight: 700; }
.rfq-reply { font-weight: 700; }
.rfq-parties { display: flex; gap: 8mm; margin-bottom: 4mm; }
.rfq-party { flex: 1; border: 0.75pt solid #b5b5b5; border-radius: 1.5mm; padding: 3mm 4mm; font-size: 10pt; line-height: 1.4; break-inside: avoid; }
.rfq-party h2, .rfq-section h2 { font-family: ${SANS}; font-size: 8pt; letter-spacing: 0.08em; text-transform: uppercase; color: #555; margin: 0 0 1.5mm; }
.rfq-party .rfq-party-name { font-weight: 700; }
.rfq-muted { color: #555; }
.rfq-intro { font-size: 10pt; margin: 0 0 3mm; }
.rfq-lines { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin-bottom: 5mm; table-layout: fixed; }
.rfq-lines thead { display: table-header-group; }
.rfq-lines tr { break-inside: avoid; page-break-inside: avoid; }
.rfq-lines th { font-family: ${SANS}; font-weight: 600; text-align: left; background: #f0f0f0; border-bottom: 1pt solid #1a1a1a; padding: 1.6mm 2mm; }
.rfq-lines td { border-bottom: 0.5pt solid #c8c8c8; padding: 1.6mm 2mm; vertical-align: top; overflow-wrap: anywhere; }
.rfq-lines .n { width: 8mm; color: #555; }
.rfq-lines .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; width: 14mm; }
.rfq-lines .unit { width: 14mm; }
.rfq-lines .sku { width: 24mm; }
.rfq-lines td.sku { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 8.5pt; }
.rfq-lines .fill { width: 24mm; border-left: 0.5pt dotted #999; }
.rfq-lines .pack { width: 19mm; border-left: 0.5pt dotted #999; }
.rfq-section { margin-top: 3.5mm; font-size: 10pt; break-inside: avoid; }
.rfq-answers { width: 100%; border-collapse: collapse; font-size: 10pt; }
.rfq-answers th { text-align: left; font-weight: 400; width: 60mm; padding: 1.4mm 4mm 0.6mm 0; }
.rfq-answers td { border-bottom: 0.75pt solid #444; }
.rfq-sign { display: flex; gap: 12mm; margin-top: 7mm; break-inside: avoid; font-size: 9pt; color: #444; }
.rfq-sign div { flex: 1; border-top: 0.75pt solid #1a1a1a; padding-top: 1.5mm; }
.rfq-empty { color: #555; font-style: italic; }
`;

function quantity(n: number, locale: string | null | undefined): string {
  try {
    return new Intl.NumberFormat(locale || 'en-US').format(n);
  } catch {
    return String(n);
  }
}

function metaRow(label: string, value: string | null | undefined, className = ''): string {
  const v = (value ?? '').trim();
  return v ? `<tr><th scope="row">${escapeHtml(label)}</th><td${className ? ` class="${className}"` : ''}>${escapeHtml(v)}</td></tr>` : '';
}

export function renderRfqHtml(rfq: RfqPrintInput, company: CompanyProfile): string {
  const locale = company.locale;
  const vendor = rfq.vendor;
  const contact = [vendor.phone, vendor.email].map((s) => (s ?? '').trim()).filter(Boolean);
  const deliverTo = [company.name, company.address].map((s) => (s ?? '').trim()).filter(Boolean).join('\n');
  const replyTo = (rfq.replyTo ?? '').trim();
  const rows = rfq.lines.length
    ? rfq.lines
        .map(
          (l, i) =>
            `<tr><td class="n">${i + 1}</td><td class="num">${escapeHtml(quantity(l.quantity, locale))}</td><td class="unit">${escapeHtml(l.unit ?? '')}</td><td class="sku">${escapeHtml(l.sku ?? '')}</td><td>${bdi(l.description)}</td><td class="fill"></td><td class="pack"></td><td class="fill"></td></tr>`,
        )
        .join('')
    : '<tr><td colspan="8" class="rfq-empty">No lines on this request.</td></tr>';
  const replyBy = rfq.replyBy ? formatDocumentDate(rfq.replyBy, locale) : '';
  const content = [
    '<main class="doc doc-rfq">',
    '<div class="rfq-head">',
    `<div><h1 class="rfq-title">REQUEST FOR QUOTATION</h1><p class="rfq-subject">${bdi(rfq.title)}</p></div>`,
    '<table class="rfq-meta"><tbody>',
    metaRow('RFQ number', rfq.number, 'rfq-number'),
    metaRow('Date', formatDocumentDate(rfq.date, locale)),
    metaRow('Reply by', replyBy, 'rfq-reply'),
    metaRow('Our account', vendor.accountNumber),
    '</tbody></table>',
    '</div>',
    '<div class="rfq-parties">',
    '<section class="rfq-party"><h2>To</h2>',
    `<div class="rfq-party-name">${bdi(vendor.name)}</div>`,
    (vendor.contactName ?? '').trim() ? `<div>Attn: ${escapeHtml(vendor.contactName!.trim())}</div>` : '',
    (vendor.address ?? '').trim() ? `<div>${escapeMultiline(vendor.address!.trim())}</div>` : '',
    contact.length ? `<div class="rfq-muted">${contact.map(escapeHtml).join(' · ')}</div>` : '',
    '</section>',
    '<section class="rfq-party"><h2>Deliver to</h2>',
    deliverTo ? `<div>${escapeMultiline(deliverTo)}</div>` : '<div class="rfq-empty">Address to follow</div>',
    replyTo ? `<div class="rfq-muted">Send your quote to: ${escapeHtml(replyTo)}</div>` : '',
    '</section>',
    '</div>',
    `<p class="rfq-intro">Please quote your best price for the items below${replyBy ? ` by <strong>${escapeHtml(replyBy)}</strong>` : ''}, quoting ${escapeHtml(rfq.number)}. If you sell an item only in packs, give the pack size and the price per unit. This is a request for prices, not an order.</p>`,
    '<table class="rfq-lines">',
    '<thead><tr><th scope="col" class="n">#</th><th scope="col" class="num">Qty</th><th scope="col" class="unit">Unit</th><th scope="col" class="sku">SKU</th><th scope="col">Description</th><th scope="col" class="fill">Unit price</th><th scope="col" class="pack">Pack size</th><th scope="col" class="fill">Line total</th></tr></thead>',
    `<tbody>${rows}</tbody>`,
    '</table>',
    '<section class="rfq-section"><h2>Your quote</h2>',
    '<table class="rfq-answers"><tbody>',
    '<tr><th scope="row">Delivery (lead time, days from order)</th><td></td></tr>',
    '<tr><th scope="row">Prices valid until</th><td></td></tr>',
    '<tr><th scope="row">Delivery charge</th><td></td></tr>',
    '<tr><th scope="row">Payment terms</th><td></td></tr>',
    '</tbody></table>',
    '</section>',
    (rfq.notes ?? '').trim() ? `<section class="rfq-section"><h2>Notes</h2><div>${escapeMultiline(rfq.notes!.trim())}</div></section>` : '',
    '<div class="rfq-sign">',
    `<div>Requested by${(rfq.contactName ?? '').trim() ? `: ${escapeHtml(rfq.contactName!.trim())}` : ''}</div>`,
    '<div>Quoted by (vendor)</div>',
    '<div>Date</div>',
    '</div>',
    '</main>',
  ].join('\n');
  return renderPage({
    title: `Request for quotation: ${rfq.number} ${rfq.title}`.trim(),
    pageSize: rfq.pageSize ?? 'A4',
    company,
    headerLabel: [(company.name ?? '').trim(), `Request for quotation ${rfq.number}`].filter(Boolean).join(' · '),
    extraStyles: STYLES,
    content,
  });
}

/** 'RFQ-0001 - Northeast Office Supply': a file-name-safe title for the print window and PDF. */
export function renderRfqTitle(number: string, vendorName: string): string {
  const raw = `Request for quotation ${number} - ${vendorName}`;
  const safe = raw
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/[\\/]/g, '-')
    .replace(/[:*?"<>|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(safe).slice(0, 120).join('').replace(/[.\s]+$/, '') || 'Request for quotation';
}
