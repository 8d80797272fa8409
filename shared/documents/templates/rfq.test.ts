import { describe, expect, it } from 'vitest';
import { renderRfqHtml, renderRfqTitle, type RfqPrintInput } from './rfq';

const company = { name: 'Harbor & Lane', address: '1 Main St\nPortland, ME', locale: 'en-US' };
const rfq: RfqPrintInput = {
  number: 'RFQ-0007',
  title: 'Laptops <b>for</b> design',
  date: '2026-12-04',
  replyBy: '2026-12-11',
  vendor: { name: 'Evil <script>alert(1)</script> Ltd', contactName: 'Ali "Boss" Hassan', address: '200 Mall Rd\nSouth Portland', email: 'a@b.example', accountNumber: 'TP-1' },
  lines: [
    { description: 'Laptop 14" <img src=x onerror=alert(1)>', quantity: 3, unit: 'each', sku: 'LP-14' },
    { description: 'USB-C dock', quantity: 1200 },
  ],
  notes: 'Deliver to reception\n<i>before noon</i>',
  replyTo: 'office@harbor.example',
  contactName: 'Grace Kim',
};

describe('request for quotation printout (issue 17.3)', () => {
  it('prints the letterhead, number, dates, the vendor, the lines with blank price columns and the questions', () => {
    const html = renderRfqHtml(rfq, company);
    expect(html).toContain('REQUEST FOR QUOTATION');
    expect(html).toContain('Harbor &amp; Lane');
    expect(html).toContain('<td class="rfq-number">RFQ-0007</td>');
    expect(html).toContain('December 4, 2026');
    expect(html).toContain('<td class="rfq-reply">December 11, 2026</td>');
    expect(html).toContain('1,200');
    expect(html).toContain('Unit price');
    expect(html).toContain('Pack size');
    expect(html).toContain('Prices valid until');
    expect(html).toContain('Delivery (lead time, days from order)');
    expect(html).toContain('Send your quote to: office@harbor.example');
    expect(html).toContain('Requested by: Grace Kim');
    expect(html).toContain('This is a request for prices, not an order.');
  });

  it('escapes every user value', () => {
    const html = renderRfqHtml(rfq, company);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>for</b>');
    expect(html).not.toContain('<i>before');
    expect(html).toContain('Evil &lt;script&gt;alert(1)&lt;/script&gt; Ltd');
    expect(html).toContain('Laptop 14&quot; &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Deliver to reception<br>&lt;i&gt;before noon&lt;/i&gt;');
  });

  it('prints on A4 or Letter as asked and says so when there are no lines', () => {
    expect(renderRfqHtml({ ...rfq, pageSize: 'Letter' }, company)).toMatch(/size:\s*(letter|Letter|8\.5in)/);
    expect(renderRfqHtml({ ...rfq, pageSize: 'A4' }, company)).toMatch(/size:\s*A4/);
    expect(renderRfqHtml({ ...rfq, lines: [] }, company)).toContain('No lines on this request.');
  });

  it('makes a file-name-safe title', () => {
    expect(renderRfqTitle('RFQ-0007', 'A/B: "Tech" <Co>')).toBe('Request for quotation RFQ-0007 - A-B Tech Co');
  });
});
