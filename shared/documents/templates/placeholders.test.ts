import { describe, expect, it } from 'vitest';
import { renderDocumentHtml } from '../index';
import { fillBodyPlaceholders, fillForDisplay, fillPlaceholders, placeholderValues, placeholdersIn } from './placeholders';

const company = { name: 'Acme Ltd', address: '1 High St' };

describe('fillPlaceholders', () => {
  it('fills known placeholders from records, tolerating spaces inside the braces', () => {
    const values = placeholderValues({
      company,
      date: '14 March 2026',
      sender: { name: 'Jane Doe' },
      recipient: { name: 'Bolt & Nut Co', address: '2 Low Rd' },
    });
    expect(fillPlaceholders('Dear {{ recipient.name }}, from {{sender.name}} at {{company.name}} on {{date}}', values)).toBe(
      'Dear Bolt & Nut Co, from Jane Doe at Acme Ltd on 14 March 2026',
    );
  });

  it('never expands a placeholder that arrived inside an inserted value', () => {
    const values = placeholderValues({ company, recipient: { name: '{{company.name}} {{recipient.name}}' } });
    expect(fillPlaceholders('To {{recipient.name}}.', values)).toBe('To {{company.name}} {{recipient.name}}.');
  });

  it('leaves unknown placeholders and code-looking text as typed, and missing values blank', () => {
    const values = placeholderValues({ company });
    expect(fillPlaceholders('{{constructor}} {{__proto__}} {{ 1+1 }} {{recipient.email}}!', values)).toBe(
      '{{constructor}} {{__proto__}} {{ 1+1 }} !',
    );
  });

  it('fills structured bodies run by run and lists the placeholders a template uses', () => {
    const body = fillBodyPlaceholders(
      { blocks: [{ kind: 'bulletList', items: [[{ text: 'For {{recipient.name}}', bold: true }]] }] },
      placeholderValues({ company, recipient: { name: 'Zed' } }),
    );
    expect(body).toEqual({ blocks: [{ kind: 'bulletList', items: [[{ text: 'For Zed', bold: true }]] }] });
    expect(placeholdersIn('{{date}} {{recipient.name}} {{date}} {{nope}}')).toEqual(['date', 'recipient.name']);
  });

  it('escapes an inserted <script> when the page is rendered', () => {
    const name = '<script>x</script> {{company.name}}';
    const text = fillPlaceholders('Dear {{recipient.name}},', placeholderValues({ company, recipient: { name } }));
    const html = renderDocumentHtml({ type: 'letter', date: '2026-03-14', body: text }, company);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Dear &lt;script&gt;x&lt;/script&gt; {{company.name}},');
  });

  it('fills the greeting name and the fields of the record type', () => {
    const values = placeholderValues({
      company,
      recipient: { name: 'PrintWorks Imaging', fields: { 'vendor.accountNumber': 'HL-2201', 'vendor.openOrders': 'PO-0012' } },
    });
    expect(fillPlaceholders('Dear {{recipient.greeting}}, account {{vendor.accountNumber}}: {{vendor.openOrders}}{{employee.title}}.', values)).toBe(
      'Dear PrintWorks Imaging, account HL-2201: PO-0012.',
    );
    const withContact = placeholderValues({ company, recipient: { name: 'PrintWorks Imaging', contact: 'Dana Whitfield' } });
    expect(withContact['recipient.greeting']).toBe('Dana Whitfield');
  });

  it('shows titles with their fields filled for the letter picker (issue 16.6)', () => {
    const values = placeholderValues({ company: { name: 'Harbor Lane Design Studio' }, date: '3 December 2026' });
    expect(fillForDisplay('Re: your account with {{company.name}}', values)).toBe('Re: your account with Harbor Lane Design Studio');
    expect(fillForDisplay('Open order for {{recipient.name}} of {{date}} {{nope}}', values)).toBe(
      'Open order for [Recipient name] of 3 December 2026 {{nope}}',
    );
    // No company name in Settings yet: named, not shown as a placeholder.
    expect(fillForDisplay('{{company.name}} news', placeholderValues({ company: {} }))).toBe('[Company name] news');
  });
});
