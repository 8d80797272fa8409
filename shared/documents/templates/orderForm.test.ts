import { describe, expect, it } from 'vitest';
import { renderDocumentHtml, renderDocumentTitle } from '../index';
import type { PurchaseOrderPrint } from '../types';

const company = {
  name: 'Harbor Lane Design',
  address: '12 Harbor Lane\nPortland, ME 04101',
  locale: 'en-US',
  currency: 'USD',
};

const order: PurchaseOrderPrint = {
  number: 'PO-2026-0007',
  orderDate: '2026-11-20',
  vendor: {
    name: '<script>x</script> & Sons',
    contactName: 'Karen "K" Boucher',
    address: '88 Commercial St\nPortland, ME',
    accountNumber: 'HLD-20931',
  },
  lines: [
    { quantity: 12, unit: 'ream', sku: 'PAP-A4', description: 'Copy paper <b>A4</b>', unitCostCents: 649 },
    { quantity: 3, unit: 'box', sku: 'PEN-1', description: 'Pens', unitCostCents: 899 },
  ],
  shippingCents: 1500,
  taxCents: 512,
  notes: "Leave at reception <img src=x onerror=alert(1)>",
};

const html = (po: PurchaseOrderPrint | undefined, c = company) =>
  renderDocumentHtml({ type: 'purchaseOrder', date: '2026-11-22', body: '', title: po?.number ?? null, purchaseOrder: po ?? null }, c);

describe('order form', () => {
  it('shows the order, vendor, lines and totals in the company currency', () => {
    const page = html(order);
    expect(page).toContain('PURCHASE ORDER');
    expect(page).toContain('PO-2026-0007');
    expect(page).toContain('November 20, 2026');
    expect(page).toContain('HLD-20931');
    // 12 × 6.49 = 77.88; 3 × 8.99 = 26.97; subtotal 104.85; + 15.00 + 5.12 = 124.97
    expect(page).toContain('$77.88');
    expect(page).toContain('$26.97');
    expect(page).toContain('$104.85');
    expect(page).toContain('$15.00');
    expect(page).toContain('$5.12');
    expect(page).toContain('$124.97');
    // US English spells it with a z (issue 16.5); an order is not a draft unless it says so.
    expect(page).toContain('Authorized by');
    expect(page).not.toContain('class="po-watermark"');
    expect(page).toMatch(/<thead>.*Qty.*Unit.*SKU.*Description.*Unit cost.*Line total/s);
    expect(page).toContain('<title>Purchase order: PO-2026-0007</title>');
  });

  it('says Authorised outside US English and marks a draft with a DRAFT watermark (issue 16.5)', () => {
    const base = html(undefined);
    expect(base).toBeDefined();
    const gb = { ...company, locale: 'en-GB' };
    const sample = { number: 'PO-1', vendor: { name: 'V' }, lines: [] };
    expect(html(sample, gb)).toContain('Authorised by');
    expect(html(sample, gb)).not.toContain('Authorized by');
    const draft = html({ ...sample, draft: true });
    expect(draft).toContain('<div class="po-watermark" aria-hidden="true">DRAFT</div>');
  });

  it('escapes every value a person typed', () => {
    const page = html(order);
    expect(page).not.toContain('<script>x</script>');
    expect(page).toContain('&lt;script&gt;x&lt;/script&gt; &amp; Sons');
    expect(page).toContain('Copy paper &lt;b&gt;A4&lt;/b&gt;');
    expect(page).toContain('Karen &quot;K&quot; Boucher');
    expect(page).not.toContain('<img src=x');
    expect(page).not.toMatch(/<script/i);
  });

  it('delivers to the company address unless the order names another', () => {
    expect(html(order)).toMatch(/Deliver to<\/h2>\s*<div>Harbor Lane Design<br>12 Harbor Lane<br>Portland, ME 04101/);
    expect(html({ ...order, deliveryAddress: 'Site office\nDock 4' })).toContain('Site office<br>Dock 4');
  });

  it('formats money with the company currency and locale', () => {
    const page = html(order, { ...company, locale: 'de-DE', currency: 'EUR' });
    expect(page).toMatch(/124,97\s€/);
  });

  it('leaves out shipping and tax rows when they are zero, and says when there are no lines', () => {
    const page = html({ ...order, lines: [], shippingCents: 0, taxCents: 0 });
    expect(page).not.toContain('>Shipping<');
    expect(page).not.toContain('>Tax<');
    expect(page).toContain('No lines on this order.');
    expect(page).toContain('$0.00');
  });

  it('prints something honest without order details', () => {
    expect(html(undefined)).toContain('No order details were given.');
  });

  it('has a file-name-safe title', () => {
    expect(renderDocumentTitle({ type: 'purchaseOrder', date: '2026-11-22', title: 'PO-2026-0007' })).toBe(
      'Purchase order 2026-11-22 - PO-2026-0007',
    );
  });
});
