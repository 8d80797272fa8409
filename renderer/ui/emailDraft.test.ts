import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { buildEml } from '../../shared/email/eml';
import { checkSender, draftHint, draftOutcomeMessage, parseRecipients, pdfFileName } from './emailDraft';

describe('the Email… dialog’s rules (issue 17.5)', () => {
  it('reads recipients separated by commas, semicolons or lines, keeps the address of "Name <address>", drops repeats', () => {
    expect(parseRecipients(' orders@northwind.example; Dana <dana@printworks.example>,\nORDERS@northwind.example ')).toEqual({
      ok: true,
      addresses: ['orders@northwind.example', 'dana@printworks.example'],
    });
  });

  it('refuses an empty field and anything that is not one plain address, in words', () => {
    expect(parseRecipients('  ,; ')).toEqual({ ok: false, message: 'Enter the recipient’s email address, like name@example.com.' });
    expect(parseRecipients('orders at vendor')).toEqual({ ok: false, message: '"orders at vendor" is not an email address like name@example.com.' });
    // A header smuggled after an address is a second, invalid "address", never a header.
    const smuggled = parseRecipients('a@b.example\r\nBcc: thief@evil.example');
    expect(smuggled.ok).toBe(false);
    expect(parseRecipients('a@b.example <x>')).toMatchObject({ ok: false });
    expect(parseRecipients(Array.from({ length: 51 }, (_, i) => `p${i}@x.example`).join(','))).toEqual({ ok: false, message: 'A draft can go to 50 recipients at most.' });
  });

  it('needs a sender address', () => {
    expect(checkSender(' office@harborlane.example ')).toEqual({ ok: true, address: 'office@harborlane.example' });
    expect(checkSender('')).toMatchObject({ ok: false });
    expect(checkSender('office')).toEqual({ ok: false, message: 'From: "office" is not an email address like office@example.com.' });
  });

  it('names the PDF and says what happens on each platform', () => {
    expect(pdfFileName('PO-2026-0042')).toBe('PO-2026-0042.pdf');
    expect(pdfFileName('Scan.PDF')).toBe('Scan.PDF');
    expect(pdfFileName('  ')).toBe('document.pdf');
    expect(draftHint('electron')).toMatch(/opens in your mail program/);
    expect(draftHint('browser')).toMatch(/downloads as an \.eml file/);
    expect(draftOutcomeMessage({ status: 'downloaded', fileName: 'Order.eml' }, 'PO-1')).toBe('Email draft of PO-1 downloaded as Order.eml — open it in your mail program');
    expect(draftOutcomeMessage({ status: 'opened', path: '/tmp/x.eml' }, 'the itinerary')).toBe('Email draft of the itinerary opened in your mail program');
    expect(draftOutcomeMessage({ status: 'failed', message: 'x' }, 'PO-1')).toBeNull();
  });

  it('what the dialog passes on never becomes a header: subject and body typed with CR LF and Bcc lines', async () => {
    const to = parseRecipients('orders@northwind.example');
    if (!to.ok) throw new Error(to.message);
    const eml = buildEml({
      from: { name: 'Harbor Lane\r\nBcc: a@evil.example', email: 'office@harborlane.example' },
      to: to.addresses.map((email) => ({ email })),
      subject: 'Order\r\nBcc: thief@evil.example\n\nbody?',
      text: 'Hello\r\n\r\nBcc: still@body.example\r\n.\r\n',
      attachments: [{ filename: pdfFileName('PO\r\nX-Evil: 1'), contentType: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.7\n') }],
    });
    const mail = await PostalMime.parse(eml);
    expect(mail.headers.map((h) => h.key)).not.toContain('bcc');
    expect(mail.headers.map((h) => h.key)).not.toContain('x-evil');
    expect(mail.subject).toBe('Order Bcc: thief@evil.example body?');
    expect(mail.text).toContain('Bcc: still@body.example');
    expect(mail.attachments[0]?.filename).not.toMatch(/[\r\n]/);
  });
});
