import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { EmailDraftError, buildEml, emlFileName, isPlainEmailAddress, safeAttachmentName } from './eml';

// A small but real PDF (bytes 0–255 appear, so the attachment's encoding is exercised).
const pdf = new Uint8Array([...new TextEncoder().encode('%PDF-1.4\n%\u00e2\u00e3\n'), ...Array.from({ length: 4000 }, (_, i) => i % 256)]);

describe('email drafts (issue 17.5)', () => {
  it('builds a draft a maintained parser reads back: headers, body and the same PDF', async () => {
    const eml = buildEml({
      from: { name: 'Harbor Lane Design Studio', email: 'office@harborlane.example' },
      to: [{ name: 'Northwind Office Supply — Orders', email: 'orders@northwind.example' }],
      cc: [{ email: 'dana@harborlane.example' }],
      subject: 'Purchase order PO-2026-0042 — 12 items, £1,234.50',
      text: 'Dear Orders team,\n\nPlease find our purchase order attached.\nGrüße, Dana',
      attachments: [{ filename: 'PO-2026-0042.pdf', contentType: 'application/pdf', bytes: pdf }],
    });
    expect(eml.split('\r\n').every((line) => line.length <= 998)).toBe(true);
    const mail = await PostalMime.parse(eml);
    expect(mail.subject).toBe('Purchase order PO-2026-0042 — 12 items, £1,234.50');
    expect(mail.from).toMatchObject({ name: 'Harbor Lane Design Studio', address: 'office@harborlane.example' });
    expect(mail.to).toEqual([expect.objectContaining({ name: 'Northwind Office Supply — Orders', address: 'orders@northwind.example' })]);
    expect(mail.cc).toEqual([expect.objectContaining({ address: 'dana@harborlane.example' })]);
    expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(mail.text?.replace(/\r\n/g, '\n').trim()).toBe('Dear Orders team,\n\nPlease find our purchase order attached.\nGrüße, Dana');
    expect(mail.attachments).toHaveLength(1);
    const att = mail.attachments[0]!;
    expect(att.filename).toBe('PO-2026-0042.pdf');
    expect(att.mimeType).toBe('application/pdf');
    expect(new Uint8Array(att.content as ArrayBuffer)).toEqual(pdf);
  });

  it('never lets typed text add a header: subject, names and file names are defused', async () => {
    const eml = buildEml({
      from: { name: 'Office\r\nBcc: thief@evil.example', email: 'office@harborlane.example' },
      to: [{ name: 'Vendor"\r\nX-Injected: yes', email: 'orders@northwind.example' }],
      subject: 'Order\r\nBcc: thief@evil.example\r\n\r\nfake body',
      text: 'Body\r\nBcc: not-a-header@evil.example',
      attachments: [{ filename: 'x"\r\nContent-Type: text/html\r\n.pdf', contentType: 'application/pdf', bytes: pdf }],
    });
    const mail = await PostalMime.parse(eml);
    expect(mail.bcc).toBeUndefined();
    expect(mail.headers.map((h) => h.key)).not.toContain('x-injected');
    expect(mail.headers.filter((h) => h.key === 'bcc')).toEqual([]);
    expect(mail.subject).toBe('Order Bcc: thief@evil.example fake body');
    expect(mail.to).toEqual([expect.objectContaining({ address: 'orders@northwind.example' })]);
    expect(mail.attachments[0]!.filename).toBe(safeAttachmentName('x"\r\nContent-Type: text/html\r\n.pdf'));
    expect(mail.attachments[0]!.mimeType).toBe('application/pdf');
    // The body's "Bcc:" stays body text.
    expect(mail.text).toContain('Bcc: not-a-header@evil.example');
  });

  it('refuses an address that is not one plain address, in a sentence', () => {
    const draft = { from: { email: 'office@harborlane.example' }, subject: 'x', text: 'x' };
    for (const bad of ['orders@northwind.example\r\nBcc: a@b.example', 'a@b.example, c@d.example', 'Orders <orders@x.example>', 'no-at-sign', 'a@localhost'])
      expect(() => buildEml({ ...draft, to: [{ email: bad }] })).toThrow(EmailDraftError);
    expect(() => buildEml({ ...draft, to: [] })).toThrow('Add at least one recipient with an email address.');
    expect(() => buildEml({ ...draft, to: [{ email: 'nope' }] })).toThrow('The recipient address "nope" is not an email address like name@example.com.');
    expect(isPlainEmailAddress('first.last+tag@sub.example.co.uk')).toBe(true);
  });

  it('names the draft file after the subject', () => {
    expect(emlFileName('Purchase order PO-2026-0042')).toBe('Purchase order PO-2026-0042.eml');
    expect(emlFileName('../../etc/passwd')).toBe('_.._etc_passwd.eml');
    expect(emlFileName('')).toBe('document.eml');
    // Accented names keep their letters; a dash stays a dash.
    expect(emlFileName('Quote please — Ünïcode test')).toBe('Quote please - Unicode test.eml');
    expect(safeAttachmentName('Offer letter Sofía Álvarez, Chloé Müller.pdf')).toBe('Offer letter Sofia Alvarez_ Chloe Muller.pdf');
    expect(emlFileName('Message: Karen Boucher, Northeast Office Supply Co.')).toBe('Message - Karen Boucher Northeast Office Supply Co.eml');
  });
});
