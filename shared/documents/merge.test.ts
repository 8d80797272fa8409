import { describe, expect, it } from 'vitest';
import { renderDocumentHtml, renderMergedHtml } from './index';
import { addressToEachRecipient, checkMerge, hasMergeProblems, mergeLetters, mergePageLabel, mergeSheetRules } from './merge';

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

  describe('checks before printing (issue 16.6)', () => {
    // The sample office's offer letter, as the merge screen used to pick it.
    const offer = {
      type: 'letter' as const,
      date: '2026-03-14',
      to: 'Olivia Bennett',
      subject: 'Offer of employment',
      body: 'Dear Olivia,\n\nIt is a pleasure to offer you the position.',
    };
    const vendors = [
      { name: 'PrintWorks Imaging', contact: 'Dana Whitfield', address: '301 Forest Ave' },
      { name: 'Harbor Courier', address: '12 Wharf St' },
      { name: 'Office Depot' },
    ];

    it('flags a letter addressed to one person and with no recipient field', () => {
      const check = checkMerge(offer, vendors);
      expect(check.fixedAddressee).toBe('Olivia Bennett');
      expect(check.noRecipientField).toBe(true);
      expect(hasMergeProblems(check)).toBe(true);
      // Before the fix every vendor got "Olivia Bennett … Dear Olivia,".
      expect(mergeLetters(offer, vendors, company).map((l) => l.doc.to)).toEqual(['Olivia Bennett', 'Olivia Bennett', 'Olivia Bennett']);
    });

    it('lists which recipients lack which field', () => {
      const letter = { ...offer, to: '{{recipient.name}}', body: 'Dear {{recipient.contact}},\n\nAccount {{vendor.accountNumber}}.' };
      const check = checkMerge(letter, vendors);
      expect(check.fixedAddressee).toBeNull();
      expect(check.noRecipientField).toBe(false);
      expect(check.missing.map((m) => [m.name, m.recipients.map((r) => r.name)])).toEqual([
        ['Contact person', ['Harbor Courier', 'Office Depot']],
        ['Account number', ['PrintWorks Imaging', 'Harbor Courier', 'Office Depot']],
        // No address field of its own: the address block the merge adds needs one.
        ['Address', ['Office Depot']],
      ]);
      // The greeting name falls back to the recipient's name, so nobody lacks it.
      expect(checkMerge({ ...letter, body: 'Dear {{recipient.greeting}},' }, vendors).missing.map((m) => m.name)).toEqual(['Address']);
    });

    it('fixes the one-person letter in one step: each recipient by name, address and greeting', () => {
      const { doc, greeting } = addressToEachRecipient(offer);
      expect(greeting).toBe(true);
      const check = checkMerge(doc, vendors.slice(0, 2));
      expect(hasMergeProblems(check)).toBe(false);
      const letters = mergeLetters(doc, vendors.slice(0, 2), company);
      expect(letters.map((l) => [l.doc.to, l.doc.recipientAddress, (l.doc.body as string).split('\n')[0]])).toEqual([
        ['PrintWorks Imaging', '301 Forest Ave', 'Dear Dana Whitfield,'],
        ['Harbor Courier', '12 Wharf St', 'Dear Harbor Courier,'],
      ]);
      // A structured body's greeting paragraph too, keeping its formatting.
      const rich = addressToEachRecipient({
        ...offer,
        body: { blocks: [{ kind: 'paragraph', runs: [{ text: 'Hello ', bold: true }, { text: 'Olivia!' }] }] },
      });
      expect(rich.doc.body).toEqual({ blocks: [{ kind: 'paragraph', runs: [{ text: 'Hello {{recipient.greeting}}!', bold: true }] }] });
    });

    it('labels and names each printed sheet per letter', () => {
      expect(mergePageLabel(1, 2, 1, 2)).toBe('Letter 1 of 2 · page 1 of 2');
      expect(mergePageLabel(1, 1, 2, 2)).toBe('Page 2 of 2');
      const css = mergeSheetRules(
        [
          { letter: 1, page: 1, pages: 2 },
          { letter: 1, page: 2, pages: 2 },
          { letter: 2, page: 1, pages: 1 },
        ],
        2,
        { name: 'Acme "Ltd"' },
      );
      expect(css).toContain('@page merge-sheet-3');
      // Non-ASCII is escaped for CSS: "·" is \b7.
      expect(css).toContain('"Letter 1 of 2 \\b7  page 2 of 2"');
      expect(css).toContain('.merge-sheet-2 { page: merge-sheet-2; }');
      expect(css).toContain('"Acme \\22 Ltd\\22 "');
    });
  });
});
