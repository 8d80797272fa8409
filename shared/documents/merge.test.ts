import { describe, expect, it } from 'vitest';
import { renderDocumentHtml, renderMergedHtml } from './index';
import { mergeLetters } from './merge';

const company = { name: 'Acme Ltd', locale: 'en-GB' };
const template = {
  type: 'letter' as const,
  date: '2026-03-14',
  subject: 'Price list for {{recipient.name}}',
  body: 'Dear {{recipient.contact}},\n\nThank you for working with {{company.name}}.',
  from: 'Jane Doe',
  layout: { signature: true },
};

describe('mail merge', () => {
  it('makes one letter per recipient, in order, with its own address block', () => {
    const recipients = [
      { name: 'Alpha', contact: 'Ann', address: '1 A St' },
      { name: 'Beta', contact: 'Bob' },
      { name: 'Gamma' },
    ];
    const letters = mergeLetters(template, recipients, company);
    expect(letters).toHaveLength(3);
    expect(letters.map((l) => l.doc.to)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(letters[0]!.doc.recipientAddress).toBe('1 A St');
    expect(letters[1]!.doc.subject).toBe('Price list for Beta');
    expect(letters[1]!.doc.body).toBe('Dear Bob,\n\nThank you for working with Acme Ltd.');
    const html = renderMergedHtml(template, recipients, company);
    expect(html.match(/<section class="merge-letter /g)).toHaveLength(3);
    expect(html.match(/class="letterhead /g)).toHaveLength(3);
    expect(html).toContain('@page merge-3');
    expect(html).toContain('"Letter 3 of 3"');
  });

  it('keeps inserted text literal and escaped', () => {
    const html = renderMergedHtml(template, [{ name: '<script>x</script> {{company.name}}' }], company);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Price list for &lt;script&gt;x&lt;/script&gt; {{company.name}}');
  });

  it('repeats a running header on pages after the first of a single document', () => {
    const html = renderDocumentHtml({ ...template, type: 'report', title: 'Q1 review' }, company);
    expect(html).toContain('@top-left');
    expect(html).toContain('@page :first');
  });
});
