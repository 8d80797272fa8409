/**
 * The printed purchase order: what the vendor receives. Letterhead (from the page shell),
 * the vendor block and the order's number and dates side by side, where to deliver, the
 * lines with a header that repeats on every page, totals, notes and a signature line.
 * Every value from a record goes through escapeHtml; money is formatted in the company's
 * currency and locale.
 */
import { formatMoney, isCurrencyCode } from '../../lib/money';
import type { CompanyProfile, DocumentInput } from '../types';
import { bdi, escapeHtml, escapeMultiline } from './escape';
import { formatDocumentDate } from './format';

function money(cents: number, company: CompanyProfile): string {
  const currency = company.currency && isCurrencyCode(company.currency) ? company.currency : 'USD';
  let locale = company.locale || 'en-US';
  try {
    new Intl.NumberFormat(locale);
  } catch {
    locale = 'en-US';
  }
  return formatMoney(Number.isSafeInteger(cents) ? cents : 0, currency, locale);
}

function quantity(n: number, company: CompanyProfile): string {
  try {
    return new Intl.NumberFormat(company.locale || 'en-US').format(n);
  } catch {
    return String(n);
  }
}

function row(label: string, value: string | null | undefined, multiline = false): string {
  const v = (value ?? '').trim();
  if (!v) return '';
  return `<tr><th scope="row">${escapeHtml(label)}</th><td>${multiline ? escapeMultiline(v) : escapeHtml(v)}</td></tr>`;
}

const ORDER_FORM_STYLES = `
.po-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 10mm; margin-bottom: 7mm; }
.po-title { font-family: "Segoe UI", Helvetica, Arial, "Liberation Sans", sans-serif; font-size: 22pt; font-weight: 700; letter-spacing: 0.06em; margin: 0 0 2mm; color: #111; }
.po-meta { border-collapse: collapse; font-family: "Segoe UI", Helvetica, Arial, "Liberation Sans", sans-serif; font-size: 10pt; }
.po-meta th { text-align: left; font-weight: 600; color: #444; padding: 0.8mm 5mm 0.8mm 0; white-space: nowrap; vertical-align: top; }
.po-meta td { padding: 0.8mm 0; vertical-align: top; }
.po-number { font-size: 12pt; font-weight: 700; }
.po-parties { display: flex; gap: 8mm; margin-bottom: 7mm; }
.po-party { flex: 1; border: 0.75pt solid #b5b5b5; border-radius: 1.5mm; padding: 3mm 4mm; font-size: 10pt; line-height: 1.4; break-inside: avoid; }
.po-party h2 { font-family: "Segoe UI", Helvetica, Arial, "Liberation Sans", sans-serif; font-size: 8pt; letter-spacing: 0.08em; text-transform: uppercase; color: #555; margin: 0 0 1.5mm; }
.po-party .po-party-name { font-weight: 700; }
.po-party .po-muted { color: #555; }
.po-lines { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin-bottom: 4mm; }
.po-lines thead { display: table-header-group; }
.po-lines tr { break-inside: avoid; page-break-inside: avoid; }
.po-lines th { font-family: "Segoe UI", Helvetica, Arial, "Liberation Sans", sans-serif; font-weight: 600; text-align: left; background: #f0f0f0; border-bottom: 1pt solid #1a1a1a; padding: 1.6mm 2mm; }
.po-lines td { border-bottom: 0.5pt solid #c8c8c8; padding: 1.6mm 2mm; vertical-align: top; }
.po-lines .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.po-lines .sku { white-space: nowrap; font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 8.5pt; }
.po-totals { margin-left: auto; border-collapse: collapse; font-size: 10pt; min-width: 70mm; break-inside: avoid; }
.po-totals th { text-align: left; font-weight: 400; padding: 1mm 6mm 1mm 0; color: #333; }
.po-totals td { text-align: right; padding: 1mm 0; font-variant-numeric: tabular-nums; white-space: nowrap; }
.po-totals .po-grand th, .po-totals .po-grand td { font-weight: 700; font-size: 11.5pt; border-top: 1.25pt solid #1a1a1a; padding-top: 2mm; }
.po-notes { margin-top: 6mm; font-size: 10pt; break-inside: avoid; }
.po-notes h2 { font-family: "Segoe UI", Helvetica, Arial, "Liberation Sans", sans-serif; font-size: 8pt; letter-spacing: 0.08em; text-transform: uppercase; color: #555; margin: 0 0 1mm; }
.po-sign { display: flex; gap: 12mm; margin-top: 16mm; break-inside: avoid; font-size: 9pt; color: #444; }
.po-sign div { flex: 1; border-top: 0.75pt solid #1a1a1a; padding-top: 1.5mm; }
.po-empty { color: #555; font-style: italic; }
/* A draft is not an order: a watermark on every page (position: fixed repeats in print). */
.po-watermark { position: fixed; top: 45%; left: 0; right: 0; text-align: center; transform: rotate(-30deg); font: 700 110pt "Segoe UI", Helvetica, Arial, "Liberation Sans", sans-serif; letter-spacing: 0.1em; color: rgba(160, 24, 24, 0.1); pointer-events: none; z-index: 0; }
`;

/** "Authorized" in US English, "Authorised" elsewhere (issue 16.5). */
export function authorisedWord(locale: string | null | undefined): string {
  return (locale ?? '').toLowerCase() === 'en-us' ? 'Authorized' : 'Authorised';
}

export function renderOrderFormContent(doc: DocumentInput, company: CompanyProfile): string {
  const po = doc.purchaseOrder;
  if (!po) {
    return '<main class="doc doc-purchaseOrder"><h1 class="po-title">PURCHASE ORDER</h1><p class="po-empty">No order details were given.</p></main>';
  }
  const orderDate = po.orderDate || doc.date;
  const delivery = (po.deliveryAddress ?? '').trim() || [company.name, company.address].filter((s) => (s ?? '').trim()).join('\n');
  const subtotal = po.lines.reduce((sum, l) => sum + l.quantity * l.unitCostCents, 0);
  const shipping = po.shippingCents ?? 0;
  const tax = po.taxCents ?? 0;
  const total = subtotal + shipping + tax;

  const lineRows = po.lines.length
    ? po.lines
        .map(
          (l) =>
            `<tr><td class="num">${escapeHtml(quantity(l.quantity, company))}</td><td>${escapeHtml(l.unit ?? '')}</td><td class="sku">${escapeHtml(l.sku ?? '')}</td><td>${escapeHtml(l.description)}</td><td class="num">${escapeHtml(money(l.unitCostCents, company))}</td><td class="num">${escapeHtml(money(l.quantity * l.unitCostCents, company))}</td></tr>`,
        )
        .join('')
    : '<tr><td colspan="6" class="po-empty">No lines on this order.</td></tr>';

  const vendor = po.vendor;
  const vendorContact = [vendor.phone, vendor.email].map((s) => (s ?? '').trim()).filter(Boolean);
  return [
    `<style>${ORDER_FORM_STYLES}</style>`,
    po.draft ? '<div class="po-watermark" aria-hidden="true">DRAFT</div>' : '',
    '<main class="doc doc-purchaseOrder">',
    '<div class="po-head">',
    '<h1 class="po-title">PURCHASE ORDER</h1>',
    '<table class="po-meta"><tbody>',
    `<tr><th scope="row">Order number</th><td class="po-number">${escapeHtml(po.number)}</td></tr>`,
    row('Order date', formatDocumentDate(orderDate, company.locale)),
    row('Deliver by', po.expectedDate ? formatDocumentDate(po.expectedDate, company.locale) : ''),
    row('Account number', vendor.accountNumber),
    row('Payment terms', po.paymentTerms),
    '</tbody></table>',
    '</div>',
    '<div class="po-parties">',
    '<section class="po-party"><h2>Vendor</h2>',
    `<div class="po-party-name">${bdi(vendor.name)}</div>`,
    (vendor.contactName ?? '').trim() ? `<div>Attn: ${escapeHtml(vendor.contactName!.trim())}</div>` : '',
    (vendor.address ?? '').trim() ? `<div>${escapeMultiline(vendor.address!.trim())}</div>` : '',
    vendorContact.length ? `<div class="po-muted">${vendorContact.map(escapeHtml).join(' · ')}</div>` : '',
    (vendor.accountNumber ?? '').trim() ? `<div class="po-muted">Our account: ${escapeHtml(vendor.accountNumber!.trim())}</div>` : '',
    '</section>',
    '<section class="po-party"><h2>Deliver to</h2>',
    delivery ? `<div>${escapeMultiline(delivery)}</div>` : '<div class="po-empty">Address to follow</div>',
    '</section>',
    '</div>',
    '<table class="po-lines">',
    '<thead><tr><th scope="col" class="num">Qty</th><th scope="col">Unit</th><th scope="col">SKU</th><th scope="col">Description</th><th scope="col" class="num">Unit cost</th><th scope="col" class="num">Line total</th></tr></thead>',
    `<tbody>${lineRows}</tbody>`,
    '</table>',
    '<table class="po-totals"><tbody>',
    `<tr><th scope="row">Subtotal</th><td>${escapeHtml(money(subtotal, company))}</td></tr>`,
    shipping ? `<tr><th scope="row">Shipping</th><td>${escapeHtml(money(shipping, company))}</td></tr>` : '',
    tax ? `<tr><th scope="row">Tax</th><td>${escapeHtml(money(tax, company))}</td></tr>` : '',
    `<tr class="po-grand"><th scope="row">Total</th><td>${escapeHtml(money(total, company))}</td></tr>`,
    '</tbody></table>',
    (po.notes ?? '').trim() ? `<section class="po-notes"><h2>Notes</h2><div>${escapeMultiline(po.notes!.trim())}</div></section>` : '',
    '<div class="po-sign">',
    `<div>${authorisedWord(company.locale)} by${(po.authorisedBy ?? '').trim() ? `: ${escapeHtml(po.authorisedBy!.trim())}` : ''}</div>`,
    '<div>Date</div>',
    '</div>',
    '</main>',
  ].join('\n');
}
